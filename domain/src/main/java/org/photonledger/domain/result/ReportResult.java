package org.photonledger.domain.result;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Mark a result as reported (in a paper, a figure, a talk) under a label, e.g. "Farrow 2024, Fig. 4e", with the reason
 * this result (and not another analysis of the same run) is the one reported.
 */
public record ReportResult(@TargetAggregateIdentifier ResultId resultId, String label, String reason) {
}
