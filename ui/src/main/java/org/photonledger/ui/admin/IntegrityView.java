package org.photonledger.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;
import org.photonledger.ui.security.Role;

/**
 * The admin's integrity page: the tamper-evident event chain recomputed now (the first broken link named when a
 * stored event was edited, deleted, inserted or reordered) and how far each read model has caught up.
 */
@Route("admin/integrity")
@PageTitle("Integrity · PhotonLedger")
public class IntegrityView extends VerticalLayout implements BeforeEnterObserver {

    private final IntegrityResource integrity;
    private final Div report = new Div();

    @Inject
    public IntegrityView(IntegrityResource integrity) {
        this.integrity = integrity;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2("Integrity of the record"));
        var refused = org.photonledger.ui.security.RoleNotice.unless(Role.ADMIN, "The integrity tools need",
                "integrity-refused");
        if (refused.isPresent()) {
            add(refused.get());
            return;
        }
        add(new Paragraph("Every event carries a SHA-256 chained over the previous event's hash and its own payload "
                + "and metadata. Checking recomputes the whole chain from the stored rows; the same check runs "
                + "offline as ./photonledger verify --events."));
        Button check = new Button("Check now", e -> show());
        check.setId("integrity-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.setId("integrity-report");
        add(check, report);
        show();
    }

    private void show() {
        report.removeAll();
        IntegrityResource.Report r = integrity.check();
        Span status = new Span(r.chainIntact() ? "✔ chain intact" : "✘ chain broken");
        status.setId("integrity-status");
        status.getElement().setAttribute("data-intact", String.valueOf(r.chainIntact()));
        status.getElement().getThemeList().add(r.chainIntact() ? "badge success" : "badge error");
        report.add(new Div(status, new Span(" " + r.events() + " events checked, head global index " + r.headIndex()
                + " — " + r.chain())));
        if (!r.chainIntact()) {
            Paragraph broken = new Paragraph("First broken link: global index " + r.firstBrokenGlobalIndex()
                    + (r.firstBrokenEvent() == null ? "" : ", event " + r.firstBrokenEvent())
                    + ". Restore from a backup taken before it, and find out who had write access to the database.");
            broken.getStyle().set("color", "var(--lumo-error-text-color)");
            report.add(broken);
        }
        report.add(new H3("Read models"));
        Grid<Map.Entry<String, Long>> groups = new Grid<>();
        groups.addColumn(Map.Entry::getKey).setHeader("Processing group");
        groups.addColumn(e -> e.getValue() == null ? "—" : String.valueOf(e.getValue())).setHeader("Processed up to");
        groups.addColumn(e -> e.getValue() != null && e.getValue() >= r.headIndex() ? "caught up"
                : "behind by " + (r.headIndex() - (e.getValue() == null ? -1 : e.getValue()))).setHeader("State");
        groups.setItems(r.processedUpTo().entrySet());
        groups.setAllRowsVisible(true);
        report.add(groups, new H3("Records by kind"));
        Grid<Map.Entry<String, Long>> kinds = new Grid<>();
        kinds.addColumn(Map.Entry::getKey).setHeader("Aggregate");
        kinds.addColumn(Map.Entry::getValue).setHeader("Records");
        kinds.setItems(r.aggregatesByType().entrySet());
        kinds.setAllRowsVisible(true);
        report.add(kinds);
    }
}
