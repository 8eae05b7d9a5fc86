package org.photonledger.processing.audit;

/**
 * The outcome of recomputing the event chain: how many events were checked and, if the chain is broken, the first
 * broken link — which event, and what is wrong with it.
 */
public record ChainVerification(long eventsChecked, long chainedEventsRecorded, Break firstBreak) {

    /** Where and how the chain breaks. */
    public record Break(long globalIndex, String eventIdentifier, String problem) {
    }

    public boolean intact() {
        return firstBreak == null && eventsChecked == chainedEventsRecorded;
    }

    public String describe() {
        if (firstBreak != null) {
            return "BROKEN at global index " + firstBreak.globalIndex() + " (event " + firstBreak.eventIdentifier() + "): "
                    + firstBreak.problem() + "; " + eventsChecked + " events checked";
        }
        if (eventsChecked != chainedEventsRecorded) {
            return "BROKEN: the chain head records " + chainedEventsRecorded + " events but the store holds "
                    + eventsChecked + " (events were deleted from or added to the end of the store)";
        }
        return "intact: " + eventsChecked + " events, every link verified";
    }
}
