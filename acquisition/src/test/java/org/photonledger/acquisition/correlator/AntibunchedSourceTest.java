package org.photonledger.acquisition.correlator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.timetag.SyntheticStreams;
import org.photonledger.acquisition.timetag.TagList;

class AntibunchedSourceTest {

    static final long PERIOD_PS = 12_500;

    @Test
    void g2_zero_of_a_synthetic_single_photon_source_is_recovered_within_three_sigma() {
        // given a pulsed source emitting two photons in 2 % of the pulses and one in 50 %: g²(0) = 0.1372
        double p1 = 0.5;
        double p2 = 0.02;
        double truth = SyntheticStreams.antibunchedG2(p1, p2);
        TagList tags = SyntheticStreams.antibunchedPulsed(20261125L, 5_000_000, PERIOD_PS, p1, p2, 1500, 0.1);
        // when one bin per pulse period: bin k holds the peak at τ = k·P, from (k - 1/2)·P to (k + 1/2)·P
        int sidePeaks = 10;
        CorrelationHistogram h = CrossCorrelator.correlate(tags.source(),
                new CorrelationSpec(0, 1, PERIOD_PS, sidePeaks * PERIOD_PS, 0));
        // then the centre peak over the mean side peak is g²(0)
        int centre = h.spec().halfBins();
        double side = 0;
        for (int k = 1; k <= sidePeaks; k++) {
            side += h.count(centre - k) + h.count(centre + k);
        }
        side /= 2 * sidePeaks;
        double zero = h.count(centre);
        double estimate = zero / side;
        double sigma = estimate * Math.sqrt(1 / zero + 1 / (side * 2 * sidePeaks));
        assertThat(Math.abs(estimate - truth)).as("g²(0) = %.4f ± %.4f, truth %.4f", estimate, sigma, truth)
                .isLessThan(3 * sigma);
        // and the N_A·N_B·w/T normalisation gives the same number, since a peak spans one period
        double normalised = h.normalised()[centre];
        assertThat(Math.abs(normalised - truth)).as("normalised g²(0) = %.4f", normalised).isLessThan(3 * sigma);
        // and the side peaks are at g² = 1 within their statistics
        assertThat(Math.abs(h.normalised()[centre + 5] - 1)).isLessThan(3 / Math.sqrt(side));
        assertThat(sigma).isLessThan(0.01);
    }
}
