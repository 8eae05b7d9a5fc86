package org.photonledger.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.sample.HistoryRow;

/**
 * The audit trail of a sample, measurement, result or figure ({@code /audit/{kind}/{id}}): every event in time
 * order with actor, time, reason and the payload, filtered by actor and date range.
 */
@Route("audit/:kind/:id")
@PageTitle("Audit trail · PhotonLedger")
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final String ANYONE = "";

    private final AuditTrail trail;

    @Inject
    public AuditView(AuditTrail trail) {
        this.trail = trail;
        addClassName("pl-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String kind = event.getRouteParameters().get("kind").orElse("");
        String id = event.getRouteParameters().get("id").orElse("");
        if (!trail.exists(id)) {
            add(new H2("Nothing with id " + id));
            return;
        }
        H2 title = new H2("Audit trail of " + kind + " " + id);
        title.getStyle().set("margin", "0");
        add(title, new Anchor(page(kind, id), "back to the " + kind));
        Select<String> actor = new Select<>();
        actor.setLabel("Actor");
        actor.setId("audit-actor");
        List<String> actors = new ArrayList<>(List.of(ANYONE));
        actors.addAll(trail.actors(id));
        actor.setItems(actors);
        actor.setItemLabelGenerator(a -> a.isEmpty() ? "anyone" : a);
        actor.setValue(ANYONE);
        DatePicker from = new DatePicker("From");
        from.setId("audit-from");
        DatePicker to = new DatePicker("To");
        to.setId("audit-to");
        Span count = new Span();
        count.setId("audit-count");
        Grid<HistoryRow> grid = new Grid<>(HistoryRow.class, false);
        grid.setId("audit-grid");
        grid.addColumn(r -> WHEN.format(r.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(HistoryRow::actor).setHeader("Actor").setAutoWidth(true);
        grid.addColumn(HistoryRow::eventType).setHeader("Event").setAutoWidth(true);
        grid.addColumn(HistoryRow::summary).setHeader("What").setFlexGrow(3);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader("Reason").setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> {
            Pre payload = new Pre(r.payloadJson().length() > 20_000 ? r.payloadJson().substring(0, 20_000) + " …"
                    : r.payloadJson());
            payload.getStyle().set("white-space", "pre-wrap").set("font-size", "0.8em");
            return new Details("Payload (global index " + r.globalIndex() + ", event " + r.eventId() + ")", payload);
        }));
        grid.setAllRowsVisible(true);
        Runnable refresh = () -> {
            try {
                List<HistoryRow> rows = trail.events(id, AuditTrail.Filter.parse(actor.getValue(),
                        from.getValue() == null ? null : from.getValue().toString(),
                        to.getValue() == null ? null : to.getValue().toString()));
                grid.setItems(rows);
                count.setText(rows.size() + " events");
                from.setInvalid(false);
            } catch (InvalidInputException bad) {
                from.setInvalid(true);
                from.setErrorMessage(bad.errors().getFirst().message());
            }
        };
        actor.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        Button clear = new Button("Clear", e -> {
            actor.setValue(ANYONE);
            from.clear();
            to.clear();
        });
        HorizontalLayout filters = new HorizontalLayout(actor, from, to, clear, count);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(filters, grid);
        refresh.run();
    }

    private static String page(String kind, String id) {
        return switch (kind) {
            case "figure" -> "/figures/" + id;
            case "result" -> "/results/" + id;
            case "measurement" -> "/measurements/" + id;
            default -> "/samples/" + id;
        };
    }
}
