package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.ACCEPTABLE_DENSITY_HIGH;
import static org.photonledger.domain.protocol.Farrow2024Protocol.ACCEPTABLE_DENSITY_LOW;
import static org.photonledger.domain.protocol.Farrow2024Protocol.SPIN_DURATION;
import static org.photonledger.domain.protocol.Farrow2024Protocol.SPIN_SOLVENT;
import static org.photonledger.domain.protocol.Farrow2024Protocol.SPIN_SPEED;
import static org.photonledger.domain.protocol.Farrow2024Protocol.TARGET_DENSITY;

import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.film.SpinCoating;
import org.photonledger.domain.units.Unit;

/** Spin-coating parameters and the dot density aimed for, prefilled from the paper. */
class SpinCoatingEditor extends ValuesEditor<SpinCoating> {

    private final QuantityField speed;
    private final QuantityField duration;
    private final TextField solvent;
    private final QuantityField target;
    private final QuantityField low;
    private final QuantityField high;

    SpinCoatingEditor(String prefix) {
        super(prefix);
        speed = quantity("speed", "Spin speed", "speed", SPIN_SPEED, true, Unit.RPM);
        duration = quantity("duration", "Spin time", "duration", SPIN_DURATION, true, Unit.SECOND, Unit.MINUTE);
        solvent = text("solvent", "Solvent", "solvent", SPIN_SOLVENT, true);
        target = quantity("targetDensity", "Target dot density", "target-density", TARGET_DENSITY, true,
                Unit.PER_TEN_SQUARE_MICROMETRES, Unit.PER_SQUARE_MICROMETRE);
        target.setHelperText("About one dot per cavity mode footprint");
        low = quantity("acceptableDensityLow", "Acceptable density from", "density-low", ACCEPTABLE_DENSITY_LOW, true,
                Unit.PER_TEN_SQUARE_MICROMETRES, Unit.PER_SQUARE_MICROMETRE);
        high = quantity("acceptableDensityHigh", "Acceptable density up to", "density-high", ACCEPTABLE_DENSITY_HIGH, true,
                Unit.PER_TEN_SQUARE_MICROMETRES, Unit.PER_SQUARE_MICROMETRE);
    }

    @Override
    SpinCoating read() {
        return new SpinCoating(speed.quantity(), duration.quantity(), text(solvent), target.quantity(), low.quantity(),
                high.quantity());
    }

    @Override
    void fill(SpinCoating v) {
        speed.setQuantity(v.speed());
        duration.setQuantity(v.duration());
        solvent.setValue(v.solvent() == null ? "" : v.solvent());
        target.setQuantity(v.targetDensity());
        low.setQuantity(v.acceptableDensityLow());
        high.setQuantity(v.acceptableDensityHigh());
    }

    @Override
    Class<SpinCoating> type() {
        return SpinCoating.class;
    }
}
