package org.photonledger.domain.result;

import org.axonframework.serialization.Revision;

/** The result was reported under this label; its lineage must stay intact from now on. */
@Revision("2")
public record ResultReported(ResultId resultId, String label, String reason) implements ResultEvent {
}
