package org.photonledger.ui.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.photonledger.domain.validation.FieldError;
import org.photonledger.domain.validation.InvalidInputException;

/**
 * Reads a JSON request body into a request record, turning every syntax or type problem into a field-level
 * {@link InvalidInputException} (so the client learns which field and why, and nothing is stored).
 */
@ApplicationScoped
public class JsonBody {

    /** Larger bodies are refused before parsing; no request of this API needs more. */
    public static final int MAX_CHARS = 64 * 1024;

    private final ObjectMapper mapper = new ObjectMapper()
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", null, "a JSON object is required");
        }
        if (body.length() > MAX_CHARS) {
            throw InvalidInputException.of("body", body.length() + " characters", "must be at most " + MAX_CHARS + " characters");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw InvalidInputException.of("body", "null", "a JSON object is required");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(List.of(new FieldError(e.getPropertyName(), null,
                    "is not a known field; known: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")))));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new InvalidInputException(List.of(new FieldError(field, null, "has the wrong type or format: " + firstLine(e))));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(List.of(new FieldError("body", null, "is not valid JSON" + where + ": " + firstLine(e))));
        }
    }

    private static String firstLine(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int cut = m.indexOf('\n');
        return cut > 0 ? m.substring(0, cut) : m;
    }
}
