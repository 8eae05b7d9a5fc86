package org.photonledger.domain.result;

import java.util.List;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.Setting;

/**
 * Record a result computed from one measurement's raw data: the model and versioned method, the exact parameters,
 * every value with its uncertainty (one of them the headline), and the goodness of fit.
 */
public record ComputeResult(ResultId resultId, MeasurementId measurementId, String rawSha256, String model,
        String method, List<Setting> parameters, List<ResultValue> values, String headline, Double chi2Reduced) {
}
