package org.photonledger.ui.measurement;

import java.time.Duration;
import java.time.LocalDate;
import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.ui.axon.AxonRuntime;

/** The paper's whole preparation on fresh reagent lots, ending in a configured cavity to measure on. */
public record PaperCavity(Farrow2024Preparation.Lots lots, Farrow2024Preparation.Ids ids) {

    public static PaperCavity record(AxonRuntime axon, String batchName) {
        Farrow2024Preparation.Lots lots = new Farrow2024Preparation.Lots(
                lot(axon, "Caesium carbonate", "534-17-8", Quantity.of(10, Unit.GRAM)),
                lot(axon, "Oleic acid", "112-80-1", Quantity.of(100, Unit.MILLILITRE)),
                lot(axon, "1-Octadecene", "112-88-9", Quantity.of(500, Unit.MILLILITRE)),
                lot(axon, "Lead(II) iodide", "10101-63-0", Quantity.of(5, Unit.GRAM)),
                lot(axon, "Oleylamine", "112-90-3", Quantity.of(100, Unit.MILLILITRE)),
                lot(axon, "Methyl acetate", "79-20-9", Quantity.of(1, Unit.LITRE)),
                lot(axon, "Hexane", "110-54-3", Quantity.of(1, Unit.LITRE)),
                lot(axon, "Octane", "111-65-9", Quantity.of(100, Unit.MILLILITRE)),
                lot(axon, "Toluene", "108-88-3", Quantity.of(1, Unit.LITRE)),
                lot(axon, "EDTA", "60-00-4", Quantity.of(25, Unit.GRAM)),
                lot(axon, "PMMA", "9011-14-7", Quantity.of(25, Unit.GRAM)));
        Farrow2024Preparation.Ids ids = Farrow2024Preparation.Ids.fresh();
        Farrow2024Preparation.commands(lots, ids, batchName).forEach(c -> axon.commandGateway().sendAndWait(c));
        if (!axon.awaitCaughtUp(Duration.ofSeconds(30))) {
            throw new IllegalStateException("read models did not catch up with the paper's preparation");
        }
        return new PaperCavity(lots, ids);
    }

    private static ReagentLotId lot(AxonRuntime axon, String name, String cas, Quantity amount) {
        ReagentLotId id = ReagentLotId.newId();
        axon.commandGateway().sendAndWait(new RegisterReagentLot(id, name, cas, "Sigma-Aldrich", null, "R-" + id.value(),
                Quantity.of(99.0, Unit.PERCENT), null, amount, LocalDate.of(2024, 1, 15), null));
        return id;
    }
}
