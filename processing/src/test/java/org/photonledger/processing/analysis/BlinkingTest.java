package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlinkingTest {

    /** 5 ms bins as in the paper's Fig. 3b; on 50, off 3 counts per bin; mean on 100 ms, off 60 ms; one minute. */
    private static final Simulated.Telegraph DOT = new Simulated.Telegraph(50, 3, 100, 60, 5, 12_000);

    @Test
    void separatesOnAndOffAndMeasuresDwellTimes() {
        // given
        boolean[] truth = new boolean[DOT.bins()];
        double[] trace = new Simulated(71).telegraph(DOT, truth);

        // when
        BlinkingResult result = Blinking.analyse(trace, 5);

        // then the levels, the threshold between them and the classification match the simulation
        assertThat(result.twoLevels()).isTrue();
        assertThat(result.offLevel().value()).isCloseTo(3, within(1.0));
        assertThat(result.onLevel().value()).isCloseTo(50, within(3.0));
        assertThat(result.thresholdCounts()).isCloseTo((result.onLevel().value() + result.offLevel().value()) / 2, within(1e-9));
        int agree = 0;
        for (int i = 0; i < trace.length; i++) {
            agree += (trace[i] > result.thresholdCounts()) == truth[i] ? 1 : 0;
        }
        assertThat(agree / (double) trace.length).isGreaterThan(0.97);
        assertThat(Math.abs(result.onFraction().pull(DOT.onFraction()))).isLessThan(3);
        double[] onRuns = completeRuns(truth, true);
        double meanOn = Arrays.stream(onRuns).average().orElseThrow() * 5;
        assertThat(Math.abs(result.on().meanMs().pull(meanOn))).isLessThan(3);
        assertThat(result.on().periods()).isCloseTo(onRuns.length, within(onRuns.length / 5));
        assertThat(result.off().meanMs().value()).isCloseTo(60, within(15.0));
        assertThat(result.on().longestMs()).isGreaterThanOrEqualTo(result.on().medianMs());
        assertThat(result.intensityHistogram()).hasSizeGreaterThan(50);
        assertThat(result.method()).isEqualTo("blinking@1");
    }

    @Test
    void reportedSigmaOfTheOnFractionCoversTheTruth() {
        Coverage.Fractions f = Coverage.of(DOT.onFraction(),
                seed -> Blinking.analyse(new Simulated(seed).telegraph(DOT, new boolean[DOT.bins()]), 5).onFraction());

        Coverage.assertHonest(f);
    }

    @Test
    void steadyEmitterIsOneLevelAndAlwaysOn() {
        double[] trace = new Simulated(72).poisson(filled(2000, 40));

        BlinkingResult result = Blinking.analyse(trace, 5);

        assertThat(result.twoLevels()).isFalse();
        assertThat(result.onFraction()).isEqualTo(Estimate.of(1, 0));
        assertThat(result.on().periods()).isZero();
        assertThat(result.quality().tested()).isFalse();
    }

    @Test
    void badTracesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> Blinking.analyse(new double[0], 5)).hasMessage("count-rate trace is empty (no bins)");
        assertThatThrownBy(() -> Blinking.analyse(new double[100], 5))
                .hasMessage("count-rate trace holds no counts (all 100 bins are zero)");
        double[] fractional = filled(100, 3);
        fractional[7] = 2.5;
        assertThatThrownBy(() -> Blinking.analyse(fractional, 5))
                .hasMessage("trace bin 7 holds 2.5; a count-rate trace holds whole counts ≥ 0");
        assertThatThrownBy(() -> Blinking.analyse(filled(100, 3), 0))
                .hasMessage("trace bin width must be a finite number of ms > 0, got 0.0");
        assertThatThrownBy(() -> Blinking.analyse(filled(10, 3), 5))
                .hasMessage("count-rate trace has 10 bins; need at least 40");
    }

    private static double[] completeRuns(boolean[] states, boolean state) {
        List<Integer> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= states.length; i++) {
            if (i == states.length || states[i] != states[start]) {
                if (start > 0 && i < states.length && states[start] == state) {
                    runs.add(i - start);
                }
                start = i;
            }
        }
        return runs.stream().mapToDouble(Integer::doubleValue).toArray();
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
