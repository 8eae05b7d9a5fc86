package org.photonledger.acquisition.timetag;

import java.util.Objects;

/**
 * How a tag stream's integer units become picoseconds.
 *
 * <p>T2: a tag's time is its tick count times {@code globalResolutionPs}; {@code resolutionPs} is informational.
 * T3: {@code globalResolutionPs} is the sync period and {@code resolutionPs} the unit of the delay after the sync
 * (dtime). The sync period is usually not a whole number of picoseconds (12495.52 ps at 80 MHz), so a T3 time is
 * defined, exactly and reproducibly, as
 * {@code sync·⌊P⌋ + round(sync·(P − ⌊P⌋)) + round(dtime·R)}: the whole-picosecond part is exact integer arithmetic,
 * and only the fractional part of the period goes through a double, which stays exact to far below a picosecond
 * for any realistic sync count.
 *
 * @param mode               T2 or T3
 * @param globalResolutionPs T2 tick length, or T3 sync period, in picoseconds (finite, positive)
 * @param resolutionPs       T3 dtime unit in picoseconds (finite, positive); for T2 the header's value, or the
 *                           tick length when the source has none
 */
public record TimeBase(TagMode mode, double globalResolutionPs, double resolutionPs) {

    public TimeBase {
        Objects.requireNonNull(mode, "mode");
        if (!(globalResolutionPs > 0) || Double.isInfinite(globalResolutionPs)) {
            throw new IllegalArgumentException("globalResolutionPs must be a positive finite number of picoseconds, got "
                    + globalResolutionPs);
        }
        if (!(resolutionPs > 0) || Double.isInfinite(resolutionPs)) {
            throw new IllegalArgumentException("resolutionPs must be a positive finite number of picoseconds, got "
                    + resolutionPs);
        }
    }

    /** A T2 time base with the given tick length. */
    public static TimeBase t2(double tickPs) {
        return new TimeBase(TagMode.T2, tickPs, tickPs);
    }

    /** A T3 time base with the given sync period and dtime unit. */
    public static TimeBase t3(double syncPeriodPs, double dtimeUnitPs) {
        return new TimeBase(TagMode.T3, syncPeriodPs, dtimeUnitPs);
    }

    /** The time in picoseconds of T2 tick count {@code ticks}. */
    public long t2TimePs(long ticks) {
        long whole = (long) globalResolutionPs;
        double fraction = globalResolutionPs - whole;
        return ticks * whole + (fraction == 0 ? 0 : Math.round(ticks * fraction));
    }

    /** The T2 tick count whose time is {@code timePs}, rounded to the nearest tick. */
    public long t2Ticks(long timePs) {
        long whole = (long) globalResolutionPs;
        if (whole == globalResolutionPs) {
            return Math.floorDiv(timePs + whole / 2, whole);
        }
        return Math.round(timePs / globalResolutionPs);
    }

    /** The time in picoseconds of sync pulse {@code sync} (T3). */
    public long syncTimePs(long sync) {
        long whole = (long) globalResolutionPs;
        double fraction = globalResolutionPs - whole;
        return sync * whole + (fraction == 0 ? 0 : Math.round(sync * fraction));
    }

    /** The delay in picoseconds of {@code dtime} units after the sync (T3). */
    public long dtimePs(int dtime) {
        long whole = (long) resolutionPs;
        return whole == resolutionPs ? dtime * whole : Math.round(dtime * resolutionPs);
    }

    /** The time in picoseconds of a T3 tag. */
    public long t3TimePs(long sync, int dtime) {
        return syncTimePs(sync) + dtimePs(dtime);
    }
}
