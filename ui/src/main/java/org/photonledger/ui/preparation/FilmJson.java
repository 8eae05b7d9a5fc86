package org.photonledger.ui.preparation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.photonledger.domain.film.DensityMeasurement;
import org.photonledger.domain.film.SpinCoating;
import org.photonledger.domain.units.Dimension;

/** The JSON bodies of the film calls. */
public final class FilmJson {

    private FilmJson() {
    }

    /** What a film lies on. */
    @Schema(description = "A planar mirror by id, or a glass coverslip described in words")
    public record SubstrateJson(
            @Schema(required = true, enumeration = {"PLANAR_MIRROR", "GLASS_COVERSLIP"}) String kind,
            @Schema(description = "Required for PLANAR_MIRROR: a DBR-coated planar mirror") String mirrorId,
            String description) {
    }

    /** A film spin-coated from a sample. */
    @Schema(description = "A film spin-coated from a QD sample (the paper: 4000 rpm, 30 s, toluene; target 1 dot per 10 µm², acceptable 1–5)")
    public record FilmBody(
            @Schema(required = true) String sampleId,
            @Schema(required = true) SubstrateJson substrate,
            @Schema(examples = "PQD film on planar DBR") String label,
            @Schema(required = true) QuantityJson speed,
            @Schema(required = true) QuantityJson duration,
            @Schema(required = true, examples = "toluene") String solvent,
            @Schema(required = true, description = "e.g. {\"value\": 1, \"unit\": \"per 10 µm²\"}") QuantityJson targetDensity,
            @Schema(required = true) QuantityJson acceptableDensityLow,
            @Schema(required = true) QuantityJson acceptableDensityHigh) implements StepBody<SpinCoating> {

        @Override
        public SpinCoating values(JsonValues in) {
            return new SpinCoating(in.quantity("speed", speed, Dimension.ROTATION_RATE),
                    in.quantity("duration", duration, Dimension.TIME), solvent,
                    in.quantity("targetDensity", targetDensity, Dimension.AREAL_NUMBER_DENSITY),
                    in.quantity("acceptableDensityLow", acceptableDensityLow, Dimension.AREAL_NUMBER_DENSITY),
                    in.quantity("acceptableDensityHigh", acceptableDensityHigh, Dimension.AREAL_NUMBER_DENSITY));
        }

        @Override
        public List<String> fixedFieldsGiven() {
            return StepBody.given("sampleId", sampleId, "substrate", substrate, "label", label);
        }
    }

    /** A measured dot density. */
    @Schema(description = "A measured dot density of the film")
    public record DensityBody(
            @Schema(required = true, description = "e.g. {\"value\": 2, \"unit\": \"per 10 µm²\"}") QuantityJson density,
            @Schema(examples = "confocal scan, 50 µm × 50 µm") String method) implements StepBody<DensityMeasurement> {

        @Override
        public DensityMeasurement values(JsonValues in) {
            return new DensityMeasurement(in.quantity("density", density, Dimension.AREAL_NUMBER_DENSITY), method);
        }
    }
}
