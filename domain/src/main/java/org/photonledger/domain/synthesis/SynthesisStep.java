package org.photonledger.domain.synthesis;

import java.util.Map;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.validation.FieldErrors;

/** The values of one recorded synthesis step, as first recorded or as corrected. */
public sealed interface SynthesisStep permits CsOleatePreparation, PbI2SolutionPreparation, HotInjection,
        Purification, Storage {

    SynthesisStepKind kind();

    /** Every problem with the values, named by field. */
    FieldErrors check();

    /** The reagent lots this step takes from, keyed by the field they are entered in. */
    default Map<String, ReagentUse> reagentUses() {
        return Map.of();
    }
}
