package org.photonledger.domain;

import static org.photonledger.domain.PaperLots.CS2CO3;
import static org.photonledger.domain.PaperLots.HEXANE;
import static org.photonledger.domain.PaperLots.METHYL_ACETATE;
import static org.photonledger.domain.PaperLots.OCTANE;
import static org.photonledger.domain.PaperLots.ODE;
import static org.photonledger.domain.PaperLots.OLEIC_ACID;
import static org.photonledger.domain.PaperLots.OLEYLAMINE;
import static org.photonledger.domain.PaperLots.PBI2;

import java.util.List;
import org.photonledger.domain.mirror.DbrCoated;
import org.photonledger.domain.mirror.FeaturesMilled;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.MirrorKind;
import org.photonledger.domain.mirror.MirrorSubstratePrepared;
import org.photonledger.domain.mirror.ReflectivityCharacterised;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.synthesis.BatchPurified;
import org.photonledger.domain.synthesis.BatchStored;
import org.photonledger.domain.synthesis.CsOleatePrepared;
import org.photonledger.domain.synthesis.HotInjectionPerformed;
import org.photonledger.domain.synthesis.PbI2SolutionPrepared;
import org.photonledger.domain.synthesis.Purification;
import org.photonledger.domain.synthesis.SynthesisBatchStarted;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The histories of the paper's batch and mirrors, as events, for tests that need them to exist already. */
public final class PaperHistory {

    public static final StepId SUBSTRATE = new StepId("step-substrate");
    public static final StepId MILLING = new StepId("step-milling");
    public static final StepId COATING = new StepId("step-coating");
    public static final StepId REFLECTIVITY = new StepId("step-reflectivity");
    public static final int PLANAR_PAIRS = 9;
    public static final int FEATURED_PAIRS = 17;

    private PaperHistory() {
    }

    public static Purification purification() {
        return Farrow2024Protocol.purification(METHYL_ACETATE, HEXANE, OCTANE, Quantity.of(8000, Unit.RPM),
                Quantity.of(10, Unit.MINUTE));
    }

    /** A batch up to (and with {@code stored}, including) storage. */
    public static Object[] batch(BatchId batch, boolean stored) {
        List<Object> events = new java.util.ArrayList<>(List.of(
                new SynthesisBatchStarted(batch, "PQD-2024-03-A", Farrow2024Protocol.NAME),
                new CsOleatePrepared(batch, new StepId("step-flask-1"),
                        Farrow2024Protocol.csOleatePreparation(CS2CO3, OLEIC_ACID, ODE)),
                new PbI2SolutionPrepared(batch, new StepId("step-flask-2"), Farrow2024Protocol.pbI2SolutionPreparation(
                        PBI2, ODE, OLEIC_ACID, OLEYLAMINE, Quantity.of(1, Unit.HOUR))),
                new HotInjectionPerformed(batch, new StepId("step-injection"), Farrow2024Protocol.hotInjection()),
                new BatchPurified(batch, new StepId("step-purification"), purification())));
        if (stored) {
            events.add(new BatchStored(batch, new StepId("step-storage"), Farrow2024Protocol.storage()));
        }
        return events.toArray();
    }

    /** A finished planar mirror: substrate, DBR (9 pairs), 97.5 ± 0.5 % at 690 nm. */
    public static Object[] planarMirror(MirrorId mirror) {
        return new Object[] {
                new MirrorSubstratePrepared(mirror, SUBSTRATE, MirrorKind.PLANAR, "planar DBR 1",
                        Farrow2024Protocol.planarSubstrate()),
                new DbrCoated(mirror, COATING, Farrow2024Protocol.dbrCoating(PLANAR_PAIRS)),
                new ReflectivityCharacterised(mirror, REFLECTIVITY, Farrow2024Protocol.planarReflectivity())};
    }

    /** A finished featured mirror with features A1 and A2: plinth, FIB, DBR (17 pairs), > 99.9 % at 690 nm. */
    public static Object[] featuredMirror(MirrorId mirror) {
        return new Object[] {
                new MirrorSubstratePrepared(mirror, SUBSTRATE, MirrorKind.FEATURED, "plinth 1",
                        Farrow2024Protocol.plinthSubstrate()),
                new FeaturesMilled(mirror, MILLING, Farrow2024Protocol.featureMilling(List.of(
                        Farrow2024Protocol.feature("A1", PlanePosition.of(-20, 0, Unit.MICROMETRE)),
                        Farrow2024Protocol.feature("A2", PlanePosition.of(20, 0, Unit.MICROMETRE))))),
                new DbrCoated(mirror, COATING, Farrow2024Protocol.dbrCoating(FEATURED_PAIRS)),
                new ReflectivityCharacterised(mirror, REFLECTIVITY, Farrow2024Protocol.featuredReflectivity())};
    }
}
