package org.photonledger.ui.reagent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.photonledger.processing.reagent.ReagentLotRow;
import org.photonledger.processing.store.SortOrder;

/** The reagent stock list: every lot with supplier data and remaining amount, sortable and filterable. */
@Route("reagents")
@RouteAlias("")
@PageTitle("Reagent stock · PhotonLedger")
public class ReagentLotsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ReagentLotFacade facade;
    private final Grid<ReagentLotRow> grid = new Grid<>(ReagentLotRow.class, false);
    private final TextField filter = new TextField();
    private final Span count = new Span();

    @Inject
    public ReagentLotsView(ReagentLotFacade facade) {
        this.facade = facade;
        addClassName("pl-page");
        setSizeFull();

        H2 title = new H2("Reagent stock");
        title.getStyle().set("margin", "0");
        filter.setPlaceholder("Filter by name, CAS, supplier, lot, location");
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.setId("reagent-filter");
        filter.addValueChangeListener(e -> refresh());

        Button register = new Button("Register lot", VaadinIcon.PLUS.create(), e -> openForm());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-lot");
        count.addClassName("pl-muted");

        HorizontalLayout toolbar = new HorizontalLayout(title, filter, register, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();

        configureGrid();
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("reagent-grid");
        grid.addColumn(ReagentLotRow::chemicalName).setHeader("Chemical").setKey("chemicalName").setSortable(true)
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(ReagentLotRow::casNumber).setHeader("CAS").setKey("casNumber").setSortable(true).setAutoWidth(true);
        grid.addColumn(ReagentLotRow::supplier).setHeader("Supplier").setKey("supplier").setSortable(true).setAutoWidth(true);
        grid.addColumn(ReagentLotRow::lotNumber).setHeader("Lot no.").setKey("lotNumber").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.purityPercent() == null ? "—" : trim(r.purityPercent()) + " %").setHeader("Purity")
                .setKey("purityPercent").setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ReagentLotRow::grade).setHeader("Grade").setAutoWidth(true);
        grid.addColumn(r -> r.remaining() + " of " + r.amount()).setHeader("Remaining").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(ReagentLotRow::receivedOn).setHeader("Received").setKey("receivedOn").setSortable(true).setAutoWidth(true);
        grid.addColumn(ReagentLotRow::storageLocation).setHeader("Location").setKey("storageLocation").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> r.registeredBy() + ", " + WHEN.format(r.registeredAt())).setHeader("Registered")
                .setKey("registeredAt").setSortable(true).setAutoWidth(true);
        grid.setItems(query -> {
            List<SortOrder> sort = query.getSortOrders().stream()
                    .map(o -> new SortOrder(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                    .toList();
            return facade.page(filter.getValue(), sort, query.getOffset(), query.getLimit()).rows().stream();
        });
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("chemicalName")).build());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        long total = facade.page(filter.getValue(), List.of(), 0, 1).total();
        count.setText(total + (total == 1 ? " lot" : " lots"));
    }

    private void openForm() {
        new ReagentLotForm(facade, row -> {
            refresh();
            grid.select(row);
        }).open();
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
