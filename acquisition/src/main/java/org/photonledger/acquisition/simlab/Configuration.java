package org.photonledger.acquisition.simlab;

/**
 * The set-up as it stands when an acquisition or exposure starts; the physics reads only this, so an acquisition
 * is unaffected by settings changed while its stream is still being read.
 *
 * @param cold            4 K rather than room temperature
 * @param stageXUm        film coordinate on the optical (and cavity) axis
 * @param stageYUm        film coordinate on the optical axis
 * @param cavityLengthUm  mirror separation set by the z piezo
 * @param polariserIn     whether the polariser is in the detection path
 * @param polariserDeg    its transmission axis
 * @param excitation      what the lasers do
 */
record Configuration(boolean cold, double stageXUm, double stageYUm, double cavityLengthUm,
        boolean polariserIn, double polariserDeg, Excitation excitation) {
}
