package org.photonledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photonledger.domain.cavity.AssembleCavity;
import org.photonledger.domain.cavity.CavityConfigured;
import org.photonledger.domain.cavity.CavityFigures;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.cavity.ConfigureCavity;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.film.Film;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.film.FilmSubstrate;
import org.photonledger.domain.film.SpinCoatFilm;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.protocol.Farrow2024Protocol;
import org.photonledger.domain.reagent.ReagentLot;
import org.photonledger.domain.reagent.ReagentLotId;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.sample.ParentRef;
import org.photonledger.domain.sample.PmmaDispersion;
import org.photonledger.domain.sample.QdSample;
import org.photonledger.domain.sample.RecordEdtaTreatment;
import org.photonledger.domain.sample.RecordPmmaDispersion;
import org.photonledger.domain.sample.RecordSizeSelection;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.step.StepId;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.synthesis.CorrectSynthesisStep;
import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.synthesis.CsOleatePrepared;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/** The paper's whole preparation, from reagent bottles to a configured cavity, through the wired domain. */
class PaperPreparationTest {

    final InMemoryLab lab = new InMemoryLab();
    final BatchId batch = new BatchId("batch-1");
    final SampleId edta = new SampleId("sample-edta");
    final SampleId sized = new SampleId("sample-sized");
    final SampleId pmma = new SampleId("sample-pmma");
    final MirrorId planar = new MirrorId("mirror-planar");
    final MirrorId featured = new MirrorId("mirror-featured");
    final FilmId film = new FilmId("film-1");
    final CavityId cavity = new CavityId("cavity-1");

    private Quantity remaining(ReagentLotId lot) {
        return lab.state(ReagentLot.class, lot.value(), ReagentLot::remaining);
    }

    @Test
    void the_papers_preparation_ends_in_a_cavity_with_its_purcell_factors_and_stock_goes_down_accordingly() {
        // given the reagents, a stored batch and both mirrors
        PaperRun.registerLots(lab);
        PaperRun.synthesise(lab, batch);
        PaperRun.planarMirror(lab, planar);
        PaperRun.featuredMirror(lab, featured);

        // when the dots are treated, sorted, put in PMMA, spin-coated on the planar mirror and a cavity closed over one
        lab.send(new RecordEdtaTreatment(edta, StepId.newId(), List.of(ParentRef.batch(batch)), "EDTA 1",
                Farrow2024Protocol.edtaTreatment(PaperLots.EDTA)));
        lab.send(new RecordSizeSelection(sized, StepId.newId(), List.of(ParentRef.sample(edta)), "sized 1",
                Farrow2024Protocol.sizeSelection(Quantity.of(0.1, Unit.MILLILITRE), PaperLots.OCTANE)));
        lab.send(new RecordPmmaDispersion(pmma, StepId.newId(), List.of(ParentRef.sample(sized)), "PMMA 1",
                new PmmaDispersion(Quantity.of(0.5, Unit.MILLILITRE), Quantity.of(0.5, Unit.MILLILITRE),
                        Quantity.of(20, Unit.MILLIGRAM_PER_MILLILITRE), PaperLots.PMMA, PaperLots.TOLUENE)));
        lab.send(new SpinCoatFilm(film, StepId.newId(), pmma, FilmSubstrate.planarMirror(planar), "film 1",
                Farrow2024Protocol.spinCoating()));
        lab.send(new AssembleCavity(cavity, StepId.newId(), planar, film, featured, "A1",
                new DotSelection("dot 7", PlanePosition.of(12.5, -3.2, Unit.MICROMETRE))));
        lab.send(new ConfigureCavity(cavity, StepId.newId(), Farrow2024Protocol.cavityConfiguration()));
        // and the caesium carbonate mass is corrected with a reason
        CsOleatePrepared flask1 = (CsOleatePrepared) lab.events(batch.value()).get(1);
        CsOleatePreparation v = flask1.values();
        lab.send(new CorrectSynthesisStep(batch, flask1.stepId(), new CsOleatePreparation(
                ReagentUse.of(PaperLots.CS2CO3, Quantity.of(0.41, Unit.GRAM)), v.oleicAcid(), v.octadecene(),
                v.degasTime(), v.heatingTemperature(), v.nitrogenSwitchTemperature(), v.cooledToTemperature()),
                "balance showed 0.410 g"));

        // then the cavity's figures are the paper's
        CavityFigures figures = lab.events(cavity.value()).stream()
                .filter(CavityConfigured.class::isInstance).map(e -> ((CavityConfigured) e).figures())
                .findFirst().orElseThrow();
        assertThat(figures.qualityFactor()).isEqualTo(300);
        assertThat(figures.purcellRandomDipole()).isCloseTo(4.7158, within(1e-4));
        assertThat(figures.purcellAlignedDipole()).isCloseTo(14.1475, within(1e-4));
        // and every bottle lost exactly what the steps used
        assertThat(remaining(PaperLots.CS2CO3).value()).isCloseTo(10 - 0.41, within(1e-12));
        assertThat(remaining(PaperLots.OLEIC_ACID).value()).isCloseTo(100 - 1.25 - 2.5, within(1e-12));
        assertThat(remaining(PaperLots.ODE).value()).isCloseTo(500 - 20 - 25, within(1e-12));
        assertThat(remaining(PaperLots.PBI2).value()).isCloseTo(10 - 0.5, within(1e-12));
        assertThat(remaining(PaperLots.OLEYLAMINE).value()).isCloseTo(100 - 2.5, within(1e-12));
        assertThat(remaining(PaperLots.METHYL_ACETATE).value()).isCloseTo(500 - 70 - 7, within(1e-12));
        assertThat(remaining(PaperLots.HEXANE).value()).isCloseTo(500 - 5, within(1e-12));
        assertThat(remaining(PaperLots.OCTANE).value()).isCloseTo(100 - 2 - 0.9, within(1e-12));
        assertThat(remaining(PaperLots.EDTA).in(Unit.MILLIGRAM)).isCloseTo(5000 - 5, within(1e-9));
        assertThat(remaining(PaperLots.PMMA).in(Unit.MILLIGRAM)).isCloseTo(25_000 - 10, within(1e-9));
        assertThat(remaining(PaperLots.TOLUENE).value()).isCloseTo(500 - 0.5, within(1e-12));
        // and the genealogy can be walked from the film back to the batch
        SampleId filmSample = lab.state(Film.class, film.value(), Film::sampleId);
        assertThat(filmSample).isEqualTo(pmma);
        assertThat(lab.state(QdSample.class, pmma.value(), QdSample::parents)).containsExactly(ParentRef.sample(sized));
        assertThat(lab.state(QdSample.class, sized.value(), QdSample::parents)).containsExactly(ParentRef.sample(edta));
        assertThat(lab.state(QdSample.class, edta.value(), QdSample::parents)).containsExactly(ParentRef.batch(batch));
    }
}
