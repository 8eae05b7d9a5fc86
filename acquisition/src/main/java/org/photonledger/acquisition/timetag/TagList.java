package org.photonledger.acquisition.timetag;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * A growable in-memory list of tags, for small streams (tests, simulated acquisitions, examples); large streams
 * stay in files and are read block by block.
 */
public final class TagList {

    private final TimeBase timeBase;
    private long[] times = new long[64];
    private short[] channels = new short[64];
    private long[] syncs = new long[64];
    private int[] dtimes = new int[64];
    private int size;

    public TagList(TimeBase timeBase) {
        this.timeBase = Objects.requireNonNull(timeBase, "timeBase");
    }

    /** Reads a whole source into memory. */
    public static TagList of(TagSource source) {
        TagList list = new TagList(source.timeBase());
        TagBlock block = new TagBlock();
        while (source.next(block)) {
            for (int i = 0; i < block.size(); i++) {
                list.add(block.times()[i], block.channels()[i], block.syncs()[i], block.dtimes()[i]);
            }
        }
        return list;
    }

    public TimeBase timeBase() {
        return timeBase;
    }

    public void add(long timePs, short channel) {
        add(timePs, channel, 0, 0);
    }

    public void add(long timePs, short channel, long sync, int dtime) {
        if (size == times.length) {
            int capacity = times.length * 2;
            times = Arrays.copyOf(times, capacity);
            channels = Arrays.copyOf(channels, capacity);
            syncs = Arrays.copyOf(syncs, capacity);
            dtimes = Arrays.copyOf(dtimes, capacity);
        }
        times[size] = timePs;
        channels[size] = channel;
        syncs[size] = sync;
        dtimes[size] = dtime;
        size++;
    }

    /** Appends a T3 tag, deriving its time from the time base. */
    public void addT3(short channel, long sync, int dtime) {
        add(timeBase.t3TimePs(sync, dtime), channel, sync, dtime);
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return times[checked(i)];
    }

    public short channel(int i) {
        return channels[checked(i)];
    }

    public long sync(int i) {
        return syncs[checked(i)];
    }

    public int dtime(int i) {
        return dtimes[checked(i)];
    }

    private int checked(int i) {
        Objects.checkIndex(i, size);
        return i;
    }

    /** A source over this list that fills each block as far as it holds. */
    public TagSource source() {
        return source(() -> Integer.MAX_VALUE);
    }

    /**
     * A source over this list that puts at most {@code blockSizes.getAsInt()} tags (at least one) into each block,
     * so tests can check that results do not depend on how a stream is split.
     */
    public TagSource source(IntSupplier blockSizes) {
        return new TagSource() {
            private int next;

            @Override
            public TimeBase timeBase() {
                return timeBase;
            }

            @Override
            public boolean next(TagBlock block) {
                block.clear();
                if (next >= size) {
                    return false;
                }
                int n = Math.min(Math.min(Math.max(1, blockSizes.getAsInt()), block.capacity()), size - next);
                System.arraycopy(times, next, block.times(), 0, n);
                System.arraycopy(channels, next, block.channels(), 0, n);
                System.arraycopy(syncs, next, block.syncs(), 0, n);
                System.arraycopy(dtimes, next, block.dtimes(), 0, n);
                block.setSize(n);
                next += n;
                return true;
            }
        };
    }

    /** True when both lists hold the same tags (times, channels, and for T3 sync indices and dtimes). */
    public boolean sameTagsAs(TagList other) {
        if (size != other.size) {
            return false;
        }
        boolean t3 = timeBase.mode() == TagMode.T3 && other.timeBase.mode() == TagMode.T3;
        for (int i = 0; i < size; i++) {
            if (times[i] != other.times[i] || channels[i] != other.channels[i]) {
                return false;
            }
            if (t3 && (syncs[i] != other.syncs[i] || dtimes[i] != other.dtimes[i])) {
                return false;
            }
        }
        return true;
    }
}
