package org.photonledger.domain.reagent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.AggregateLookup;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.validation.FieldError;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * Reagent stock as a step's command handler sees it: takes and puts back amounts on the lots, inside the
 * handler's unit of work, so a step and its stock movements are stored together or not at all.
 *
 * <p>Uses are keyed by the name of the form field they came from ({@code "caesiumCarbonate"}), so that a refusal
 * by a lot ("only 0.3 g left") is reported against that field ({@code "caesiumCarbonate.amount"}). Every lot is
 * tried and every refusal reported at once; any refusal throws, which rolls the whole unit of work back.
 */
public final class ReagentStock {

    /** Net differences smaller than this fraction of the amounts involved are unit-conversion noise, not a change. */
    private static final double ROUNDING = 1e-9;

    private final Repository<ReagentLot> lots;

    public ReagentStock(Repository<ReagentLot> lots) {
        this.lots = lots;
    }

    /** Takes every use out of stock for the given step. */
    public void consume(Map<String, ReagentUse> uses, String consumedBy, StepId step) {
        List<FieldError> errors = new ArrayList<>();
        inLotOrder(uses).forEach(e -> onLot(errors, e.getKey(), e.getValue().lotId(),
                lot -> lot.consume(new ConsumeReagent(e.getValue().lotId(), e.getValue().amount(), consumedBy, step))));
        throwIfAny(errors);
    }

    /** Puts back everything the given uses took for the step (the step was voided). */
    public void restore(Map<String, ReagentUse> uses, String consumedBy, StepId step, String reason) {
        List<FieldError> errors = new ArrayList<>();
        inLotOrder(uses).forEach(e -> onLot(errors, e.getKey(), e.getValue().lotId(), lot -> lot.restore(
                new RestoreReagent(e.getValue().lotId(), e.getValue().amount(), consumedBy, step, reason))));
        throwIfAny(errors);
    }

    /**
     * Moves stock from what a step used before a correction to what it uses after it: per lot, only the difference
     * is taken or put back, so correcting a temperature does not touch stock at all. Puts back before taking, so a
     * correction that lowers one amount and raises another on the same lot succeeds whenever the net fits.
     */
    public void settle(Map<String, ReagentUse> before, Map<String, ReagentUse> after, String consumedBy, StepId step,
            String reason) {
        Map<String, Quantity> net = new TreeMap<>();
        Map<String, Double> scale = new HashMap<>();
        Map<String, String> fieldOf = new LinkedHashMap<>();
        Map<String, ReagentUse> unnettable = new LinkedHashMap<>();
        after.forEach((field, use) -> fieldOf.putIfAbsent(use.lotId().value(), field));
        before.forEach((field, use) -> {
            fieldOf.putIfAbsent(use.lotId().value(), field);
            add(net, scale, use, -1);
        });
        after.forEach((field, use) -> {
            if (!add(net, scale, use, 1)) {
                unnettable.put(field, use);
            }
        });
        List<FieldError> errors = new ArrayList<>();
        net.forEach((lot, delta) -> {
            if (delta.value() < -ROUNDING * scale.get(lot)) {
                Quantity back = Quantity.of(-delta.value(), delta.unit());
                onLot(errors, fieldOf.get(lot), new ReagentLotId(lot),
                        l -> l.restore(new RestoreReagent(new ReagentLotId(lot), back, consumedBy, step, reason)));
            }
        });
        net.forEach((lot, delta) -> {
            if (delta.value() > ROUNDING * scale.get(lot)) {
                onLot(errors, fieldOf.get(lot), new ReagentLotId(lot),
                        l -> l.consume(new ConsumeReagent(new ReagentLotId(lot), delta, consumedBy, step)));
            }
        });
        // An amount that cannot be netted against the lot's earlier use (a mass now recorded for a lot kept by
        // volume) goes to the lot as it is, so that the lot refuses it with its own message.
        inLotOrder(unnettable).forEach(e -> onLot(errors, e.getKey(), e.getValue().lotId(),
                l -> l.consume(new ConsumeReagent(e.getValue().lotId(), e.getValue().amount(), consumedBy, step))));
        throwIfAny(errors);
    }

    /** Adds the signed use to the lot's net amount; false when its dimension differs from what is there already. */
    private static boolean add(Map<String, Quantity> net, Map<String, Double> scale, ReagentUse use, int sign) {
        String lot = use.lotId().value();
        Quantity signed = Quantity.of(sign * use.amount().value(), use.amount().unit());
        Quantity sum = net.get(lot);
        if (sum != null && sum.dimension() != signed.dimension()) {
            return false;
        }
        net.put(lot, sum == null ? signed : sum.plus(signed));
        Quantity inLotUnit = net.get(lot);
        scale.merge(lot, Math.abs(signed.in(inLotUnit.unit())), Double::sum);
        return true;
    }

    private void onLot(List<FieldError> errors, String field, ReagentLotId lotId,
            java.util.function.Consumer<ReagentLot> action) {
        Optional<Aggregate<ReagentLot>> lot = AggregateLookup.find(lots, lotId.value());
        if (lot.isEmpty()) {
            errors.add(new FieldError(field + ".lotId", lotId.value(), "no reagent lot with this id is registered"));
            return;
        }
        try {
            lot.get().execute(action);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                errors.add(new FieldError(field + "." + error.field(), error.value(), error.message()));
            }
        }
    }

    /**
     * Lots are always loaded in the order of their ids, so two commands that need the same lots cannot each hold
     * one and wait for the other.
     */
    private static List<Map.Entry<String, ReagentUse>> inLotOrder(Map<String, ReagentUse> uses) {
        return uses.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, ReagentUse> e) -> e.getValue().lotId().value()))
                .toList();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
