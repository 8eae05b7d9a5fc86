/**
 * The simulated lab: a physics-based, seeded simulation of the reference paper's set-up behind the instrument ports
 * ({@link org.photonledger.acquisition.simlab.SimulatedLab}).
 *
 * <h2>Models</h2>
 * <ul>
 * <li><b>Dots</b> ({@link org.photonledger.acquisition.simlab.DotModel},
 * {@link org.photonledger.acquisition.simlab.QuantumDot}): drawn per 10 µm tile of the film from the film's seed and
 * density; centre 677–690 nm, Lorentzian linewidth (40 nm at 295 K, 0.6 nm at 4 K), lifetime (12.2 ns / 0.4 ns),
 * few-% spreads, DOLP 40 % with a random dipole angle, absorption cross-section from a 2 µW room-temperature CW
 * saturation power.</li>
 * <li><b>Photophysics</b> ({@link org.photonledger.acquisition.simlab.Exciton}): a ground–exciton–biexciton
 * ladder. CW: excitation rate r = P/(P_sat·τ); pulsed: Poisson absorption per pulse, mean μ = r/f. A biexciton
 * emits with Q_XX = 4.5 % × Q_X, which sets g²(0) (≈ 0.05–0.07 at the paper's powers).</li>
 * <li><b>Blinking and bleaching</b>: a telegraph process per dot on the lab clock (exponential or truncated
 * power-law dwell times); photodamage accumulates with absorbed photons (multi-excitons weigh more) until a
 * per-dot exponential threshold, after which the dot is dark for good, also after re-mounting its film.</li>
 * <li><b>Optics</b> ({@link org.photonledger.acquisition.simlab.OpticalPath}): Gaussian confocal excitation and
 * collection spots (FWHM 0.51·λ/NA), substrate-dependent collection, path transmission, both band-pass filters and
 * the SPAD efficiency curve (integrated over each line), Malus' law on the polarised share, uncorrelated background
 * proportional to the laser power.</li>
 * <li><b>Cavity</b> ({@link org.photonledger.acquisition.simlab.MicroCavity}): resonances with Gouy phase and DBR
 * penetration, FWHM = FSR/F, Purcell factor scaled with Q/V, Lorentzian line–mode overlap (so a 40 nm line gains
 * little), mode intensity at the dot, escape efficiency T·F/2π, inhibited leaky emission.</li>
 * <li><b>Detection</b> ({@link org.photonledger.acquisition.simlab.SimulatedTagSource}): two SPADs behind a 50:50
 * beamsplitter with dark counts, 22 ns non-paralysable dead time, Gaussian jitter (350 ps FWHM SPAD, 34 ps RMS
 * tagger), 0.5 % afterpulsing; 1 ps T2 stamps, or T3 with the pulsed laser on (sync = laser period, dtime unit the
 * finest power of two of 1 ps that fits a period into PicoQuant's 15-bit dtime, so every acquisition can be written
 * as PTU). An acquisition whose expected tag rate exceeds the Time Tagger 20's sustained 9 M tags/s is refused.</li>
 * <li><b>Spectrometer</b> ({@link org.photonledger.acquisition.simlab.SimulatedSpectrometer}): grating equation,
 * Gaussian slit function, CCD shot noise, dark current, read noise and bias.</li>
 * </ul>
 *
 * <h2>Tags come from sampling the processes</h2>
 * The photon engines ({@link org.photonledger.acquisition.simlab.CwStream},
 * {@link org.photonledger.acquisition.simlab.PulsedStream}) draw each detected photon from the ladder's dynamics
 * (jumping over undetected cycles with exact geometric, negative-binomial and gamma draws); photons are routed to
 * a detector, meet its dead time, jitter and afterpulsing, and are merged in time order, block by block as the
 * stream is read.
 *
 * <h2>Reproducibility and reporting</h2>
 * Dots depend only on the specimen's seed; photons on the lab's seed and the number of acquisitions before; so the
 * same seed, specimen and calls give bit-identical tags and frames, however the stream is split into blocks. Every
 * model parameter is in some instrument's settings; the snapshot adds an entry {@code specimen} with the specimen,
 * the dot model and the ground truth of the dots in the focus under {@code sim.truth.*}.
 */
package org.photonledger.acquisition.simlab;
