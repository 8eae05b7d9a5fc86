package org.photonledger.ui.preparation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.synthesis.HotInjection;
import org.photonledger.domain.synthesis.PbI2SolutionPreparation;
import org.photonledger.domain.synthesis.Purification;
import org.photonledger.domain.synthesis.Storage;
import org.photonledger.domain.units.Dimension;

/** The JSON bodies of the synthesis-batch calls; field names are the domain's, so errors name them directly. */
public final class SynthesisJson {

    private SynthesisJson() {
    }

    /** Opens a batch. */
    @Schema(description = "A new synthesis batch")
    public record StartBatchBody(
            @Schema(required = true, description = "How the lab calls the batch, e.g. the notebook page", examples = "PQD-2024-03-01")
            String name,
            @Schema(description = "The protocol followed", examples = "Farrow et al. 2024, hot injection (Methods)") String protocol) {
    }

    /** Flask 1, the Cs-oleate precursor. */
    @Schema(description = "Cs-oleate precursor prepared (the paper: 0.407 g Cs2CO3, 1.25 mL OA, 20 mL ODE, 1 h degas, 150 °C, N2 from 100 °C, kept at 130 °C)")
    public record CsOleateBody(
            @Schema(required = true) ReagentUseJson caesiumCarbonate,
            @Schema(required = true) ReagentUseJson oleicAcid,
            @Schema(required = true) ReagentUseJson octadecene,
            @Schema(required = true) QuantityJson degasTime,
            @Schema(required = true) QuantityJson heatingTemperature,
            @Schema(required = true) QuantityJson nitrogenSwitchTemperature,
            @Schema(required = true) QuantityJson cooledToTemperature) implements StepBody<CsOleatePreparation> {

        @Override
        public CsOleatePreparation values(JsonValues in) {
            return new CsOleatePreparation(in.use("caesiumCarbonate", caesiumCarbonate, Dimension.MASS),
                    in.use("oleicAcid", oleicAcid, Dimension.VOLUME), in.use("octadecene", octadecene, Dimension.VOLUME),
                    in.quantity("degasTime", degasTime, Dimension.TIME),
                    in.quantity("heatingTemperature", heatingTemperature, Dimension.TEMPERATURE),
                    in.quantity("nitrogenSwitchTemperature", nitrogenSwitchTemperature, Dimension.TEMPERATURE),
                    in.quantity("cooledToTemperature", cooledToTemperature, Dimension.TEMPERATURE));
        }
    }

    /** Flask 2, the PbI2 solution. */
    @Schema(description = "PbI2 solution prepared (the paper: 0.5 g PbI2, 25 mL ODE, vacuum at 120 °C, 2.5 mL OA and 2.5 mL OLAm at 130 °C)")
    public record PbI2SolutionBody(
            @Schema(required = true) ReagentUseJson leadIodide,
            @Schema(required = true) ReagentUseJson octadecene,
            @Schema(required = true) QuantityJson vacuumTemperature,
            @Schema(required = true, description = "Not stated in the paper") QuantityJson vacuumTime,
            @Schema(required = true) ReagentUseJson oleicAcid,
            @Schema(required = true) ReagentUseJson oleylamine,
            @Schema(required = true) QuantityJson ligandTemperature) implements StepBody<PbI2SolutionPreparation> {

        @Override
        public PbI2SolutionPreparation values(JsonValues in) {
            return new PbI2SolutionPreparation(in.use("leadIodide", leadIodide, Dimension.MASS),
                    in.use("octadecene", octadecene, Dimension.VOLUME),
                    in.quantity("vacuumTemperature", vacuumTemperature, Dimension.TEMPERATURE),
                    in.quantity("vacuumTime", vacuumTime, Dimension.TIME), in.use("oleicAcid", oleicAcid, Dimension.VOLUME),
                    in.use("oleylamine", oleylamine, Dimension.VOLUME),
                    in.quantity("ligandTemperature", ligandTemperature, Dimension.TEMPERATURE));
        }
    }

    /** The hot injection and quench. */
    @Schema(description = "Hot injection and quench (the paper: 2 mL Cs-oleate at 180 °C, ice bath)")
    public record HotInjectionBody(
            @Schema(required = true) QuantityJson injectionTemperature,
            @Schema(required = true) QuantityJson csOleateVolume,
            @Schema(required = true, examples = "ice bath") String quench,
            @Schema(description = "Optional: time from injection to quench") QuantityJson quenchDelay) implements StepBody<HotInjection> {

        @Override
        public HotInjection values(JsonValues in) {
            return new HotInjection(in.quantity("injectionTemperature", injectionTemperature, Dimension.TEMPERATURE),
                    in.quantity("csOleateVolume", csOleateVolume, Dimension.VOLUME), quench,
                    in.quantity("quenchDelay", quenchDelay, Dimension.TIME));
        }
    }

    /** The antisolvent purification. */
    @Schema(description = "Purification (the paper: 70 mL MeAc, centrifuge, 5 mL hexane, 7 mL MeAc, centrifuge, 2 mL octane)")
    public record PurificationBody(
            @Schema(required = true) ReagentUseJson antisolvent,
            @Schema(required = true, description = "Not stated in the paper") QuantityJson firstCentrifugeSpeed,
            @Schema(required = true, description = "Not stated in the paper") QuantityJson firstCentrifugeTime,
            @Schema(required = true) ReagentUseJson redispersionSolvent,
            @Schema(required = true) ReagentUseJson secondAntisolvent,
            @Schema(required = true) QuantityJson secondCentrifugeSpeed,
            @Schema(required = true) QuantityJson secondCentrifugeTime,
            @Schema(required = true) ReagentUseJson finalSolvent) implements StepBody<Purification> {

        @Override
        public Purification values(JsonValues in) {
            return new Purification(in.use("antisolvent", antisolvent, Dimension.VOLUME),
                    in.quantity("firstCentrifugeSpeed", firstCentrifugeSpeed, Dimension.ROTATION_RATE),
                    in.quantity("firstCentrifugeTime", firstCentrifugeTime, Dimension.TIME),
                    in.use("redispersionSolvent", redispersionSolvent, Dimension.VOLUME),
                    in.use("secondAntisolvent", secondAntisolvent, Dimension.VOLUME),
                    in.quantity("secondCentrifugeSpeed", secondCentrifugeSpeed, Dimension.ROTATION_RATE),
                    in.quantity("secondCentrifugeTime", secondCentrifugeTime, Dimension.TIME),
                    in.use("finalSolvent", finalSolvent, Dimension.VOLUME));
        }
    }

    /** Where the purified dots are kept. */
    @Schema(description = "Storage (the paper: glass vial in the fridge); samples can be derived from the batch afterwards")
    public record StorageBody(
            @Schema(required = true, examples = "fridge") String location,
            @Schema(examples = "glass vial") String container) implements StepBody<Storage> {

        @Override
        public Storage values(JsonValues in) {
            return new Storage(location, container);
        }
    }
}
