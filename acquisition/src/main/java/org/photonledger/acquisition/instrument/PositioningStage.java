package org.photonledger.acquisition.instrument;

import org.photonledger.domain.units.PlanePosition;

/** The x–y nano-positioning stage that puts a spot of the film under the objective (or under the cavity mode). */
public interface PositioningStage extends Instrument {

    /** Moves to a position; refused outside the travel range. */
    void moveTo(PlanePosition position);

    PlanePosition position();
}
