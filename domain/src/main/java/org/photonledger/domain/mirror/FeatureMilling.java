package org.photonledger.domain.mirror;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.photonledger.domain.validation.FieldErrors;

/** An array of concave features milled into the plinth in one session (the paper: by focused ion beam). */
public record FeatureMilling(List<MilledFeature> features, String method) implements MirrorStep {

    static final int MAX_FEATURES = 1000;

    @Override
    public MirrorStepKind kind() {
        return MirrorStepKind.FEATURE_MILLING;
    }

    @Override
    public FieldErrors check() {
        FieldErrors errors = new FieldErrors().maxLength("method", method, 200);
        if (features == null || features.isEmpty()) {
            return errors.add("features", null, "at least one feature is required");
        }
        if (features.size() > MAX_FEATURES) {
            return errors.add("features", features.size(), "at most " + MAX_FEATURES + " features per milling step");
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            MilledFeature f = features.get(i);
            String field = "features[" + i + "]";
            if (f == null) {
                errors.add(field, null, "is required");
                continue;
            }
            f.check(errors, field);
            if (f.label() != null && !f.label().isBlank() && !labels.add(f.label().strip())) {
                errors.add(field + ".label", f.label(), "is used by another feature; labels must be unique");
            }
        }
        return errors;
    }
}
