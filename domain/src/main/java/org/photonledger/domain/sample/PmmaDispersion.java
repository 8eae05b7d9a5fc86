package org.photonledger.domain.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Dots mixed with a concentration-calibrated PMMA solution in toluene before spin-coating. The PMMA taken from stock
 * is {@code pmmaConcentration × pmmaSolutionVolume}; the toluene is the solution volume (the solute's own volume
 * is neglected).
 */
public record PmmaDispersion(
        Quantity sampleVolume,
        Quantity pmmaSolutionVolume,
        Quantity pmmaConcentration,
        ReagentLotId pmmaLot,
        ReagentLotId tolueneLot) implements SamplePreparation {

    @Override
    public SampleKind kind() {
        return SampleKind.PMMA_DISPERSION;
    }

    @Override
    public FieldErrors check() {
        return new FieldErrors()
                .quantity("sampleVolume", sampleVolume, 0, false, 100, Unit.MILLILITRE, Dimension.VOLUME)
                .quantity("pmmaSolutionVolume", pmmaSolutionVolume, 0, false, 100, Unit.MILLILITRE, Dimension.VOLUME)
                .quantity("pmmaConcentration", pmmaConcentration, 0, false, 200, Unit.MILLIGRAM_PER_MILLILITRE,
                        Dimension.MASS_CONCENTRATION)
                .required("pmmaLot", pmmaLot)
                .required("tolueneLot", tolueneLot);
    }

    /** PMMA solution volume per volume of dot dispersion. */
    public double volumeRatio() {
        return pmmaSolutionVolume.in(Unit.MILLILITRE) / sampleVolume.in(Unit.MILLILITRE);
    }

    /** The PMMA taken from stock. */
    public Quantity pmmaMass() {
        return Quantity.of(pmmaConcentration.in(Unit.MILLIGRAM_PER_MILLILITRE) * pmmaSolutionVolume.in(Unit.MILLILITRE),
                Unit.MILLIGRAM);
    }

    @Override
    public Map<String, ReagentUse> reagentUses() {
        Map<String, ReagentUse> uses = new LinkedHashMap<>();
        uses.put("pmmaLot", ReagentUse.of(pmmaLot, pmmaMass()));
        uses.put("tolueneLot", ReagentUse.of(tolueneLot, pmmaSolutionVolume));
        return uses;
    }
}
