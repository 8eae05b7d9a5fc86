package org.photonledger.domain.film;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.AggregateLookup;
import org.photonledger.domain.mirror.Mirror;
import org.photonledger.domain.mirror.MirrorKind;
import org.photonledger.domain.sample.QdSample;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Makes films: the sample must be usable, and a mirror substrate must be an existing, DBR-coated planar mirror
 * (films go on the planar mirror of a cavity, never on the featured one).
 */
public class SpinCoatingHandler {

    private final Repository<QdSample> samples;
    private final Repository<Mirror> mirrors;
    private final Repository<Film> films;

    public SpinCoatingHandler(Repository<QdSample> samples, Repository<Mirror> mirrors, Repository<Film> films) {
        this.samples = samples;
        this.mirrors = mirrors;
        this.films = films;
    }

    @CommandHandler
    public void handle(SpinCoatFilm command) throws Exception {
        Film.check(command).throwIfAny();
        FieldErrors errors = new FieldErrors();
        sampleProblem(command).ifPresent(p -> errors.add("sampleId", command.sampleId(), p));
        if (command.substrate().kind() == SubstrateKind.PLANAR_MIRROR) {
            mirrorProblem(command).ifPresent(p -> errors.add("substrate.mirrorId", command.substrate().mirrorId(), p));
        }
        errors.throwIfAny();
        films.newInstance(() -> new Film(command));
    }

    private Optional<String> sampleProblem(SpinCoatFilm command) {
        return AggregateLookup.find(samples, command.sampleId().value())
                .map(s -> s.invoke(QdSample::whyNotUsable))
                .orElse(Optional.of("no sample with this id exists"));
    }

    private Optional<String> mirrorProblem(SpinCoatFilm command) {
        return AggregateLookup.find(mirrors, command.substrate().mirrorId().value()).map(mirror -> mirror.invoke(m -> {
            if (m.kind() != MirrorKind.PLANAR) {
                return Optional.of("mirror " + m.mirrorId() + " is a featured mirror; films go on a planar mirror or a "
                        + "glass coverslip");
            }
            if (!m.coated()) {
                return Optional.of("mirror " + m.mirrorId() + " is not ready for a film: it was voided or is missing "
                        + "step 'DBR coated'");
            }
            return Optional.<String>empty();
        })).orElse(Optional.of("no mirror with this id exists"));
    }
}
