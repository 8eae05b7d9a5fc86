package org.photonledger.ui.sample;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.processing.sample.SampleSearch;
import org.photonledger.processing.store.SortOrder;

/** Search across every lab object by text (id, name), kind, who created it and when. */
@Route("samples")
@PageTitle("Samples · PhotonLedger")
public class SamplesView extends VerticalLayout {

    private static final List<String> KINDS = List.of("", "ReagentLot", "SynthesisBatch", "QdSample", "Mirror", "Film", "Cavity");

    private final SampleFacade facade;
    private final TextField text = new TextField();
    private final Select<String> kind = new Select<>();
    private final TextField who = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<SampleRow> grid = new Grid<>(SampleRow.class, false);
    private final Span count = new Span();

    @Inject
    public SamplesView(SampleFacade facade) {
        this.facade = facade;
        addClassName("pl-page");
        setSizeFull();
        H2 title = new H2("Samples and materials");
        title.getStyle().set("margin", "0");
        text.setPlaceholder("id or name");
        text.setId("search-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> k.isEmpty() ? "any kind" : GenealogySvg.kindName(k));
        kind.setValue("");
        kind.setId("search-kind");
        who.setPlaceholder("created by");
        who.setValueChangeMode(ValueChangeMode.LAZY);
        from.setPlaceholder("from");
        to.setPlaceholder("to");
        var iso = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        from.setI18n(iso);
        to.setI18n(iso);
        text.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        who.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        count.addClassName("pl-muted");
        HorizontalLayout filters = new HorizontalLayout(title, text, kind, who, from, to, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("samples-grid");
        grid.addComponentColumn(r -> new Anchor("/samples/" + r.id(), r.label())).setHeader("Name").setKey("label")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> GenealogySvg.kindName(r.kind())).setHeader("Kind").setKey("kind").setSortable(true).setAutoWidth(true);
        grid.addColumn(SampleRow::subtype).setHeader("Type").setAutoWidth(true);
        grid.addColumn(SampleRow::status).setHeader("Status").setKey("status").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> SampleView.WHEN.format(r.createdAt())).setHeader("Created").setKey("createdAt").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(SampleRow::createdBy).setHeader("By").setKey("createdBy").setSortable(true).setAutoWidth(true);
        grid.addColumn(SampleRow::id).setHeader("Id").setAutoWidth(true);
        grid.setItems(q -> facade.search(criteria(), q.getSortOrders().stream()
                .map(o -> new SortOrder(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList(),
                q.getOffset(), q.getLimit()).rows().stream());
        add(filters, grid);
        expand(grid);
        refresh();
    }

    private SampleSearch criteria() {
        return new SampleSearch(text.getValue(), kind.getValue(), who.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long total = facade.search(criteria(), List.of(), 0, 1).total();
        count.setText(total + " found");
    }
}
