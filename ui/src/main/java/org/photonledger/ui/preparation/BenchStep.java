package org.photonledger.ui.preparation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.photonledger.domain.cavity.CavityConfiguration;
import org.photonledger.domain.cavity.CavityFigures;
import org.photonledger.domain.cavity.CavityId;
import org.photonledger.domain.cavity.ConfigureCavity;
import org.photonledger.domain.cavity.DisassembleCavity;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.film.DensityMeasurement;
import org.photonledger.domain.film.FilmId;
import org.photonledger.domain.film.RecordFilmDensity;
import org.photonledger.domain.film.SpinCoating;
import org.photonledger.domain.mirror.DbrCoating;
import org.photonledger.domain.mirror.FeatureMilling;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.RecordDbrCoating;
import org.photonledger.domain.mirror.RecordFeatureMilling;
import org.photonledger.domain.mirror.RecordReflectivity;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.mirror.SubstratePreparation;
import org.photonledger.domain.sample.DiscardSample;
import org.photonledger.domain.sample.EdtaTreatment;
import org.photonledger.domain.sample.PmmaDispersion;
import org.photonledger.domain.sample.RecordEdtaTreatment;
import org.photonledger.domain.sample.RecordPmmaDispersion;
import org.photonledger.domain.sample.RecordSizeSelection;
import org.photonledger.domain.sample.SampleId;
import org.photonledger.domain.sample.SizeSelection;
import org.photonledger.domain.synthesis.AbandonSynthesisBatch;
import org.photonledger.domain.synthesis.BatchId;
import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.synthesis.HotInjection;
import org.photonledger.domain.synthesis.PbI2SolutionPreparation;
import org.photonledger.domain.synthesis.Purification;
import org.photonledger.domain.synthesis.RecordCsOleatePreparation;
import org.photonledger.domain.synthesis.RecordHotInjection;
import org.photonledger.domain.synthesis.RecordPbI2SolutionPreparation;
import org.photonledger.domain.synthesis.RecordPurification;
import org.photonledger.domain.synthesis.RecordStorage;
import org.photonledger.domain.synthesis.Storage;
import org.photonledger.domain.units.Unit;

/**
 * The steps of the paper's workflow that have a bench form, in the order the lab does them: each with its address
 * ({@code prepare/<slug>}), its place in the workflow, and the kind of values it records.
 */
enum BenchStep {
    START_BATCH("batch", Section.SYNTHESIS, "Start a synthesis batch", "A new hot-injection batch of CsPbI3 quantum dots.", null),
    CS_OLEATE("cs-oleate", Section.SYNTHESIS, "Cs-oleate precursor", "Flask 1: Cs2CO3 in oleic acid and 1-octadecene, "
            + "degassed, heated under N₂ and kept hot for injection.", CsOleatePreparation.class),
    PBI2_SOLUTION("pbi2-solution", Section.SYNTHESIS, "PbI2 solution", "Flask 2: PbI2 in 1-octadecene under vacuum, hot "
            + "oleic acid and oleylamine injected.", PbI2SolutionPreparation.class),
    HOT_INJECTION("hot-injection", Section.SYNTHESIS, "Hot injection and quench", "Cs-oleate injected into flask 2 at "
            + "temperature, then quenched in an ice bath.", HotInjection.class),
    PURIFICATION("purification", Section.SYNTHESIS, "Purification", "Precipitated with methyl acetate, redispersed in "
            + "hexane, precipitated again, dispersed in octane.", Purification.class),
    STORAGE("storage", Section.SYNTHESIS, "Storage", "Where the purified dots are kept; samples can be derived from the "
            + "batch afterwards.", Storage.class),
    EDTA_TREATMENT("edta-treatment", Section.SAMPLES, "EDTA treatment", "Dots stirred with solid EDTA for photo-stability, "
            + "then filtered.", EdtaTreatment.class),
    SIZE_SELECTION("size-selection", Section.SAMPLES, "Size-selective centrifugation", "Diluted, spun at low speed, one "
            + "fraction kept.", SizeSelection.class),
    PMMA_DISPERSION("pmma-dispersion", Section.SAMPLES, "PMMA dispersion", "Dots mixed into PMMA solution in toluene for "
            + "spin-coating.", PmmaDispersion.class),
    MIRROR("mirror", Section.MIRRORS, "Mirror substrate", "Start a planar mirror or a featured mirror (a diced plinth).",
            SubstratePreparation.class),
    FEATURE_MILLING("feature-milling", Section.MIRRORS, "FIB milling", "Concave features milled into a featured mirror's "
            + "plinth, before coating.", FeatureMilling.class),
    DBR_COATING("dbr-coating", Section.MIRRORS, "DBR coating", "The distributed Bragg reflector.", DbrCoating.class),
    REFLECTIVITY("reflectivity", Section.MIRRORS, "Reflectivity", "A measured reflectivity of the coated mirror.",
            ReflectivityMeasurement.class),
    FILM("film", Section.FILM, "Spin-coat a film", "A QD sample spin-coated onto a planar mirror or a coverslip.",
            SpinCoating.class),
    FILM_DENSITY("film-density", Section.FILM, "Film dot density", "A measured dot density of a film.",
            DensityMeasurement.class),
    CAVITY("cavity", Section.CAVITY, "Assemble a cavity", "A planar mirror with its film and a featured mirror, closed over "
            + "one dot.", DotSelection.class),
    CAVITY_CONFIGURATION("cavity-configuration", Section.CAVITY, "Configure a cavity", "Mirror separation, mode and "
            + "wavelength; finesse, Q, mode volume and Purcell factor are derived.", CavityConfiguration.class),
    ABANDON_BATCH("abandon-batch", Section.ENDS, "Abandon a batch", "No further step can be recorded and nothing derived "
            + "from it.", null),
    DISCARD_SAMPLE("discard-sample", Section.ENDS, "Discard a sample", "Used up or thrown away; nothing can be derived "
            + "from it.", null),
    DISASSEMBLE_CAVITY("disassemble-cavity", Section.ENDS, "Disassemble a cavity", "Opened for good; it can no longer be "
            + "configured.", null);

    /** The parts of the workflow, as the Prepare page groups them. */
    enum Section {
        SYNTHESIS("1 · Synthesis batch (hot injection)"),
        SAMPLES("2 · QD samples: EDTA, size selection, PMMA"),
        MIRRORS("3 · Mirrors"),
        FILM("4 · Film"),
        CAVITY("5 · Cavity"),
        ENDS("Ends of life");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    private final String slug;
    private final Section section;
    private final String title;
    private final String hint;
    private final Class<?> records;

    BenchStep(String slug, Section section, String title, String hint, Class<?> records) {
        this.slug = slug;
        this.section = section;
        this.title = title;
        this.hint = hint;
        this.records = records;
    }

    String slug() {
        return slug;
    }

    Section section() {
        return section;
    }

    String title() {
        return title;
    }

    String hint() {
        return hint;
    }

    /** The values record this step records, or null for steps without one (starting a batch, ends of life). */
    Class<?> records() {
        return records;
    }

    static Optional<BenchStep> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /** The step's form; every step has one. */
    BenchForm create(PreparationFacade f) {
        return switch (this) {
            case START_BATCH -> new StartBatchForm(f, this);
            case CS_OLEATE -> new TargetStepForm<>(f, this, "batchId", ObjectPicker.batchInProgress(f, slug + "-batch"),
                    new CsOleateEditor(f, "csoleate"), (id, step, v) -> {
                        f.recordCsOleate(new RecordCsOleatePreparation(new BatchId(id), step, v));
                        return "Recorded the Cs-oleate precursor";
                    });
            case PBI2_SOLUTION -> new TargetStepForm<>(f, this, "batchId", ObjectPicker.batchInProgress(f, slug + "-batch"),
                    new PbI2SolutionEditor(f, "pbi2"), (id, step, v) -> {
                        f.recordPbI2Solution(new RecordPbI2SolutionPreparation(new BatchId(id), step, v));
                        return "Recorded the PbI2 solution";
                    });
            case HOT_INJECTION -> new TargetStepForm<>(f, this, "batchId", ObjectPicker.batchInProgress(f, slug + "-batch"),
                    new HotInjectionEditor("injection"), (id, step, v) -> {
                        f.recordHotInjection(new RecordHotInjection(new BatchId(id), step, v));
                        return "Recorded the hot injection";
                    });
            case PURIFICATION -> new TargetStepForm<>(f, this, "batchId", ObjectPicker.batchInProgress(f, slug + "-batch"),
                    new PurificationEditor(f, "purification"), (id, step, v) -> {
                        f.recordPurification(new RecordPurification(new BatchId(id), step, v));
                        return "Recorded the purification";
                    });
            case STORAGE -> new TargetStepForm<>(f, this, "batchId", ObjectPicker.batchInProgress(f, slug + "-batch"),
                    new StorageEditor("storage"), (id, step, v) -> {
                        f.recordStorage(new RecordStorage(new BatchId(id), step, v));
                        return "Recorded the storage; samples can now be derived from the batch";
                    });
            case EDTA_TREATMENT -> new DerivedSampleForm<>(f, this, new EdtaTreatmentEditor(f, "edta"),
                    (id, step, parents, label, v) -> f.recordEdtaTreatment(new RecordEdtaTreatment(id, step, parents, label, v)));
            case SIZE_SELECTION -> new DerivedSampleForm<>(f, this, new SizeSelectionEditor(f, "sizesel"),
                    (id, step, parents, label, v) -> f.recordSizeSelection(new RecordSizeSelection(id, step, parents, label, v)));
            case PMMA_DISPERSION -> new DerivedSampleForm<>(f, this, new PmmaDispersionEditor(f, "pmma"),
                    (id, step, parents, label, v) -> f.recordPmmaDispersion(new RecordPmmaDispersion(id, step, parents, label, v)));
            case MIRROR -> new MirrorForm(f, this);
            case FEATURE_MILLING -> new TargetStepForm<>(f, this, "mirrorId",
                    ObjectPicker.mirror(f, "Featured mirror", slug + "-mirror", "featured"), new FeatureMillingEditor("milling"),
                    (id, step, v) -> {
                        f.recordFeatureMilling(new RecordFeatureMilling(new MirrorId(id), step, v));
                        return "Recorded " + v.features().size() + " milled feature(s)";
                    });
            case DBR_COATING -> new TargetStepForm<>(f, this, "mirrorId", ObjectPicker.mirror(f, "Mirror", slug + "-mirror", null),
                    new DbrCoatingEditor("dbr"), (id, step, v) -> {
                        f.recordDbrCoating(new RecordDbrCoating(new MirrorId(id), step, v));
                        return "Recorded the DBR coating";
                    });
            case REFLECTIVITY -> reflectivityForm(f);
            case FILM -> new FilmForm(f, this);
            case FILM_DENSITY -> new TargetStepForm<>(f, this, "filmId", ObjectPicker.film(f, slug + "-film", false),
                    new DensityEditor("density"), (id, step, v) -> {
                        f.recordFilmDensity(new RecordFilmDensity(new FilmId(id), step, v));
                        return "Recorded the film's dot density";
                    });
            case CAVITY -> new CavityForm(f, this);
            case CAVITY_CONFIGURATION -> new TargetStepForm<>(f, this, "cavityId", ObjectPicker.cavity(f, slug + "-cavity"),
                    new CavityConfigurationEditor("config"), (id, step, v) ->
                            "Configured: " + figures(f.configureCavity(new ConfigureCavity(new CavityId(id), step, v))));
            case ABANDON_BATCH -> new EndOfLifeForm(f, this, "batchId", ObjectPicker.batchToAbandon(f, slug + "-batch"), true,
                    "Abandon batch", "Batch abandoned", (id, reason) -> f.abandonBatch(new AbandonSynthesisBatch(new BatchId(id), reason)));
            case DISCARD_SAMPLE -> new EndOfLifeForm(f, this, "sampleId", ObjectPicker.sample(f, "QD sample", slug + "-sample"),
                    true, "Discard sample", "Sample discarded", (id, reason) -> f.discardSample(new DiscardSample(new SampleId(id), reason)));
            case DISASSEMBLE_CAVITY -> new EndOfLifeForm(f, this, "cavityId", ObjectPicker.cavity(f, slug + "-cavity"), false,
                    "Disassemble cavity", "Cavity disassembled", (id, reason) -> f.disassembleCavity(new DisassembleCavity(new CavityId(id), reason)));
        };
    }

    private TargetStepForm<ReflectivityMeasurement> reflectivityForm(PreparationFacade f) {
        ObjectPicker mirror = ObjectPicker.mirror(f, "Mirror", slug + "-mirror", null);
        ReflectivityEditor editor = new ReflectivityEditor("reflectivity");
        mirror.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.paperValuesFor("featured".equalsIgnoreCase(e.getValue().subtype()));
            }
        });
        return new TargetStepForm<>(f, this, "mirrorId", mirror, editor, (id, step, v) -> {
            f.recordReflectivity(new RecordReflectivity(new MirrorId(id), step, v));
            return "Recorded the reflectivity";
        });
    }

    /** The figures of a configuration as a chemist reads them. */
    static String figures(CavityFigures f) {
        return String.format(Locale.ROOT, "finesse %s, Q = %s, V = %s µm³, Purcell factor %s (random dipole) / %s (aligned)",
                sig(f.finesse()), sig(f.qualityFactor()),
                sig(f.modeVolume().in(Unit.CUBIC_MICROMETRE)),
                sig(f.purcellRandomDipole()), sig(f.purcellAlignedDipole()));
    }

    /** Three significant figures without trailing zeros: 4.72, 14.1, 300. */
    static String sig(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
