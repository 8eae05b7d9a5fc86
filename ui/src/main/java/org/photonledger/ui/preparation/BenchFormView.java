package org.photonledger.ui.preparation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The page of one bench form, at {@code prepare/<step>}; {@code ?target=<id>} prefills the object the step is
 * recorded on or made from (a batch, sample, mirror, film or cavity).
 */
@Route("prepare/:step")
public class BenchFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PreparationFacade facade;
    private String title = "Prepare · PhotonLedger";

    @Inject
    public BenchFormView(PreparationFacade facade) {
        this.facade = facade;
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("step").orElse("");
        Optional<BenchStep> step = BenchStep.bySlug(slug);
        if (step.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no bench form '" + slug + "'");
            return;
        }
        Optional<String> target = event.getLocation().getQueryParameters().getSingleParameter(PrepareView.TARGET)
                .filter(t -> !t.isBlank());
        BenchForm form = step.get().create(facade);
        target.ifPresent(form::openFor);
        title = step.get().title() + " · PhotonLedger";
        Anchor back = new Anchor(target.map(t -> "prepare?" + PrepareView.TARGET + "=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
                .orElse("prepare"), target.isPresent() ? "← Back to the object" : "← All preparation steps");
        back.setId("bench-back");
        removeAll();
        add(back, form);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
