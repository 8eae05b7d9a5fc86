package org.photonledger.ui.figure;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import org.photonledger.domain.figure.Panel;
import org.photonledger.processing.figure.FigureRow;

/** Every figure with all its panels drawn small (from the raw data); each opens its figure page. */
@Route("figures")
@PageTitle("Figures · PhotonLedger")
public class FiguresView extends VerticalLayout {

    @Inject
    public FiguresView(FigureService figures) {
        addClassName("pl-page");
        setWidthFull();
        H2 title = new H2("Figures");
        title.getStyle().set("margin", "0");
        add(title);
        List<FigureRow> all = figures.all();
        if (all.isEmpty()) {
            add(new Span("No figures yet. The demo lab defines Farrow 2024 Figs. 2–4 once its measurements are done."));
        }
        for (FigureRow f : all) {
            Anchor name = new Anchor("/figures/" + f.id(), f.name());
            name.setId("figure-link-" + f.id());
            H3 heading = new H3(name);
            heading.getStyle().set("margin-bottom", "0");
            add(heading, new Span("version " + f.version() + (f.published() ? " · published" : " · not published")
                    + " · " + f.panels().size() + " panels · defined by " + f.createdBy()));
            if (f.caption() != null) {
                Paragraph caption = new Paragraph(f.caption());
                caption.getStyle().set("max-width", "70em").set("color", "var(--lumo-secondary-text-color)");
                add(caption);
            }
            Div panels = new Div();
            panels.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            for (Panel p : f.panels()) {
                Image img = new Image("/api/figures/" + f.id() + "/panels/" + p.label() + ".png?width=420&height=280",
                        f.name() + p.label() + ": " + p.title());
                img.setWidth("420px");
                img.setHeight("280px");
                img.addClassName("pl-panel-thumb");
                Anchor open = new Anchor("/figures/" + f.id() + "#panel-" + p.label(), img);
                panels.add(open);
            }
            add(panels);
        }
    }
}
