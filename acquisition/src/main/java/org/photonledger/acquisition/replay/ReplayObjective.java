package org.photonledger.acquisition.replay;

import org.photonledger.acquisition.instrument.Objective;

/** The objective of a replay: not recorded. */
final class ReplayObjective extends AbsentInstrument implements Objective {

    ReplayObjective() {
        super("objective", "microscope objective");
    }

    @Override
    public double numericalAperture() {
        throw unknown("numerical aperture");
    }
}
