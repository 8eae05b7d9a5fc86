package org.photonledger.ui.figure;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Optional;
import org.photonledger.domain.figure.Panel;

/**
 * One figure: every panel drawn from the stored raw data with its annotation, note, the results and runs it draws
 * and its downloads (SVG, PNG, CSV); the figure's exports (RO-Crate, PROV-JSON); and Verify, which recomputes every
 * number from the raw data, re-hashes the raw files and checks the event chain, then shows each panel green or red
 * with the differences.
 */
@Route("figures/:id")
@PageTitle("Figure · PhotonLedger")
public class FigureView extends VerticalLayout implements BeforeEnterObserver {

    private final FigureService figures;
    private final org.photonledger.ui.signature.SignatureService signatures;
    private final Div report = new Div();

    @Inject
    public FigureView(FigureService figures, org.photonledger.ui.signature.SignatureService signatures) {
        this.figures = figures;
        this.signatures = signatures;
        addClassName("pl-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("id").orElse(""));
    }

    private void show(String id) {
        removeAll();
        Optional<FigureSpec> found = figures.figure(id);
        if (found.isEmpty()) {
            add(new H2("No figure " + id));
            return;
        }
        FigureSpec f = found.get();
        H2 title = new H2(f.name());
        title.setId("figure-title");
        title.getStyle().set("margin", "0");
        add(title);
        add(new Span("version " + f.version() + (f.publishedVersion() == null ? " · not published"
                : " · version " + f.publishedVersion() + " published: " + f.publishedReason()) + " · defined by "
                + f.definedBy()));
        if (f.caption() != null) {
            Paragraph caption = new Paragraph(f.caption());
            caption.getStyle().set("max-width", "70em");
            add(caption);
        }
        String api = "/api/figures/" + f.id();
        Button verify = new Button("Verify", e -> verify(f));
        verify.setId("verify-button");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reproduce = new Button("Reproduce", e -> reproduce(f));
        reproduce.setId("reproduce-button");
        HorizontalLayout actions = new HorizontalLayout(verify, reproduce,
                download(api + "/figure.svg", "Figure SVG"), download(api + "/figure.png", "Figure PNG"),
                download(api + "/export?format=ro-crate", "RO-Crate (zip)"),
                download(api + "/export?format=prov-json", "PROV-JSON"),
                new Anchor("/audit/figure/" + f.id(), "Audit trail"));
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(actions);
        report.setId("verify-report");
        report.setWidthFull();
        add(report);
        add(new org.photonledger.ui.signature.SignaturePanel(signatures, f.id(), "version " + f.version()
                + " of figure " + f.name(), (meaning, password) -> signatures.signFigure(f.id(), f.version(), meaning,
                password)));
        for (Panel p : f.panels()) {
            add(panel(f, p));
        }
    }

    private Div panel(FigureSpec f, Panel p) {
        Div box = new Div();
        box.setId("panel-" + p.label());
        box.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top",
                "var(--lumo-space-s)").set("width", "100%");
        H3 heading = new H3(p.label() + " — " + p.title());
        heading.getStyle().set("margin", "0");
        box.add(heading);
        String api = "/api/figures/" + f.id() + "/panels/" + p.label();
        Image chart = new Image(api + ".svg?width=900&height=480", f.name() + p.label());
        chart.setWidth("900px");
        chart.setHeight("480px");
        box.add(new Div(chart));
        try {
            PanelData data = figures.data(f, p);
            if (!data.annotations().isEmpty()) {
                Span shows = new Span("Shows: " + String.join("; ", data.annotations()));
                shows.setId("panel-annotation-" + p.label());
                shows.getStyle().set("font-weight", "600");
                box.add(new Div(shows));
            }
        } catch (RuntimeException e) {
            Span broken = new Span("✘ This panel cannot be drawn from the raw data: " + e.getMessage());
            broken.getStyle().set("color", "var(--lumo-error-text-color)");
            box.add(new Div(broken));
        }
        if (p.note() != null) {
            Span note = new Span("Note: " + p.note());
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            box.add(new Div(note));
        }
        Div drawn = new Div(new Span("Draws: "));
        p.resultIds().forEach(r -> drawn.add(new Anchor("/results/" + r.value(), r.value()),
                new Span(" · ")));
        p.measurementIds().forEach(m -> drawn.add(new Anchor("/measurements/" + m.value(), m.value()), new Span(" · ")));
        drawn.add(new Span(p.plotType().name().toLowerCase(java.util.Locale.ROOT) + ", x: " + p.xAxis().title()
                + ", y: " + p.yAxis().title() + (p.fitOverlay() ? ", fit drawn over the data" : "")));
        box.add(drawn);
        box.add(new HorizontalLayout(download(api + ".svg", "SVG"), download(api + ".png", "PNG"),
                download(api + ".csv", "CSV")));
        return box;
    }

    private static Anchor download(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("download", true);
        a.setTarget(AnchorTarget.BLANK);
        return a;
    }

    private void verify(FigureSpec f) {
        show(figures.verify(f));
    }

    private void reproduce(FigureSpec f) {
        show(figures.reproduce(f));
    }

    private void show(FigureReport r) {
        report.removeAll();
        Span head = new Span((r.matches() ? "✔ " : "✘ ") + ("verify".equals(r.check()) ? "Verified" : "Reproduced")
                + " " + r.name() + " version " + r.version() + " from the stored raw data in " + r.millis() + " ms: "
                + (r.matches() ? "every panel matches." : r.mismatches().size() + " differences."));
        head.setId("verify-status");
        head.getElement().setAttribute("data-matches", String.valueOf(r.matches()));
        head.getStyle().set("font-weight", "600").set("color", r.matches() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        report.add(new Div(head));
        for (String problem : r.problems()) {
            Span s = new Span("✘ " + problem);
            s.getStyle().set("color", "var(--lumo-error-text-color)");
            report.add(new Div(s));
        }
        UnorderedList list = new UnorderedList();
        for (FigureReport.PanelReport p : r.panels()) {
            ListItem item = new ListItem();
            item.setId("verify-panel-" + p.label());
            item.getElement().setAttribute("data-matches", String.valueOf(p.matches()));
            Span label = new Span((p.matches() ? "✔ " : "✘ ") + p.label() + " " + p.title());
            label.getStyle().set("font-weight", "600").set("color", p.matches() ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
            item.add(label);
            UnorderedList details = new UnorderedList();
            p.differences().forEach(d -> {
                ListItem li = new ListItem(d);
                li.getStyle().set("color", "var(--lumo-error-text-color)");
                details.add(li);
            });
            p.agreed().forEach(a -> details.add(new ListItem(a)));
            item.add(details);
            list.add(item);
        }
        report.add(list);
    }
}
