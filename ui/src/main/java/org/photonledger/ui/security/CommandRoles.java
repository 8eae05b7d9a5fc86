package org.photonledger.ui.security;

import static java.util.Map.entry;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.photonledger.domain.audit.MetadataKeys;
import org.photonledger.domain.cavity.AssembleCavity;
import org.photonledger.domain.cavity.ConfigureCavity;
import org.photonledger.domain.cavity.CorrectCavityStep;
import org.photonledger.domain.cavity.DisassembleCavity;
import org.photonledger.domain.cavity.VoidCavityStep;
import org.photonledger.domain.film.CorrectFilmStep;
import org.photonledger.domain.film.RecordFilmDensity;
import org.photonledger.domain.film.SpinCoatFilm;
import org.photonledger.domain.film.VoidFilmStep;
import org.photonledger.domain.measurement.AbortMeasurement;
import org.photonledger.domain.measurement.CompleteMeasurement;
import org.photonledger.domain.measurement.FailMeasurement;
import org.photonledger.domain.measurement.MarkMeasurementInterrupted;
import org.photonledger.domain.measurement.RecordRawData;
import org.photonledger.domain.measurement.StartMeasurement;
import org.photonledger.domain.mirror.CorrectMirrorStep;
import org.photonledger.domain.mirror.PrepareMirrorSubstrate;
import org.photonledger.domain.mirror.RecordDbrCoating;
import org.photonledger.domain.mirror.RecordFeatureMilling;
import org.photonledger.domain.mirror.RecordReflectivity;
import org.photonledger.domain.mirror.VoidMirrorStep;
import org.photonledger.domain.reagent.ConsumeReagent;
import org.photonledger.domain.reagent.RegisterReagentLot;
import org.photonledger.domain.reagent.RestoreReagent;
import org.photonledger.domain.result.ComputeResult;
import org.photonledger.domain.result.ReportResult;
import org.photonledger.domain.sample.CorrectSampleStep;
import org.photonledger.domain.sample.DiscardSample;
import org.photonledger.domain.sample.RecordEdtaTreatment;
import org.photonledger.domain.sample.RecordPmmaDispersion;
import org.photonledger.domain.sample.RecordSizeSelection;
import org.photonledger.domain.sample.VoidSampleStep;
import org.photonledger.domain.synthesis.AbandonSynthesisBatch;
import org.photonledger.domain.synthesis.CorrectSynthesisStep;
import org.photonledger.domain.synthesis.RecordCsOleatePreparation;
import org.photonledger.domain.synthesis.RecordHotInjection;
import org.photonledger.domain.synthesis.RecordPbI2SolutionPreparation;
import org.photonledger.domain.synthesis.RecordPurification;
import org.photonledger.domain.synthesis.RecordStorage;
import org.photonledger.domain.synthesis.StartSynthesisBatch;
import org.photonledger.domain.synthesis.VoidSynthesisStep;

/**
 * The role each command needs, in one table. A command class that is not in the table is refused (fail-closed):
 * a new command cannot be sent by anyone but {@code system} until someone decides who may send it, and
 * {@code CommandRolesTest} fails until then.
 */
public final class CommandRoles {

    private static final Map<Class<?>, Role> REQUIRED = Map.ofEntries(
            // reagent stock
            entry(RegisterReagentLot.class, Role.CHEMIST),
            entry(ConsumeReagent.class, Role.CHEMIST),
            entry(RestoreReagent.class, Role.CHEMIST),
            // synthesis
            entry(StartSynthesisBatch.class, Role.CHEMIST),
            entry(RecordCsOleatePreparation.class, Role.CHEMIST),
            entry(RecordPbI2SolutionPreparation.class, Role.CHEMIST),
            entry(RecordHotInjection.class, Role.CHEMIST),
            entry(RecordPurification.class, Role.CHEMIST),
            entry(RecordStorage.class, Role.CHEMIST),
            entry(CorrectSynthesisStep.class, Role.CHEMIST),
            entry(VoidSynthesisStep.class, Role.CHEMIST),
            entry(AbandonSynthesisBatch.class, Role.CHEMIST),
            // samples
            entry(RecordEdtaTreatment.class, Role.CHEMIST),
            entry(RecordSizeSelection.class, Role.CHEMIST),
            entry(RecordPmmaDispersion.class, Role.CHEMIST),
            entry(CorrectSampleStep.class, Role.CHEMIST),
            entry(VoidSampleStep.class, Role.CHEMIST),
            entry(DiscardSample.class, Role.CHEMIST),
            // mirrors and films are sample preparation too
            entry(PrepareMirrorSubstrate.class, Role.CHEMIST),
            entry(RecordDbrCoating.class, Role.CHEMIST),
            entry(RecordFeatureMilling.class, Role.CHEMIST),
            entry(RecordReflectivity.class, Role.CHEMIST),
            entry(CorrectMirrorStep.class, Role.CHEMIST),
            entry(VoidMirrorStep.class, Role.CHEMIST),
            entry(SpinCoatFilm.class, Role.CHEMIST),
            entry(RecordFilmDensity.class, Role.CHEMIST),
            entry(CorrectFilmStep.class, Role.CHEMIST),
            entry(VoidFilmStep.class, Role.CHEMIST),
            // the cavity is closed and tuned at the optical set-up, by whoever measures
            entry(AssembleCavity.class, Role.PHYSICIST),
            entry(ConfigureCavity.class, Role.PHYSICIST),
            entry(DisassembleCavity.class, Role.PHYSICIST),
            entry(CorrectCavityStep.class, Role.PHYSICIST),
            entry(VoidCavityStep.class, Role.PHYSICIST),
            // measurements; the runner's own commands (raw data, completion, failure) run as system in practice
            entry(StartMeasurement.class, Role.PHYSICIST),
            entry(AbortMeasurement.class, Role.PHYSICIST),
            entry(CompleteMeasurement.class, Role.PHYSICIST),
            entry(FailMeasurement.class, Role.PHYSICIST),
            entry(MarkMeasurementInterrupted.class, Role.PHYSICIST),
            entry(RecordRawData.class, Role.PHYSICIST),
            // results: the automatic analysis runs as system, a re-analysis or a report is a physicist's
            entry(ComputeResult.class, Role.PHYSICIST),
            entry(ReportResult.class, Role.PHYSICIST),
            // figures are drawn from results by the people who made them; publishing is theirs too (a reviewer signs)
            entry(org.photonledger.domain.figure.DefineFigure.class, Role.PHYSICIST),
            entry(org.photonledger.domain.figure.ReviseFigure.class, Role.PHYSICIST),
            entry(org.photonledger.domain.figure.PublishFigure.class, Role.PHYSICIST),
            // electronic signatures are the reviewer's (who also re-enters the password; SignatureService)
            entry(org.photonledger.domain.result.SignResult.class, Role.REVIEWER),
            entry(org.photonledger.domain.figure.SignFigure.class, Role.REVIEWER));

    private CommandRoles() {
    }

    /** The role a command class needs, or empty when it has none (and is therefore refused to everyone but system). */
    public static Optional<Role> required(Class<?> command) {
        return Optional.ofNullable(REQUIRED.get(command));
    }

    /** Every command class with a mapping, for the completeness test. */
    public static java.util.Set<Class<?>> mapped() {
        return REQUIRED.keySet();
    }

    /**
     * Lets the command through or throws {@link CommandNotAllowedException} naming the role it needs. The
     * {@value MetadataKeys#SYSTEM} actor (demo lab, automatic analysis, stock preload, generate) always passes.
     */
    public static void check(Class<?> command, Actor actor) {
        check(command, actor.name(), actor.roles());
    }

    /** As {@link #check(Class, Actor)}, for a sender given by name and roles. */
    public static void check(Class<?> command, String actor, Collection<Role> roles) {
        if (MetadataKeys.SYSTEM.equals(actor)) {
            return;
        }
        Optional<Role> required = required(command);
        if (required.isEmpty()) {
            throw new CommandNotAllowedException(actor, command.getSimpleName(), required, "command "
                    + command.getSimpleName() + " has no role assigned, so it is refused to everyone (fail-closed)");
        }
        if (!roles.contains(required.get())) {
            throw new CommandNotAllowedException(actor, command.getSimpleName(), required, "'" + actor
                    + "' may not " + command.getSimpleName() + ": it needs the role '" + required.get().id()
                    + "', and '" + actor + "' holds " + roles.stream().map(Role::id).sorted().toList());
        }
    }
}
