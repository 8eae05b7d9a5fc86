package org.photonledger.ui.preparation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.photonledger.domain.cavity.CavityConfiguration;
import org.photonledger.domain.cavity.CavityStep;
import org.photonledger.domain.cavity.DotSelection;
import org.photonledger.domain.film.DensityMeasurement;
import org.photonledger.domain.film.FilmStep;
import org.photonledger.domain.film.SpinCoating;
import org.photonledger.domain.mirror.DbrCoating;
import org.photonledger.domain.mirror.FeatureMilling;
import org.photonledger.domain.mirror.MirrorStep;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.mirror.SubstratePreparation;
import org.photonledger.domain.reagent.ReagentUse;
import org.photonledger.domain.sample.EdtaTreatment;
import org.photonledger.domain.sample.PmmaDispersion;
import org.photonledger.domain.sample.SamplePreparation;
import org.photonledger.domain.sample.SizeSelection;
import org.photonledger.domain.synthesis.CsOleatePreparation;
import org.photonledger.domain.synthesis.HotInjection;
import org.photonledger.domain.synthesis.PbI2SolutionPreparation;
import org.photonledger.domain.synthesis.Purification;
import org.photonledger.domain.synthesis.Storage;
import org.photonledger.domain.synthesis.SynthesisStep;
import org.photonledger.domain.units.Dimension;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * Edits the values of one kind of step. The bench forms and the correction dialog both use it, so a value is
 * entered the same way when it is recorded and when it is corrected. Fields are registered under the domain's
 * field names so that its verdict lands on the right input.
 *
 * @param <V> the domain's values record
 */
abstract class ValuesEditor<V> extends FormLayout {

    /** Id prefix of every input, e.g. {@code csoleate} gives {@code csoleate-degas-time}. */
    protected final String prefix;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ValuesEditor(String prefix) {
        this.prefix = prefix;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("34rem", 2));
    }

    /** The values as entered; fields left empty are null (the domain says which of them are required). */
    abstract V read();

    /** Shows the given values, e.g. a step's current values before a correction. */
    abstract void fill(V values);

    abstract Class<V> type();

    /** Shows values known only as a step read from the store. */
    void fillWith(Object values) {
        fill(type().cast(values));
    }

    /** The inputs by domain field name ({@code degasTime}, {@code caesiumCarbonate.lotId}, …). */
    Map<String, HasValidation> fields() {
        return fields;
    }

    protected <C extends Component & HasValidation> C register(String field, C component) {
        fields.put(field, component);
        return component;
    }

    protected QuantityField quantity(String field, String label, String id, Quantity initial, boolean required, Unit... units) {
        QuantityField q = new QuantityField(label, prefix + "-" + id, units);
        q.setRequiredIndicatorVisible(required);
        q.setQuantity(initial);
        add(register(field, q));
        return q;
    }

    protected TextField text(String field, String label, String id, String initial, boolean required) {
        TextField t = new TextField(label);
        t.setId(prefix + "-" + id);
        t.setRequiredIndicatorVisible(required);
        t.setValue(initial == null ? "" : initial);
        add(register(field, t));
        return t;
    }

    /** A reagent lot picker and the amount taken from it, side by side. */
    protected ReagentInput reagent(PreparationFacade facade, String field, String chemical, String id, String casNumber,
            Quantity initial, Unit... units) {
        ReagentPicker lot = new ReagentPicker(facade, chemical + " lot", prefix + "-" + id + "-lot", casNumber);
        lot.setRequiredIndicatorVisible(true);
        String amountLabel = chemical + (units[0].dimension() == Dimension.MASS ? " mass" : " volume");
        QuantityField amount = new QuantityField(amountLabel, prefix + "-" + id + "-amount", units);
        amount.setRequiredIndicatorVisible(true);
        amount.setQuantity(initial);
        register(field, lot);
        register(field + ".lotId", lot);
        register(field + ".amount", amount);
        add(lot, amount);
        return new ReagentInput(lot, amount);
    }

    static String text(TextField field) {
        return field.getValue() == null || field.getValue().isBlank() ? null : field.getValue();
    }

    /** A lot and the amount taken from it. */
    record ReagentInput(ReagentPicker lot, QuantityField amount) {

        ReagentUse read() {
            return lot.lotId() == null && amount.quantity() == null ? null : new ReagentUse(lot.lotId(), amount.quantity());
        }

        void fill(ReagentUse use) {
            lot.select(use == null ? null : use.lotId());
            amount.setQuantity(use == null ? null : use.amount());
        }
    }

    /** The editor for values of this kind; exhaustive, so a new step kind cannot be forgotten. */
    static ValuesEditor<?> forValues(PreparationFacade facade, Object values, String prefix) {
        ValuesEditor<?> editor = switch (values) {
            case SynthesisStep s -> switch (s) {
                case CsOleatePreparation v -> new CsOleateEditor(facade, prefix + "csoleate");
                case PbI2SolutionPreparation v -> new PbI2SolutionEditor(facade, prefix + "pbi2");
                case HotInjection v -> new HotInjectionEditor(prefix + "injection");
                case Purification v -> new PurificationEditor(facade, prefix + "purification");
                case Storage v -> new StorageEditor(prefix + "storage");
            };
            case SamplePreparation s -> switch (s) {
                case EdtaTreatment v -> new EdtaTreatmentEditor(facade, prefix + "edta");
                case SizeSelection v -> new SizeSelectionEditor(facade, prefix + "sizesel");
                case PmmaDispersion v -> new PmmaDispersionEditor(facade, prefix + "pmma");
            };
            case MirrorStep s -> switch (s) {
                case SubstratePreparation v -> new SubstrateEditor(prefix + "substrate", v.hasPlinth());
                case FeatureMilling v -> new FeatureMillingEditor(prefix + "milling");
                case DbrCoating v -> new DbrCoatingEditor(prefix + "dbr");
                case ReflectivityMeasurement v -> new ReflectivityEditor(prefix + "reflectivity");
            };
            case FilmStep s -> switch (s) {
                case SpinCoating v -> new SpinCoatingEditor(prefix + "film");
                case DensityMeasurement v -> new DensityEditor(prefix + "density");
            };
            case CavityStep s -> switch (s) {
                case DotSelection v -> new DotSelectionEditor(prefix + "dot");
                case CavityConfiguration v -> new CavityConfigurationEditor(prefix + "config");
            };
            default -> throw new IllegalArgumentException("no editor for " + values.getClass().getSimpleName());
        };
        editor.fillWith(values);
        return editor;
    }
}
