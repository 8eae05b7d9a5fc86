package org.photonledger.ui.preparation;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.film.FilmSubstrate;
import org.photonledger.domain.film.SpinCoatFilm;
import org.photonledger.domain.film.SubstrateKind;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;

/** A film spin-coated from a QD sample onto a planar mirror (for a cavity) or a glass coverslip. */
class FilmForm extends BenchForm {

    private final ObjectPicker sample;
    private final RadioButtonGroup<SubstrateKind> substrateKind = new RadioButtonGroup<>("Substrate");
    private final ObjectPicker mirror;
    private final TextField description = new TextField("Coverslip");
    private final TextField label = new TextField("Label");
    private final SpinCoatingEditor values;

    FilmForm(PreparationFacade facade, BenchStep step) {
        super(facade, step, "Record film");
        sample = field("sampleId", ObjectPicker.sample(facade, "QD sample", "film-sample"));
        head.setColspan(sample, 2);
        substrateKind.setId("film-substrate-kind");
        substrateKind.setItems(SubstrateKind.values());
        substrateKind.setItemLabelGenerator(k -> k == SubstrateKind.PLANAR_MIRROR ? "Planar mirror" : "Glass coverslip");
        substrateKind.setValue(SubstrateKind.PLANAR_MIRROR);
        field("substrate.kind", substrateKind);
        mirror = field("substrate.mirrorId", ObjectPicker.mirror(facade, "Planar mirror", "film-mirror", "planar"));
        mirror.setHelperText("DBR-coated planar mirrors");
        description.setId("film-substrate-description");
        description.setPlaceholder("e.g. #1.5 borosilicate, 22 mm");
        description.setVisible(false);
        field("substrate.description", description);
        alias("substrate", substrateKind);
        label.setId("film-label");
        label.setPlaceholder("e.g. PQD film on planar DBR");
        field("label", label);
        substrateKind.addValueChangeListener(e -> {
            boolean onMirror = e.getValue() == SubstrateKind.PLANAR_MIRROR;
            mirror.setVisible(onMirror);
            mirror.setRequiredIndicatorVisible(onMirror);
            description.setVisible(!onMirror);
        });
        values = editor(new SpinCoatingEditor("film"));
    }

    @Override
    protected Saved submit() {
        FilmId id = FilmId.newId();
        SubstrateKind kind = substrateKind.getValue();
        FilmSubstrate substrate = new FilmSubstrate(kind,
                kind == SubstrateKind.PLANAR_MIRROR && mirror.selectedId() != null ? new MirrorId(mirror.selectedId()) : null,
                kind == SubstrateKind.GLASS_COVERSLIP && !description.getValue().isBlank() ? description.getValue() : null);
        String text = label.getValue().isBlank() ? null : label.getValue();
        facade.spinCoatFilm(new SpinCoatFilm(id, StepId.newId(), sample.selectedId() == null ? null : new SampleId(sample.selectedId()),
                substrate, text, values.read()));
        return new Saved(id.value(), "Recorded the film" + (text == null ? "" : " " + text.strip()));
    }

    /** The sample to coat from, or the planar mirror to coat onto. */
    @Override
    void target(String id) {
        String type = facade.typeOf(id).orElse("");
        if (PreparationFacade.MIRROR.equals(type)) {
            mirror.select(id);
        } else {
            sample.select(id);
        }
    }
}
