package org.photonledger.domain.signature;

import java.util.List;
import org.photonledger.domain.validation.FieldErrors;

/** The checks every signature command passes before its event is recorded. */
public final class SignatureRules {

    public static final int MAX_LINEAGE = 100_000;
    private static final String SHA256 = "[0-9a-f]{64}";

    private SignatureRules() {
    }

    public static FieldErrors check(Meaning meaning, String sha256, List<LineageDigest> lineage, String signer) {
        FieldErrors errors = new FieldErrors().required("meaning", meaning);
        if (sha256 == null || !sha256.matches(SHA256)) {
            errors.add("sha256", sha256, "must be the 64 hex digits of what is signed");
        }
        if (lineage == null || lineage.isEmpty()) {
            errors.add("lineage", null, "must list the signed record and what it was made from");
        } else if (lineage.size() > MAX_LINEAGE) {
            errors.add("lineage", lineage.size(), "at most " + MAX_LINEAGE + " records");
        } else {
            for (int i = 0; i < lineage.size(); i++) {
                LineageDigest d = lineage.get(i);
                if (d == null || d.id() == null || d.id().isBlank() || d.sha256() == null || !d.sha256().matches(SHA256)) {
                    errors.add("lineage[" + i + "]", d, "needs an id and the 64 hex digits of its events");
                }
            }
        }
        if (signer == null || signer.isBlank() || "anonymous".equals(signer) || "system".equals(signer)) {
            errors.add("signer", signer, "a signature needs a signed-in person");
        }
        return errors;
    }
}
