package org.photonledger.acquisition.timetag;

/**
 * A pull-based stream of time tags, delivered block by block into a caller-owned {@link TagBlock}.
 *
 * <p>Streams are time-ordered as recorded (consumers that need order, like the correlator, check it). A source is
 * read once; implementations that hold files close them in {@link #close()}. Errors are unchecked: a malformed
 * source throws an exception whose message says what is wrong and where.
 */
public interface TagSource extends AutoCloseable {

    /** How the stream's times were derived. */
    TimeBase timeBase();

    /**
     * Replaces the content of {@code block} with the next tags of the stream.
     *
     * @return {@code true} with at least one tag in the block, or {@code false} (and an empty block) once the stream
     *         has ended
     */
    boolean next(TagBlock block);

    @Override
    default void close() {
    }
}
