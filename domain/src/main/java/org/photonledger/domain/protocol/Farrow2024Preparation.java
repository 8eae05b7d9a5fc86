package org.photonledger.domain.protocol;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.domain.cavity.AssembleCavity;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.cavity.ConfigureCavity;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.film.FilmSubstrate;
import org.photonledger.domain.film.SpinCoatFilm;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.MirrorKind;
import org.photonledger.domain.mirror.PrepareMirrorSubstrate;
import org.photonledger.domain.mirror.RecordDbrCoating;
import org.photonledger.domain.mirror.RecordFeatureMilling;
import org.photonledger.domain.mirror.RecordReflectivity;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.sample.ParentRef;
import org.photonledger.domain.sample.PmmaDispersion;
import org.photonledger.domain.sample.RecordEdtaTreatment;
import org.photonledger.domain.sample.RecordPmmaDispersion;
import org.photonledger.domain.sample.RecordSizeSelection;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.synthesis.RecordCsOleatePreparation;
import org.photonledger.domain.synthesis.RecordHotInjection;
import org.photonledger.domain.synthesis.RecordPbI2SolutionPreparation;
import org.photonledger.domain.synthesis.RecordPurification;
import org.photonledger.domain.synthesis.RecordStorage;
import org.photonledger.domain.synthesis.StartSynthesisBatch;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * The reference paper's whole preparation as the commands a chemist would issue, from the reagent lots to a cavity
 * configured at q = 3 near 677 nm. Values the paper does not state (centrifuge speed of the purification, PbI2
 * vacuum time, DBR pair counts, PMMA concentration, dot position) are marked as assumptions where they are set.
 */
public final class Farrow2024Preparation {

    /** Planar DBR pairs and featured DBR pairs: not in the paper; chosen to give ~97.5 % and > 99.9 %. */
    public static final int PLANAR_PAIRS = 9;
    public static final int FEATURED_PAIRS = 17;

    /** The reagent lots the preparation draws from. */
    public record Lots(ReagentLotId cs2co3, ReagentLotId oleicAcid, ReagentLotId octadecene, ReagentLotId pbI2,
            ReagentLotId oleylamine, ReagentLotId methylAcetate, ReagentLotId hexane, ReagentLotId octane,
            ReagentLotId toluene, ReagentLotId edta, ReagentLotId pmma) {
    }

    /** The ids of everything the preparation makes. */
    public record Ids(BatchId batch, SampleId edtaTreated, SampleId sizeSelected, SampleId pmmaDispersed,
            MirrorId planarMirror, MirrorId featuredMirror, FilmId film, CavityId cavity) {

        public static Ids fresh() {
            return new Ids(BatchId.newId(), SampleId.newId(), SampleId.newId(), SampleId.newId(), MirrorId.newId(),
                    MirrorId.newId(), FilmId.newId(), CavityId.newId());
        }
    }

    private Farrow2024Preparation() {
    }

    /** Every command, in an order the domain accepts. */
    public static List<Object> commands(Lots lots, Ids ids, String batchName) {
        List<Object> commands = new ArrayList<>();
        BatchId batch = ids.batch();
        commands.add(new StartSynthesisBatch(batch, batchName, Farrow2024Protocol.NAME));
        commands.add(new RecordCsOleatePreparation(batch, StepId.newId(),
                Farrow2024Protocol.csOleatePreparation(lots.cs2co3(), lots.oleicAcid(), lots.octadecene())));
        commands.add(new RecordPbI2SolutionPreparation(batch, StepId.newId(), Farrow2024Protocol.pbI2SolutionPreparation(
                lots.pbI2(), lots.octadecene(), lots.oleicAcid(), lots.oleylamine(),
                Quantity.of(1, Unit.HOUR) /* assumption: vacuum until dissolved, ~1 h */)));
        commands.add(new RecordHotInjection(batch, StepId.newId(), Farrow2024Protocol.hotInjection()));
        commands.add(new RecordPurification(batch, StepId.newId(), Farrow2024Protocol.purification(lots.methylAcetate(),
                lots.hexane(), lots.octane(), Quantity.of(8000, Unit.RPM) /* assumption */, Quantity.of(10, Unit.MINUTE))));
        commands.add(new RecordStorage(batch, StepId.newId(), Farrow2024Protocol.storage()));

        commands.add(new PrepareMirrorSubstrate(ids.planarMirror(), StepId.newId(), MirrorKind.PLANAR, "planar DBR mirror",
                Farrow2024Protocol.planarSubstrate()));
        commands.add(new RecordDbrCoating(ids.planarMirror(), StepId.newId(), Farrow2024Protocol.dbrCoating(PLANAR_PAIRS)));
        commands.add(new RecordReflectivity(ids.planarMirror(), StepId.newId(), Farrow2024Protocol.planarReflectivity()));
        commands.add(new PrepareMirrorSubstrate(ids.featuredMirror(), StepId.newId(), MirrorKind.FEATURED,
                "plinth with concave features", Farrow2024Protocol.plinthSubstrate()));
        commands.add(new RecordFeatureMilling(ids.featuredMirror(), StepId.newId(), Farrow2024Protocol.featureMilling(List.of(
                Farrow2024Protocol.feature("A1", PlanePosition.of(-20, 0, Unit.MICROMETRE)),
                Farrow2024Protocol.feature("A2", PlanePosition.of(20, 0, Unit.MICROMETRE))))));
        commands.add(new RecordDbrCoating(ids.featuredMirror(), StepId.newId(), Farrow2024Protocol.dbrCoating(FEATURED_PAIRS)));
        commands.add(new RecordReflectivity(ids.featuredMirror(), StepId.newId(), Farrow2024Protocol.featuredReflectivity()));

        commands.add(new RecordEdtaTreatment(ids.edtaTreated(), StepId.newId(), List.of(ParentRef.batch(batch)),
                "EDTA-treated PQDs", Farrow2024Protocol.edtaTreatment(lots.edta())));
        commands.add(new RecordSizeSelection(ids.sizeSelected(), StepId.newId(), List.of(ParentRef.sample(ids.edtaTreated())),
                "size-selected supernatant", Farrow2024Protocol.sizeSelection(Quantity.of(0.1, Unit.MILLILITRE), lots.octane())));
        commands.add(new RecordPmmaDispersion(ids.pmmaDispersed(), StepId.newId(), List.of(ParentRef.sample(ids.sizeSelected())),
                "PQDs in PMMA/toluene", new PmmaDispersion(Quantity.of(0.5, Unit.MILLILITRE), Quantity.of(0.5, Unit.MILLILITRE),
                        Quantity.of(20, Unit.MILLIGRAM_PER_MILLILITRE) /* assumption */, lots.pmma(), lots.toluene())));
        commands.add(new SpinCoatFilm(ids.film(), StepId.newId(), ids.pmmaDispersed(), FilmSubstrate.planarMirror(ids.planarMirror()),
                "PQD film on planar DBR", Farrow2024Protocol.spinCoating()));
        commands.add(new AssembleCavity(ids.cavity(), StepId.newId(), ids.planarMirror(), ids.film(), ids.featuredMirror(), "A1",
                new DotSelection("dot 1", PlanePosition.of(12.5, -3.2, Unit.MICROMETRE) /* from the confocal scan */)));
        commands.add(new ConfigureCavity(ids.cavity(), StepId.newId(), Farrow2024Protocol.cavityConfiguration()));
        return commands;
    }
}
