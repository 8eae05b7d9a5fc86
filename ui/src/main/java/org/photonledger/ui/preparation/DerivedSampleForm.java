package org.photonledger.ui.preparation;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.photonledger.domain.sample.ParentKind;
import org.photonledger.domain.sample.ParentRef;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;
import org.photonledger.processing.sample.SampleRow;

/**
 * The form of a QD sample made from parents (stored batches or other samples) by one preparation; the new sample
 * is a new object with its own page.
 */
class DerivedSampleForm<V> extends BenchForm {

    /** Sends the command that makes the sample. */
    @FunctionalInterface
    interface Maker<V> {
        void make(SampleId id, StepId step, List<ParentRef> parents, String label, V values);
    }

    private final MultiSelectComboBox<SampleRow> parents = new MultiSelectComboBox<>("Made from");
    private final TextField label = new TextField("Label of the new sample");
    private final List<SampleRow> candidates;
    private final ValuesEditor<V> values;
    private final Maker<V> maker;

    DerivedSampleForm(PreparationFacade facade, BenchStep step, ValuesEditor<V> values, Maker<V> maker) {
        super(facade, step, "Record sample");
        this.maker = maker;
        candidates = new ArrayList<>(Stream.concat(
                facade.objects(PreparationFacade.BATCH).stream().filter(r -> ObjectPicker.status(r, "stored")),
                facade.objects(PreparationFacade.SAMPLE).stream().filter(r -> ObjectPicker.status(r, "active"))).toList());
        parents.setId(step.slug() + "-parents");
        parents.setRequiredIndicatorVisible(true);
        parents.setHelperText("Stored synthesis batches or QD samples; usually one");
        parents.setItemLabelGenerator(ObjectPicker::describe);
        parents.setItems((row, filter) -> (row.label() + " " + row.id()).toLowerCase(Locale.ROOT)
                .contains(filter.toLowerCase(Locale.ROOT)), candidates);
        parents.setWidthFull();
        label.setId(step.slug() + "-label");
        label.setPlaceholder("e.g. " + step.title() + " of batch 7");
        field("parents", parents);
        field("label", label);
        this.values = editor(values);
        parents.addValueChangeListener(e -> suggestLabel(e.getOldValue()));
    }

    /**
     * Names the new sample after its parents ("PQD batch 7 · EDTA-treated"), so that lists and the genealogy read
     * as a chain; only while the label is empty or still the previous suggestion.
     */
    private void suggestLabel(Set<SampleRow> before) {
        String previous = suggestion(before);
        if (label.getValue().isBlank() || label.getValue().equals(previous)) {
            label.setValue(suggestion(parents.getSelectedItems()));
        }
    }

    private String suggestion(Set<SampleRow> from) {
        if (from == null || from.isEmpty()) {
            return "";
        }
        String made = switch (step) {
            case EDTA_TREATMENT -> "EDTA-treated";
            case SIZE_SELECTION -> "size-selected";
            case PMMA_DISPERSION -> "in PMMA";
            default -> step.title();
        };
        String names = String.join(" + ", from.stream().map(SampleRow::label).toList());
        int room = 200 - made.length() - 3;
        return (names.length() > room ? names.substring(0, room - 1) + "…" : names) + " · " + made;
    }

    @Override
    protected Saved submit() {
        List<ParentRef> refs = parents.getSelectedItems().stream()
                .map(r -> new ParentRef(PreparationFacade.BATCH.equals(r.kind()) ? ParentKind.BATCH : ParentKind.SAMPLE, r.id()))
                .toList();
        SampleId id = SampleId.newId();
        String text = label.getValue().isBlank() ? null : label.getValue();
        maker.make(id, StepId.newId(), refs, text, values.read());
        return new Saved(id.value(), "Recorded " + step.title() + (text == null ? "" : ": " + text.strip()));
    }

    @Override
    void target(String id) {
        Optional<SampleRow> parent = candidates.stream().filter(r -> r.id().equals(id)).findFirst()
                .or(() -> facade.object(id).filter(r -> (PreparationFacade.BATCH.equals(r.kind()) && ObjectPicker.status(r, "stored"))
                        || (PreparationFacade.SAMPLE.equals(r.kind()) && ObjectPicker.status(r, "active"))));
        if (parent.isEmpty()) {
            parents.setErrorMessage(facade.object(id).map(r -> ObjectPicker.describe(r) + " cannot be a parent: a stored "
                    + "synthesis batch or a QD sample that is not discarded is needed")
                    .orElse("No lab object with id '" + id + "'"));
            parents.setInvalid(true);
            return;
        }
        if (!candidates.contains(parent.get())) {
            candidates.add(parent.get());
            parents.getListDataView().refreshAll();
        }
        Set<SampleRow> selected = new LinkedHashSet<>(parents.getSelectedItems());
        selected.add(parent.get());
        parents.setValue(selected);
    }
}
