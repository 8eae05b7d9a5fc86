package org.photonledger.acquisition.simlab;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent random seeds from a few numbers (SplitMix64 finaliser), so that every random stream of the lab
 * (a dot's properties, its blinking, one acquisition's photons) depends only on what identifies it and never on the
 * order in which other streams were used.
 */
final class Seeds {

    private Seeds() {
    }

    static long mix(long... parts) {
        long h = 0x6A09E667F3BCC909L;
        for (long part : parts) {
            h = finalise(h ^ finalise(part + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** A stable 64-bit hash of a text (FNV-1a), for ids such as a film's. */
    static long of(String text) {
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return finalise(h);
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
