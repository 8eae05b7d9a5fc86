package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.FEATURE_DEPTH;
import static org.photonledger.domain.protocol.Farrow2024Protocol.FEATURE_RADIUS_OF_CURVATURE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.FEATURE_WIDTH;
import static org.photonledger.domain.protocol.Farrow2024Protocol.MILLING_METHOD;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photonledger.domain.mirror.FeatureMilling;
import org.photonledger.domain.mirror.MilledFeature;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Unit;

/**
 * An array of concave features milled in one FIB session, one row per feature with the paper's geometry prefilled;
 * each feature's position on the plinth top (from its centre) must be entered.
 */
class FeatureMillingEditor extends ValuesEditor<FeatureMilling> {

    private final TextField method;
    private final Div rows = new Div();
    private final List<FeatureRow> features = new ArrayList<>();
    private final Button addFeature = new Button("Add feature", VaadinIcon.PLUS.create());

    FeatureMillingEditor(String prefix) {
        super(prefix);
        method = text("method", "Milling method", "method", MILLING_METHOD, false);
        setColspan(method, 2);
        rows.setWidthFull();
        add(rows);
        setColspan(rows, 2);
        addFeature.setId(prefix + "-add-feature");
        addFeature.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addFeature.addClickListener(e -> addRow(null).label.focus());
        add(addFeature);
        addRow(null);
    }

    private FeatureRow addRow(MilledFeature feature) {
        FeatureRow row = new FeatureRow(features.size());
        if (feature != null) {
            row.fill(feature);
        }
        features.add(row);
        rows.add(row.layout);
        return row;
    }

    private void removeRow(FeatureRow row) {
        List<MilledFeature> kept = new ArrayList<>();
        for (FeatureRow r : features) {
            if (r != row) {
                kept.add(r.read());
            }
        }
        fillRows(kept);
    }

    private void fillRows(List<MilledFeature> list) {
        features.clear();
        rows.removeAll();
        for (MilledFeature f : list) {
            addRow(f);
        }
    }

    @Override
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> all = new LinkedHashMap<>(super.fields());
        for (FeatureRow r : features) {
            String f = "features[" + r.index + "]";
            all.put(f, r.label);
            all.put(f + ".label", r.label);
            all.put(f + ".depth", r.depth);
            all.put(f + ".radiusOfCurvature", r.radius);
            all.put(f + ".width", r.width);
            all.put(f + ".position", r.x);
            all.put(f + ".position.x", r.x);
            all.put(f + ".position.y", r.y);
        }
        return all;
    }

    @Override
    FeatureMilling read() {
        return new FeatureMilling(features.stream().map(FeatureRow::read).toList(), text(method));
    }

    @Override
    void fill(FeatureMilling v) {
        method.setValue(v.method() == null ? "" : v.method());
        fillRows(v.features() == null ? List.of() : v.features());
    }

    @Override
    Class<FeatureMilling> type() {
        return FeatureMilling.class;
    }

    /** The inputs of one feature. */
    private final class FeatureRow {

        final int index;
        final FormLayout layout = new FormLayout();
        final TextField label = new TextField("Feature label");
        final QuantityField depth;
        final QuantityField radius;
        final QuantityField width;
        final QuantityField x;
        final QuantityField y;

        FeatureRow(int index) {
            this.index = index;
            String id = prefix + "-feature-" + index;
            label.setId(id + "-label");
            label.setRequiredIndicatorVisible(true);
            label.setValue("A" + (index + 1));
            depth = new QuantityField("Depth", id + "-depth", Unit.MICROMETRE, Unit.NANOMETRE);
            depth.setQuantity(FEATURE_DEPTH);
            radius = new QuantityField("Radius of curvature", id + "-roc", Unit.MICROMETRE);
            radius.setQuantity(FEATURE_RADIUS_OF_CURVATURE);
            width = new QuantityField("Width", id + "-width", Unit.MICROMETRE);
            width.setQuantity(FEATURE_WIDTH);
            x = new QuantityField("Position x", id + "-x", Unit.MICROMETRE);
            y = new QuantityField("Position y", id + "-y", Unit.MICROMETRE);
            x.setHelperText("From the plinth top's centre");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove feature " + (index + 1));
            remove.setId(id + "-remove");
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
            layout.add(label, depth, radius, width, x, y, remove);
            layout.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", "var(--lumo-space-s)");
        }

        MilledFeature read() {
            PlanePosition position = x.quantity() == null && y.quantity() == null ? null : new PlanePosition(x.quantity(), y.quantity());
            return new MilledFeature(text(label), depth.quantity(), radius.quantity(), width.quantity(), position);
        }

        void fill(MilledFeature f) {
            label.setValue(f.label() == null ? "" : f.label());
            depth.setQuantity(f.depth());
            radius.setQuantity(f.radiusOfCurvature());
            width.setQuantity(f.width());
            x.setQuantity(f.position() == null ? null : f.position().x());
            y.setQuantity(f.position() == null ? null : f.position().y());
        }
    }
}
