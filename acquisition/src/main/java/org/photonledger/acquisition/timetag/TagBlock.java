package org.photonledger.acquisition.timetag;

/**
 * A reusable block of time tags held in primitive arrays, so that a stream of hundreds of millions of tags is
 * processed without an object per tag.
 *
 * <p>Tag {@code i < size()} has a time in picoseconds ({@link #times()}) and a channel code ({@link #channels()}).
 * Channel codes follow PicoQuant's numbering as stored in the records, so the same number means the same input in
 * a PTU file, in the raw-data store and in a histogram:
 * <ul>
 *   <li>{@code 0..32767}: a photon (detector) channel, as stored: HydraHarp, TimeHarp 260 and MultiHarp input 1 is
 *       channel 0; PicoHarp T2 uses 0..4 (0 is the sync input used as a detector); PicoHarp T3 uses the router
 *       channels 1..4;</li>
 *   <li>{@link #SYNC} ({@code -1}): a sync pulse recorded as a tag (HydraHarp/TimeHarp/MultiHarp T2 only; in T3 the
 *       sync is implicit in every tag's sync index);</li>
 *   <li>{@code -2 … -4096}: a marker record; {@link #markerBits(short)} gives the marker bit set (1..4095), which
 *       can hold several simultaneous markers.</li>
 * </ul>
 * Overflow records are not tags: readers fold them into the times. In T3 streams {@link #syncs()} and
 * {@link #dtimes()} also hold each tag's sync index and delay after the sync (in dtime units, 0 for markers); in
 * T2 streams their content is unspecified.
 *
 * <p>The arrays are exposed directly because hot loops over them are the point of this class; only indices below
 * {@link #size()} are meaningful.
 */
public final class TagBlock {

    /** Default number of tags per block: large enough to amortise per-block work, small enough for the L2 cache. */
    public static final int DEFAULT_CAPACITY = 1 << 15;

    /** Channel code of a sync tag. */
    public static final short SYNC = -1;

    /** Largest marker bit set a marker code can carry (12 bits, the widest marker field of any PTU record type). */
    public static final int MAX_MARKER_BITS = 0xFFF;

    private final long[] times;
    private final short[] channels;
    private final long[] syncs;
    private final int[] dtimes;
    private int size;

    public TagBlock() {
        this(DEFAULT_CAPACITY);
    }

    public TagBlock(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        times = new long[capacity];
        channels = new short[capacity];
        syncs = new long[capacity];
        dtimes = new int[capacity];
    }

    public long[] times() {
        return times;
    }

    public short[] channels() {
        return channels;
    }

    public long[] syncs() {
        return syncs;
    }

    public int[] dtimes() {
        return dtimes;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return times.length;
    }

    public boolean isFull() {
        return size == times.length;
    }

    public void clear() {
        size = 0;
    }

    /** Sets how many tags are valid, for producers that fill the arrays directly. */
    public void setSize(int size) {
        if (size < 0 || size > times.length) {
            throw new IllegalArgumentException("size must be in 0.." + times.length + ", got " + size);
        }
        this.size = size;
    }

    /** Appends a T2 tag. */
    public void add(long timePs, short channel) {
        add(timePs, channel, 0, 0);
    }

    /** Appends a tag with its T3 sync index and dtime. */
    public void add(long timePs, short channel, long sync, int dtime) {
        if (size == times.length) {
            throw new IllegalStateException("block is full (" + size + " tags)");
        }
        times[size] = timePs;
        channels[size] = channel;
        syncs[size] = sync;
        dtimes[size] = dtime;
        size++;
    }

    /** Copies tag {@code i} of {@code from} to the end of this block. */
    public void addFrom(TagBlock from, int i) {
        add(from.times[i], from.channels[i], from.syncs[i], from.dtimes[i]);
    }

    public static boolean isPhoton(short channel) {
        return channel >= 0;
    }

    public static boolean isMarker(short channel) {
        return channel <= -2;
    }

    /** The marker bit set of a marker channel code. */
    public static int markerBits(short channel) {
        if (channel > -2) {
            throw new IllegalArgumentException("channel code " + channel + " is not a marker");
        }
        return -1 - channel;
    }

    /** The channel code of a marker record with the given bit set (1..4095). */
    public static short marker(int bits) {
        if (bits < 1 || bits > MAX_MARKER_BITS) {
            throw new IllegalArgumentException("marker bits must be in 1.." + MAX_MARKER_BITS + ", got " + bits);
        }
        return (short) (-1 - bits);
    }

    /** A readable name of a channel code: {@code 3}, {@code sync} or {@code marker 0x5}. */
    public static String describe(short channel) {
        if (channel >= 0) {
            return Integer.toString(channel);
        }
        if (channel == SYNC) {
            return "sync";
        }
        return "marker 0x" + Integer.toHexString(markerBits(channel));
    }
}
