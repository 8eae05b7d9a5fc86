package org.photonledger.domain.cavity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A transverse cavity mode TEM<sub>mn</sub> (the paper couples the dot to TEM00). */
public record TransverseMode(int m, int n) {

    public static final TransverseMode TEM00 = new TransverseMode(0, 0);
    static final int MAX_ORDER = 20;
    private static final Pattern TEXT = Pattern.compile("TEM_?(\\d)(\\d)", Pattern.CASE_INSENSITIVE);

    /** Reads "TEM00", "tem01" or "TEM_10"; empty for anything else. */
    public static Optional<TransverseMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(text.strip());
        return matcher.matches()
                ? Optional.of(new TransverseMode(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "TEM" + m + n;
    }
}
