package org.photonledger.domain.sample;

import org.photonledger.domain.synthesis.BatchId;

/** A sample's parent: a batch or another sample, by id; the genealogy graph is made of these. */
public record ParentRef(ParentKind kind, String id) {

    public static ParentRef batch(BatchId batchId) {
        return new ParentRef(ParentKind.BATCH, batchId.value());
    }

    public static ParentRef sample(SampleId sampleId) {
        return new ParentRef(ParentKind.SAMPLE, sampleId.value());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
