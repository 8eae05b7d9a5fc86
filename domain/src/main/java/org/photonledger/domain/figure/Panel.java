package org.photonledger.domain.figure;

import java.util.List;
import org.photonledger.domain.measurement.MeasurementId;
import org.photonledger.domain.result.ResultId;

/**
 * One panel of a figure: what it draws (results and/or measurements by id), how (plot type, axes, the fit over the
 * data or not) and the annotation printed on it, a template over the panel's first result's headline value
 * ("g²(0) = {value} ± {sigma}"; placeholders {@code {value}}, {@code {sigma}}, {@code {unit}}, {@code {name}}).
 *
 * @param label          "a" … "z", unique in the figure
 * @param note           what the panel stands for where it differs from the paper's panel (may be null)
 * @param headlineValue  the result value the annotation shows (null: each result's own headline)
 * @param dataSha256     SHA-256 of the panel's data table (CSV) as drawn when the version was defined: reproducing
 *                       the panel from the raw data must give exactly this table again (null: not recorded)
 */
public record Panel(String label, String title, PlotType plotType, List<ResultId> resultIds,
        List<MeasurementId> measurementIds, Axis xAxis, Axis yAxis, boolean fitOverlay, String annotation,
        String headlineValue, String note, String dataSha256) {

    public Panel {
        resultIds = resultIds == null ? List.of() : List.copyOf(resultIds);
        measurementIds = measurementIds == null ? List.of() : List.copyOf(measurementIds);
    }
}
