package org.photonledger.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import org.photonledger.ui.preparation.PrepareView;
import org.photonledger.ui.reagent.ReagentLotsView;

/** The frame around every page: title bar and the navigation between features. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("PhotonLedger");
        title.getStyle().set("font-size", "1.25rem").set("margin", "0");
        Span tagline = new Span("lab records · measurements · provenance");
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "0.875rem");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, tagline);
        bar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        bar.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Reagent stock", ReagentLotsView.class, VaadinIcon.FLASK.create()));
        nav.addItem(new SideNavItem("Samples", org.photonledger.ui.sample.SamplesView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("Prepare", PrepareView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
        nav.addItem(new SideNavItem("Measure", org.photonledger.ui.measurement.MeasureView.class,
                VaadinIcon.CHART_LINE.create()));
        nav.addItem(new SideNavItem("Measurements", org.photonledger.ui.measurement.MeasurementsView.class,
                VaadinIcon.LINE_BAR_CHART.create()));
        addToDrawer(nav);
    }
}
