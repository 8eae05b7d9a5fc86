package org.photonledger.domain.result;

import java.util.List;
import java.util.Optional;
import org.axonframework.serialization.Revision;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.measurement.Setting;

/** A number was computed from a measurement's raw data (named by id and sha256) by a versioned method. */
@Revision("1")
public record ResultComputed(ResultId resultId, MeasurementId measurementId, String rawSha256, String model,
        String method, List<Setting> parameters, List<ResultValue> values, String headline, Double chi2Reduced)
        implements ResultEvent {

    public Optional<ResultValue> headlineValue() {
        return values.stream().filter(v -> v.name().equals(headline)).findFirst();
    }
}
