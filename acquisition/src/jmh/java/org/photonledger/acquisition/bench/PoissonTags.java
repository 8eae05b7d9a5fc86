package org.photonledger.acquisition.bench;

import java.util.SplittableRandom;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * An endless-looking stream of two independent Poisson channels (0 and 1) at the same rate, 1 ps resolution,
 * generated block by block so that files of any size can be written with flat memory.
 */
final class PoissonTags implements TagSource {

    private final SplittableRandom random;
    private final double meanGapPs;
    private final long tags;
    private long produced;
    private double time;

    PoissonTags(long seed, double ratePerChannel, long tags) {
        this.random = new SplittableRandom(seed);
        this.meanGapPs = 1e12 / (2 * ratePerChannel);
        this.tags = tags;
    }

    @Override
    public TimeBase timeBase() {
        return TimeBase.t2(1);
    }

    @Override
    public boolean next(TagBlock block) {
        block.clear();
        int n = (int) Math.min(block.capacity(), tags - produced);
        long[] times = block.times();
        short[] channels = block.channels();
        for (int i = 0; i < n; i++) {
            time += -Math.log(1 - random.nextDouble()) * meanGapPs;
            times[i] = (long) time;
            channels[i] = (short) (random.nextBoolean() ? 1 : 0);
        }
        block.setSize(n);
        produced += n;
        return n > 0;
    }
}
