package org.photonledger.acquisition.simlab;

import java.util.ArrayList;
import java.util.List;
import org.photonledger.domain.measurement.Setting;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * How the simulated lab draws its CsPbI3 dots: the population's medians and spreads, the photophysics every dot
 * shares, and what changes between 4 K and room temperature. Defaults follow the reference paper (Farrow et al.
 * 2024) where it gives a number and the cited literature where it does not; each default says which.
 *
 * @param centreFrom          lower end of the uniform range of emission centres (paper: dots at 677–690 nm)
 * @param centreTo            upper end of that range
 * @param meanDolp            mean degree of linear polarisation of the emission (paper, Fig. 2c: 40 %)
 * @param dolpSpread          standard deviation of the DOLP between dots
 * @param saturationPower     median CW saturation power at room temperature, at the centre of the focus: the
 *                            power at which the excitation rate equals the room-temperature decay rate; it fixes
 *                            the absorption cross-section, so at 4 K (faster decay) saturation needs more power
 * @param saturationSpread    relative (log-normal) spread of the absorption cross-section between dots
 * @param biexcitonYieldRatio biexciton-to-exciton quantum-yield ratio Q_XX/Q_X; it is the pulsed g²(0) at low
 *                            power (Nair, Zhao &amp; Bawendi 2011), chosen so that the paper's dot shows g²(0) ≈ 0.06
 * @param multiexcitonDamage  photodamage of one multi-exciton (Auger heating) in units of one absorbed photon;
 *                            why pulsed excitation bleaches faster (paper: "aggravated by pulsed illumination")
 * @param roomTemperature     properties at 295 K
 * @param cryogenic           properties at 4 K
 */
public record DotModel(
        Quantity centreFrom,
        Quantity centreTo,
        Quantity meanDolp,
        Quantity dolpSpread,
        Quantity saturationPower,
        Quantity saturationSpread,
        Quantity biexcitonYieldRatio,
        Quantity multiexcitonDamage,
        Phase roomTemperature,
        Phase cryogenic) {

    /** A mean bleaching dose so large that no dot bleaches in any simulation. */
    public static final Quantity NEVER_BLEACHES = Quantity.of(1e300, Unit.ONE);

    /**
     * What depends on temperature.
     *
     * @param temperature       the environment set point these apply at
     * @param lifetime          median exciton lifetime (paper: 12.2 ns at RT on glass, 0.4 ns at 4 K)
     * @param lifetimeSpread    relative (log-normal) spread of lifetimes between dots ("a few %")
     * @param linewidth         median Lorentzian FWHM of the emission (paper: ~40 nm at RT, 0.6 nm at 4 K)
     * @param linewidthSpread   relative spread of linewidths between dots
     * @param excitonYield      radiative share of exciton decays, Q_X (perovskite dots: 90 % and more)
     * @param biexcitonLifetime biexciton lifetime (Auger-limited, tens to hundreds of ps)
     * @param blinking          on/off switching (paper, Fig. 3b: most dots blink at RT)
     * @param meanBleachingDose mean number of absorbed photons before a dot bleaches (drawn per dot from an
     *                          exponential; paper: seconds to minutes under excitation at RT)
     */
    public record Phase(
            Quantity temperature,
            Quantity lifetime,
            Quantity lifetimeSpread,
            Quantity linewidth,
            Quantity linewidthSpread,
            Quantity excitonYield,
            Quantity biexcitonLifetime,
            BlinkingModel blinking,
            Quantity meanBleachingDose) {

        public Phase withBlinking(BlinkingModel model) {
            return new Phase(temperature, lifetime, lifetimeSpread, linewidth, linewidthSpread, excitonYield,
                    biexcitonLifetime, model, meanBleachingDose);
        }

        public Phase withMeanBleachingDose(Quantity dose) {
            return new Phase(temperature, lifetime, lifetimeSpread, linewidth, linewidthSpread, excitonYield,
                    biexcitonLifetime, blinking, dose);
        }

        List<Setting> settings(String prefix) {
            List<Setting> s = new ArrayList<>(List.of(
                    Setting.of(prefix + "temperature", temperature),
                    Setting.of(prefix + "lifetimeMedian", lifetime),
                    Setting.of(prefix + "lifetimeSpread", lifetimeSpread),
                    Setting.of(prefix + "linewidthMedian", linewidth),
                    Setting.of(prefix + "linewidthSpread", linewidthSpread),
                    Setting.of(prefix + "excitonYield", excitonYield),
                    Setting.of(prefix + "biexcitonLifetime", biexcitonLifetime),
                    Setting.of(prefix + "meanBleachingDose", meanBleachingDose)));
            s.addAll(blinking.settings(prefix + "blinking."));
            return s;
        }
    }

    /** The paper's dots. */
    public static DotModel defaults() {
        return new DotModel(
                Quantity.of(677, Unit.NANOMETRE),
                Quantity.of(690, Unit.NANOMETRE),
                Quantity.of(40, Unit.PERCENT),
                Quantity.of(5, Unit.PERCENT),
                Quantity.of(2, Unit.MICROWATT),
                Quantity.of(20, Unit.PERCENT),
                Quantity.of(4.5, Unit.PERCENT),
                Quantity.of(10, Unit.ONE),
                new Phase(Quantity.of(295, Unit.KELVIN), Quantity.of(12.2, Unit.NANOSECOND),
                        Quantity.of(4, Unit.PERCENT), Quantity.of(40, Unit.NANOMETRE), Quantity.of(10, Unit.PERCENT),
                        Quantity.of(90, Unit.PERCENT), Quantity.of(150, Unit.PICOSECOND),
                        new BlinkingModel.Exponential(Quantity.of(80, Unit.MILLISECOND),
                                Quantity.of(20, Unit.MILLISECOND)),
                        Quantity.of(3e9, Unit.ONE)),
                new Phase(Quantity.of(4, Unit.KELVIN), Quantity.of(0.4, Unit.NANOSECOND),
                        Quantity.of(4, Unit.PERCENT), Quantity.of(0.6, Unit.NANOMETRE), Quantity.of(15, Unit.PERCENT),
                        Quantity.of(98, Unit.PERCENT), Quantity.of(100, Unit.PICOSECOND),
                        // Rainò et al. 2016: blinking is much reduced at low temperature
                        new BlinkingModel.Exponential(Quantity.of(400, Unit.MILLISECOND),
                                Quantity.of(20, Unit.MILLISECOND)),
                        Quantity.of(1e12, Unit.ONE)));
    }

    public DotModel withRoomTemperature(Phase phase) {
        return new DotModel(centreFrom, centreTo, meanDolp, dolpSpread, saturationPower, saturationSpread,
                biexcitonYieldRatio, multiexcitonDamage, phase, cryogenic);
    }

    public DotModel withCryogenic(Phase phase) {
        return new DotModel(centreFrom, centreTo, meanDolp, dolpSpread, saturationPower, saturationSpread,
                biexcitonYieldRatio, multiexcitonDamage, roomTemperature, phase);
    }

    public DotModel withBiexcitonYieldRatio(Quantity ratio) {
        return new DotModel(centreFrom, centreTo, meanDolp, dolpSpread, saturationPower, saturationSpread, ratio,
                multiexcitonDamage, roomTemperature, cryogenic);
    }

    /** The same population without blinking and bleaching, at both temperatures (for tests of other effects). */
    public DotModel steady() {
        return withRoomTemperature(roomTemperature.withBlinking(new BlinkingModel.None())
                .withMeanBleachingDose(NEVER_BLEACHES))
                .withCryogenic(cryogenic.withBlinking(new BlinkingModel.None()).withMeanBleachingDose(NEVER_BLEACHES));
    }

    Phase at(boolean cold) {
        return cold ? cryogenic : roomTemperature;
    }

    List<Setting> settings(String prefix) {
        List<Setting> s = new ArrayList<>(List.of(
                Setting.of(prefix + "centreFrom", centreFrom),
                Setting.of(prefix + "centreTo", centreTo),
                Setting.of(prefix + "meanDolp", meanDolp),
                Setting.of(prefix + "dolpSpread", dolpSpread),
                Setting.of(prefix + "saturationPowerMedianRT", saturationPower),
                Setting.of(prefix + "saturationSpread", saturationSpread),
                Setting.of(prefix + "biexcitonYieldRatio", biexcitonYieldRatio),
                Setting.of(prefix + "multiexcitonDamage", multiexcitonDamage)));
        s.addAll(roomTemperature.settings(prefix + "rt."));
        s.addAll(cryogenic.settings(prefix + "cryo."));
        return s;
    }
}
