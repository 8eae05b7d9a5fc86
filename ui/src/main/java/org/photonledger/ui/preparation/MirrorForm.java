package org.photonledger.ui.preparation;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.MirrorKind;
import org.photonledger.domain.mirror.PrepareMirrorSubstrate;
import org.photonledger.domain.step.StepId;

/** Starts a mirror's record with its substrate; planar (carries the film) or featured (a plinth to be milled). */
class MirrorForm extends BenchForm {

    private final RadioButtonGroup<MirrorKind> kind = new RadioButtonGroup<>("Kind of mirror");
    private final TextField label = new TextField("Label");
    private final SubstrateEditor substrate;

    MirrorForm(PreparationFacade facade, BenchStep step) {
        super(facade, step, "Record mirror");
        kind.setId("mirror-kind");
        kind.setItems(MirrorKind.values());
        kind.setItemLabelGenerator(k -> k == MirrorKind.PLANAR ? "Planar (carries the film)" : "Featured (plinth with concave features)");
        kind.setRequiredIndicatorVisible(true);
        label.setId("mirror-label");
        label.setPlaceholder("e.g. planar DBR mirror P3");
        field("kind", kind);
        field("label", label);
        substrate = editor(new SubstrateEditor("mirror", false));
        kind.addValueChangeListener(e -> substrate.showPlinth(e.getValue() == MirrorKind.FEATURED));
    }

    @Override
    protected Saved submit() {
        MirrorId id = MirrorId.newId();
        String text = label.getValue().isBlank() ? null : label.getValue();
        facade.prepareMirrorSubstrate(new PrepareMirrorSubstrate(id, StepId.newId(), kind.getValue(), text, substrate.read()));
        return new Saved(id.value(), "Recorded the substrate of " + (text == null ? "a new "
                + kind.getValue().name().toLowerCase(Locale.ROOT) + " mirror" : text.strip()));
    }

    @Override
    void target(String id) {
        // a new mirror has no object to start from
    }
}
