package org.photonledger.ui.preparation;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.photonledger.domain.mirror.DbrCoating;
import org.photonledger.domain.mirror.FeatureMilling;
import org.photonledger.domain.mirror.MilledFeature;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.mirror.SubstratePreparation;
import org.photonledger.domain.units.Dimension;

/** The JSON bodies of the mirror calls. */
public final class MirrorJson {

    private MirrorJson() {
    }

    /** A mirror's substrate: starts the mirror's record. */
    @Schema(description = "A mirror's substrate (the paper: Spectrosil 2000; a featured mirror is a diced plinth, whose dimensions are then required)")
    public record SubstrateBody(
            @Schema(required = true, enumeration = {"PLANAR", "FEATURED"}) String kind,
            @Schema(examples = "planar DBR mirror") String label,
            @Schema(required = true, examples = "Spectrosil 2000 (UV fused silica)") String material,
            QuantityJson plinthHeight,
            QuantityJson plinthTopWidth,
            QuantityJson plinthTopLength) implements StepBody<SubstratePreparation> {

        @Override
        public SubstratePreparation values(JsonValues in) {
            return new SubstratePreparation(material, in.quantity("plinthHeight", plinthHeight, Dimension.LENGTH),
                    in.quantity("plinthTopWidth", plinthTopWidth, Dimension.LENGTH),
                    in.quantity("plinthTopLength", plinthTopLength, Dimension.LENGTH));
        }

        @Override
        public List<String> fixedFieldsGiven() {
            return StepBody.given("kind", kind, "label", label);
        }
    }

    /** One milled feature. */
    @Schema(description = "A concave feature (the paper: 0.3 µm deep, 8 µm radius of curvature, 4.4 µm wide), positioned from the plinth top's centre")
    public record FeatureJson(
            @Schema(required = true, examples = "A1") String label,
            @Schema(required = true) QuantityJson depth,
            @Schema(required = true) QuantityJson radiusOfCurvature,
            @Schema(required = true) QuantityJson width,
            @Schema(required = true) PositionJson position) {
    }

    /** FIB milling of concave features. */
    @Schema(description = "Concave features milled into a featured mirror's plinth, before its DBR coating")
    public record FeatureMillingBody(
            @Schema(required = true) List<FeatureJson> features,
            @Schema(examples = "focused ion beam") String method) implements StepBody<FeatureMilling> {

        @Override
        public FeatureMilling values(JsonValues in) {
            if (features == null) {
                return new FeatureMilling(null, method);
            }
            List<MilledFeature> milled = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                FeatureJson f = features.get(i);
                String field = "features[" + i + "]";
                milled.add(f == null ? null : new MilledFeature(f.label(),
                        in.quantity(field + ".depth", f.depth(), Dimension.LENGTH),
                        in.quantity(field + ".radiusOfCurvature", f.radiusOfCurvature(), Dimension.LENGTH),
                        in.quantity(field + ".width", f.width(), Dimension.LENGTH),
                        in.position(field + ".position", f.position())));
            }
            return new FeatureMilling(milled, method);
        }
    }

    /** The DBR coating. */
    @Schema(description = "DBR coating (the paper: Ta2O5/SiO2 by ion-beam sputtering, designed for 690 nm; pairs not stated)")
    public record DbrCoatingBody(
            @Schema(required = true, examples = "Ta2O5") String highIndexMaterial,
            @Schema(required = true, examples = "SiO2") String lowIndexMaterial,
            @Schema(required = true, examples = "9") Integer pairs,
            @Schema(required = true) QuantityJson designWavelength,
            @Schema(examples = "ion-beam sputtering") String method) implements StepBody<DbrCoating> {

        @Override
        public DbrCoating values(JsonValues in) {
            return new DbrCoating(highIndexMaterial, lowIndexMaterial, pairs,
                    in.quantity("designWavelength", designWavelength, Dimension.LENGTH), method);
        }
    }

    /** A reflectivity measurement. */
    @Schema(description = "Reflectivity at one wavelength (the paper: planar 97.5 ± 0.5 %, featured > 99.9 % at 690 nm)")
    public record ReflectivityBody(
            @Schema(required = true) QuantityJson wavelength,
            @Schema(required = true, description = "In %") QuantityJson reflectivity,
            QuantityJson uncertainty,
            @Schema(description = "True when only a lower bound was measured (\"> 99.9 %\")") Boolean lowerBound)
            implements StepBody<ReflectivityMeasurement> {

        @Override
        public ReflectivityMeasurement values(JsonValues in) {
            return new ReflectivityMeasurement(in.quantity("wavelength", wavelength, Dimension.LENGTH),
                    in.quantity("reflectivity", reflectivity, Dimension.DIMENSIONLESS),
                    in.quantity("uncertainty", uncertainty, Dimension.DIMENSIONLESS), Boolean.TRUE.equals(lowerBound));
        }
    }
}
