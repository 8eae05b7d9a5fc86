package org.photonledger.domain.reagent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.photonledger.domain.step.StepHistory;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/** A reagent lot in stock: decides whether a registration is valid and keeps the remaining amount. */
@AggregateRoot(type = "ReagentLot")
public class ReagentLot {

    static final int MAX_TEXT = 200;
    /** Relative slack for rounding when amounts are converted between units (mg vs g) before comparison. */
    private static final double TOLERANCE = 1e-9;

    @AggregateIdentifier
    private ReagentLotId lotId;
    private String chemicalName;
    private Quantity remaining;
    /** What each step took from this lot, net of restorations; a restoration may never exceed it. */
    private final Map<String, Quantity> consumedBySteps = new HashMap<>();

    protected ReagentLot() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public ReagentLot(RegisterReagentLot command) {
        FieldErrors errors = check(command);
        errors.throwIfAny();
        apply(new ReagentLotRegistered(
                command.lotId(),
                command.chemicalName().strip(),
                CasNumber.parse(command.casNumber()),
                command.supplier().strip(),
                blankToNull(command.catalogueNumber()),
                command.lotNumber().strip(),
                command.purity(),
                blankToNull(command.grade()),
                command.amount(),
                command.receivedOn(),
                blankToNull(command.storageLocation())));
    }

    /** Every problem with a registration, without registering anything (forms use it to check as the user types). */
    public static java.util.List<org.photonledger.domain.validation.FieldError> problemsWith(RegisterReagentLot command) {
        return check(command).list();
    }

    private static FieldErrors check(RegisterReagentLot command) {
        FieldErrors errors = new FieldErrors();
        errors.required("lotId", command.lotId())
                .required("chemicalName", command.chemicalName())
                .maxLength("chemicalName", command.chemicalName(), MAX_TEXT)
                .required("supplier", command.supplier())
                .maxLength("supplier", command.supplier(), MAX_TEXT)
                .required("lotNumber", command.lotNumber())
                .maxLength("lotNumber", command.lotNumber(), MAX_TEXT)
                .maxLength("catalogueNumber", command.catalogueNumber(), MAX_TEXT)
                .maxLength("grade", command.grade(), MAX_TEXT)
                .maxLength("storageLocation", command.storageLocation(), MAX_TEXT)
                .positive("amount", command.amount(), Dimension.MASS, Dimension.VOLUME)
                .required("receivedOn", command.receivedOn());
        if (command.purity() != null) {
            errors.quantity("purity", command.purity(), 0, false, 100, Unit.PERCENT, Dimension.DIMENSIONLESS);
        }
        CasNumber.problemWith(command.casNumber()).ifPresent(p -> errors.add("casNumber", command.casNumber(), p));
        if (command.receivedOn() != null && command.receivedOn().isAfter(LocalDate.now().plusDays(1))) {
            errors.add("receivedOn", command.receivedOn(), "must not be in the future");
        }
        return errors;
    }

    /**
     * Takes the amount out of stock. Refuses an amount of the wrong kind (a mass from a lot kept by volume or the
     * other way round) and any amount larger than what remains: stock never goes below zero.
     */
    @CommandHandler
    public void consume(ConsumeReagent command) {
        FieldErrors errors = new FieldErrors();
        errors.required("consumedBy", command.consumedBy())
                .maxLength("consumedBy", command.consumedBy(), MAX_TEXT)
                .required("step", command.step());
        checkAmount(errors, command.amount());
        errors.throwIfAny();
        double left = remaining.value() - command.amount().in(remaining.unit());
        if (left < -TOLERANCE * Math.max(1.0, Math.abs(remaining.value()))) {
            throw InvalidInputException.of("amount", command.amount(), "lot " + lotId + " (" + chemicalName + ") has only "
                    + remaining + " left; " + command.amount() + " was requested");
        }
        apply(new ReagentConsumed(lotId, command.amount(), command.consumedBy().strip(), command.step(),
                Quantity.of(Math.max(0.0, left), remaining.unit())));
    }

    /** Puts back what a step took (it was corrected downwards or voided); never more than that step took. */
    @CommandHandler
    public void restore(RestoreReagent command) {
        FieldErrors errors = new FieldErrors();
        errors.required("consumedBy", command.consumedBy()).required("step", command.step());
        StepHistory.checkReason(errors, command.reason());
        checkAmount(errors, command.amount());
        errors.throwIfAny();
        Quantity taken = consumedBySteps.get(key(command.consumedBy().strip(), command.step().value()));
        double takenValue = taken == null ? 0.0 : taken.value();
        double asked = command.amount().in(remaining.unit());
        if (asked > takenValue + TOLERANCE * Math.max(1.0, takenValue)) {
            throw InvalidInputException.of("amount", command.amount(), "step " + command.step() + " of "
                    + command.consumedBy() + " took " + Quantity.of(takenValue, remaining.unit()) + " from lot " + lotId
                    + "; cannot put back more than that");
        }
        apply(new ReagentRestored(lotId, command.amount(), command.consumedBy().strip(), command.step(),
                command.reason().strip(), remaining.plus(command.amount())));
    }

    private void checkAmount(FieldErrors errors, Quantity amount) {
        if (amount == null) {
            errors.add("amount", null, "is required");
        } else if (amount.dimension() != remaining.dimension()) {
            errors.add("amount", amount, "lot " + lotId + " (" + chemicalName + ") is kept by "
                    + remaining.dimension().name().toLowerCase(Locale.ROOT) + " (" + remaining + " left); a "
                    + amount.dimension().name().toLowerCase(Locale.ROOT) + " cannot be taken from or put back into it");
        } else if (!amount.isPositive()) {
            errors.add("amount", amount, "must be > 0");
        }
    }

    @EventSourcingHandler
    void on(ReagentLotRegistered event) {
        this.lotId = event.lotId();
        this.chemicalName = event.chemicalName();
        this.remaining = event.amount();
    }

    @EventSourcingHandler
    void on(ReagentConsumed event) {
        this.remaining = event.remaining();
        consumedBySteps.merge(key(event.consumedBy(), event.step().value()), event.amount().to(event.remaining().unit()),
                Quantity::plus);
    }

    @EventSourcingHandler
    void on(ReagentRestored event) {
        this.remaining = event.remaining();
        consumedBySteps.merge(key(event.consumedBy(), event.step().value()),
                Quantity.of(-event.amount().in(event.remaining().unit()), event.remaining().unit()), Quantity::plus);
    }

    /** The stock left, in the unit the lot was registered with. */
    public Quantity remaining() {
        return remaining;
    }

    public String chemicalName() {
        return chemicalName;
    }

    private static String key(String consumedBy, String step) {
        return consumedBy + "\n" + step;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
