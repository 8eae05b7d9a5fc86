package org.photonledger.ui.preparation;

import org.photonledger.domain.sample.PmmaDispersion;
import org.photonledger.domain.units.Unit;

/**
 * Dots mixed into PMMA solution in toluene. The paper states none of these numbers, so nothing is prefilled; the
 * PMMA and toluene taken from stock follow from the volumes and the concentration.
 */
class PmmaDispersionEditor extends ValuesEditor<PmmaDispersion> {

    private final QuantityField sampleVolume;
    private final QuantityField solutionVolume;
    private final QuantityField concentration;
    private final ReagentPicker pmmaLot;
    private final ReagentPicker tolueneLot;

    PmmaDispersionEditor(PreparationFacade facade, String prefix) {
        super(prefix);
        sampleVolume = quantity("sampleVolume", "Volume of dots", "sample-volume", null, true, Unit.MILLILITRE, Unit.MICROLITRE);
        solutionVolume = quantity("pmmaSolutionVolume", "PMMA solution volume", "solution-volume", null, true,
                Unit.MILLILITRE, Unit.MICROLITRE);
        solutionVolume.setHelperText("Toluene taken from stock");
        concentration = quantity("pmmaConcentration", "PMMA concentration in toluene", "concentration", null, true,
                Unit.MILLIGRAM_PER_MILLILITRE);
        concentration.setHelperText("PMMA taken = concentration × solution volume");
        pmmaLot = new ReagentPicker(facade, "PMMA lot", prefix + "-pmma-lot", Cas.PMMA);
        pmmaLot.setRequiredIndicatorVisible(true);
        tolueneLot = new ReagentPicker(facade, "Toluene lot", prefix + "-toluene-lot", Cas.TOLUENE);
        tolueneLot.setRequiredIndicatorVisible(true);
        add(register("pmmaLot", pmmaLot), register("tolueneLot", tolueneLot));
    }

    @Override
    PmmaDispersion read() {
        return new PmmaDispersion(sampleVolume.quantity(), solutionVolume.quantity(), concentration.quantity(),
                pmmaLot.lotId(), tolueneLot.lotId());
    }

    @Override
    void fill(PmmaDispersion v) {
        sampleVolume.setQuantity(v.sampleVolume());
        solutionVolume.setQuantity(v.pmmaSolutionVolume());
        concentration.setQuantity(v.pmmaConcentration());
        pmmaLot.select(v.pmmaLot());
        tolueneLot.select(v.tolueneLot());
    }

    @Override
    Class<PmmaDispersion> type() {
        return PmmaDispersion.class;
    }
}
