package org.photonledger.acquisition.correlator;

import org.photonledger.acquisition.timetag.TagBlock;

/**
 * What a T2 lifetime is timed from: the latest sync tag, the latest marker, or the latest tag of a photon channel
 * wired to the laser trigger.
 */
public sealed interface LifetimeReference {

    /** True when a tag with this channel code restarts the clock. */
    boolean matches(short channel);

    /** The latest sync tag (HydraHarp, TimeHarp 260 and MultiHarp T2 record the sync as tags). */
    record Sync() implements LifetimeReference {
        @Override
        public boolean matches(short channel) {
            return channel == TagBlock.SYNC;
        }
    }

    /** The latest marker record, whatever its bits. */
    record Marker() implements LifetimeReference {
        @Override
        public boolean matches(short channel) {
            return TagBlock.isMarker(channel);
        }
    }

    /** The latest tag of a photon channel (e.g. PicoHarp T2 channel 0, the sync input). */
    record Channel(int channel) implements LifetimeReference {
        public Channel {
            if (channel < 0 || channel > Short.MAX_VALUE) {
                throw new IllegalArgumentException("reference channel must be 0.." + Short.MAX_VALUE + ", got " + channel);
            }
        }

        @Override
        public boolean matches(short code) {
            return code == channel;
        }
    }
}
