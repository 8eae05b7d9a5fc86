package org.photonledger.ui.preparation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.validation.FieldError;
import org.photonledger.domain.validation.InvalidInputException;

/** The form of a step recorded on an existing object: pick the object (or arrive with it), enter the values, save. */
class TargetStepForm<V> extends BenchForm {

    /** Sends the step's command; returns what to tell the user. */
    @FunctionalInterface
    interface Recorder<V> {
        String record(String objectId, StepId stepId, V values);
    }

    private final String targetField;
    private final ObjectPicker target;
    private final ValuesEditor<V> values;
    private final Recorder<V> recorder;

    TargetStepForm(PreparationFacade facade, BenchStep step, String targetField, ObjectPicker target, ValuesEditor<V> values,
            Recorder<V> recorder) {
        super(facade, step, "Record");
        this.targetField = targetField;
        this.target = field(targetField, target);
        head.setColspan(target, 2);
        this.values = editor(values);
        this.recorder = recorder;
    }

    @Override
    protected Saved submit() {
        String id = target.selectedId();
        V entered = values.read();
        if (id == null) {
            // the domain cannot judge a step without its object; still show every problem the values have on their own
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError(targetField, null, "is required: choose the "
                    + target.getLabel().toLowerCase(Locale.ROOT)));
            errors.addAll(PreparationRequests.checksOf(entered));
            throw new InvalidInputException(errors);
        }
        return new Saved(id, recorder.record(id, StepId.newId(), entered));
    }

    @Override
    void target(String id) {
        target.select(id);
    }
}
