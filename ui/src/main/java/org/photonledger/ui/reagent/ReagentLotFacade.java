package org.photonledger.ui.reagent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.processing.reagent.ReagentLotProjection;
import org.photonledger.processing.reagent.ReagentLotQueries;
import org.photonledger.processing.reagent.ReagentLotRow;
import org.photonledger.processing.store.Page;
import org.photonledger.processing.store.SortOrder;
import org.photonledger.ui.axon.AxonRuntime;

/** What views and the REST API may do with reagent lots: register one, read the stock list. */
@ApplicationScoped
public class ReagentLotFacade {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(10);

    @Inject
    AxonRuntime axon;

    @Inject
    ReagentLotQueries queries;

    /**
     * Registers the lot and returns it as the stock list will show it. Waits (boundedly) until the projection has
     * the row, so a user who just saved sees it in the list; empty if the projection lags more than that.
     */
    public Optional<ReagentLotRow> register(RegisterReagentLot command) {
        axon.send(command);
        return awaitRow(command.lotId().value());
    }

    public Optional<ReagentLotRow> byId(String lotId) {
        return queries.byId(lotId);
    }

    public Page<ReagentLotRow> page(String filter, List<SortOrder> sort, int offset, int limit) {
        return queries.page(filter, sort, offset, limit);
    }

    public String processingGroup() {
        return ReagentLotProjection.GROUP;
    }

    private Optional<ReagentLotRow> awaitRow(String lotId) {
        long deadline = System.nanoTime() + READ_YOUR_WRITE.toNanos();
        long pause = 2;
        while (true) {
            Optional<ReagentLotRow> row = queries.byId(lotId);
            if (row.isPresent() || System.nanoTime() > deadline) {
                return row;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause = Math.min(50, pause * 2);
        }
    }
}
