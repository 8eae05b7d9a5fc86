package org.photonledger.domain.mirror;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.step.StepHistory;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.units.Unit;
import org.photonledger.domain.validation.ConcurrentEditException;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * A cavity mirror through its fabrication: substrate, (featured mirrors only) FIB-milled concave features, DBR
 * coating, reflectivity measurements. Decides the order of these steps and their corrections and voids.
 */
@AggregateRoot(type = "Mirror")
public class Mirror {

    static final int MAX_TEXT = 200;

    @AggregateIdentifier
    private MirrorId mirrorId;
    private MirrorKind kind;
    private String label;
    private final StepHistory<MirrorStep> steps = new StepHistory<>();

    protected Mirror() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Mirror(PrepareMirrorSubstrate command) {
        FieldErrors errors = new FieldErrors()
                .required("mirrorId", command.mirrorId())
                .required("stepId", command.stepId())
                .required("kind", command.kind())
                .maxLength("label", command.label(), MAX_TEXT);
        if (command.values() == null) {
            errors.add("values", null, "are required");
        } else {
            errors = merge(errors, command.values().check(), "");
            checkPlinth(errors, command.kind(), command.values(), "");
        }
        errors.throwIfAny();
        String name = command.label() == null || command.label().isBlank() ? null : command.label().strip();
        apply(new MirrorSubstratePrepared(command.mirrorId(), command.stepId(), command.kind(), name, command.values()));
    }

    @CommandHandler
    void handle(RecordFeatureMilling command) {
        requireSubstrate(MirrorStepKind.FEATURE_MILLING);
        if (kind != MirrorKind.FEATURED) {
            throw InvalidInputException.of("mirrorId", mirrorId, "is a planar mirror; only a featured mirror has "
                    + "milled features");
        }
        steps.firstActive(v -> v.kind() == MirrorStepKind.DBR_COATING).ifPresent(coating -> {
            throw InvalidInputException.of("step", MirrorStepKind.FEATURE_MILLING.title(), "mirror " + mirrorId
                    + " is already DBR-coated (step " + coating + "); features must be milled before coating");
        });
        FieldErrors errors = checkValues(command.values(), "");
        steps.checkNew(errors, command.stepId());
        if (command.values() != null && !errors.has("features")) {
            checkLabelsFree(errors, command.values(), null, "");
        }
        errors.throwIfAny();
        apply(new FeaturesMilled(mirrorId, command.stepId(), command.values()));
    }

    @CommandHandler
    void handle(RecordDbrCoating command) {
        requireSubstrate(MirrorStepKind.DBR_COATING);
        if (kind == MirrorKind.FEATURED && steps.firstActive(v -> v.kind() == MirrorStepKind.FEATURE_MILLING).isEmpty()) {
            throw InvalidInputException.of("step", MirrorStepKind.DBR_COATING.title(), "cannot be recorded yet for "
                    + "featured mirror " + mirrorId + ": missing step '" + MirrorStepKind.FEATURE_MILLING.title() + "'");
        }
        steps.firstActive(v -> v.kind() == MirrorStepKind.DBR_COATING).ifPresent(coating -> {
            throw InvalidInputException.of("step", MirrorStepKind.DBR_COATING.title(), "is already recorded for mirror "
                    + mirrorId + " as step " + coating + "; correct or void that step instead");
        });
        FieldErrors errors = checkValues(command.values(), "");
        steps.checkNew(errors, command.stepId());
        errors.throwIfAny();
        apply(new DbrCoated(mirrorId, command.stepId(), command.values()));
    }

    @CommandHandler
    void handle(RecordReflectivity command) {
        requireSubstrate(MirrorStepKind.REFLECTIVITY);
        if (steps.firstActive(v -> v.kind() == MirrorStepKind.DBR_COATING).isEmpty()) {
            throw InvalidInputException.of("step", MirrorStepKind.REFLECTIVITY.title(), "cannot be recorded yet for "
                    + "mirror " + mirrorId + ": missing step '" + MirrorStepKind.DBR_COATING.title() + "'");
        }
        FieldErrors errors = checkValues(command.values(), "");
        steps.checkNew(errors, command.stepId());
        errors.throwIfAny();
        apply(new ReflectivityCharacterised(mirrorId, command.stepId(), command.values()));
    }

    @CommandHandler
    void handle(CorrectMirrorStep command,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        ConcurrentEditException.check(expectedVersion, AggregateLifecycle.getVersion());
        FieldErrors errors = new FieldErrors();
        StepId stepId = command.stepId();
        steps.checkChangeable(errors, stepId, "mirror " + mirrorId);
        StepHistory.checkReason(errors, command.reason());
        MirrorStep newValues = command.newValues();
        if (newValues == null) {
            errors.add("newValues", null, "are required");
        } else if (!errors.has("stepId")) {
            MirrorStep current = steps.active(stepId).orElseThrow();
            if (current.kind() != newValues.kind()) {
                errors.add("newValues", newValues.kind().title(), "step " + stepId + " is a '" + current.kind().title()
                        + "' step; a correction must carry values of the same kind");
            } else if (current.equals(newValues)) {
                errors.add("newValues", null, "are the same as the recorded values; there is nothing to correct");
            } else {
                merge(errors, newValues.check(), "newValues.");
                if (newValues instanceof SubstratePreparation s) {
                    checkPlinth(errors, kind, s, "newValues.");
                }
                if (newValues instanceof FeatureMilling m && !errors.has("newValues.features")) {
                    checkLabelsFree(errors, m, stepId, "newValues.");
                }
            }
        }
        errors.throwIfAny();
        String why = command.reason().strip();
        apply(switch (newValues) {
            case SubstratePreparation v -> new SubstratePreparationCorrected(mirrorId, stepId, v, why);
            case FeatureMilling v -> new FeatureMillingCorrected(mirrorId, stepId, v, why);
            case DbrCoating v -> new DbrCoatingCorrected(mirrorId, stepId, v, why);
            case ReflectivityMeasurement v -> new ReflectivityMeasurementCorrected(mirrorId, stepId, v, why);
        });
    }

    @CommandHandler
    void handle(VoidMirrorStep command,
            @MetaDataValue(MetadataKeys.EXPECTED_VERSION) Long expectedVersion) {
        ConcurrentEditException.check(expectedVersion, AggregateLifecycle.getVersion());
        FieldErrors errors = new FieldErrors();
        StepId stepId = command.stepId();
        steps.checkChangeable(errors, stepId, "mirror " + mirrorId);
        StepHistory.checkReason(errors, command.reason());
        if (!errors.has("stepId")) {
            MirrorStepKind voided = steps.active(stepId).orElseThrow().kind();
            for (StepId other : steps.allActive(v -> dependsOn(v.kind(), voided))) {
                if (!other.equals(stepId)) {
                    errors.add("stepId", stepId, "'" + steps.active(other).orElseThrow().kind().title() + "' (step "
                            + other + ") depends on this step; void that first");
                }
            }
        }
        errors.throwIfAny();
        apply(new MirrorStepVoided(mirrorId, stepId, command.reason().strip()));
    }

    /** Whether a step of kind {@code later} needs a step of kind {@code earlier} under it. */
    private static boolean dependsOn(MirrorStepKind later, MirrorStepKind earlier) {
        return switch (earlier) {
            case SUBSTRATE -> later != MirrorStepKind.SUBSTRATE;
            case FEATURE_MILLING, DBR_COATING -> later.ordinal() > earlier.ordinal();
            case REFLECTIVITY -> false;
        };
    }

    /** Why this mirror cannot be built into a cavity, or empty if it can. */
    public Optional<String> whyNotUsable() {
        if (steps.firstActive(v -> v.kind() == MirrorStepKind.SUBSTRATE).isEmpty()) {
            return Optional.of("mirror " + mirrorId + " was voided");
        }
        if (steps.firstActive(v -> v.kind() == MirrorStepKind.DBR_COATING).isEmpty()) {
            return Optional.of("mirror " + mirrorId + " is not finished: missing step '"
                    + MirrorStepKind.DBR_COATING.title() + "'");
        }
        if (latestReflectivity().isEmpty()) {
            return Optional.of("mirror " + mirrorId + " is not finished: missing step '"
                    + MirrorStepKind.REFLECTIVITY.title() + "'");
        }
        return Optional.empty();
    }

    /** Whether the mirror exists, was not voided and is DBR-coated (a film can be spin-coated onto it). */
    public boolean coated() {
        return steps.firstActive(v -> v.kind() == MirrorStepKind.SUBSTRATE).isPresent()
                && steps.firstActive(v -> v.kind() == MirrorStepKind.DBR_COATING).isPresent();
    }

    /** The most recent reflectivity measurement that was not voided (as corrected). */
    public Optional<ReflectivityMeasurement> latestReflectivity() {
        List<StepId> measured = steps.allActive(v -> v.kind() == MirrorStepKind.REFLECTIVITY);
        return measured.isEmpty() ? Optional.empty()
                : steps.active(measured.getLast()).map(ReflectivityMeasurement.class::cast);
    }

    /** A feature of an active milling step by its label. */
    public Optional<MilledFeature> feature(String featureLabel) {
        return steps.active().stream()
                .filter(FeatureMilling.class::isInstance)
                .flatMap(v -> ((FeatureMilling) v).features().stream())
                .filter(f -> f.label().strip().equals(featureLabel == null ? null : featureLabel.strip()))
                .findFirst();
    }

    public MirrorId mirrorId() {
        return mirrorId;
    }

    public MirrorKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    private void requireSubstrate(MirrorStepKind recording) {
        if (steps.firstActive(v -> v.kind() == MirrorStepKind.SUBSTRATE).isEmpty()) {
            throw InvalidInputException.of("step", recording.title(), "cannot be recorded for mirror " + mirrorId
                    + ": its step '" + MirrorStepKind.SUBSTRATE.title() + "' was voided");
        }
    }

    private static FieldErrors checkValues(MirrorStep values, String prefix) {
        FieldErrors errors = new FieldErrors();
        if (values == null) {
            return errors.add(prefix + "values", null, "are required");
        }
        return merge(errors, values.check(), prefix);
    }

    private static FieldErrors merge(FieldErrors into, FieldErrors from, String prefix) {
        from.list().forEach(e -> into.add(prefix + e.field(), e.value(), e.message()));
        return into;
    }

    /** A featured mirror's features are milled into a plinth, so its dimensions must be known. */
    private static void checkPlinth(FieldErrors errors, MirrorKind kind, SubstratePreparation values, String prefix) {
        if (kind != MirrorKind.FEATURED) {
            return;
        }
        if (values.plinthHeight() == null) {
            errors.add(prefix + "plinthHeight", null, "is required for a featured mirror");
        }
        if (values.plinthTopWidth() == null) {
            errors.add(prefix + "plinthTopWidth", null, "is required for a featured mirror");
        }
        if (values.plinthTopLength() == null) {
            errors.add(prefix + "plinthTopLength", null, "is required for a featured mirror");
        }
    }

    /** Labels must be unique across the mirror's active milling steps (other than the one being corrected). */
    private void checkLabelsFree(FieldErrors errors, FeatureMilling milling, StepId except, String prefix) {
        Set<String> taken = new HashSet<>();
        for (StepId other : steps.allActive(v -> v.kind() == MirrorStepKind.FEATURE_MILLING)) {
            if (!other.equals(except)) {
                ((FeatureMilling) steps.active(other).orElseThrow()).features().forEach(f -> taken.add(f.label().strip()));
            }
        }
        List<MilledFeature> features = milling.features();
        for (int i = 0; i < features.size(); i++) {
            MilledFeature f = features.get(i);
            if (f != null && f.label() != null && taken.contains(f.label().strip())) {
                errors.add(prefix + "features[" + i + "].label", f.label(), "is already used by a feature of mirror "
                        + mirrorId);
            }
        }
        checkPositions(errors, milling, prefix);
    }

    /** Features must lie on the plinth top, whose centre is the origin of their positions. */
    private void checkPositions(FieldErrors errors, FeatureMilling milling, String prefix) {
        SubstratePreparation substrate = steps.active().stream()
                .filter(SubstratePreparation.class::isInstance).map(SubstratePreparation.class::cast)
                .findFirst().orElse(null);
        if (substrate == null || !substrate.hasPlinth()) {
            return;
        }
        double halfWidth = substrate.plinthTopWidth().in(Unit.MICROMETRE) / 2;
        double halfLength = substrate.plinthTopLength().in(Unit.MICROMETRE) / 2;
        List<MilledFeature> features = milling.features();
        for (int i = 0; i < features.size(); i++) {
            MilledFeature f = features.get(i);
            String field = prefix + "features[" + i + "].position";
            if (f == null || f.position() == null || errors.has(field + ".x") || errors.has(field + ".y")) {
                continue;
            }
            if (Math.abs(f.position().x().in(Unit.MICROMETRE)) > halfWidth
                    || Math.abs(f.position().y().in(Unit.MICROMETRE)) > halfLength) {
                errors.add(field, f.position(), "must lie on the plinth top (±" + fmt(halfWidth) + " µm × ±"
                        + fmt(halfLength) + " µm around its centre)");
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @EventSourcingHandler
    void on(MirrorSubstratePrepared e) {
        this.mirrorId = e.mirrorId();
        this.kind = e.kind();
        this.label = e.label();
        steps.recorded(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(FeaturesMilled e) {
        steps.recorded(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(DbrCoated e) {
        steps.recorded(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(ReflectivityCharacterised e) {
        steps.recorded(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(SubstratePreparationCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(FeatureMillingCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(DbrCoatingCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(ReflectivityMeasurementCorrected e) {
        steps.corrected(e.stepId(), e.values());
    }

    @EventSourcingHandler
    void on(MirrorStepVoided e) {
        steps.voided(e.stepId());
    }
}
