package org.photonledger.ui.preparation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.photonledger.domain.cavity.CavityConfiguration;
import org.photonledger.processing.sample.SampleRow;

/**
 * The Prepare area: the paper's workflow (batch → EDTA → size selection → PMMA → mirrors → film → cavity) with a
 * form per step. With {@code ?target=<id>} it shows that object's steps so far and offers the next ones on it,
 * plus correcting or voiding a recorded step; every object page links here that way.
 */
@Route("prepare")
@PageTitle("Prepare · PhotonLedger")
public class PrepareView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter naming the object to continue with. */
    public static final String TARGET = "target";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** Steps that are recorded again and again (re-measurements, further settings), never "done". */
    private static final Set<BenchStep> REPEATABLE = Set.of(BenchStep.FEATURE_MILLING, BenchStep.REFLECTIVITY,
            BenchStep.FILM_DENSITY, BenchStep.CAVITY_CONFIGURATION);

    private final PreparationFacade facade;

    @Inject
    public PrepareView(PreparationFacade facade) {
        this.facade = facade;
        addClassName("pl-page");
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getLocation().getQueryParameters().getSingleParameter(TARGET).filter(t -> !t.isBlank()).orElse(null));
    }

    private void show(String target) {
        removeAll();
        if (target != null) {
            object(target);
        }
        workflow(target == null);
    }

    private void object(String id) {
        Optional<String> type = facade.typeOf(id);
        if (type.isEmpty() || PreparationFacade.REAGENT_LOT.equals(type.get())) {
            Paragraph missing = new Paragraph(type.isEmpty() ? "There is no lab object with id '" + id + "'."
                    : id + " is a reagent lot; see the reagent stock.");
            missing.setId("prepare-target-missing");
            missing.getStyle().set("color", "var(--lumo-error-text-color)");
            add(missing);
            return;
        }
        Optional<SampleRow> row = facade.object(id);
        H2 title = new H2(kindName(type.get()) + " · " + row.map(SampleRow::label).orElse(id));
        title.getStyle().set("margin", "0");
        Span status = new Span(row.map(SampleRow::status).orElse("recording…"));
        status.getElement().getThemeList().add("badge");
        status.setId("prepare-target-status");
        Span idText = new Span(id);
        idText.addClassName("pl-muted");
        idText.getStyle().set("font-family", "monospace");
        HorizontalLayout header = new HorizontalLayout(title, status, idText);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setId("prepare-target");
        add(header);

        List<RecordedStep> steps = facade.steps(id);
        H3 recordedTitle = new H3("Recorded steps");
        recordedTitle.getStyle().set("margin-bottom", "0");
        UnorderedList list = new UnorderedList();
        list.setId("prepare-target-steps");
        for (RecordedStep s : steps) {
            list.add(stepItem(id, s));
        }
        if (steps.isEmpty()) {
            list.add(new ListItem("No steps recorded yet."));
        }
        Button correct = new Button("Correct a step…", VaadinIcon.EDIT.create(),
                e -> new StepCorrectionDialog(facade, id, () -> show(id)).open());
        correct.setId("prepare-correct");
        Button voidStep = new Button("Void a step…", VaadinIcon.BAN.create(), e -> new StepVoidDialog(facade, id, () -> show(id)).open());
        voidStep.setId("prepare-void");
        boolean hasSteps = steps.stream().anyMatch(s -> !s.voided());
        correct.setEnabled(hasSteps);
        voidStep.setEnabled(hasSteps);
        add(recordedTitle, list, new HorizontalLayout(correct, voidStep));

        String current = row.map(SampleRow::status).orElse("active");
        List<BenchStep> next = nextSteps(type.get(), row.map(SampleRow::subtype).orElse(""), current);
        if (next.isEmpty()) {
            return;
        }
        FlexLayout actions = new FlexLayout();
        actions.setId("prepare-next");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        boolean highlighted = false;
        for (BenchStep step : next) {
            boolean onObject = isOnThisObject(type.get(), step);
            boolean recorded = onObject && step.records() != null
                    && steps.stream().anyMatch(s -> !s.voided() && step.records().isInstance(s.values()));
            boolean done = recorded && !REPEATABLE.contains(step);
            Button b = new Button((done ? "✓ " : "") + step.title(), e -> open(step, id));
            b.setId("next-" + step.slug());
            if (step.section() == BenchStep.Section.ENDS) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            } else if (done) {
                b.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
            } else if (onObject && !recorded && !highlighted) {
                // the protocol's next step on this very object; making new objects from it is never "the" next step
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                highlighted = true;
            }
            actions.add(b);
        }
        H3 nextTitle = new H3("Next");
        nextTitle.getStyle().set("margin-bottom", "0");
        add(nextTitle, actions);
    }

    private ListItem stepItem(String id, RecordedStep s) {
        String mark = s.voided() ? "✗ " : "✓ ";
        StringBuilder text = new StringBuilder(mark + s.title() + " — " + WHEN.format(s.recordedAt()) + ", " + s.recordedBy());
        if (s.voided()) {
            text.append(" · voided: ").append(s.lastReason());
        } else if (s.corrections() > 0) {
            text.append(" · corrected ").append(s.corrections()).append("×: ").append(s.lastReason());
        }
        ListItem item = new ListItem(text.toString());
        if (s.voided()) {
            item.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-secondary-text-color)");
        }
        if (s.values() instanceof CavityConfiguration && !s.voided()) {
            facade.figures(id, s.stepId()).ifPresent(f -> {
                Div figures = new Div(new Span(BenchStep.figures(f)));
                figures.addClassName("pl-muted");
                item.add(figures);
            });
        }
        return item;
    }

    /** The forms that act on an object of this kind in this state, in workflow order. */
    private static List<BenchStep> nextSteps(String type, String subtype, String status) {
        List<BenchStep> next = new ArrayList<>();
        switch (type) {
            case PreparationFacade.BATCH -> {
                if ("active".equals(status)) {
                    next.addAll(List.of(BenchStep.CS_OLEATE, BenchStep.PBI2_SOLUTION, BenchStep.HOT_INJECTION,
                            BenchStep.PURIFICATION, BenchStep.STORAGE));
                }
                if ("stored".equals(status)) {
                    next.addAll(List.of(BenchStep.EDTA_TREATMENT, BenchStep.SIZE_SELECTION, BenchStep.PMMA_DISPERSION));
                }
                if (!"abandoned".equals(status)) {
                    next.add(BenchStep.ABANDON_BATCH);
                }
            }
            case PreparationFacade.SAMPLE -> {
                if ("active".equals(status)) {
                    next.addAll(List.of(BenchStep.EDTA_TREATMENT, BenchStep.SIZE_SELECTION, BenchStep.PMMA_DISPERSION,
                            BenchStep.FILM, BenchStep.DISCARD_SAMPLE));
                }
            }
            case PreparationFacade.MIRROR -> {
                if ("featured".equalsIgnoreCase(subtype)) {
                    next.add(BenchStep.FEATURE_MILLING);
                }
                next.addAll(List.of(BenchStep.DBR_COATING, BenchStep.REFLECTIVITY));
                next.add("featured".equalsIgnoreCase(subtype) ? BenchStep.CAVITY : BenchStep.FILM);
            }
            case PreparationFacade.FILM -> next.addAll(List.of(BenchStep.FILM_DENSITY, BenchStep.CAVITY));
            case PreparationFacade.CAVITY -> {
                if ("active".equals(status)) {
                    next.addAll(List.of(BenchStep.CAVITY_CONFIGURATION, BenchStep.DISASSEMBLE_CAVITY));
                }
            }
            default -> {
                // reagent lots have no preparation steps
            }
        }
        return next;
    }

    /** Whether the step is recorded on the object itself (rather than making a new object from it). */
    private static boolean isOnThisObject(String type, BenchStep step) {
        return switch (step.section()) {
            case SYNTHESIS -> PreparationFacade.BATCH.equals(type);
            case MIRRORS -> PreparationFacade.MIRROR.equals(type);
            case FILM -> PreparationFacade.FILM.equals(type) && step == BenchStep.FILM_DENSITY;
            case CAVITY -> PreparationFacade.CAVITY.equals(type) && step == BenchStep.CAVITY_CONFIGURATION;
            default -> false;
        };
    }

    private void workflow(boolean intro) {
        if (intro) {
            H2 title = new H2("Prepare");
            title.getStyle().set("margin", "0");
            add(title, new Paragraph("The reference paper's workflow, step by step. Every form is prefilled from the paper "
                    + "(Farrow et al. 2024, Methods); values it does not state are left for you to enter. Reagents are taken "
                    + "out of stock when a step is saved."));
        } else {
            H3 all = new H3("All preparation steps");
            all.getStyle().set("margin-bottom", "0");
            add(all);
        }
        FlexLayout sections = new FlexLayout();
        sections.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sections.getStyle().set("gap", "var(--lumo-space-l)");
        for (BenchStep.Section section : BenchStep.Section.values()) {
            VerticalLayout box = new VerticalLayout();
            box.setPadding(false);
            box.setSpacing(false);
            box.setWidth("20rem");
            box.getStyle().set("gap", "var(--lumo-space-xs)");
            Span heading = new Span(section.title());
            heading.getStyle().set("font-weight", "600");
            box.add(heading);
            for (BenchStep step : BenchStep.values()) {
                if (step.section() == section) {
                    Button b = new Button(step.title(), e -> open(step, null));
                    b.setId("prepare-" + step.slug());
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    b.setTooltipText(step.hint());
                    box.add(b);
                }
            }
            sections.add(box);
        }
        add(sections);
    }

    private static void open(BenchStep step, String target) {
        UI.getCurrent().navigate("prepare/" + step.slug(),
                target == null ? QueryParameters.empty() : QueryParameters.of(TARGET, target));
    }

    private static String kindName(String type) {
        return switch (type) {
            case PreparationFacade.BATCH -> "Synthesis batch";
            case PreparationFacade.SAMPLE -> "QD sample";
            case PreparationFacade.MIRROR -> "Mirror";
            case PreparationFacade.FILM -> "Film";
            case PreparationFacade.CAVITY -> "Cavity";
            default -> type;
        };
    }
}
