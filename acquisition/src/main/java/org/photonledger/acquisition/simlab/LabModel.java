package org.photonledger.acquisition.simlab;

/** Everything the simulated lab's physics depends on besides its seed and the mounted specimen. */
public record LabModel(DotModel dots, SetupModel setup) {

    public static LabModel defaults() {
        return new LabModel(DotModel.defaults(), SetupModel.defaults());
    }

    public LabModel withDots(DotModel model) {
        return new LabModel(model, setup);
    }

    public LabModel withSetup(SetupModel model) {
        return new LabModel(dots, model);
    }
}
