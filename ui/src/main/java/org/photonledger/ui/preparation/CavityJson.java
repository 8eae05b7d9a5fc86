package org.photonledger.ui.preparation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.photonledger.domain.cavity.CavityConfiguration;
import org.photonledger.domain.cavity.CavityFigures;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.units.Dimension;

/** The JSON bodies and responses of the cavity calls. */
public final class CavityJson {

    private CavityJson() {
    }

    /** The dot a cavity is closed over. */
    @Schema(description = "The chosen dot: a label and its position on the film")
    public record DotJson(@Schema(examples = "dot 1") String label, @Schema(required = true) PositionJson position) {
    }

    /** Assembles a cavity. */
    @Schema(description = "A cavity: a planar mirror carrying the film, a featured mirror and one of its features, over one dot; "
            + "a correction can change only the dot")
    public record CavityBody(
            @Schema(required = true) String planarMirrorId,
            @Schema(required = true, description = "A film on the planar mirror") String filmId,
            @Schema(required = true) String featuredMirrorId,
            @Schema(required = true, examples = "A1") String featureLabel,
            @Schema(required = true) DotJson dot) implements StepBody<DotSelection> {

        @Override
        public DotSelection values(JsonValues in) {
            return dot == null ? null : new DotSelection(dot.label(), in.position("dot.position", dot.position()));
        }

        @Override
        public List<String> fixedFieldsGiven() {
            return StepBody.given("planarMirrorId", planarMirrorId, "filmId", filmId, "featuredMirrorId", featuredMirrorId,
                    "featureLabel", featureLabel);
        }
    }

    /** One setting of a cavity. */
    @Schema(description = "A cavity configuration (the paper: TEM00, q = 3 at 677 nm, measured finesse 100, modelled mode volume 0.5 µm³)")
    public record ConfigurationBody(
            @Schema(required = true, description = "Mirror separation") QuantityJson length,
            @Schema(required = true, examples = "3") Integer longitudinalModeIndex,
            @Schema(required = true, examples = "TEM00") String transverseMode,
            @Schema(required = true) QuantityJson resonanceWavelength,
            @Schema(description = "Optional: a measured finesse, used for Q instead of the mirrors' one", examples = "100") Double measuredFinesse,
            @Schema(description = "Optional: a modelled mode volume, used for the Purcell factor") QuantityJson modelledModeVolume)
            implements StepBody<CavityConfiguration> {

        @Override
        public CavityConfiguration values(JsonValues in) {
            return new CavityConfiguration(in.quantity("length", length, Dimension.LENGTH), longitudinalModeIndex,
                    in.transverseMode("transverseMode", transverseMode),
                    in.quantity("resonanceWavelength", resonanceWavelength, Dimension.LENGTH), measuredFinesse,
                    in.quantity("modelledModeVolume", modelledModeVolume, Dimension.VOLUME));
        }
    }

    /** The figures the domain derived for a configuration, with their inputs. */
    @Schema(description = "Figures derived for a configuration: finesse, Q = q·F, mode volume and the Purcell factor "
            + "F_P = ξ²·3λ³Q/(4π²V) for a randomly oriented (ξ² = 1/3) and an aligned (ξ² = 1) dipole")
    public record FiguresJson(
            QuantityJson planarReflectivity,
            QuantityJson featuredReflectivity,
            boolean reflectivityLowerBound,
            QuantityJson radiusOfCurvature,
            double finesseFromReflectivities,
            double finesse,
            String finesseSource,
            double qualityFactor,
            QuantityJson beamWaist,
            QuantityJson gaussianModeVolume,
            QuantityJson modeVolume,
            String modeVolumeSource,
            double purcellRandomDipole,
            double purcellAlignedDipole) {

        static FiguresJson of(CavityFigures f) {
            return new FiguresJson(QuantityJson.of(f.planarReflectivity()), QuantityJson.of(f.featuredReflectivity()),
                    f.reflectivityLowerBound(), QuantityJson.of(f.radiusOfCurvature()), f.finesseFromReflectivities(),
                    f.finesse(), f.finesseSource().name(), f.qualityFactor(), QuantityJson.of(f.beamWaist()),
                    QuantityJson.of(f.gaussianModeVolume()), QuantityJson.of(f.modeVolume()), f.modeVolumeSource().name(),
                    f.purcellRandomDipole(), f.purcellAlignedDipole());
        }
    }
}
