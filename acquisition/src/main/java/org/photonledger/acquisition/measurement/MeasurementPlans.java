package org.photonledger.acquisition.measurement;

import java.util.EnumMap;
import java.util.Map;
import org.photonledger.domain.measurement.MeasurementType;

/** The plan of every measurement type. */
public final class MeasurementPlans {

    private static final Map<MeasurementType, MeasurementPlan> PLANS = new EnumMap<>(MeasurementType.class);

    static {
        for (MeasurementPlan plan : new MeasurementPlan[] {new SpectrumPlan(), new TrplPlan(), new PolarisationPlan(),
                new BlinkingPlan(), new ConfocalScanPlan(), new HbtPlan(false), new HbtPlan(true), new CavitySweepPlan()}) {
            PLANS.put(plan.type(), plan);
        }
    }

    private MeasurementPlans() {
    }

    public static MeasurementPlan of(MeasurementType type) {
        return PLANS.get(type);
    }
}
