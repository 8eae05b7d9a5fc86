package org.photonledger.ui.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.axonframework.commandhandling.CommandExecutionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.photonledger.domain.validation.InvalidInputException;

/** Turns every failure of the REST API into a problem-details response; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return respond(Problem.invalidInput(e.errors()));
    }

    @ServerExceptionMapper
    public Response commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidInputException invalid) {
            return invalidInput(invalid);
        }
        if (cause instanceof org.photonledger.ui.security.CommandNotAllowedException refused) {
            return notAllowed(refused);
        }
        LOG.error("command failed", e);
        return respond(Problem.of(409, "Command refused", e.getMessage()));
    }

    /** A command its sender's roles do not allow: 403, naming the role it needs. */
    @ServerExceptionMapper
    public Response notAllowed(org.photonledger.ui.security.CommandNotAllowedException e) {
        return respond(Problem.of(403, "Not allowed", e.getMessage()));
    }

    /** Someone else changed the record after the client read it: 409 saying who and when; nothing was stored. */
    @ServerExceptionMapper
    public Response editConflict(org.photonledger.ui.preparation.PreparationFacade.EditConflict e) {
        return respond(Problem.of(409, "Changed by someone else", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response busy(org.photonledger.acquisition.measurement.InstrumentSetBusyException e) {
        return respond(Problem.of(409, "Instrument set busy", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response instrumentRefused(org.photonledger.acquisition.instrument.InstrumentException e) {
        return respond(Problem.of(422, "Instrument refused", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response badArgument(IllegalArgumentException e) {
        return respond(Problem.of(400, "Bad request", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return respond(Problem.of(status, status >= 500 ? "Server error" : "Bad request", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure in REST call", e);
        return respond(Problem.of(500, "Server error", "an unexpected error occurred; it has been logged"));
    }

    private static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
