package org.photonledger.domain.protocol;

import java.util.List;
import org.photonledger.domain.cavity.CavityConfiguration;
import org.photonledger.domain.cavity.CavityPhysics;
import org.photonledger.domain.cavity.TransverseMode;
import org.photonledger.domain.film.SpinCoating;
import org.photonledger.domain.mirror.DbrCoating;
import org.photonledger.domain.mirror.FeatureMilling;
import org.photonledger.domain.mirror.MilledFeature;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.mirror.SubstratePreparation;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.sample.EdtaTreatment;
import org.photonledger.domain.sample.KeptFraction;
import org.photonledger.domain.sample.SizeSelection;
import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.synthesis.HotInjection;
import org.photonledger.domain.synthesis.PbI2SolutionPreparation;
import org.photonledger.domain.synthesis.Purification;
import org.photonledger.domain.synthesis.Storage;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The protocol of Farrow, Dhawan et al. (2024), "Ultranarrow linewidth room-temperature single-photon source from
 * perovskite quantum dot embedded in optical microcavity", Methods: its numbers, for forms to prefill. Where the
 * paper gives no number (centrifuge speeds, the PbI2 vacuum time, DBR pairs, PMMA concentration) there is no
 * default here either: the bench must enter what it did.
 */
public final class Farrow2024Protocol {

    public static final String NAME = "Farrow et al. 2024, hot injection (Methods)";

    // Flask 1: Cs-oleate precursor
    public static final Quantity CS2CO3_MASS = Quantity.of(0.407, Unit.GRAM);
    public static final Quantity CS_OLEATE_OLEIC_ACID = Quantity.of(1.25, Unit.MILLILITRE);
    public static final Quantity CS_OLEATE_OCTADECENE = Quantity.of(20, Unit.MILLILITRE);
    public static final Quantity CS_OLEATE_DEGAS_TIME = Quantity.of(1, Unit.HOUR);
    public static final Quantity CS_OLEATE_HEATING_TEMPERATURE = Quantity.of(150, Unit.CELSIUS);
    public static final Quantity CS_OLEATE_NITROGEN_SWITCH_TEMPERATURE = Quantity.of(100, Unit.CELSIUS);
    public static final Quantity CS_OLEATE_COOLED_TO_TEMPERATURE = Quantity.of(130, Unit.CELSIUS);

    // Flask 2: PbI2 solution
    public static final Quantity PBI2_MASS = Quantity.of(0.5, Unit.GRAM);
    public static final Quantity PBI2_OCTADECENE = Quantity.of(25, Unit.MILLILITRE);
    public static final Quantity PBI2_VACUUM_TEMPERATURE = Quantity.of(120, Unit.CELSIUS);
    public static final Quantity PBI2_OLEIC_ACID = Quantity.of(2.5, Unit.MILLILITRE);
    public static final Quantity PBI2_OLEYLAMINE = Quantity.of(2.5, Unit.MILLILITRE);
    public static final Quantity PBI2_LIGAND_TEMPERATURE = Quantity.of(130, Unit.CELSIUS);

    // Injection and quench
    public static final Quantity INJECTION_TEMPERATURE = Quantity.of(180, Unit.CELSIUS);
    public static final Quantity INJECTED_CS_OLEATE = Quantity.of(2, Unit.MILLILITRE);
    public static final String QUENCH = "ice bath";

    // Purification
    public static final Quantity PURIFICATION_ANTISOLVENT = Quantity.of(70, Unit.MILLILITRE);
    public static final Quantity PURIFICATION_REDISPERSION_HEXANE = Quantity.of(5, Unit.MILLILITRE);
    public static final Quantity PURIFICATION_SECOND_ANTISOLVENT = Quantity.of(7, Unit.MILLILITRE);
    public static final Quantity PURIFICATION_FINAL_OCTANE = Quantity.of(2, Unit.MILLILITRE);

    // Storage
    public static final String STORAGE_LOCATION = "fridge";
    public static final String STORAGE_CONTAINER = "glass vial";

    // EDTA treatment ("overnight": 14 h is the middle of a 12–16 h night)
    public static final Quantity EDTA_DOT_VOLUME = Quantity.of(1, Unit.MILLILITRE);
    public static final Quantity EDTA_MASS = Quantity.of(5, Unit.MILLIGRAM);
    public static final Quantity EDTA_DURATION = Quantity.of(14, Unit.HOUR);
    public static final Quantity EDTA_FILTER_PORE_SIZE = Quantity.of(200, Unit.NANOMETRE);

    // Size-selective centrifugation ("at least 10-fold", "2000–3000 RPM": 2500 rpm is the middle)
    public static final double SIZE_SELECTION_DILUTION = 10;
    public static final Quantity SIZE_SELECTION_SPEED = Quantity.of(2500, Unit.RPM);
    public static final Quantity SIZE_SELECTION_DURATION = Quantity.of(30, Unit.MINUTE);
    public static final KeptFraction SIZE_SELECTION_KEPT = KeptFraction.SUPERNATANT;

    // Spin-coating (the 4 K films: toluene, 4000 rpm, 30 s) and the density aimed for
    public static final Quantity SPIN_SPEED = Quantity.of(4000, Unit.RPM);
    public static final Quantity SPIN_DURATION = Quantity.of(30, Unit.SECOND);
    public static final String SPIN_SOLVENT = "toluene";
    public static final Quantity TARGET_DENSITY = Quantity.of(1, Unit.PER_TEN_SQUARE_MICROMETRES);
    public static final Quantity ACCEPTABLE_DENSITY_LOW = Quantity.of(1, Unit.PER_TEN_SQUARE_MICROMETRES);
    public static final Quantity ACCEPTABLE_DENSITY_HIGH = Quantity.of(5, Unit.PER_TEN_SQUARE_MICROMETRES);

    // Mirrors
    public static final String SUBSTRATE_MATERIAL = "Spectrosil 2000 (UV fused silica)";
    public static final Quantity PLINTH_HEIGHT = Quantity.of(100, Unit.MICROMETRE);
    public static final Quantity PLINTH_TOP_WIDTH = Quantity.of(300, Unit.MICROMETRE);
    public static final Quantity PLINTH_TOP_LENGTH = Quantity.of(300, Unit.MICROMETRE);
    public static final Quantity FEATURE_DEPTH = Quantity.of(0.3, Unit.MICROMETRE);
    public static final Quantity FEATURE_RADIUS_OF_CURVATURE = Quantity.of(8, Unit.MICROMETRE);
    public static final Quantity FEATURE_WIDTH = Quantity.of(4.4, Unit.MICROMETRE);
    public static final String MILLING_METHOD = "focused ion beam";
    public static final String DBR_HIGH_INDEX = "Ta2O5";
    public static final String DBR_LOW_INDEX = "SiO2";
    public static final String DBR_METHOD = "ion-beam sputtering";
    public static final Quantity DBR_DESIGN_WAVELENGTH = Quantity.of(690, Unit.NANOMETRE);
    public static final Quantity PLANAR_REFLECTIVITY = Quantity.of(97.5, Unit.PERCENT);
    public static final Quantity PLANAR_REFLECTIVITY_UNCERTAINTY = Quantity.of(0.5, Unit.PERCENT);
    /** A lower bound: the paper states "> 99.9 %". */
    public static final Quantity FEATURED_REFLECTIVITY = Quantity.of(99.9, Unit.PERCENT);

    // Cavity: TEM00 at q = 3 near 677 nm, measured finesse 100, modelled mode volume 0.5 µm³
    public static final int LONGITUDINAL_MODE_INDEX = 3;
    public static final Quantity RESONANCE_WAVELENGTH = Quantity.of(677, Unit.NANOMETRE);
    public static final double MEASURED_FINESSE = 100;
    public static final Quantity MODELLED_MODE_VOLUME = Quantity.of(0.5, Unit.CUBIC_MICROMETRE);

    private Farrow2024Protocol() {
    }

    public static CsOleatePreparation csOleatePreparation(ReagentLotId caesiumCarbonate, ReagentLotId oleicAcid,
            ReagentLotId octadecene) {
        return new CsOleatePreparation(
                ReagentUse.of(caesiumCarbonate, CS2CO3_MASS),
                ReagentUse.of(oleicAcid, CS_OLEATE_OLEIC_ACID),
                ReagentUse.of(octadecene, CS_OLEATE_OCTADECENE),
                CS_OLEATE_DEGAS_TIME,
                CS_OLEATE_HEATING_TEMPERATURE,
                CS_OLEATE_NITROGEN_SWITCH_TEMPERATURE,
                CS_OLEATE_COOLED_TO_TEMPERATURE);
    }

    /** The paper does not state how long flask 2 stays under vacuum, so it must be given. */
    public static PbI2SolutionPreparation pbI2SolutionPreparation(ReagentLotId leadIodide, ReagentLotId octadecene,
            ReagentLotId oleicAcid, ReagentLotId oleylamine, Quantity vacuumTime) {
        return new PbI2SolutionPreparation(
                ReagentUse.of(leadIodide, PBI2_MASS),
                ReagentUse.of(octadecene, PBI2_OCTADECENE),
                PBI2_VACUUM_TEMPERATURE,
                vacuumTime,
                ReagentUse.of(oleicAcid, PBI2_OLEIC_ACID),
                ReagentUse.of(oleylamine, PBI2_OLEYLAMINE),
                PBI2_LIGAND_TEMPERATURE);
    }

    public static HotInjection hotInjection() {
        return new HotInjection(INJECTION_TEMPERATURE, INJECTED_CS_OLEATE, QUENCH, null);
    }

    /** The paper does not state centrifuge speeds or times, so they must be given (the same for both spins). */
    public static Purification purification(ReagentLotId methylAcetate, ReagentLotId hexane, ReagentLotId octane,
            Quantity centrifugeSpeed, Quantity centrifugeTime) {
        return new Purification(
                ReagentUse.of(methylAcetate, PURIFICATION_ANTISOLVENT),
                centrifugeSpeed,
                centrifugeTime,
                ReagentUse.of(hexane, PURIFICATION_REDISPERSION_HEXANE),
                ReagentUse.of(methylAcetate, PURIFICATION_SECOND_ANTISOLVENT),
                centrifugeSpeed,
                centrifugeTime,
                ReagentUse.of(octane, PURIFICATION_FINAL_OCTANE));
    }

    public static Storage storage() {
        return new Storage(STORAGE_LOCATION, STORAGE_CONTAINER);
    }

    public static EdtaTreatment edtaTreatment(ReagentLotId edta) {
        return new EdtaTreatment(EDTA_DOT_VOLUME, ReagentUse.of(edta, EDTA_MASS), EDTA_DURATION, EDTA_FILTER_PORE_SIZE);
    }

    /** The paper does not state the volume taken for dilution, so it must be given. */
    public static SizeSelection sizeSelection(Quantity sampleVolume, ReagentLotId octane) {
        return new SizeSelection(sampleVolume, SIZE_SELECTION_DILUTION, octane, SIZE_SELECTION_SPEED,
                SIZE_SELECTION_DURATION, SIZE_SELECTION_KEPT);
    }

    public static SpinCoating spinCoating() {
        return new SpinCoating(SPIN_SPEED, SPIN_DURATION, SPIN_SOLVENT, TARGET_DENSITY, ACCEPTABLE_DENSITY_LOW,
                ACCEPTABLE_DENSITY_HIGH);
    }

    /** A featured mirror's substrate: the diced plinth. */
    public static SubstratePreparation plinthSubstrate() {
        return new SubstratePreparation(SUBSTRATE_MATERIAL, PLINTH_HEIGHT, PLINTH_TOP_WIDTH, PLINTH_TOP_LENGTH);
    }

    /** A planar mirror's substrate: the same material, no plinth. */
    public static SubstratePreparation planarSubstrate() {
        return new SubstratePreparation(SUBSTRATE_MATERIAL, null, null, null);
    }

    /** One feature of the paper's geometry at the given position (from the centre of the plinth top). */
    public static MilledFeature feature(String label, PlanePosition position) {
        return new MilledFeature(label, FEATURE_DEPTH, FEATURE_RADIUS_OF_CURVATURE, FEATURE_WIDTH, position);
    }

    public static FeatureMilling featureMilling(List<MilledFeature> features) {
        return new FeatureMilling(features, MILLING_METHOD);
    }

    /** The paper does not state the number of layer pairs, so it must be given. */
    public static DbrCoating dbrCoating(int pairs) {
        return new DbrCoating(DBR_HIGH_INDEX, DBR_LOW_INDEX, pairs, DBR_DESIGN_WAVELENGTH, DBR_METHOD);
    }

    public static ReflectivityMeasurement planarReflectivity() {
        return new ReflectivityMeasurement(DBR_DESIGN_WAVELENGTH, PLANAR_REFLECTIVITY, PLANAR_REFLECTIVITY_UNCERTAINTY,
                false);
    }

    public static ReflectivityMeasurement featuredReflectivity() {
        return new ReflectivityMeasurement(DBR_DESIGN_WAVELENGTH, FEATURED_REFLECTIVITY, null, true);
    }

    /**
     * The paper's cavity setting: TEM00, q = 3 at 677 nm, mirror separation qλ/2, with its measured finesse and
     * modelled mode volume.
     */
    public static CavityConfiguration cavityConfiguration() {
        return new CavityConfiguration(CavityPhysics.resonantLength(LONGITUDINAL_MODE_INDEX, RESONANCE_WAVELENGTH),
                LONGITUDINAL_MODE_INDEX, TransverseMode.TEM00, RESONANCE_WAVELENGTH, MEASURED_FINESSE,
                MODELLED_MODE_VOLUME);
    }
}
