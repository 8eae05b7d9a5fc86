package org.photonledger.acquisition.simlab;

import java.util.SplittableRandom;
import org.photonledger.domain.units.PlanePosition;
import org.photonledger.domain.units.Quantity;
import org.photonledger.domain.units.Unit;

/**
 * One simulated dot as drawn from the {@link DotModel}: where it sits on the film and what it is like. Fixed for
 * the life of the film (the same film always has the same dots); what happens to it (blinking, bleaching) is the
 * lab's state.
 *
 * @param id                        stable name within its film ("dot[2,-1]#3", "cavity-dot")
 * @param position                  on the film, relative to the film's reference point
 * @param centreWavelength          emission centre
 * @param dolp                      degree of linear polarisation of its emission
 * @param dipoleAngle               in-plane angle of its emission dipole (polariser angle of maximum transmission)
 * @param saturationPower           CW saturation power at room temperature at the centre of the focus
 * @param lifetimeRoomTemperature   exciton lifetime in free space at 295 K
 * @param lifetimeCryogenic         exciton lifetime at 4 K
 * @param linewidthRoomTemperature  Lorentzian FWHM at 295 K
 * @param linewidthCryogenic        Lorentzian FWHM at 4 K
 * @param bleachingThreshold        photodamage (in units of the mean bleaching dose) at which it bleaches; drawn
 *                                  from a unit exponential
 * @param blinkingSeed              seed of its on/off trajectory
 */
public record QuantumDot(
        String id,
        PlanePosition position,
        Quantity centreWavelength,
        Quantity dolp,
        Quantity dipoleAngle,
        Quantity saturationPower,
        Quantity lifetimeRoomTemperature,
        Quantity lifetimeCryogenic,
        Quantity linewidthRoomTemperature,
        Quantity linewidthCryogenic,
        double bleachingThreshold,
        long blinkingSeed) {

    /** Draws a dot's properties; the order of draws is fixed, so a seed always gives the same dot. */
    static QuantumDot draw(String id, double xUm, double yUm, DotModel model, SplittableRandom random) {
        double from = model.centreFrom().in(Unit.NANOMETRE);
        double to = model.centreTo().in(Unit.NANOMETRE);
        double centre = from + (to - from) * random.nextDouble();
        double dolp = clamp(model.meanDolp().in(Unit.ONE) + model.dolpSpread().in(Unit.ONE) * random.nextGaussian());
        double angle = 180 * random.nextDouble();
        double saturation = logNormal(random, model.saturationPower().in(Unit.MICROWATT),
                model.saturationSpread().in(Unit.ONE));
        DotModel.Phase rt = model.roomTemperature();
        DotModel.Phase cold = model.cryogenic();
        double lifetimeRt = logNormal(random, rt.lifetime().in(Unit.NANOSECOND), rt.lifetimeSpread().in(Unit.ONE));
        double lifetimeCold = logNormal(random, cold.lifetime().in(Unit.NANOSECOND),
                cold.lifetimeSpread().in(Unit.ONE));
        double widthRt = logNormal(random, rt.linewidth().in(Unit.NANOMETRE), rt.linewidthSpread().in(Unit.ONE));
        double widthCold = logNormal(random, cold.linewidth().in(Unit.NANOMETRE),
                cold.linewidthSpread().in(Unit.ONE));
        double threshold = random.nextExponential();
        long blinking = random.nextLong();
        return new QuantumDot(id, PlanePosition.of(xUm, yUm, Unit.MICROMETRE), Quantity.of(centre, Unit.NANOMETRE),
                Quantity.of(dolp, Unit.ONE), Quantity.of(angle, Unit.DEGREE),
                Quantity.of(saturation, Unit.MICROWATT), Quantity.of(lifetimeRt, Unit.NANOSECOND),
                Quantity.of(lifetimeCold, Unit.NANOSECOND), Quantity.of(widthRt, Unit.NANOMETRE),
                Quantity.of(widthCold, Unit.NANOMETRE), threshold, blinking);
    }

    public double xUm() {
        return position.x().in(Unit.MICROMETRE);
    }

    public double yUm() {
        return position.y().in(Unit.MICROMETRE);
    }

    public Quantity lifetime(boolean cryogenic) {
        return cryogenic ? lifetimeCryogenic : lifetimeRoomTemperature;
    }

    public Quantity linewidth(boolean cryogenic) {
        return cryogenic ? linewidthCryogenic : linewidthRoomTemperature;
    }

    /**
     * Excitation rate per µW at the centre of the focus, in 1/s: the absorption cross-section does not depend on
     * temperature, so it follows from the room-temperature saturation power.
     */
    double excitationPerMicrowattPerSecond() {
        return 1 / (lifetimeRoomTemperature.in(Unit.SECOND) * saturationPower.in(Unit.MICROWATT));
    }

    /** Saturation power at a temperature: where the excitation rate equals the decay rate there. */
    Quantity saturationPower(boolean cryogenic) {
        double ratio = lifetimeRoomTemperature.in(Unit.SECOND) / lifetime(cryogenic).in(Unit.SECOND);
        return Quantity.of(saturationPower.in(Unit.MICROWATT) * ratio, Unit.MICROWATT);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double logNormal(SplittableRandom random, double median, double spread) {
        return median * Math.exp(spread * random.nextGaussian());
    }
}
