package org.photonledger.ui.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.photonledger.domain.figure.DefineFigure;
import org.photonledger.domain.figure.FigureId;
import org.photonledger.domain.figure.Panel;
import org.photonledger.domain.figure.PublishFigure;
import org.photonledger.processing.audit.EventChainVerifier;
import org.photonledger.processing.figure.FigureQueries;
import org.photonledger.processing.figure.FigureRow;
import org.photonledger.processing.store.LedgerDatabase;
import org.photonledger.ui.axon.AxonRuntime;
import org.photonledger.ui.measurement.MeasurementService;

/**
 * What the figure pages and the REST API may do with figures: list them, read one, draw its panels (rebuilt from
 * the raw data; the drawing of a figure version is kept in memory since raw data and analyses never change, while
 * reproduce and verify always recompute), define one with its panels' data hashes, publish, reproduce and verify.
 */
@ApplicationScoped
public class FigureService {

    @Inject
    AxonRuntime axon;

    @Inject
    MeasurementService measurements;

    @Inject
    FigureQueries queries;

    @Inject
    @LedgerDatabase
    DataSource db;

    private final Map<String, PanelData> drawn = new ConcurrentHashMap<>();

    /** The engine over this application's event store and raw-data store. */
    public FigureLab lab() {
        return new FigureLab(id -> axon.eventStore().readEvents(id).asStream().toList(), measurements.rawStore());
    }

    public List<FigureRow> all() {
        return queries.all();
    }

    /** A figure by id or exact name, as its events define it now. */
    public Optional<FigureSpec> figure(String idOrName) {
        Optional<FigureSpec> direct = lab().figure(idOrName);
        if (direct.isPresent()) {
            return direct;
        }
        return queries.byIdOrName(idOrName).flatMap(row -> lab().figure(row.id()));
    }

    /** A panel's data, rebuilt from the raw data (once per figure version and panel). */
    public PanelData data(FigureSpec figure, Panel panel) {
        return drawn.computeIfAbsent(figure.id() + "@" + figure.version() + "/" + panel.label(),
                k -> lab().data(panel));
    }

    /**
     * Defines a figure: each panel's data is drawn now from the raw data and its table's hash recorded with the
     * definition, so reproducing it later can demand the identical table.
     */
    public FigureId define(FigureId id, String name, String caption, List<Panel> panels) {
        FigureLab lab = lab();
        List<Panel> hashed = new ArrayList<>();
        Map<String, PanelData> drawnNow = new java.util.HashMap<>();
        for (Panel p : panels) {
            PanelData data = lab.data(p);
            drawnNow.put(id.value() + "@1/" + p.label(), data);
            String sha = data.sha256();
            hashed.add(new Panel(p.label(), p.title(), p.plotType(), p.resultIds(), p.measurementIds(), p.xAxis(),
                    p.yAxis(), p.fitOverlay(), p.annotation(), p.headlineValue(), p.note(), sha));
        }
        axon.send(new DefineFigure(id, name, caption, hashed));
        drawn.putAll(drawnNow); // version 1 is what was just drawn: its first page view need not draw it again
        axon.awaitCaughtUp(Duration.ofSeconds(10));
        return id;
    }

    public void publish(String figureId, String reason) {
        axon.send(new PublishFigure(new FigureId(figureId), reason));
        axon.awaitCaughtUp(Duration.ofSeconds(10));
    }

    public FigureReport reproduce(FigureSpec figure) {
        return lab().reproduce(figure);
    }

    public FigureReport verify(FigureSpec figure) {
        return lab().verify(figure, () -> new EventChainVerifier(db).verify());
    }
}
