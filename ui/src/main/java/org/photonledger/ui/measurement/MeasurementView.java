package org.photonledger.ui.measurement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.processing.measurement.MeasurementRow;

/** One run's record: what, on what, by whom, how it ended, the full instrument snapshot, the data and its picture. */
@Route("measurements/:id")
@PageTitle("Measurement · PhotonLedger")
public class MeasurementView extends VerticalLayout implements BeforeEnterObserver {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One instrument setting as the snapshot table lists it. */
    record SettingRow(String instrument, String kind, String model, String name, String value) {
    }

    private final MeasurementService service;

    @Inject
    public MeasurementView(MeasurementService service) {
        this.service = service;
        addClassName("pl-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("id").orElse("");
        MeasurementRow row = service.byId(id).orElse(null);
        if (row == null) {
            add(new H2("No measurement " + id));
            return;
        }
        String title = MeasurementType.parse(row.type()).map(MeasurementType::title).orElse(row.type());
        H2 h = new H2(title + " · " + row.status());
        h.setId("measurement-title");
        h.getStyle().set("margin", "0");
        add(h);
        Div meta = new Div(new Span("on "), new Anchor("/samples/" + row.targetId(), row.targetKind() + " "
                + row.targetId()), new Span(" · started " + MeasurementsView.WHEN.format(row.startedAt()) + " by "
                + row.startedBy() + (row.endedAt() == null ? "" : " · ended " + MeasurementsView.WHEN.format(
                row.endedAt())) + " · instrument set " + row.instrumentSet() + " · "), new Anchor("/samples/"
                + row.id(), "audit trail and lineage"), new Span(" · "), new Anchor("/audit/measurement/" + row.id(),
                "every event, filtered"));
        add(meta);
        if (row.endMessage() != null) {
            Span m = new Span(row.endMessage());
            m.getStyle().set("color", "var(--lumo-error-text-color)");
            add(m);
        }
        add(new Span("Parameters: " + parameters(row.parametersJson())));
        if (row.rawSha256() != null) {
            HorizontalLayout raw = new HorizontalLayout(new Span(String.format(Locale.ROOT,
                    "Raw data: %,d %s, %,d bytes, sha256 %s%s", row.rawRecords(), "csv".equals(row.rawFormat())
                            ? "rows" : "tags", row.rawBytes(), row.rawSha256(), Boolean.TRUE.equals(row.rawComplete())
                            ? "" : " (partial: the run ended early)")));
            Anchor download = new Anchor("/api/measurements/" + row.id() + "/raw", "download");
            download.setId("raw-download");
            download.getElement().setAttribute("download", true);
            raw.add(download);
            if (!"csv".equals(row.rawFormat())) {
                Anchor ptu = new Anchor("/api/measurements/" + row.id() + "/raw.ptu", "PTU export");
                ptu.setId("raw-ptu");
                ptu.getElement().setAttribute("download", true);
                raw.add(ptu);
            }
            add(raw);
            Div plot = new Div();
            plot.setId("measurement-plot");
            plot.getStyle().set("flex-shrink", "0");
            try {
                service.preview(row).ifPresent(p -> plot.add(new Html("<div>" + PlotSvg.render(p, 900, 420)
                        + "</div>")));
            } catch (RuntimeException e) {
                plot.add(new Span("The data could not be read back: " + e.getMessage()));
            }
            add(plot);
        } else {
            add(new Span("No raw data recorded" + ("running".equals(row.status()) ? " yet: the run is in progress ("
                    : " (") + row.status() + ")."));
        }
        List<org.photonledger.processing.sample.SampleRow> results = service.results(row.id());
        if (results.isEmpty() && row.rawSha256() != null && MeasurementType.parse(row.type()).map(
                org.photonledger.processing.result.MeasurementAnalysis::analysable).orElse(false)) {
            add(new H3("Results"), new Span("The standard analysis of this run is being computed; reload in a moment."));
        }
        if (!results.isEmpty()) {
            add(new H3("Results"));
            for (var r : results) {
                Anchor link = new Anchor("/results/" + r.id(), r.label());
                link.addClassName("pl-result");
                add(new HorizontalLayout(link, new Span("· " + r.status() + (r.statusReason() == null ? ""
                        : " (" + r.statusReason() + ")") + " · fit, lineage back to the reagent lots, re-analysis on its page")));
            }
        }
        add(new H3("Instrument snapshot at the start"));
        Grid<SettingRow> snapshot = new Grid<>(SettingRow.class, false);
        snapshot.setId("snapshot-grid");
        snapshot.addColumn(SettingRow::instrument).setHeader("Instrument").setAutoWidth(true);
        snapshot.addColumn(SettingRow::model).setHeader("Model").setAutoWidth(true);
        snapshot.addColumn(SettingRow::name).setHeader("Setting").setAutoWidth(true);
        snapshot.addColumn(SettingRow::value).setHeader("Value").setFlexGrow(1);
        snapshot.setItems(service.started(row.id()).map(MeasurementView::snapshot).orElse(List.of()));
        snapshot.setHeight("28em");
        add(snapshot);
    }

    private static String parameters(String json) {
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode n : JSON.readTree(json)) {
                out.add(n.path("name").asText() + " = " + n.path("value").asText() + (n.path("unit").asText().isEmpty()
                        ? "" : " " + n.path("unit").asText()));
            }
        } catch (java.io.IOException e) {
            return json;
        }
        return String.join(" · ", out);
    }

    private static List<SettingRow> snapshot(org.photonledger.domain.measurement.MeasurementStarted started) {
        List<SettingRow> rows = new ArrayList<>();
        for (var i : started.instruments().instruments()) {
            for (var s : i.settings()) {
                rows.add(new SettingRow(i.instrument(), i.kind(), i.model(), s.name(), s.display()));
            }
        }
        return rows;
    }
}
