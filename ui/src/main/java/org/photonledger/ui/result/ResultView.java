package org.photonledger.ui.result;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.result.ResultComputed;
import org.photonledger.domain.result.ResultId;
import org.photonledger.domain.result.ResultValue;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.reagent.ReagentLotQueries;
import org.photonledger.processing.result.AnalysisOptions;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.ui.sample.GenealogySvg;

/**
 * One result: the number ± σ, how and by whom it was computed, the fit drawn over the data it came from (recomputed
 * from the raw data on opening, and said so when it no longer matches), its reports, a re-analysis form, and the
 * lineage back to the reagent bottles with each link's event, actor and time.
 */
@Route("results/:id")
@PageTitle("Result · PhotonLedger")
public class ResultView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ResultService results;
    private final SampleQueries samples;
    private final ReagentLotQueries lots;
    private final org.photonledger.ui.signature.SignatureService signatures;

    /** One node of the lineage as the table lists it. */
    record LineageRow(String id, String kind, String kindName, String label, String createdBy, String createdAt,
            String detail) {
    }

    @Inject
    public ResultView(ResultService results, SampleQueries samples, ReagentLotQueries lots,
            org.photonledger.ui.signature.SignatureService signatures) {
        this.signatures = signatures;
        this.results = results;
        this.samples = samples;
        this.lots = lots;
        addClassName("pl-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("id").orElse(""));
    }

    private void show(String id) {
        removeAll();
        Optional<ResultService.Record> found = results.record(id);
        if (found.isEmpty()) {
            add(new H2("No result " + id));
            return;
        }
        ResultService.Record record = found.get();
        ResultComputed c = record.computed();
        ResultValue headline = c.headlineValue().orElse(c.values().getFirst());
        H2 title = new H2(headline.name() + " = " + headline.display());
        title.setId("result-headline");
        title.getStyle().set("margin", "0");
        add(title);
        add(new Div(new Span(c.model() + " by " + c.method() + (c.chi2Reduced() == null ? "" : String.format(
                Locale.ROOT, " · reduced χ² %.3f", c.chi2Reduced())) + " · computed " + WHEN.format(record.at())
                + " by " + record.actor() + " from "), new Anchor("/measurements/" + c.measurementId().value(),
                "measurement " + c.measurementId().value()), new Span(" · raw data sha256 " + c.rawSha256() + " · "),
                new Anchor("/samples/" + id, "audit trail"), new Span(" · "), new Anchor("/audit/result/" + id,
                "every event, filtered")));
        if (record.reason() != null) {
            Span because = new Span("Re-analysed because: " + record.reason());
            because.setId("result-because");
            add(because);
        }
        reproduced(id);
        add(new H3("Values"));
        Grid<ResultValue> values = new Grid<>(ResultValue.class, false);
        values.setId("result-values");
        values.addColumn(ResultValue::name).setHeader("Quantity").setAutoWidth(true);
        values.addColumn(ResultValue::display).setHeader("Value ± σ").setFlexGrow(1);
        values.setItems(c.values());
        values.setAllRowsVisible(true);
        add(values);
        add(new H3("Reported"));
        if (record.reports().isEmpty()) {
            add(new Span("Not reported yet."));
        }
        for (ResultService.Report r : record.reports()) {
            Span s = new Span("“" + r.label() + "” — " + r.reason() + " (" + r.actor() + ", " + WHEN.format(r.at())
                    + ")");
            s.addClassName("pl-report");
            add(s);
        }
        add(reportForm(id));
        add(new org.photonledger.ui.signature.SignaturePanel(signatures, id, "result " + id,
                (meaning, password) -> signatures.signResult(id, meaning, password)));
        add(new H3("Analysis parameters"));
        add(new Span(String.join(" · ", c.parameters().stream().map(Setting::toString).toList())));
        add(reanalysisForm(c));
        lineage(id);
    }

    private void reproduced(String id) {
        Div plot = new Div();
        plot.setId("result-plot");
        plot.getStyle().set("flex-shrink", "0");
        Span status = new Span();
        status.setId("result-reproduced");
        try {
            Optional<ResultService.Recomputed> again = results.recompute(id);
            if (again.isPresent()) {
                ResultService.Recomputed r = again.get();
                if (r.matches()) {
                    status.setText("✔ Recomputed from the stored raw data just now: every value and σ agrees.");
                    status.getStyle().set("color", "var(--lumo-success-text-color)");
                } else {
                    status.setText("✘ Recomputed from the stored raw data, the result differs: " + String.join("; ",
                            r.differences()));
                    status.getStyle().set("color", "var(--lumo-error-text-color)");
                }
                plot.add(new Html("<div>" + ResultChart.svg(r.outcome().plot(), 900, 420) + "</div>"));
            }
        } catch (RuntimeException e) {
            status.setText("✘ The result could not be recomputed from its raw data: " + e.getMessage());
            status.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        add(status, plot);
    }

    private HorizontalLayout reportForm(String id) {
        TextField label = new TextField("Report as");
        label.setId("report-label");
        label.setPlaceholder("Farrow 2024, Fig. 4e");
        label.setWidth("18em");
        TextField reason = new TextField("Why this result");
        reason.setId("report-reason");
        reason.setPlaceholder("standard analysis, no background subtraction");
        reason.setWidth("28em");
        Button report = new Button("Report", e -> {
            try {
                results.report(id, label.getValue(), reason.getValue());
                show(id);
            } catch (InvalidInputException invalid) {
                invalid.errors().forEach(f -> (f.field().equals("label") ? label : reason).setErrorMessage(
                        f.message()));
                label.setInvalid(invalid.errors().stream().anyMatch(f -> f.field().equals("label")));
                reason.setInvalid(invalid.errors().stream().anyMatch(f -> f.field().equals("reason")));
            }
        });
        report.setId("report-button");
        HorizontalLayout form = new HorizontalLayout(label, reason, report);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Div reanalysisForm(ResultComputed c) {
        Div box = new Div();
        box.add(new H3("Analyse again with other choices"));
        List<AnalysisOptions.Option> options = AnalysisOptions.of(c.model());
        AnalysisOptions current = AnalysisOptions.recorded(c.model(), c.parameters());
        Map<String, TextField> times = new LinkedHashMap<>();
        Map<String, Select<String>> choices = new LinkedHashMap<>();
        HorizontalLayout fields = new HorizontalLayout();
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (AnalysisOptions.Option o : options) {
            if (o.isChoice()) {
                Select<String> s = new Select<>();
                s.setLabel(o.name());
                s.setItems(o.choices());
                s.setValue(current.choice(o.name()).orElse(o.choices().getFirst()));
                s.setHelperText(o.help());
                s.setId("option-" + o.name());
                choices.put(o.name(), s);
                fields.add(s);
            } else {
                TextField t = new TextField(o.name());
                t.setPlaceholder("from the data");
                t.setHelperText(o.help());
                current.values().entrySet().stream().filter(v -> v.getKey().equals(o.name())).findFirst()
                        .ifPresent(v -> t.setValue(v.getValue()));
                t.setId("option-" + o.name());
                times.put(o.name(), t);
                fields.add(t);
            }
        }
        if (options.isEmpty()) {
            box.add(new Span("The " + c.model() + " analysis has no choices to change."));
            return box;
        }
        TextField reason = new TextField("Reason");
        reason.setId("reanalyse-reason");
        reason.setWidth("24em");
        Button run = new Button("Analyse again", e -> {
            Map<String, String> given = new LinkedHashMap<>();
            times.forEach((k, t) -> given.put(k, t.getValue()));
            choices.forEach((k, s) -> given.put(k, s.getValue()));
            try {
                ResultId id = results.reanalyse(c.measurementId().value(), given, reason.getValue());
                getUI().ifPresent(ui -> ui.navigate("results/" + id.value()));
            } catch (InvalidInputException invalid) {
                List<String> messages = new ArrayList<>();
                invalid.errors().forEach(f -> {
                    String name = f.field().replaceFirst("^options\\.", "");
                    if (times.containsKey(name)) {
                        times.get(name).setInvalid(true);
                        times.get(name).setErrorMessage(f.message());
                    } else if (f.field().equals("reason")) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(f.message());
                    } else {
                        messages.add(f.field() + ": " + f.message());
                    }
                });
                if (!messages.isEmpty()) {
                    Notification n = Notification.show(String.join("; ", messages), 8000,
                            Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        run.setId("reanalyse-button");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fields.add(reason, run);
        box.add(fields);
        return box;
    }

    private void lineage(String id) {
        add(new H3("Lineage: everything this number was derived from"));
        Optional<Genealogy> g = samples.genealogy(id);
        if (g.isEmpty()) {
            return;
        }
        Div holder = new Div(new Html("<div>" + GenealogySvg.render(g.get()) + "</div>"));
        holder.setId("result-lineage");
        holder.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        add(holder);
        List<LineageRow> rows = new ArrayList<>();
        for (Genealogy.Node n : g.get().nodes()) {
            String detail = "";
            if (n.kind().equals("ReagentLot")) {
                detail = lots.byId(n.id()).map(l -> "lot " + l.lotNumber() + " · " + l.supplier() + (l.purityPercent() == null
                        ? "" : " · purity " + l.purityPercent() + " %")).orElse("");
            }
            rows.add(new LineageRow(n.id(), n.kind(), GenealogySvg.kindName(n.kind()), n.label(), n.createdBy(),
                    n.createdAt() == null ? "" : WHEN.format(n.createdAt()), detail));
        }
        Grid<LineageRow> grid = new Grid<>(LineageRow.class, false);
        grid.setId("lineage-grid");
        grid.addComponentColumn(r -> new Anchor(GenealogySvg.page(r.kind(), r.id()), r.id())).setHeader("Object").setAutoWidth(true);
        grid.addColumn(LineageRow::kindName).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(LineageRow::label).setHeader("Label").setFlexGrow(1);
        grid.addColumn(LineageRow::detail).setHeader("Lot · supplier · purity").setAutoWidth(true);
        grid.addColumn(LineageRow::createdBy).setHeader("Recorded by").setAutoWidth(true);
        grid.addColumn(LineageRow::createdAt).setHeader("At").setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
