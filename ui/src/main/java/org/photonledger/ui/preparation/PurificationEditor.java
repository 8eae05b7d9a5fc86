package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.PURIFICATION_ANTISOLVENT;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PURIFICATION_FINAL_OCTANE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PURIFICATION_REDISPERSION_HEXANE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PURIFICATION_SECOND_ANTISOLVENT;

import org.photonledger.domain.synthesis.Purification;
import org.photonledger.domain.units.Unit;

/** The antisolvent purification, volumes from the paper; centrifuge speeds and times are not in it and must be entered. */
class PurificationEditor extends ValuesEditor<Purification> {

    private final ReagentInput antisolvent;
    private final QuantityField firstSpeed;
    private final QuantityField firstTime;
    private final ReagentInput redispersion;
    private final ReagentInput secondAntisolvent;
    private final QuantityField secondSpeed;
    private final QuantityField secondTime;
    private final ReagentInput finalSolvent;

    PurificationEditor(PreparationFacade facade, String prefix) {
        super(prefix);
        antisolvent = reagent(facade, "antisolvent", "Methyl acetate", "meac", Cas.METHYL_ACETATE, PURIFICATION_ANTISOLVENT,
                Unit.MILLILITRE, Unit.LITRE);
        firstSpeed = quantity("firstCentrifugeSpeed", "1st centrifugation speed", "first-speed", null, true, Unit.RPM);
        firstTime = quantity("firstCentrifugeTime", "1st centrifugation time", "first-time", null, true, Unit.MINUTE,
                Unit.SECOND);
        redispersion = reagent(facade, "redispersionSolvent", "Hexane", "hexane", Cas.HEXANE, PURIFICATION_REDISPERSION_HEXANE,
                Unit.MILLILITRE, Unit.MICROLITRE);
        secondAntisolvent = reagent(facade, "secondAntisolvent", "Methyl acetate (2nd)", "meac2", Cas.METHYL_ACETATE,
                PURIFICATION_SECOND_ANTISOLVENT, Unit.MILLILITRE, Unit.MICROLITRE);
        secondSpeed = quantity("secondCentrifugeSpeed", "2nd centrifugation speed", "second-speed", null, true, Unit.RPM);
        secondTime = quantity("secondCentrifugeTime", "2nd centrifugation time", "second-time", null, true, Unit.MINUTE,
                Unit.SECOND);
        finalSolvent = reagent(facade, "finalSolvent", "Octane", "octane", Cas.OCTANE, PURIFICATION_FINAL_OCTANE,
                Unit.MILLILITRE, Unit.MICROLITRE);
        firstSpeed.setHelperText("Not stated in the paper: enter what you did");
        firstTime.setHelperText("Not stated in the paper: enter what you did");
        // the second spin is usually the same as the first; copy it while the second is still empty
        firstSpeed.addValueChangeListener(e -> copyIfEmpty(firstSpeed, secondSpeed));
        firstTime.addValueChangeListener(e -> copyIfEmpty(firstTime, secondTime));
    }

    private static void copyIfEmpty(QuantityField from, QuantityField to) {
        if (to.quantity() == null && from.quantity() != null) {
            to.setQuantity(from.quantity());
        }
    }

    @Override
    Purification read() {
        return new Purification(antisolvent.read(), firstSpeed.quantity(), firstTime.quantity(), redispersion.read(),
                secondAntisolvent.read(), secondSpeed.quantity(), secondTime.quantity(), finalSolvent.read());
    }

    @Override
    void fill(Purification v) {
        antisolvent.fill(v.antisolvent());
        firstSpeed.setQuantity(v.firstCentrifugeSpeed());
        firstTime.setQuantity(v.firstCentrifugeTime());
        redispersion.fill(v.redispersionSolvent());
        secondAntisolvent.fill(v.secondAntisolvent());
        secondSpeed.setQuantity(v.secondCentrifugeSpeed());
        secondTime.setQuantity(v.secondCentrifugeTime());
        finalSolvent.fill(v.finalSolvent());
    }

    @Override
    Class<Purification> type() {
        return Purification.class;
    }
}
