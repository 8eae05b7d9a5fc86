package org.photonledger.domain;

import java.time.LocalDate;
import org.photonledger.domain.reagent.CasNumber;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The reagent bottles of the paper's Methods, as registered lots with round starting amounts. */
public final class PaperLots {

    public static final ReagentLotId CS2CO3 = new ReagentLotId("lot-cs2co3");
    public static final ReagentLotId OLEIC_ACID = new ReagentLotId("lot-oa");
    public static final ReagentLotId ODE = new ReagentLotId("lot-ode");
    public static final ReagentLotId PBI2 = new ReagentLotId("lot-pbi2");
    public static final ReagentLotId OLEYLAMINE = new ReagentLotId("lot-olam");
    public static final ReagentLotId METHYL_ACETATE = new ReagentLotId("lot-meac");
    public static final ReagentLotId HEXANE = new ReagentLotId("lot-hexane");
    public static final ReagentLotId OCTANE = new ReagentLotId("lot-octane");
    public static final ReagentLotId TOLUENE = new ReagentLotId("lot-toluene");
    public static final ReagentLotId EDTA = new ReagentLotId("lot-edta");
    public static final ReagentLotId PMMA = new ReagentLotId("lot-pmma");

    private PaperLots() {
    }

    public static ReagentLotRegistered registered(ReagentLotId id, Quantity amount) {
        String[] nameAndCas = switch (id.value()) {
            case "lot-cs2co3" -> new String[] {"Caesium carbonate", "534-17-8"};
            case "lot-oa" -> new String[] {"Oleic acid", "112-80-1"};
            case "lot-ode" -> new String[] {"1-Octadecene", "112-88-9"};
            case "lot-pbi2" -> new String[] {"Lead(II) iodide", "10101-63-0"};
            case "lot-olam" -> new String[] {"Oleylamine", "112-90-3"};
            case "lot-meac" -> new String[] {"Methyl acetate", "79-20-9"};
            case "lot-hexane" -> new String[] {"Hexane", "110-54-3"};
            case "lot-octane" -> new String[] {"Octane", "111-65-9"};
            case "lot-toluene" -> new String[] {"Toluene", "108-88-3"};
            case "lot-edta" -> new String[] {"EDTA", "60-00-4"};
            case "lot-pmma" -> new String[] {"PMMA", "9011-14-7"};
            default -> throw new IllegalArgumentException(id.value());
        };
        return new ReagentLotRegistered(id, nameAndCas[0], new CasNumber(nameAndCas[1]), "Sigma-Aldrich", null,
                "LOT-" + id.value(), null, null, amount, LocalDate.of(2024, 1, 15), null);
    }

    /** Registers every lot of the paper with enough stock for a few batches. */
    public static InMemoryAggregates stock(InMemoryAggregates aggregates) {
        give(aggregates, CS2CO3, Quantity.of(10, Unit.GRAM));
        give(aggregates, OLEIC_ACID, Quantity.of(100, Unit.MILLILITRE));
        give(aggregates, ODE, Quantity.of(500, Unit.MILLILITRE));
        give(aggregates, PBI2, Quantity.of(10, Unit.GRAM));
        give(aggregates, OLEYLAMINE, Quantity.of(100, Unit.MILLILITRE));
        give(aggregates, METHYL_ACETATE, Quantity.of(500, Unit.MILLILITRE));
        give(aggregates, HEXANE, Quantity.of(500, Unit.MILLILITRE));
        give(aggregates, OCTANE, Quantity.of(100, Unit.MILLILITRE));
        give(aggregates, TOLUENE, Quantity.of(500, Unit.MILLILITRE));
        give(aggregates, EDTA, Quantity.of(5, Unit.GRAM));
        give(aggregates, PMMA, Quantity.of(25, Unit.GRAM));
        return aggregates;
    }

    public static void give(InMemoryAggregates aggregates, ReagentLotId id, Quantity amount) {
        aggregates.given(ReagentLot.class, id.value(), registered(id, amount));
    }

    /** The lots as the whole-preparation command list takes them. */
    public static org.photonledger.domain.protocol.Farrow2024Preparation.Lots lots() {
        return new org.photonledger.domain.protocol.Farrow2024Preparation.Lots(CS2CO3, OLEIC_ACID, ODE, PBI2, OLEYLAMINE,
                METHYL_ACETATE, HEXANE, OCTANE, TOLUENE, EDTA, PMMA);
    }
}
