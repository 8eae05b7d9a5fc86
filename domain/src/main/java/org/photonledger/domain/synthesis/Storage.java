package org.photonledger.domain.synthesis;

import org.photonledger.domain.validation.FieldErrors;

/** Where the purified dots are kept (the paper: a glass vial in the fridge); after this the batch can be used. */
public record Storage(String location, String container) implements SynthesisStep {

    @Override
    public SynthesisStepKind kind() {
        return SynthesisStepKind.STORAGE;
    }

    @Override
    public FieldErrors check() {
        return new FieldErrors()
                .required("location", location)
                .maxLength("location", location, 200)
                .maxLength("container", container, 200);
    }
}
