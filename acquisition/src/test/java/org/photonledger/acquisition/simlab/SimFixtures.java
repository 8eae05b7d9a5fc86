package org.photonledger.acquisition.simlab;

import java.util.List;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** Specimens and small helpers shared by the simulated-lab tests. */
final class SimFixtures {

    static final Specimen.Film GLASS_FILM = new Specimen.Film("film-glass", null, false, 99L);
    static final Specimen.Film MIRROR_FILM = new Specimen.Film("film-mirror", null, true, 4242L);

    private SimFixtures() {
    }

    /** The paper's cavity (q = 3, 677 nm, F = 100, F_P = 4.716) closed over a dot at (3 µm, 4 µm). */
    static Specimen.Cavity paperCavity() {
        return new Specimen.Cavity("cavity-paper", MIRROR_FILM, PlanePosition.of(3, 4, Unit.MICROMETRE), 3,
                Quantity.of(1.0155, Unit.MICROMETRE), Quantity.of(677, Unit.NANOMETRE), 100, 4.716, 7L);
    }

    /** A lab whose dots neither blink nor bleach, for tests of everything else. */
    static SimulatedLab steadyLab(long seed) {
        return new SimulatedLab(seed, LabModel.defaults().withDots(DotModel.defaults().steady()));
    }

    /** The dot nearest the origin with no other dot within 2 µm, with the stage moved onto it. */
    static QuantumDot onIsolatedDot(SimulatedLab lab) {
        List<QuantumDot> dots = lab.dots(PlanePosition.of(0, 0, Unit.MICROMETRE), Quantity.of(20, Unit.MICROMETRE));
        for (QuantumDot dot : dots) {
            if (lab.dots(dot.position(), Quantity.of(2, Unit.MICROMETRE)).size() == 1) {
                lab.stage().moveTo(dot.position());
                return dot;
            }
        }
        throw new AssertionError("no isolated dot within 20 µm of the origin");
    }

    static TagList acquire(SimulatedLab lab, double seconds) {
        return TagList.of(lab.timeTagger().acquire(Quantity.of(seconds, Unit.SECOND)));
    }

    static Quantity microwatt(double v) {
        return Quantity.of(v, Unit.MICROWATT);
    }
}
