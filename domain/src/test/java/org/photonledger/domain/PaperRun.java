package org.photonledger.domain;

import static org.photonledger.domain.PaperLots.CS2CO3;
import static org.photonledger.domain.PaperLots.ODE;
import static org.photonledger.domain.PaperLots.OLEIC_ACID;
import static org.photonledger.domain.PaperLots.OLEYLAMINE;
import static org.photonledger.domain.PaperLots.PBI2;

import java.util.List;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.MirrorKind;
import org.photonledger.domain.mirror.PrepareMirrorSubstrate;
import org.photonledger.domain.mirror.RecordDbrCoating;
import org.photonledger.domain.mirror.RecordFeatureMilling;
import org.photonledger.domain.mirror.RecordReflectivity;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentLotRegistered;
import org.photonledger.domain.reagent.RegisterReagentLot;
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

/** The paper's preparation as commands, sent through an {@link InMemoryLab}. */
public final class PaperRun {

    private PaperRun() {
    }

    /** Registers every reagent lot of the paper, with the amounts of {@link PaperLots#stock}. */
    public static void registerLots(InMemoryLab lab) {
        InMemoryAggregates amounts = PaperLots.stock(new InMemoryAggregates());
        for (ReagentLotId id : List.of(PaperLots.CS2CO3, PaperLots.OLEIC_ACID, PaperLots.ODE, PaperLots.PBI2,
                PaperLots.OLEYLAMINE, PaperLots.METHYL_ACETATE, PaperLots.HEXANE, PaperLots.OCTANE, PaperLots.TOLUENE,
                PaperLots.EDTA, PaperLots.PMMA)) {
            ReagentLotRegistered r = (ReagentLotRegistered) amounts.events(id.value()).getFirst();
            lab.send(new RegisterReagentLot(id, r.chemicalName(), r.casNumber().value(), r.supplier(), null,
                    r.lotNumber(), null, null, r.amount(), r.receivedOn(), null));
        }
    }

    /** Runs the hot-injection synthesis from start to storage. */
    public static void synthesise(InMemoryLab lab, BatchId batch) {
        lab.given(new StartSynthesisBatch(batch, "PQD-2024-03-A", Farrow2024Protocol.NAME),
                new RecordCsOleatePreparation(batch, StepId.newId(),
                        Farrow2024Protocol.csOleatePreparation(CS2CO3, OLEIC_ACID, ODE)),
                new RecordPbI2SolutionPreparation(batch, StepId.newId(), Farrow2024Protocol.pbI2SolutionPreparation(
                        PBI2, ODE, OLEIC_ACID, OLEYLAMINE, Quantity.of(1, Unit.HOUR))),
                new RecordHotInjection(batch, StepId.newId(), Farrow2024Protocol.hotInjection()),
                new RecordPurification(batch, StepId.newId(), PaperHistory.purification()),
                new RecordStorage(batch, StepId.newId(), Farrow2024Protocol.storage()));
    }

    /** Makes a finished planar mirror (97.5 ± 0.5 %). */
    public static void planarMirror(InMemoryLab lab, MirrorId mirror) {
        lab.given(new PrepareMirrorSubstrate(mirror, StepId.newId(), MirrorKind.PLANAR, "planar DBR 1",
                        Farrow2024Protocol.planarSubstrate()),
                new RecordDbrCoating(mirror, StepId.newId(), Farrow2024Protocol.dbrCoating(PaperHistory.PLANAR_PAIRS)),
                new RecordReflectivity(mirror, StepId.newId(), Farrow2024Protocol.planarReflectivity()));
    }

    /** Makes a finished featured mirror with features A1 and A2 (> 99.9 %). */
    public static void featuredMirror(InMemoryLab lab, MirrorId mirror) {
        lab.given(new PrepareMirrorSubstrate(mirror, StepId.newId(), MirrorKind.FEATURED, "plinth 1",
                        Farrow2024Protocol.plinthSubstrate()),
                new RecordFeatureMilling(mirror, StepId.newId(), Farrow2024Protocol.featureMilling(List.of(
                        Farrow2024Protocol.feature("A1", PlanePosition.of(-20, 0, Unit.MICROMETRE)),
                        Farrow2024Protocol.feature("A2", PlanePosition.of(20, 0, Unit.MICROMETRE))))),
                new RecordDbrCoating(mirror, StepId.newId(), Farrow2024Protocol.dbrCoating(PaperHistory.FEATURED_PAIRS)),
                new RecordReflectivity(mirror, StepId.newId(), Farrow2024Protocol.featuredReflectivity()));
    }
}
