package org.photonledger.acquisition.simlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.photonledger.acquisition.instrument.SpectrumFrame;
import org.photonledger.acquisition.timetag.TagBlock;
import org.photonledger.acquisition.timetag.TagList;
import org.photonledger.acquisition.timetag.TagSource;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

class SimReproducibilityTest {

    /** A short session: CW tags, pulsed tags, a spectrum, on the film's dot nearest the origin. */
    private static Session run(long seed, int blockCapacity) {
        SimulatedLab lab = new SimulatedLab(seed);
        lab.mount(SimFixtures.GLASS_FILM);
        SimFixtures.onIsolatedDot(lab);
        lab.cwLaser().setPower(SimFixtures.microwatt(0.5));
        lab.cwLaser().setEnabled(true);
        TagList cw = read(lab.timeTagger().acquire(Quantity.of(20, Unit.MILLISECOND)), blockCapacity);
        lab.cwLaser().setEnabled(false);
        lab.pulsedLaser().setEnabled(true);
        TagList pulsed = read(lab.timeTagger().acquire(Quantity.of(20, Unit.MILLISECOND)), blockCapacity);
        SpectrumFrame frame = lab.spectrometer().acquire();
        return new Session(cw, pulsed, frame);
    }

    private record Session(TagList cw, TagList pulsed, SpectrumFrame frame) {
    }

    private static TagList read(TagSource source, int capacity) {
        TagList list = new TagList(source.timeBase());
        TagBlock block = new TagBlock(capacity);
        while (source.next(block)) {
            for (int i = 0; i < block.size(); i++) {
                list.add(block.times()[i], block.channels()[i], block.syncs()[i], block.dtimes()[i]);
            }
        }
        return list;
    }

    @Test
    void the_same_seed_specimen_and_calls_give_bit_identical_tags_and_frames_whatever_the_block_size() {
        // given two labs with the same seed, one read in blocks of 7 tags
        // when both run the same session
        Session a = run(2024, TagBlock.DEFAULT_CAPACITY);
        Session b = run(2024, 7);
        // then tags and frames are identical
        assertThat(a.cw().size()).isGreaterThan(1000);
        assertThat(a.pulsed().size()).isGreaterThan(100);
        assertThat(a.cw().sameTagsAs(b.cw())).isTrue();
        assertThat(a.pulsed().sameTagsAs(b.pulsed())).isTrue();
        assertThat(a.frame().counts()).containsExactly(b.frame().counts());
        assertThat(a.frame().wavelengthsNm()).containsExactly(b.frame().wavelengthsNm());
    }

    @Test
    void another_lab_seed_gives_other_photons_from_the_same_dots() {
        // given labs with different seeds on the same film
        Session a = run(1, TagBlock.DEFAULT_CAPACITY);
        Session b = run(2, TagBlock.DEFAULT_CAPACITY);
        // then the photons differ but the count rates agree within Poisson noise (same dot, same optics)
        assertThat(a.cw().sameTagsAs(b.cw())).isFalse();
        double na = a.cw().size();
        double nb = b.cw().size();
        assertThat(Math.abs(na - nb)).isLessThan(5 * Math.sqrt(na + nb));
    }

    @Test
    void a_film_always_has_the_same_dots_whatever_is_asked_first() {
        // given two labs with different seeds on the same film, queried in different orders
        SimulatedLab a = new SimulatedLab(1);
        SimulatedLab b = new SimulatedLab(2);
        a.mount(SimFixtures.GLASS_FILM);
        b.mount(SimFixtures.GLASS_FILM);
        var far = PlanePosition.of(-40, 35, Unit.MICROMETRE);
        var near = PlanePosition.of(0, 0, Unit.MICROMETRE);
        Quantity radius = Quantity.of(6, Unit.MICROMETRE);
        var aNear = a.dots(near, radius);
        var aFar = a.dots(far, radius);
        var bFar = b.dots(far, radius);
        var bNear = b.dots(near, radius);
        // then
        assertThat(aNear).isNotEmpty().isEqualTo(bNear);
        assertThat(aFar).isNotEmpty().isEqualTo(bFar);
    }
}
