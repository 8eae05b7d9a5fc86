package org.photonledger.domain.reagent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.validation.FieldErrors;

/** A reagent lot in stock: decides whether a registration is valid and keeps the remaining amount. */
@AggregateRoot(type = "ReagentLot")
public class ReagentLot {

    static final int MAX_TEXT = 200;

    @AggregateIdentifier
    private ReagentLotId lotId;
    private Quantity remaining;

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
                command.purityPercent(),
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
                .range("purityPercent", command.purityPercent(), 0, false, 100, true)
                .positive("amount", command.amount(), Dimension.MASS, Dimension.VOLUME)
                .required("receivedOn", command.receivedOn());
        CasNumber.problemWith(command.casNumber()).ifPresent(p -> errors.add("casNumber", command.casNumber(), p));
        if (command.receivedOn() != null && command.receivedOn().isAfter(LocalDate.now().plusDays(1))) {
            errors.add("receivedOn", command.receivedOn(), "must not be in the future");
        }
        return errors;
    }

    @EventSourcingHandler
    void on(ReagentLotRegistered event) {
        this.lotId = event.lotId();
        this.remaining = event.amount();
    }

    Quantity remaining() {
        return remaining;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
