package org.photonledger.ui.preparation;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.photonledger.domain.cavity.CavityConfiguration;
import org.photonledger.domain.cavity.TransverseMode;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * One setting of a cavity, prefilled with the paper's: TEM00 at q = 3 near 677 nm, mirror separation qλ/2,
 * measured finesse 100 and modelled mode volume 0.5 µm³ (both optional).
 */
class CavityConfigurationEditor extends ValuesEditor<CavityConfiguration> {

    private final QuantityField length;
    private final IntegerField modeIndex = new IntegerField("Longitudinal mode index q");
    private final TextField transverseMode;
    private final QuantityField wavelength;
    private final NumberField finesse = new NumberField("Measured finesse (optional)");
    private final QuantityField modeVolume;

    CavityConfigurationEditor(String prefix) {
        super(prefix);
        CavityConfiguration paper = Farrow2024Protocol.cavityConfiguration();
        length = quantity("length", "Mirror separation", "length", paper.length(), true, Unit.MICROMETRE, Unit.NANOMETRE);
        length.setHelperText("The paper: qλ/2, mirror penetration neglected");
        modeIndex.setId(prefix + "-q");
        modeIndex.setMin(1);
        modeIndex.setRequiredIndicatorVisible(true);
        modeIndex.setValue(paper.longitudinalModeIndex());
        add(register("longitudinalModeIndex", modeIndex));
        transverseMode = text("transverseMode", "Transverse mode", "transverse-mode", paper.transverseMode().toString(), true);
        transverseMode.setHelperText("TEMmn, e.g. TEM00");
        wavelength = quantity("resonanceWavelength", "Resonance wavelength", "wavelength", paper.resonanceWavelength(), true,
                Unit.NANOMETRE);
        finesse.setId(prefix + "-finesse");
        finesse.setValue(paper.measuredFinesse());
        finesse.setHelperText("Used for Q instead of the mirrors' reflectivities");
        add(register("measuredFinesse", finesse));
        modeVolume = quantity("modelledModeVolume", "Modelled mode volume (optional)", "mode-volume", paper.modelledModeVolume(),
                false, Unit.CUBIC_MICROMETRE);
        modeVolume.setHelperText("Used for the Purcell factor instead of the Gaussian-beam estimate");
    }

    @Override
    CavityConfiguration read() {
        String mode = text(transverseMode);
        Optional<TransverseMode> parsed = TransverseMode.parse(mode);
        if (mode != null && parsed.isEmpty()) {
            throw InvalidInputException.of("transverseMode", mode, "must be written TEMmn with one-digit mode orders, e.g. TEM00");
        }
        return new CavityConfiguration(length.quantity(), modeIndex.getValue(), parsed.orElse(null), wavelength.quantity(),
                finesse.getValue(), modeVolume.quantity());
    }

    @Override
    void fill(CavityConfiguration v) {
        length.setQuantity(v.length());
        modeIndex.setValue(v.longitudinalModeIndex());
        transverseMode.setValue(v.transverseMode() == null ? "" : v.transverseMode().toString());
        wavelength.setQuantity(v.resonanceWavelength());
        finesse.setValue(v.measuredFinesse());
        modeVolume.setQuantity(v.modelledModeVolume());
    }

    @Override
    Class<CavityConfiguration> type() {
        return CavityConfiguration.class;
    }
}
