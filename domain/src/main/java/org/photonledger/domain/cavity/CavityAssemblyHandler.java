package org.photonledger.domain.cavity;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.photonledger.domain.AggregateLookup;
import org.photonledger.domain.film.Film;
import org.photonledger.domain.film.SubstrateKind;
import org.photonledger.domain.mirror.MilledFeature;
import org.photonledger.domain.mirror.Mirror;
import org.photonledger.domain.mirror.MirrorId;
import org.photonledger.domain.mirror.MirrorKind;
import org.photonledger.domain.mirror.ReflectivityMeasurement;
import org.photonledger.domain.validation.FieldErrors;

/**
 * Assembles cavities. The rule spans three aggregates: a cavity needs a finished planar mirror carrying the film,
 * the film itself (not voided), and a finished featured mirror with the chosen feature. Every problem is reported
 * at once; nothing is stored unless all hold.
 */
public class CavityAssemblyHandler {

    private final Repository<Mirror> mirrors;
    private final Repository<Film> films;
    private final Repository<Cavity> cavities;

    public CavityAssemblyHandler(Repository<Mirror> mirrors, Repository<Film> films, Repository<Cavity> cavities) {
        this.mirrors = mirrors;
        this.films = films;
        this.cavities = cavities;
    }

    /** What the handler learns about a mirror: its problem for this role, or the facts the cavity copies. */
    private record MirrorFacts(String problem, boolean aboutFeature, ReflectivityMeasurement reflectivity,
            MilledFeature feature) {

        static MirrorFacts refused(String problem) {
            return new MirrorFacts(problem, false, null, null);
        }
    }

    @CommandHandler
    public void handle(AssembleCavity command) throws Exception {
        Cavity.check(command).throwIfAny();
        FieldErrors errors = new FieldErrors();
        MirrorFacts planar = mirror(command.planarMirrorId(), MirrorKind.PLANAR, null);
        if (planar.problem() != null) {
            errors.add("planarMirrorId", command.planarMirrorId(), planar.problem());
        }
        filmProblem(command).ifPresent(p -> errors.add("filmId", command.filmId(), p));
        MirrorFacts featured = mirror(command.featuredMirrorId(), MirrorKind.FEATURED, command.featureLabel());
        if (featured.problem() != null && featured.aboutFeature()) {
            errors.add("featureLabel", command.featureLabel(), featured.problem());
        } else if (featured.problem() != null) {
            errors.add("featuredMirrorId", command.featuredMirrorId(), featured.problem());
        }
        errors.throwIfAny();
        cavities.newInstance(() -> new Cavity(command, featured.feature(), planar.reflectivity(),
                featured.reflectivity()));
    }

    private MirrorFacts mirror(MirrorId id, MirrorKind role, String featureLabel) {
        Optional<Aggregate<Mirror>> loaded = AggregateLookup.find(mirrors, id.value());
        if (loaded.isEmpty()) {
            return MirrorFacts.refused("no mirror with this id exists");
        }
        return loaded.get().invoke(m -> {
            Optional<String> unusable = m.whyNotUsable();
            if (m.kind() != role) {
                return MirrorFacts.refused(role == MirrorKind.PLANAR
                        ? "mirror " + id + " is a featured mirror; the dot must sit on a planar mirror"
                        : "mirror " + id + " is a planar mirror; the cavity needs a featured mirror with concave features");
            }
            if (unusable.isPresent()) {
                return MirrorFacts.refused(unusable.get());
            }
            ReflectivityMeasurement reflectivity = m.latestReflectivity().orElseThrow();
            if (role == MirrorKind.PLANAR) {
                return new MirrorFacts(null, false, reflectivity, null);
            }
            return m.feature(featureLabel)
                    .map(f -> new MirrorFacts(null, false, reflectivity, f))
                    .orElseGet(() -> new MirrorFacts("mirror " + id + " has no feature labelled '" + featureLabel.strip()
                            + "'", true, reflectivity, null));
        });
    }

    private Optional<String> filmProblem(AssembleCavity command) {
        return AggregateLookup.find(films, command.filmId().value()).map(film -> film.invoke(f -> {
            Optional<String> unusable = f.whyNotUsable();
            if (unusable.isPresent()) {
                return unusable;
            }
            if (f.substrate().kind() != SubstrateKind.PLANAR_MIRROR) {
                return Optional.of("film " + f.filmId() + " lies on a glass coverslip, not on planar mirror "
                        + command.planarMirrorId());
            }
            if (!f.substrate().mirrorId().equals(command.planarMirrorId())) {
                return Optional.of("film " + f.filmId() + " lies on mirror " + f.substrate().mirrorId()
                        + ", not on planar mirror " + command.planarMirrorId());
            }
            return Optional.<String>empty();
        })).orElse(Optional.of("no film with this id exists"));
    }
}
