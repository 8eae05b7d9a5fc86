package org.photonledger.acquisition.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonledger.acquisition.instrument.InstrumentException;
import org.photonledger.acquisition.instrument.Specimen;
import org.photonledger.acquisition.ptu.PtuRecordType;
import org.photonledger.acquisition.ptu.PtuWriter;
import org.photonledger.acquisition.simlab.SimulatedLab;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TagMode;
import org.photonledger.domain.measurement.InstrumentSnapshot;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class ReplayInstrumentSetTest {

    @TempDir
    Path dir;

    /** 0.2 s of a simulated dot, CW (T2) or at 5 MHz (T3). */
    private static TagList simulated(boolean pulsed) {
        SimulatedLab lab = new SimulatedLab(5);
        lab.mount(new Specimen.Film("replay-film", null, true, 8L));
        lab.stage().moveTo(lab.dots(PlanePosition.of(0, 0, Unit.MICROMETRE), Quantity.of(10, Unit.MICROMETRE))
                .get(0).position());
        if (pulsed) {
            lab.pulsedLaser().setPower(Quantity.of(0.3, Unit.MICROWATT));
            lab.pulsedLaser().setEnabled(true);
        } else {
            lab.cwLaser().setPower(Quantity.of(0.5, Unit.MICROWATT));
            lab.cwLaser().setEnabled(true);
        }
        return TagList.of(lab.timeTagger().acquire(Quantity.of(0.2, Unit.SECOND)));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void the_tagger_plays_the_file_window_by_window_and_then_ends() throws Exception {
        // given a T2 PTU file of simulated tags
        TagList recorded = simulated(false);
        Path file = dir.resolve("cw.ptu");
        PtuWriter.write(file, PtuRecordType.MULTIHARP_T2, recorded.source(), List.of());
        // when it is replayed in 50 ms windows
        try (ReplayInstrumentSet replay = new ReplayInstrumentSet(file)) {
            TagList played = new TagList(recorded.timeBase());
            for (int k = 0; k < 4; k++) {
                TagList window = TagList.of(replay.timeTagger().acquire(Quantity.of(50, Unit.MILLISECOND)));
                for (int i = 0; i < window.size(); i++) {
                    // then each window holds the file's tags of its 50 ms, times unchanged
                    assertThat(window.time(i)).isBetween(k * 50_000_000_000L, (k + 1) * 50_000_000_000L - 1);
                    played.add(window.time(i), window.channel(i));
                }
            }
            // and together the windows are the whole recording, after which the tagger plays nothing
            assertThat(played.sameTagsAs(recorded)).isTrue();
            assertThat(TagList.of(replay.timeTagger().acquire(Quantity.of(1, Unit.SECOND))).size()).isZero();
            assertThat(replay.timeTagger().settings().setting("ended").orElseThrow().value()).isEqualTo("true");
        }
    }

    @Test
    void settings_name_the_file_by_hash_and_describe_the_recording() throws Exception {
        // given a T3 file of simulated 5 MHz tags
        TagList recorded = simulated(true);
        Path file = dir.resolve("pulsed.ptu");
        PtuWriter.write(file, PtuRecordType.MULTIHARP_T3, recorded.source(), List.of());
        // when
        try (ReplayInstrumentSet replay = new ReplayInstrumentSet(file)) {
            InstrumentSnapshot snapshot = replay.snapshot();
            // then the tagger reports path, SHA-256, format and time base; the laser the recorded sync
            assertThat(replay.name()).isEqualTo("replay:pulsed.ptu");
            assertThat(snapshot.setting("time-tagger", "sha256").orElseThrow().value()).isEqualTo(sha256(file))
                    .isEqualTo(replay.sha256());
            assertThat(snapshot.setting("time-tagger", "ptu.recordType").orElseThrow().value())
                    .isEqualTo("MultiHarpT3");
            assertThat(snapshot.setting("time-tagger", "mode").orElseThrow().value()).isEqualTo("T3");
            assertThat(snapshot.setting("time-tagger", "ptu.globalResolution").orElseThrow().display())
                    .isEqualTo("200000.0 ps");
            assertThat(snapshot.setting("time-tagger", "ptu.resolution").orElseThrow().display()).isEqualTo("8.0 ps");
            assertThat(replay.pulsedLaser().repetitionRate().in(Unit.MEGAHERTZ)).isEqualTo(5.0);
            assertThat(snapshot.setting("stage", "present").orElseThrow().value()).isEqualTo("not present in replay");
            // and the played tags are the recorded ones, with their sync indices and dtimes
            TagList played = TagList.of(replay.timeTagger().acquire(Quantity.of(1, Unit.SECOND)));
            assertThat(played.timeBase().mode()).isEqualTo(TagMode.T3);
            assertThat(played.sameTagsAs(recorded)).isTrue();
        }
    }

    @Test
    void requests_that_would_change_the_data_are_refused_the_rest_is_kept_and_reported() throws Exception {
        // given a T3 replay
        Path file = dir.resolve("refuse.ptu");
        PtuWriter.write(file, PtuRecordType.MULTIHARP_T3, simulated(true).source(), List.of());
        try (ReplayInstrumentSet replay = new ReplayInstrumentSet(file)) {
            // then what contradicts the recording or would change it is refused
            assertThatThrownBy(() -> replay.pulsedLaser().setRepetitionRate(Quantity.of(80, Unit.MEGAHERTZ)))
                    .isInstanceOf(InstrumentException.class)
                    .hasMessage("pulsed-laser: repetition rate 80 MHz differs from the recorded sync rate of 5 MHz; "
                            + "a replay plays the file as recorded");
            assertThatThrownBy(() -> replay.pulsedLaser().setEnabled(false))
                    .hasMessageStartingWith("pulsed-laser: cannot switch off in replay");
            assertThatThrownBy(() -> replay.timeTagger().setChannelDelay(0, Quantity.of(1, Unit.NANOSECOND)))
                    .hasMessageStartingWith("time-tagger: channel delays cannot be changed in replay");
            assertThatThrownBy(() -> replay.spectrometer().acquire())
                    .hasMessage("spectrometer: not present in replay; a PTU file holds time tags, no spectra");
            assertThatThrownBy(() -> replay.cwLaser().wavelength())
                    .hasMessage("cw-laser: wavelength is not known in replay; the PTU file does not record it");
            // and harmless requests are accepted and reported as requested, not applied
            replay.pulsedLaser().setRepetitionRate(Quantity.of(5, Unit.MEGAHERTZ));
            replay.pulsedLaser().setPower(Quantity.of(0.3, Unit.MICROWATT));
            replay.polariser().setAngle(Quantity.of(45, Unit.DEGREE));
            replay.mount(new Specimen.Film("declared-film", null, true, 1L));
            InstrumentSnapshot snapshot = replay.snapshot();
            assertThat(snapshot.setting("pulsed-laser", "requested.averagePower").orElseThrow().display())
                    .isEqualTo("0.3 µW");
            assertThat(snapshot.setting("polariser", "requested.angle").orElseThrow().display()).isEqualTo("45.0 °");
            assertThat(snapshot.setting("specimen", "filmId").orElseThrow().value()).isEqualTo("declared-film");
        }
    }
}
