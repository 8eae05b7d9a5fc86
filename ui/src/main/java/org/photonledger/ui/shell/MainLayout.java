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

    @jakarta.inject.Inject
    public MainLayout(org.photonledger.ui.demo.DemoMeasurements demo) {
        H1 title = new H1("PhotonLedger");
        title.getStyle().set("font-size", "1.25rem").set("margin", "0");
        Span tagline = new Span("lab records · measurements · provenance");
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "0.875rem");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, tagline);
        bar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        bar.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(bar);
        demoBanner(demo, bar);
        signedIn(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Reagent stock", ReagentLotsView.class, VaadinIcon.FLASK.create()));
        nav.addItem(new SideNavItem("Samples", org.photonledger.ui.sample.SamplesView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("Prepare", PrepareView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
        nav.addItem(new SideNavItem("Measure", org.photonledger.ui.measurement.MeasureView.class,
                VaadinIcon.CHART_LINE.create()));
        nav.addItem(new SideNavItem("Measurements", org.photonledger.ui.measurement.MeasurementsView.class,
                VaadinIcon.LINE_BAR_CHART.create()));
        nav.addItem(new SideNavItem("Figures", org.photonledger.ui.figure.FiguresView.class,
                VaadinIcon.PICTURE.create()));
        if (org.photonledger.ui.axon.ActorContext.currentActor().has(org.photonledger.ui.security.Role.ADMIN)) {
            nav.addItem(new SideNavItem("Users", org.photonledger.ui.security.UsersView.class,
                    VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Integrity", org.photonledger.ui.admin.IntegrityView.class,
                    VaadinIcon.SHIELD.create()));
        }
        addToDrawer(nav);
    }

    /** Who is signed in, with which roles, and the way out. */
    private static void signedIn(HorizontalLayout bar) {
        org.photonledger.ui.security.Actor me = org.photonledger.ui.axon.ActorContext.currentActor();
        Span who = new Span(me.name() + " · " + String.join(", ", me.roleIds()));
        who.setId("signed-in-user");
        who.getStyle().set("font-size", "0.875rem").set("margin-left", "auto");
        com.vaadin.flow.component.button.Button out = new com.vaadin.flow.component.button.Button("Sign out",
                e -> e.getSource().getUI().ifPresent(ui -> {
                    ui.getSession().setAttribute(org.photonledger.ui.security.AccessGuard.SESSION_USER, null);
                    ui.getPage().setLocation("/api/session/logout");
                }));
        out.setId("sign-out");
        com.vaadin.flow.component.button.Button password = new com.vaadin.flow.component.button.Button(
                "Change password", e -> org.photonledger.ui.security.PasswordDialog.open(me));
        password.setId("change-password");
        password.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        password.setVisible(!me.equals(org.photonledger.ui.security.Actor.ANONYMOUS));
        out.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        HorizontalLayout box = new HorizontalLayout(who, password, out);
        box.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        box.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        bar.setWidthFull();
        bar.add(box);
    }

    /** While the demo lab takes its measurements: what it is doing, with a progress bar, refreshed every second. */
    private static void demoBanner(org.photonledger.ui.demo.DemoMeasurements demo, HorizontalLayout bar) {
        if (!demo.progress().running()) {
            return;
        }
        Span text = new Span();
        text.setId("demo-progress");
        com.vaadin.flow.component.progressbar.ProgressBar progress = new com.vaadin.flow.component.progressbar
                .ProgressBar(0, 1);
        progress.setWidth("12em");
        HorizontalLayout banner = new HorizontalLayout(text, progress);
        banner.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        banner.getStyle().set("background", "var(--lumo-primary-color-10pct)").set("padding", "0 var(--lumo-space-s)")
                .set("border-radius", "6px").set("font-size", "0.875rem");
        bar.add(banner);
        Runnable update = () -> {
            org.photonledger.ui.demo.DemoProgress p = demo.progress();
            progress.setValue(p.total() == 0 ? 0 : Math.min(1, (double) p.done() / p.total()));
            text.setText(switch (p.state()) {
                case RUNNING -> "Demo lab: taking the measurements of Farrow 2024 Figs. 2–4, step " + p.done() + " of "
                        + p.total() + " — " + p.doing();
                case DONE -> "Demo lab ready: Figs. 2–4 under Figures";
                case FAILED -> "Demo lab stopped: " + p.doing();
                case IDLE -> "";
            });
            if (!p.running()) {
                progress.setVisible(false);
            }
        };
        update.run();
        banner.addAttachListener(a -> {
            a.getUI().setPollInterval(1000);
            a.getUI().addPollListener(e -> {
                update.run();
                if (!demo.progress().running()) {
                    e.getSource().setPollInterval(-1);
                }
            });
        });
    }
}
