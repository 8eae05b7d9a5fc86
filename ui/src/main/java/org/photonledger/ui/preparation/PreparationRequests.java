package org.photonledger.ui.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.photonledger.domain.cavity.CavityConfiguration;
import org.photonledger.domain.cavity.CavityStep;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.film.DensityMeasurement;
import org.photonledger.domain.film.FilmStep;
import org.photonledger.domain.film.SpinCoating;
import org.photonledger.domain.mirror.DbrCoating;
import org.photonledger.domain.mirror.FeatureMilling;
import org.photonledger.domain.mirror.MirrorStep;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.mirror.SubstratePreparation;
import org.photonledger.domain.sample.EdtaTreatment;
import org.photonledger.domain.sample.ParentKind;
import org.photonledger.domain.sample.ParentRef;
import org.photonledger.domain.sample.PmmaDispersion;
import org.photonledger.domain.sample.SamplePreparation;
import org.photonledger.domain.sample.SizeSelection;
import org.photonledger.domain.step.StepHistory;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.synthesis.HotInjection;
import org.photonledger.domain.synthesis.PbI2SolutionPreparation;
import org.photonledger.domain.synthesis.Purification;
import org.photonledger.domain.synthesis.Storage;
import org.photonledger.domain.synthesis.SynthesisStep;
import org.photonledger.domain.validation.FieldError;
import org.photonledger.domain.validation.FieldErrors;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.ui.api.JsonBody;

/**
 * The REST write calls' common path from a JSON body to a command and back: read the body (field-level errors),
 * check that the object named in the path exists (404 otherwise), convert shapes, let the domain decide, answer
 * with what was recorded. Corrections and voids of any object live here too.
 */
@ApplicationScoped
public class PreparationRequests {

    private static final Map<String, String> NAMES = Map.of(
            PreparationFacade.BATCH, "synthesis batch", PreparationFacade.SAMPLE, "QD sample",
            PreparationFacade.MIRROR, "mirror", PreparationFacade.FILM, "film", PreparationFacade.CAVITY, "cavity",
            PreparationFacade.REAGENT_LOT, "reagent lot");

    @Inject
    JsonBody json;

    @Inject
    PreparationFacade facade;

    <T> T read(String body, Class<T> type) {
        return json.read(body, type);
    }

    /** The reason of an end-of-life call; an empty body means no reason (the domain decides if one is needed). */
    String reason(String body) {
        return body == null || body.isBlank() ? null : json.read(body, ReasonJson.class).reason();
    }

    /** Refuses with 404 unless an object of the given aggregate type has this id. */
    void require(String id, String type) {
        if (!facade.typeOf(id).filter(type::equals).isPresent()) {
            throw new NotFoundException("no " + NAMES.get(type) + " with id '" + id + "'");
        }
    }

    /**
     * Records a step on an existing object: reads the body, converts it, lets the domain decide; 200 with the new
     * step's id.
     */
    <V> Response step(String id, String type, String body, Class<? extends StepBody<V>> bodyType,
            BiConsumer<StepId, V> record) {
        require(id, type);
        V values = values(read(body, bodyType), "");
        StepId stepId = StepId.newId();
        record.accept(stepId, values);
        return Response.ok(new RecordedJson(id, type, stepId.value(), RecordedStep.capitalise(RecordedStep.titleOf(values)),
                null)).build();
    }

    /** The body's step values, or every problem with their shapes together with the domain's own checks. */
    <V> V values(StepBody<V> body, String prefix) {
        JsonValues in = new JsonValues(prefix);
        V values = body.values(in);
        in.throwIfAny(checksOf(values));
        return values;
    }

    /** 201 for a new object, with its address in the sample API. */
    Response created(String id, String type, StepId stepId, String step) {
        return Response.created(URI.create("/api/samples/" + id))
                .entity(new RecordedJson(id, type, stepId == null ? null : stepId.value(), step, null)).build();
    }

    /** Parents named by id; their kind (batch or sample) is looked up, unknown ids are noted against their field. */
    List<ParentRef> parents(List<String> ids, JsonValues in) {
        if (ids == null) {
            return null;
        }
        List<ParentRef> parents = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String field = "parents[" + i + "]";
            if (id == null || id.isBlank()) {
                in.add(field, null, "is required: the id of a stored synthesis batch or a sample");
                continue;
            }
            String type = facade.typeOf(id.strip()).orElse(null);
            if (PreparationFacade.BATCH.equals(type)) {
                parents.add(new ParentRef(ParentKind.BATCH, id.strip()));
            } else if (PreparationFacade.SAMPLE.equals(type)) {
                parents.add(new ParentRef(ParentKind.SAMPLE, id.strip()));
            } else if (type == null) {
                in.add(field, id, "no synthesis batch or sample with this id exists");
            } else {
                in.add(field, id, "is a " + NAMES.getOrDefault(type, type) + "; a sample is made from synthesis batches or samples");
            }
        }
        return parents;
    }

    /** Corrects a step of any object: the values in the shape used to record the step, and a reason. */
    Response correct(String id, String stepIdText, String body) {
        Target target = existingStep(id, stepIdText);
        String type = target.type();
        StepId stepId = target.step().stepId();
        RecordedStep step = target.step();
        CorrectionJson correction = read(body, CorrectionJson.class);
        JsonValues in = new JsonValues("values.");
        Object newValues = null;
        if (correction.values() == null || correction.values().isNull()) {
            in.noteOutside("values", null, "are required: the step's corrected values, in the shape used to record it");
        } else {
            StepBody<?> values = valuesBody(correction.values().toString(), bodyTypeFor(step.values()));
            for (String fixed : values.fixedFieldsGiven()) {
                in.add(fixed, null, "cannot be corrected: it describes the " + NAMES.getOrDefault(type, type)
                        + ", not the values of step '" + step.title() + "'");
            }
            newValues = values.values(in);
        }
        StepHistory.checkReason(new FieldErrors(), correction.reason()).list()
                .forEach(e -> in.noteOutside(e.field(), e.value(), e.message()));
        try {
            in.throwIfAny(checksOf(newValues));
            facade.correctStep(id, stepId, newValues, correction.reason(), correction.expectedVersion());
        } catch (InvalidInputException e) {
            throw renamed(e);
        }
        CavityJson.FiguresJson figures = newValues instanceof CavityConfiguration
                ? facade.figures(id, stepId).map(CavityJson.FiguresJson::of).orElse(null) : null;
        return Response.ok(new RecordedJson(id, type, stepId.value(), "Corrected: " + step.title(), figures)).build();
    }

    /** Voids a step of any object, saying why. */
    Response voidStep(String id, String stepIdText, String body) {
        Target target = existingStep(id, stepIdText);
        ReasonJson why = read(body, ReasonJson.class);
        facade.voidStep(id, target.step().stepId(), why.reason(), why.expectedVersion());
        return Response.ok(new RecordedJson(id, target.type(), stepIdText, "Voided: " + target.step().title(), null)).build();
    }

    /** An object's step named in a path. */
    private record Target(String type, RecordedStep step) {
    }

    /** The object and its step, or 404 naming what is unknown. */
    private Target existingStep(String id, String stepIdText) {
        String type = facade.typeOf(id).orElseThrow(() -> new NotFoundException("no lab object with id '" + id + "'"));
        RecordedStep step = facade.step(id, new StepId(stepIdText)).orElseThrow(() -> new NotFoundException(
                "no step '" + stepIdText + "' in " + NAMES.getOrDefault(type, type) + " " + id));
        return new Target(type, step);
    }

    /** The domain's own checks of a step's values (everything that needs no other object). */
    static List<FieldError> checksOf(Object values) {
        return switch (values) {
            case null -> List.of();
            case SynthesisStep s -> s.check().list();
            case SamplePreparation s -> s.check().list();
            case MirrorStep s -> s.check().list();
            case FilmStep s -> s.check().list();
            case CavityStep s -> s.check().list();
            default -> List.of();
        };
    }

    /** The body shape that carries values of this kind; exhaustive, so a new step kind cannot be forgotten. */
    static Class<? extends StepBody<?>> bodyTypeFor(Object values) {
        return switch (values) {
            case SynthesisStep s -> switch (s) {
                case CsOleatePreparation v -> SynthesisJson.CsOleateBody.class;
                case PbI2SolutionPreparation v -> SynthesisJson.PbI2SolutionBody.class;
                case HotInjection v -> SynthesisJson.HotInjectionBody.class;
                case Purification v -> SynthesisJson.PurificationBody.class;
                case Storage v -> SynthesisJson.StorageBody.class;
            };
            case SamplePreparation s -> switch (s) {
                case EdtaTreatment v -> SampleJson.EdtaTreatmentBody.class;
                case SizeSelection v -> SampleJson.SizeSelectionBody.class;
                case PmmaDispersion v -> SampleJson.PmmaDispersionBody.class;
            };
            case MirrorStep s -> switch (s) {
                case SubstratePreparation v -> MirrorJson.SubstrateBody.class;
                case FeatureMilling v -> MirrorJson.FeatureMillingBody.class;
                case DbrCoating v -> MirrorJson.DbrCoatingBody.class;
                case ReflectivityMeasurement v -> MirrorJson.ReflectivityBody.class;
            };
            case FilmStep s -> switch (s) {
                case SpinCoating v -> FilmJson.FilmBody.class;
                case DensityMeasurement v -> FilmJson.DensityBody.class;
            };
            case CavityStep s -> switch (s) {
                case DotSelection v -> CavityJson.CavityBody.class;
                case CavityConfiguration v -> CavityJson.ConfigurationBody.class;
            };
            default -> throw new IllegalStateException("no body shape for " + values.getClass().getSimpleName());
        };
    }

    private StepBody<?> valuesBody(String valuesJson, Class<? extends StepBody<?>> type) {
        try {
            return read(valuesJson, type);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(err -> new FieldError("body".equals(err.field()) ? "values" : "values." + err.field(), err.value(),
                            err.message()))
                    .toList());
        }
    }

    /** The domain names a correction's values {@code newValues}; the body calls them {@code values}. */
    private static InvalidInputException renamed(InvalidInputException e) {
        return new InvalidInputException(e.errors().stream()
                .map(err -> err.field().equals("newValues") || err.field().startsWith("newValues.")
                        ? new FieldError("values" + err.field().substring("newValues".length()), err.value(), err.message())
                        : err)
                .toList());
    }
}
