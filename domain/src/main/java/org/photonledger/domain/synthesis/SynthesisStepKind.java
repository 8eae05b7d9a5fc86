package org.photonledger.domain.synthesis;

import java.util.List;

/** The steps of the hot-injection protocol and which steps each one needs before it. */
public enum SynthesisStepKind {
    CS_OLEATE("Cs-oleate precursor prepared"),
    PBI2_SOLUTION("PbI2 solution prepared"),
    HOT_INJECTION("hot injection and quench"),
    PURIFICATION("purification"),
    STORAGE("storage");

    private final String title;

    SynthesisStepKind(String title) {
        this.title = title;
    }

    /** How the step is named in messages and forms. */
    public String title() {
        return title;
    }

    /** The steps that must have been recorded (and not voided) before this one. */
    public List<SynthesisStepKind> prerequisites() {
        // The two flasks are prepared in parallel, so either may be recorded first.
        return switch (this) {
            case CS_OLEATE, PBI2_SOLUTION -> List.of();
            case HOT_INJECTION -> List.of(CS_OLEATE, PBI2_SOLUTION);
            case PURIFICATION -> List.of(HOT_INJECTION);
            case STORAGE -> List.of(PURIFICATION);
        };
    }
}
