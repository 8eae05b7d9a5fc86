package org.photonledger.ui.measurement;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.measurement.InstrumentSetBusyException;
import org.photonledger.acquisition.measurement.LiveRun;
import org.photonledger.acquisition.measurement.ParameterSpec;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.sample.SampleRow;

/**
 * The measurement console: pick a cavity or a film position and a measurement, see the paper's defaults, press
 * Start, and watch progress, count rates and the histogram build up (server-side SVG pushed to the browser);
 * Stop asks for a reason. {@code ?target=id} preselects the target.
 */
@Route("measure")
@PageTitle("Measure · PhotonLedger")
public class MeasureView extends VerticalLayout implements BeforeEnterObserver {

    /** How often the live view is redrawn (pushed over the WebSocket). */
    static final long REFRESH_MS = 250;
    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "measurement-console-refresh");
        t.setDaemon(true);
        return t;
    });

    private final MeasurementService service;
    private final ComboBox<SampleRow> target = new ComboBox<>("Target");
    private final NumberField x = new NumberField("x (µm)");
    private final NumberField y = new NumberField("y (µm)");
    private final ComboBox<MeasurementType> type = new ComboBox<>("Measurement");
    private final FormLayout parameterForm = new FormLayout();
    private final Map<String, TextField> parameterFields = new LinkedHashMap<>();
    private final Button start = new Button("Start");
    private final Button stop = new Button("Stop…");
    private final Span error = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span("No measurement running.");
    private final Span rates = new Span();
    private final Div plot = new Div();
    private final Anchor result = new Anchor();
    private LiveRun watched;
    private ScheduledFuture<?> ticking;
    private long updates;

    @Inject
    public MeasureView(MeasurementService service) {
        this.service = service;
        addClassName("pl-page");
        setWidthFull();
        H2 title = new H2("Measurement console");
        title.getStyle().set("margin", "0");

        target.setId("measure-target");
        List<SampleRow> targets = service.targets();
        target.setItems(targets);
        // one click for a newcomer: the newest cavity (the demo lab's, on a fresh installation) is preselected
        targets.stream().filter(r -> r.kind().equals("Cavity")).findFirst().ifPresent(target::setValue);
        target.setItemLabelGenerator(r -> (r.kind().equals("Cavity") ? "Cavity · " : "Film · ") + r.label() + " ("
                + r.id() + ")");
        target.setWidth("32em");
        target.addValueChangeListener(e -> positionVisibility());
        x.setId("measure-x");
        y.setId("measure-y");
        x.setValue(0.0);
        y.setValue(0.0);
        type.setId("measure-type");
        type.setItems(Arrays.asList(MeasurementType.values()));
        type.setItemLabelGenerator(MeasurementType::title);
        type.addValueChangeListener(e -> parameters(e.getValue()));
        type.setWidth("20em");
        HorizontalLayout choose = new HorizontalLayout(target, x, y, type);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choose.getStyle().set("flex-wrap", "wrap");

        parameterForm.setId("measure-parameters");
        parameterForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("50em", 4));

        start.setId("measure-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        stop.setId("measure-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setEnabled(false);
        stop.addClickListener(e -> askStop());
        error.setId("measure-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        HorizontalLayout buttons = new HorizontalLayout(start, stop, error);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        progress.setId("measure-progress");
        progress.setWidth("40em");
        status.setId("measure-status");
        rates.setId("measure-rates");
        rates.addClassName("pl-muted");
        result.setId("measure-result");
        plot.setId("measure-plot");
        plot.getStyle().set("flex-shrink", "0");
        plot.add(new Html("<div>" + PlotSvg.render(null, 900, 420) + "</div>"));

        add(title, choose, parameterForm, buttons, progress, status, rates, result, plot);
        type.setValue(MeasurementType.HBT_PULSED);
        positionVisibility();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted = event.getLocation().getQueryParameters().getParameters().getOrDefault("target", List.of());
        if (!wanted.isEmpty()) {
            service.targets().stream().filter(r -> r.id().equals(wanted.getFirst())).findFirst()
                    .ifPresent(target::setValue);
        }
        List<String> wantedType = event.getLocation().getQueryParameters().getParameters().getOrDefault("type",
                List.of());
        if (!wantedType.isEmpty()) {
            MeasurementType.parse(wantedType.getFirst()).ifPresent(type::setValue);
        }
    }

    private void positionVisibility() {
        boolean film = target.getValue() != null && target.getValue().kind().equals("Film");
        x.setVisible(film);
        y.setVisible(film);
    }

    private void parameters(MeasurementType t) {
        parameterForm.removeAll();
        parameterFields.clear();
        if (t == null) {
            return;
        }
        for (ParameterSpec spec : service.parameters(t)) {
            TextField field = new TextField(spec.label());
            field.setId("param-" + spec.name());
            field.setValue(spec.display(spec.defaultValue()));
            field.setHelperText(spec.help() + " · " + spec.display(spec.min()) + " to " + spec.display(spec.max()));
            parameterFields.put(spec.name(), field);
            parameterForm.add(field);
        }
    }

    private void start() {
        error.setText("");
        parameterFields.values().forEach(f -> f.setInvalid(false));
        SampleRow chosen = target.getValue();
        if (chosen == null) {
            error.setText("Choose a target: a cavity or a film.");
            return;
        }
        Map<String, String> values = parameterFields.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getValue(), (a, b) -> a,
                        LinkedHashMap::new));
        boolean cavity = chosen.kind().equals("Cavity");
        PlanePosition position = cavity ? null : PlanePosition.of(x.getValue() == null ? 0 : x.getValue(),
                y.getValue() == null ? 0 : y.getValue(), Unit.MICROMETRE);
        try {
            LiveRun run = service.start(type.getValue(), cavity ? chosen.id() : null, cavity ? null : chosen.id(),
                    position, values);
            watch(run);
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> {
                TextField field = parameterFields.get(f.field().replaceFirst("^parameters\\.", ""));
                if (field != null) {
                    field.setInvalid(true);
                    field.setErrorMessage(f.message());
                }
            });
            error.setText(e.errors().stream().map(f -> f.field() + ": " + f.message())
                    .collect(Collectors.joining("\n")) + "\nNothing was started.");
        } catch (InstrumentSetBusyException | InstrumentException
                | org.photonledger.ui.security.CommandNotAllowedException e) {
            error.setText(e.getMessage());
        }
    }

    private void watch(LiveRun run) {
        watched = run;
        updates = 0;
        start.setEnabled(false);
        stop.setEnabled(true);
        result.setText("");
        result.setHref("");
        refresh();
    }

    private void askStop() {
        LiveRun run = watched;
        if (run == null || !run.running()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Stop " + run.type().title() + "?");
        TextArea reason = new TextArea("Reason (kept with the record)");
        reason.setId("stop-reason");
        reason.setWidth("28em");
        Button confirm = new Button("Stop measurement", e -> {
            try {
                service.abort(run.id().value(), reason.getValue());
                dialog.close();
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.errors().getFirst().message());
            }
        });
        confirm.setId("stop-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button("Keep running", e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        service.current().ifPresent(this::watch);
        ticking = TICKER.scheduleAtFixedRate(() -> ui.access(this::refresh), REFRESH_MS, REFRESH_MS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** Redraws from the watched run; after its end, once more, then shows where the record is. */
    private void refresh() {
        LiveRun run = watched;
        if (run == null) {
            return;
        }
        updates++;
        // one reading of the status per redraw: the run may end while this method runs
        org.photonledger.domain.measurement.MeasurementStatus now = run.status();
        progress.setValue(run.progress());
        status.setText(String.format(Locale.ROOT, "%s · %s · %.0f %% of %s s · %,d %s", run.type().title(),
                now.title(), run.progress() * 100, PlotSvg.number(run.durationSeconds()), run.records(),
                run.type().rawDataKind() == MeasurementType.RawDataKind.TIME_TAGS ? "tags" : "points")
                + (run.message() == null ? "" : " · " + run.message()));
        status.getElement().setAttribute("data-status", now.title());
        status.getElement().setAttribute("data-updates", Long.toString(updates));
        rates.setText(run.countRates().isEmpty() ? "" : "Count rates: " + run.countRates().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "SPAD %d %,.0f /s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · ")));
        plot.removeAll();
        plot.add(new Html("<div>" + PlotSvg.render(run.preview(), 900, 420) + "</div>"));
        if (now != org.photonledger.domain.measurement.MeasurementStatus.RUNNING) {
            watched = null;
            start.setEnabled(true);
            stop.setEnabled(false);
            result.setText("Open the record of this run →");
            result.setHref("/measurements/" + run.id());
        }
    }
}
