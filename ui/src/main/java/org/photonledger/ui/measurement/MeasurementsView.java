package org.photonledger.ui.measurement;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.photonledger.domain.measurement.MeasurementType;
import org.photonledger.processing.measurement.MeasurementRow;

/** Every measurement run, newest first, filtered by target and status; each opens its record. */
@Route("measurements")
@PageTitle("Measurements · PhotonLedger")
public class MeasurementsView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final MeasurementService service;
    private final TextField target = new TextField();
    private final Select<String> status = new Select<>();
    private final Grid<MeasurementRow> grid = new Grid<>(MeasurementRow.class, false);

    @Inject
    public MeasurementsView(MeasurementService service) {
        this.service = service;
        addClassName("pl-page");
        setSizeFull();
        H2 title = new H2("Measurements");
        title.getStyle().set("margin", "0");
        target.setPlaceholder("cavity or film id");
        target.setClearButtonVisible(true);
        target.setValueChangeMode(ValueChangeMode.LAZY);
        status.setItems(List.of("", "running", "completed", "aborted", "failed", "interrupted"));
        status.setItemLabelGenerator(s -> s.isEmpty() ? "any status" : s);
        status.setValue("");
        target.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(title, target, status, new Anchor("/measure", "New measurement"));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("measurements-grid");
        grid.addComponentColumn(r -> new Anchor("/measurements/" + r.id(), MeasurementType.parse(r.type())
                .map(MeasurementType::title).orElse(r.type()))).setHeader("Measurement").setAutoWidth(true);
        grid.addColumn(MeasurementRow::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(r -> new Anchor("/samples/" + r.targetId(), r.targetKind() + " " + r.targetId()))
                .setHeader("Target").setFlexGrow(2);
        grid.addColumn(r -> WHEN.format(r.startedAt())).setHeader("Started").setAutoWidth(true);
        grid.addColumn(MeasurementRow::startedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(r -> PlotSvg.number(r.durationSeconds()) + " s").setHeader("Duration").setAutoWidth(true);
        grid.addColumn(r -> r.rawRecords() == null ? "" : String.format(java.util.Locale.ROOT, "%,d", r.rawRecords()))
                .setHeader("Tags / rows").setAutoWidth(true);
        grid.setItems(q -> service.list(target.getValue(), status.getValue(), q.getOffset(), q.getLimit()).rows()
                .stream());
        add(filters, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("target", List.of()).stream().findFirst()
                .ifPresent(target::setValue);
    }
}
