package org.photonledger.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MalusTest {

    private static final double[] ANGLES = angles(0, 10, 36);

    @Test
    void recoversThePapersFortyPercentPolarisation() {
        // given Imin = 300, Imax = 700 (DOLP 0.4) and θ0 = 35°
        double[] counts = new Simulated(61).malus(ANGLES, 300, 700, 35);

        // when
        MalusResult result = Malus.fit(ANGLES, counts);

        // then
        assertThat(Math.abs(result.dolp().pull(0.4))).isLessThan(3);
        assertThat(Math.abs(result.iMin().pull(300))).isLessThan(3);
        assertThat(Math.abs(result.iMax().pull(700))).isLessThan(3);
        assertThat(Math.abs(result.theta0Deg().pull(35))).isLessThan(3);
        assertThat(result.quality().degreesOfFreedom()).isEqualTo(33);
        assertThat(result.method()).isEqualTo("malus@1");
    }

    @Test
    void reportedSigmaOfDolpCoversTheTruth() {
        Coverage.Fractions f = Coverage.of(0.4, seed -> Malus.fit(ANGLES, new Simulated(seed).malus(ANGLES, 300, 700, 35)).dolp());

        Coverage.assertHonest(f);
    }

    @Test
    void angleIsReportedInZeroTo180EvenFromAnUnorderedSeries() {
        double[] shuffled = {170, 20, 350, 95, 45, 260, 130, 300, 5, 215};
        double[] counts = new Simulated(62).malus(shuffled, 100, 900, 160);

        MalusResult result = Malus.fit(shuffled, counts);

        assertThat(result.theta0Deg().value()).isBetween(0.0, 180.0);
        assertThat(Math.abs(result.theta0Deg().pull(160))).isLessThan(3);
        assertThat(result.iMax().value()).isGreaterThan(result.iMin().value());
    }

    @Test
    void badSeriesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> Malus.fit(new double[] {0, 45, 90}, new double[] {1, 2}))
                .hasMessage("Malus fit needs as many angles as intensities, got 3 angles and 2 intensities");
        assertThatThrownBy(() -> Malus.fit(new double[] {0, 180, 90, 270, 45}, new double[] {5, 5, 1, 1, 3}))
                .hasMessage("Malus fit needs at least 4 different polariser angles (mod 180°), got 3");
        assertThatThrownBy(() -> Malus.fit(new double[] {0, 45, 90, 135}, new double[] {5, -1, 1, 1}))
                .hasMessage("intensity 1 (at 45.0°) is -1.0; intensities must be finite counts ≥ 0");
        assertThatThrownBy(() -> Malus.fit(new double[] {0, 45, 90, 135}, new double[4]))
                .hasMessage("Malus series holds no counts (all 4 intensities are zero)");
    }

    static double[] angles(double from, double step, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = from + i * step;
        }
        return a;
    }
}
