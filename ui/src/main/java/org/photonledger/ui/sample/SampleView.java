package org.photonledger.ui.sample;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.HistoryRow;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.processing.sample.StepRow;

/** The page of one lab object: what it is, its steps (corrections marked), where it came from and went, its history. */
@Route("samples/:id")
public class SampleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final SampleFacade facade;
    private String title = "Lab object · PhotonLedger";

    @Inject
    public SampleView(SampleFacade facade) {
        this.facade = facade;
        addClassName("pl-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        var row = facade.byId(id);
        if (row.isEmpty()) {
            add(new H2("Not found"), new Span("There is no lab object with id '" + id + "'. It may still be being recorded; reload in a moment."));
            return;
        }
        show(row.get());
    }

    private void show(SampleRow s) {
        title = s.label() + " · PhotonLedger";
        H2 heading = new H2(s.label());
        heading.getStyle().set("margin", "0");
        Span kind = badge(GenealogySvg.kindName(s.kind()) + (s.subtype() == null ? "" : " · " + s.subtype()), "contrast");
        Span status = badge(s.status() + (s.statusReason() == null ? "" : ": " + s.statusReason()),
                "active".equals(s.status()) || "stored".equals(s.status()) ? "success" : "error");
        status.setId("sample-status");
        HorizontalLayout head = new HorizontalLayout(heading, kind, status);
        head.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        Span meta = new Span("id " + s.id() + " · created " + WHEN.format(s.createdAt()) + " by " + s.createdBy()
                + " · last change " + WHEN.format(s.updatedAt()) + " by " + s.updatedBy() + " · " + s.eventCount() + " events");
        meta.addClassName("pl-muted");
        add(head, meta);

        List<Genealogy.Edge> relations = facade.edges(s.id());
        add(relationLine("Made from", relations.stream().filter(e -> e.to().equals(s.id())).map(e -> link(e.from(), e.relation())).toList()),
                relationLine("Used in", relations.stream().filter(e -> e.from().equals(s.id())).map(e -> link(e.to(), e.relation())).toList()));

        if ("Result".equals(s.kind())) {
            Anchor result = new Anchor("/results/" + s.id(), "Open the result (value ± σ, fit over the data, lineage, "
                    + "re-analysis, report) →");
            result.setId("result-page");
            add(result);
        }
        if ("Measurement".equals(s.kind())) {
            Anchor record = new Anchor("/measurements/" + s.id(), "Open the measurement record (settings, raw data, "
                    + "picture) →");
            record.setId("measurement-record");
            add(record);
        } else if ("Cavity".equals(s.kind()) || "Film".equals(s.kind())) {
            Anchor measure = new Anchor("/measure?target=" + s.id(), "Measure it →");
            measure.setId("measure-target-link");
            Anchor runs = new Anchor("/measurements?target=" + s.id(), "its measurements");
            add(new Div(measure, new Span(" · "), runs));
        }
        if (!"ReagentLot".equals(s.kind()) && !"Measurement".equals(s.kind()) && !"Result".equals(s.kind())) {
            Anchor record = new Anchor("/prepare?target=" + s.id(), "Record the next step, correct or void a step →");
            record.setId("record-step");
            add(new H3("Steps"), record, stepsGrid(facade.steps(s.id())));
        }
        if (!"Result".equals(s.kind())) {
            var results = facade.results(s.id(), 20);
            if (results.total() > 0) {
                add(new H3("Results made from it (" + results.total() + ")"));
                Div list = new Div();
                list.setId("derived-results");
                for (SampleRow r : results.rows()) {
                    Anchor a = new Anchor("/results/" + r.id(), r.label());
                    a.addClassName("pl-result");
                    list.add(new Div(a, new Span(" · " + r.status() + " · " + WHEN.format(r.createdAt()))));
                }
                if (results.total() > results.rows().size()) {
                    list.add(new Anchor("/api/results?madeFrom=" + s.id() + "&limit=500", "all "
                            + results.total() + " (JSON)"));
                }
                add(list);
            }
        }
        add(new H3("Genealogy"));
        facade.genealogy(s.id()).ifPresent(g -> {
            // Html keeps the SVG's own width and height; the Svg component collapsed it to zero height.
            Div holder = new Div(new Html("<div>" + GenealogySvg.render(g) + "</div>"));
            holder.setId("genealogy");
            holder.getStyle().set("flex-shrink", "0").set("overflow-x", "auto").set("max-width", "100%").set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "8px").set("padding", "4px");
            add(holder);
            Anchor json = new Anchor("/api/samples/" + s.id() + "/genealogy", "genealogy as JSON");
            json.setTarget("_blank");
            add(json);
        });
        add(new H3("History"), new com.vaadin.flow.component.html.Anchor("/audit/" + ("Figure".equals(s.kind())
                ? "figure" : "sample") + "/" + s.id(), "every event, filtered by actor and date"),
                historyGrid(facade.history(s.id())));
    }

    private Grid<StepRow> stepsGrid(List<StepRow> steps) {
        Grid<StepRow> grid = new Grid<>(StepRow.class, false);
        grid.setId("steps");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(StepRow::kind).setHeader("Step").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> switch (r.status()) {
            case "corrected" -> badge("corrected ×" + r.corrections() + ": " + r.lastReason(), "");
            case "voided" -> badge("void: " + r.lastReason(), "error");
            default -> badge("recorded", "success");
        }).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> ValuesText.of(r.valuesJson())).setHeader("Values (current)").setFlexGrow(3);
        grid.addColumn(r -> r.recordedBy() + ", " + WHEN.format(r.recordedAt())).setHeader("Recorded").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<HistoryRow> historyGrid(List<HistoryRow> history) {
        Grid<HistoryRow> grid = new Grid<>(HistoryRow.class, false);
        grid.setId("history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> WHEN.format(r.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryRow::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryRow::summary).setHeader("What").setFlexGrow(2);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader("Why").setFlexGrow(1);
        grid.addColumn(r -> "#" + r.globalIndex()).setHeader("Event").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> {
            Div payload = new Div(new Span(r.eventType() + " " + r.eventId()), new Html("<pre style=\"white-space:pre-wrap;margin:0\">"
                    + r.payloadJson().replace("&", "&amp;").replace("<", "&lt;") + "</pre>"));
            payload.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            return payload;
        }));
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout relationLine(String label, List<com.vaadin.flow.component.Component> links) {
        Span l = new Span(label + ":");
        l.getStyle().set("font-weight", "600");
        HorizontalLayout line = new HorizontalLayout(l);
        if (links.isEmpty()) {
            Span none = new Span("—");
            none.addClassName("pl-muted");
            line.add(none);
        } else {
            line.add(links.toArray(com.vaadin.flow.component.Component[]::new));
        }
        line.getStyle().set("flex-wrap", "wrap");
        return line;
    }

    private com.vaadin.flow.component.Component link(String id, String relation) {
        String label = facade.byId(id).map(SampleRow::label).orElse(id);
        Anchor a = new Anchor(GenealogySvg.page(facade.byId(id).map(SampleRow::kind).orElse(""), id), label);
        a.setTitle(relation + " · " + id);
        return a;
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
