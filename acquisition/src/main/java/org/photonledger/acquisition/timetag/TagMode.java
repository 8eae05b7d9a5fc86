package org.photonledger.acquisition.timetag;

/** How a time tagger reports arrival times: absolute clock ticks (T2) or sync count plus delay after the sync (T3). */
public enum TagMode {
    /** Every tag carries an absolute time in units of the global resolution. */
    T2,
    /** Every tag carries the index of the preceding sync pulse and a delay (dtime) after it. */
    T3
}
