package org.photonledger.ui.preparation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.photonledger.domain.sample.EdtaTreatment;
import org.photonledger.domain.sample.KeptFraction;
import org.photonledger.domain.sample.PmmaDispersion;
import org.photonledger.domain.sample.SizeSelection;
import org.photonledger.domain.units.Dimension;

/** The JSON bodies that derive QD samples from a batch or from other samples. */
public final class SampleJson {

    private SampleJson() {
    }

    /** A body that makes a new sample from parents. */
    interface DerivedSampleBody<V> extends StepBody<V> {

        List<String> parents();

        String label();

        @Override
        default List<String> fixedFieldsGiven() {
            return StepBody.given("parents", parents(), "label", label());
        }
    }

    private static final String PARENTS = "Ids of the parents: stored synthesis batches or samples";

    /** EDTA treatment. */
    @Schema(description = "A sample made by EDTA treatment (the paper: 1 mL of dots, 5 mg EDTA, overnight, 0.2 µm filter)")
    public record EdtaTreatmentBody(
            @Schema(required = true, description = PARENTS) List<String> parents,
            @Schema(examples = "EDTA-treated PQDs") String label,
            @Schema(required = true) QuantityJson dotVolume,
            @Schema(required = true) ReagentUseJson edta,
            @Schema(required = true) QuantityJson duration,
            @Schema(required = true) QuantityJson filterPoreSize) implements DerivedSampleBody<EdtaTreatment> {

        @Override
        public EdtaTreatment values(JsonValues in) {
            return new EdtaTreatment(in.quantity("dotVolume", dotVolume, Dimension.VOLUME),
                    in.use("edta", edta, Dimension.MASS), in.quantity("duration", duration, Dimension.TIME),
                    in.quantity("filterPoreSize", filterPoreSize, Dimension.LENGTH));
        }
    }

    /** Size-selective centrifugation. */
    @Schema(description = "A sample made by size-selective centrifugation (the paper: ≥ 10-fold dilution in octane, 2000–3000 rpm, 30 min, supernatant kept); "
            + "the diluent taken from stock is sampleVolume × (dilutionFactor − 1)")
    public record SizeSelectionBody(
            @Schema(required = true, description = PARENTS) List<String> parents,
            @Schema(examples = "size-selected supernatant") String label,
            @Schema(required = true) QuantityJson sampleVolume,
            @Schema(required = true, description = "≥ 1", examples = "10") Double dilutionFactor,
            @Schema(description = "Lot of the diluent (octane); required when dilutionFactor > 1") String diluentLot,
            @Schema(required = true) QuantityJson speed,
            @Schema(required = true) QuantityJson duration,
            @Schema(required = true, enumeration = {"SUPERNATANT", "PELLET"}) String keptFraction)
            implements DerivedSampleBody<SizeSelection> {

        @Override
        public SizeSelection values(JsonValues in) {
            return new SizeSelection(in.quantity("sampleVolume", sampleVolume, Dimension.VOLUME), dilutionFactor,
                    in.lot("diluentLot", diluentLot), in.quantity("speed", speed, Dimension.ROTATION_RATE),
                    in.quantity("duration", duration, Dimension.TIME), in.choice("keptFraction", keptFraction, KeptFraction.class));
        }
    }

    /** PMMA dispersion. */
    @Schema(description = "A sample made by mixing dots into PMMA solution in toluene; the PMMA taken from stock is "
            + "pmmaConcentration × pmmaSolutionVolume, the toluene the solution volume")
    public record PmmaDispersionBody(
            @Schema(required = true, description = PARENTS) List<String> parents,
            @Schema(examples = "PQDs in PMMA/toluene") String label,
            @Schema(required = true) QuantityJson sampleVolume,
            @Schema(required = true) QuantityJson pmmaSolutionVolume,
            @Schema(required = true, description = "mg/mL") QuantityJson pmmaConcentration,
            @Schema(required = true) String pmmaLot,
            @Schema(required = true) String tolueneLot) implements DerivedSampleBody<PmmaDispersion> {

        @Override
        public PmmaDispersion values(JsonValues in) {
            return new PmmaDispersion(in.quantity("sampleVolume", sampleVolume, Dimension.VOLUME),
                    in.quantity("pmmaSolutionVolume", pmmaSolutionVolume, Dimension.VOLUME),
                    in.quantity("pmmaConcentration", pmmaConcentration, Dimension.MASS_CONCENTRATION),
                    in.lot("pmmaLot", pmmaLot), in.lot("tolueneLot", tolueneLot));
        }
    }
}
