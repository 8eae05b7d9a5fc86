package org.photonledger.processing.measurement;

import java.time.Instant;

/** One measurement run as lists and the console show it. Raw-data fields are null until the data is recorded. */
public record MeasurementRow(String id, String type, String status, String targetKind, String targetId,
        String cavityConfiguration, String filmId, Double positionXUm, Double positionYUm, double durationSeconds,
        String parametersJson, String instrumentSet, Instant startedAt, String startedBy, Instant endedAt,
        String endMessage, String rawSha256, String rawFormat, Long rawBytes, Long rawRecords, Long rawDurationPs,
        Boolean rawComplete, String channelCountsJson, String summaryJson) {
}
