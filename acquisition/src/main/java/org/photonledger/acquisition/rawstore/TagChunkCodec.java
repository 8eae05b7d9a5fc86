package org.photonledger.acquisition.rawstore;

import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * Lossless compression of one chunk of tags, continuing from the previous chunk.
 *
 * <p>Times (T2, in picoseconds) or sync indices (T3) are stored as differences to the previous tag, divided by
 * their greatest common divisor in the chunk (so 4-ps or 16-ps data costs no more than 1-ps data), and
 * Golomb–Rice coded with the parameter k that minimises the chunk's size: the quotient d >> k in unary, then the
 * k low bits. Arrival-time differences of photon streams are close to geometric, for which Rice codes are within a
 * few percent of the entropy. Streams that go back in time (markers) are zig-zag coded instead. Channel codes are
 * stored as an index into the chunk's table of distinct codes (1 bit for a two-detector stream), T3 dtimes with
 * the chunk's widest dtime's bit width. A quotient of 32 or more escapes to an explicit 64-bit-capable field, so a
 * long gap costs a few bytes, not megabits.
 *
 * <p>Chunk bit layout: zig-zag flag (1), k (6), [T3: dtime width (5)], divisor (7-bit length + bits), channel
 * table size m (9; 0 = raw 16-bit channels) and m 16-bit codes, first value as zig-zag difference to the previous
 * chunk (7-bit length + bits), then per tag: [difference (Rice), except for the first tag], [T3: dtime], channel
 * index (⌈log2 m⌉ bits).
 */
final class TagChunkCodec {

    static final int MAX_CHUNK_TAGS = 1 << 16;
    private static final int ESCAPE = 32;
    private static final int MAX_TABLE = 256;

    private final TagMode mode;
    private long previous;

    TagChunkCodec(TagMode mode) {
        this.mode = mode;
    }

    byte[] encode(long[] times, short[] channels, long[] syncs, int[] dtimes, int n) {
        long[] values = mode == TagMode.T2 ? times : syncs;
        boolean signed = false;
        long divisor = 0;
        for (int i = 1; i < n; i++) {
            long d = values[i] - values[i - 1];
            if (d < 0) {
                signed = true;
            }
            if (divisor != 1) {
                divisor = gcd(divisor, Math.abs(d));
            }
        }
        if (divisor <= 0) {
            divisor = 1;
        }
        int k = riceParameter(values, n, signed, divisor);
        int dtimeBits = 0;
        if (mode == TagMode.T3) {
            int max = 0;
            for (int i = 0; i < n; i++) {
                max |= dtimes[i];
            }
            dtimeBits = 32 - Integer.numberOfLeadingZeros(max);
        }
        short[] table = table(channels, n);
        int indexBits = table.length == 0 ? 16 : 32 - Integer.numberOfLeadingZeros(table.length - 1);

        BitWriter out = new BitWriter();
        out.write(signed ? 1 : 0, 1);
        out.write(k, 6);
        if (mode == TagMode.T3) {
            out.write(dtimeBits, 5);
        }
        out.writeLong(divisor);
        out.write(table.length, 9);
        for (short code : table) {
            out.write(code, 16);
        }
        out.writeLong(zigzag(values[0] - previous));
        long kMask = k == 0 ? 0 : -1L >>> (64 - k);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                long d = (values[i] - values[i - 1]) / divisor;
                long v = signed ? zigzag(d) : d;
                long q = v >>> k;
                if (q < ESCAPE) {
                    out.writeUnary((int) q);
                    out.write(v & kMask, k);
                } else {
                    out.write((1L << ESCAPE) - 1, ESCAPE);
                    out.writeLong(v);
                }
            }
            if (mode == TagMode.T3) {
                out.write(dtimes[i], dtimeBits);
            }
            out.write(table.length == 0 ? channels[i] : indexOf(table, channels[i]), indexBits);
        }
        previous = values[n - 1];
        return out.finish();
    }

    /** Decodes a chunk of {@code n} tags; throws {@link BitReader.Malformed} when the bits do not decode. */
    void decode(byte[] payload, int n, TimeBase timeBase, long[] times, short[] channels, long[] syncs, int[] dtimes) {
        BitReader in = new BitReader(payload);
        boolean signed = in.read(1) == 1;
        int k = (int) in.read(6);
        int dtimeBits = mode == TagMode.T3 ? (int) in.read(5) : 0;
        long divisor = in.readLong();
        int tableSize = (int) in.read(9);
        if (tableSize > MAX_TABLE) {
            throw new BitReader.Malformed("channel table of " + tableSize + " entries (at most " + MAX_TABLE + ")");
        }
        short[] table = new short[tableSize];
        for (int i = 0; i < tableSize; i++) {
            table[i] = (short) in.read(16);
        }
        int indexBits = tableSize == 0 ? 16 : 32 - Integer.numberOfLeadingZeros(tableSize - 1);
        long value = previous + unzigzag(in.readLong());
        long[] values = mode == TagMode.T2 ? times : syncs;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                int q = in.readUnary(ESCAPE);
                long v = q < ESCAPE ? ((long) q << k) | in.read(k) : in.readLong();
                value += (signed ? unzigzag(v) : v) * divisor;
            }
            values[i] = value;
            if (mode == TagMode.T3) {
                int dtime = (int) in.read(dtimeBits);
                dtimes[i] = dtime;
                times[i] = timeBase.t3TimePs(value, dtime);
            }
            int index = (int) in.read(indexBits);
            if (tableSize == 0) {
                channels[i] = (short) index;
            } else if (index < tableSize) {
                channels[i] = table[index];
            } else {
                throw new BitReader.Malformed("channel index " + index + " outside a table of " + tableSize);
            }
        }
        if (!in.atEnd()) {
            throw new BitReader.Malformed("chunk has bits left after its " + n + " tags");
        }
        previous = value;
    }

    private static int riceParameter(long[] values, int n, boolean signed, long divisor) {
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        for (int i = 1; i < n; i++) {
            long d = (values[i] - values[i - 1]) / divisor;
            sum += signed ? (double) zigzag(d) : (double) d;
        }
        double mean = sum / (n - 1);
        int guess = mean < 2 ? 0 : 63 - Long.numberOfLeadingZeros((long) Math.min(mean * Math.log(2), 0x1p62));
        int best = guess;
        double bestCost = Double.MAX_VALUE;
        for (int k = Math.max(0, guess - 1); k <= Math.min(62, guess + 1); k++) {
            double cost = 0;
            for (int i = 1; i < n; i++) {
                long d = (values[i] - values[i - 1]) / divisor;
                long v = signed ? zigzag(d) : d;
                long q = v >>> k;
                cost += q < ESCAPE ? q + 1 + k : ESCAPE + 7 + (64 - Long.numberOfLeadingZeros(v));
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = k;
            }
        }
        return best;
    }

    private static short[] table(short[] channels, int n) {
        short[] table = new short[MAX_TABLE];
        int size = 0;
        for (int i = 0; i < n; i++) {
            short c = channels[i];
            if (indexOf(table, size, c) < 0) {
                if (size == MAX_TABLE) {
                    return new short[0];
                }
                table[size++] = c;
            }
        }
        short[] used = new short[size];
        System.arraycopy(table, 0, used, 0, size);
        return used;
    }

    private static int indexOf(short[] table, short c) {
        return indexOf(table, table.length, c);
    }

    private static int indexOf(short[] table, int size, short c) {
        for (int i = 0; i < size; i++) {
            if (table[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static long zigzag(long x) {
        return (x << 1) ^ (x >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
