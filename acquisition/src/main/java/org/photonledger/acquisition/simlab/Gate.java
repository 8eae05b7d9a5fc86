package org.photonledger.acquisition.simlab;

/**
 * When one dot can emit during one acquisition (acquisition clock, ps): its blinking on periods, until it bleaches.
 * A bleached dot stays dark for the rest of the simulation.
 */
final class Gate {

    private final Telegraph telegraph;
    private final long labOffsetPs;
    private final long bleachPs;

    /**
     * @param telegraph   the dot's trajectory on the lab clock
     * @param labOffsetPs lab time of acquisition time zero
     * @param bleachPs    acquisition time at which the dot bleaches (Long.MAX_VALUE: not in this acquisition,
     *                    Long.MIN_VALUE: already bleached)
     */
    Gate(Telegraph telegraph, long labOffsetPs, long bleachPs) {
        this.telegraph = telegraph;
        this.labOffsetPs = labOffsetPs;
        this.bleachPs = bleachPs;
    }

    /** The first time at or after t at which the dot is on, or Long.MAX_VALUE if never again. */
    long nextOn(long t) {
        if (t >= bleachPs) {
            return Long.MAX_VALUE;
        }
        long on = saturatedSub(telegraph.nextOn(saturatedAdd(t, labOffsetPs)), labOffsetPs);
        return on >= bleachPs ? Long.MAX_VALUE : on;
    }

    /** The end of the on period that holds t (t must be on). */
    long onEnd(long t) {
        long end = saturatedSub(telegraph.onEnd(saturatedAdd(t, labOffsetPs)), labOffsetPs);
        return Math.min(end, bleachPs);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (a > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : r;
    }

    private static long saturatedSub(long a, long b) {
        if (a == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? (a > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : r;
    }
}
