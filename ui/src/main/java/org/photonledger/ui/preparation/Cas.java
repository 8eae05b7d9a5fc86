package org.photonledger.ui.preparation;

/** CAS Registry Numbers of the paper's reagents, so that each reagent picker first lists lots of its chemical. */
final class Cas {

    static final String CS2CO3 = "534-17-8";
    static final String PBI2 = "10101-63-0";
    static final String OCTADECENE = "112-88-9";
    static final String OLEIC_ACID = "112-80-1";
    static final String OLEYLAMINE = "112-90-3";
    static final String METHYL_ACETATE = "79-20-9";
    static final String HEXANE = "110-54-3";
    static final String OCTANE = "111-65-9";
    static final String TOLUENE = "108-88-3";
    static final String PMMA = "9011-14-7";
    static final String EDTA = "60-00-4";

    private Cas() {
    }
}
