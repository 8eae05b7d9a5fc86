package org.photonledger.ui.preparation;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.photonledger.domain.cavity.AssembleCavity;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.mirror.MilledFeature;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.step.StepId;
import org.photonledger.processing.sample.SampleRow;

/**
 * Closes a cavity over one dot: the planar mirror carrying the film, the film, a featured mirror and one of its
 * features, and the dot's position on the film.
 */
class CavityForm extends BenchForm {

    private final ObjectPicker planarMirror;
    private final ObjectPicker film;
    private final ObjectPicker featuredMirror;
    private final ComboBox<String> feature = new ComboBox<>("Feature");
    private final DotSelectionEditor dot;

    CavityForm(PreparationFacade facade, BenchStep step) {
        super(facade, step, "Assemble cavity");
        film = field("filmId", ObjectPicker.film(facade, "cavity-film", true));
        planarMirror = field("planarMirrorId", ObjectPicker.mirror(facade, "Planar mirror (under the film)", "cavity-planar-mirror",
                "planar"));
        featuredMirror = field("featuredMirrorId", ObjectPicker.mirror(facade, "Featured mirror", "cavity-featured-mirror",
                "featured"));
        feature.setId("cavity-feature");
        feature.setRequiredIndicatorVisible(true);
        feature.setHelperText("A feature milled into the featured mirror");
        field("featureLabel", feature);
        dot = editor(new DotSelectionEditor("cavity-dot"));
        film.addValueChangeListener(e -> {
            // a film lies on exactly one planar mirror: fill it in
            if (e.getValue() != null) {
                facade.substrateMirrorOf(e.getValue().id()).ifPresent(planarMirror::select);
            }
        });
        featuredMirror.addValueChangeListener(e -> features(e.getValue()));
    }

    private void features(SampleRow mirror) {
        List<String> labels = mirror == null ? List.of()
                : facade.features(mirror.id()).stream().map(MilledFeature::label).toList();
        feature.setItems(labels);
        if (labels.size() == 1) {
            feature.setValue(labels.getFirst());
        }
    }

    @Override
    protected Saved submit() {
        CavityId id = CavityId.newId();
        facade.assembleCavity(new AssembleCavity(id, StepId.newId(),
                planarMirror.selectedId() == null ? null : new MirrorId(planarMirror.selectedId()),
                film.selectedId() == null ? null : new FilmId(film.selectedId()),
                featuredMirror.selectedId() == null ? null : new MirrorId(featuredMirror.selectedId()),
                feature.getValue(), dot.read()));
        return new Saved(id.value(), "Assembled the cavity over feature " + feature.getValue());
    }

    /** A film, its planar mirror, or the featured mirror. */
    @Override
    void target(String id) {
        String subtype = facade.object(id).map(SampleRow::subtype).orElse("");
        switch (facade.typeOf(id).orElse("")) {
            case PreparationFacade.FILM -> film.select(id);
            case PreparationFacade.MIRROR -> {
                if ("featured".equalsIgnoreCase(subtype)) {
                    featuredMirror.select(id);
                } else {
                    planarMirror.select(id);
                }
            }
            default -> film.select(id);
        }
    }
}
