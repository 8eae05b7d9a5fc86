package org.photonledger.ui.preparation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a write call: which object, which step, and for a cavity configuration the derived figures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What was recorded")
public record RecordedJson(
        @Schema(description = "The lab object's id; read it at /api/samples/{id}") String id,
        @Schema(description = "SynthesisBatch, QdSample, Mirror, Film or Cavity") String kind,
        @Schema(description = "The step's id, for corrections and voids") String stepId,
        @Schema(description = "What was recorded, e.g. 'Cs-oleate precursor prepared'") String step,
        @Schema(description = "Only for cavity configurations") CavityJson.FiguresJson figures) {
}
