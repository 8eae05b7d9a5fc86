package org.photonledger.acquisition.rawstore;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TimeBase;

/**
 * The canonical byte encoding of a tag stream, whose SHA-256 is the stream's {@link RawDataId}. It is independent
 * of file formats, compression and block boundaries, so the same tags always get the same id.
 *
 * <p>Encoding, all integers and doubles big-endian:
 * <pre>
 *   "photonledger-tags/1" (19 ASCII bytes), 0x00
 *   mode                 1 byte: 2 (T2) or 3 (T3)
 *   globalResolutionPs   8 bytes IEEE-754 double
 *   resolutionPs         8 bytes IEEE-754 double
 *   then for every tag in stream order:
 *     T2: channel code int16, time in ps int64                    (10 bytes)
 *     T3: channel code int16, sync index int64, dtime int32       (14 bytes; the time follows from the time base)
 * </pre>
 * Channel codes are those of {@link TagBlock} (photon channel ≥ 0, sync −1, marker −1 − bits). There is no count
 * and no terminator: the stream ends where the bytes end.
 */
public final class CanonicalTagEncoding {

    public static final String MAGIC = "photonledger-tags/1";

    private final TagMode mode;
    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(4096 * 14).order(ByteOrder.BIG_ENDIAN);
    private long tags;

    public CanonicalTagEncoding(TimeBase timeBase) {
        this.mode = timeBase.mode();
        this.digest = sha256();
        buffer.put(MAGIC.getBytes(StandardCharsets.US_ASCII)).put((byte) 0)
                .put((byte) (mode == TagMode.T2 ? 2 : 3))
                .putDouble(timeBase.globalResolutionPs())
                .putDouble(timeBase.resolutionPs());
        flush();
    }

    /** The id of a whole source. */
    public static RawDataId idOf(TagSource source) {
        CanonicalTagEncoding encoding = new CanonicalTagEncoding(source.timeBase());
        TagBlock block = new TagBlock();
        while (source.next(block)) {
            encoding.accept(block);
        }
        return encoding.id();
    }

    public void accept(TagBlock block) {
        update(block.times(), block.channels(), block.syncs(), block.dtimes(), 0, block.size());
    }

    void update(long[] times, short[] channels, long[] syncs, int[] dtimes, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (buffer.remaining() < 14) {
                flush();
            }
            buffer.putShort(channels[i]);
            if (mode == TagMode.T2) {
                buffer.putLong(times[i]);
            } else {
                buffer.putLong(syncs[i]).putInt(dtimes[i]);
            }
        }
        tags += n;
    }

    public long tags() {
        return tags;
    }

    /** The SHA-256 of everything accepted so far; the encoding cannot be extended afterwards. */
    public RawDataId id() {
        flush();
        return RawDataId.of(digest.digest());
    }

    private void flush() {
        digest.update(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
