package org.photonledger.domain.sample;

import java.util.Map;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.validation.FieldErrors;

/** The values of the step that made a sample, as first recorded or as corrected. */
public sealed interface SamplePreparation permits EdtaTreatment, SizeSelection, PmmaDispersion {

    SampleKind kind();

    /** Every problem with the values, named by field. */
    FieldErrors check();

    /** The reagent lots the preparation takes from, keyed by the field the lot is entered in. */
    Map<String, ReagentUse> reagentUses();
}
