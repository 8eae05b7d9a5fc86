package org.photonledger.acquisition.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.ptu.ReferenceData;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.acquisition.timetag.TagStatistics;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** A real HydraHarp recording from shared/reference-data (see its SOURCES.md); skipped where it is absent. */
class ReplayReferenceFileTest {

    @Test
    void a_real_hydraharp_t3_recording_replays_with_its_hash_sync_rate_and_photon_counts() {
        // given the 5 s, 80 MHz HBT recording
        Path file = ReferenceData.folder().resolve("200213_HH400_T3_80MHz_HBT.ptu");
        try (ReplayInstrumentSet replay = new ReplayInstrumentSet(file)) {
            // when it is played in 1 s windows for 6 s
            TagStatistics statistics = new TagStatistics();
            TagBlock block = new TagBlock();
            for (int second = 0; second < 6; second++) {
                TagSource window = replay.timeTagger().acquire(Quantity.of(1, Unit.SECOND));
                while (window.next(block)) {
                    statistics.accept(block);
                }
            }
            // then the photons per input match SOURCES.md, and hash and sync rate match the file
            assertThat(statistics.photons(0)).isEqualTo(160_953);
            assertThat(statistics.photons(1)).isEqualTo(235_373);
            assertThat(replay.sha256()).isEqualTo("022cd8a3fa0946e654658006120d4f40533adb92e74f5dbe30e286ea297a673d");
            assertThat(replay.pulsedLaser().repetitionRate()).isEqualTo(Quantity.of(80_028_680, Unit.HERTZ));
            assertThat(replay.detectors()).hasSize(2);
            assertThat(replay.snapshot().setting("detector-2", "recorded.inputRate").orElseThrow().display())
                    .isEqualTo("44560.0 Hz");
            assertThat(replay.snapshot().setting("time-tagger", "ptu.hardware").orElseThrow().value())
                    .isEqualTo("HydraHarp 400");
        }
    }
}
