package org.photonledger.acquisition.timetag;

import java.util.SplittableRandom;

/** Seeded generators of tag streams with known statistics, for tests across the acquisition module. */
public final class SyntheticStreams {

    private SyntheticStreams() {
    }

    /**
     * Independent Poisson streams on channels 0..rates.length-1, merged in time order, with times in whole
     * picoseconds (T2, 1 ps resolution).
     */
    public static TagList poisson(long seed, double durationPs, double... ratesPerSecond) {
        SplittableRandom random = new SplittableRandom(seed);
        double total = 0;
        for (double r : ratesPerSecond) {
            total += r;
        }
        double meanGapPs = 1e12 / total;
        TagList tags = new TagList(TimeBase.t2(1));
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) * meanGapPs;
            if (t >= durationPs) {
                return tags;
            }
            double pick = random.nextDouble() * total;
            int channel = 0;
            while (channel < ratesPerSecond.length - 1 && pick >= ratesPerSecond[channel]) {
                pick -= ratesPerSecond[channel];
                channel++;
            }
            tags.add((long) t, (short) channel);
        }
    }

    /**
     * A pulsed source in a Hanbury Brown–Twiss setup: every pulse (period {@code periodPs}) emits 0, 1 or 2 photons
     * with probabilities 1 − p1 − p2, p1, p2; each photon is delayed by an exponential lifetime (cut at one
     * period), goes to channel 0
     * or 1 with equal probability and is detected with efficiency {@code efficiency}. The true g²(0) (zero-delay
     * peak area over the area of a peak at another pulse) is 2·p2 / (p1 + 2·p2)².
     */
    public static TagList antibunchedPulsed(long seed, long pulses, long periodPs, double p1, double p2,
                                            double lifetimePs, double efficiency) {
        SplittableRandom random = new SplittableRandom(seed);
        TagList tags = new TagList(TimeBase.t2(1));
        long[] times = new long[2];
        short[] channels = new short[2];
        for (long pulse = 0; pulse < pulses; pulse++) {
            double u = random.nextDouble();
            int photons = u < p2 ? 2 : u < p2 + p1 ? 1 : 0;
            int detected = 0;
            for (int i = 0; i < photons; i++) {
                // capped below one period so that the stream stays in time order, as a time tagger records it
                long delay = Math.min(periodPs - 1, (long) (-Math.log(1 - random.nextDouble()) * lifetimePs));
                short channel = (short) (random.nextBoolean() ? 1 : 0);
                if (random.nextDouble() < efficiency) {
                    times[detected] = pulse * periodPs + delay;
                    channels[detected] = channel;
                    detected++;
                }
            }
            if (detected == 2 && times[1] < times[0]) {
                long t = times[0];
                times[0] = times[1];
                times[1] = t;
                short c = channels[0];
                channels[0] = channels[1];
                channels[1] = c;
            }
            for (int i = 0; i < detected; i++) {
                tags.add(times[i], channels[i]);
            }
        }
        return tags;
    }

    /** The true g²(0) of {@link #antibunchedPulsed}. */
    public static double antibunchedG2(double p1, double p2) {
        double mean = p1 + 2 * p2;
        return 2 * p2 / (mean * mean);
    }
}
