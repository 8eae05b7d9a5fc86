package org.photonledger.ui.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.photonledger.ui.api.JsonBody;
import org.photonledger.ui.axon.ActorContext;

/** Accounts, for admins (the HTTP policy on {@code /api/admin/*} and the directory both check the role). */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UsersResource {

    public record NewUser(String username, String password, List<String> roles) {
    }

    public record Roles(List<String> roles) {
    }

    public record Password(String password) {
    }

    public record Enabled(Boolean enabled) {
    }

    @Inject
    UserDirectory directory;

    @Inject
    WebSessions sessions;

    @Inject
    JsonBody json;

    @GET
    @Operation(summary = "Every account with its roles (never a password or hash)")
    public List<UserDirectory.Account> list() {
        return directory.list();
    }

    @GET
    @Path("changes")
    @Operation(summary = "The latest account changes, newest first")
    public List<UserDirectory.Change> changes(@QueryParam("limit") Integer limit) {
        return directory.changes(limit == null ? 100 : limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account", description = "400 naming the field for a bad name, a taken name, a "
            + "password under 10 characters or over 72 bytes, or no or an unknown role.")
    public Response create(String body) {
        NewUser u = json.read(body, NewUser.class);
        UserDirectory.Account created = directory.create(u.username(), u.password(), u.roles(), ActorContext.currentActor());
        return Response.created(URI.create("/api/admin/users/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserDirectory.Account roles(@PathParam("username") String username, String body) {
        return directory.setRoles(username, json.read(body, Roles.class).roles(), ActorContext.currentActor());
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserDirectory.Account password(@PathParam("username") String username, String body) {
        return directory.resetPassword(username, json.read(body, Password.class).password(), ActorContext.currentActor());
    }

    @PUT
    @Path("{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserDirectory.Account enabled(@PathParam("username") String username, String body) {
        Boolean enabled = json.read(body, Enabled.class).enabled();
        if (enabled == null) {
            throw org.photonledger.domain.validation.InvalidInputException.of("enabled", null, "true or false is required");
        }
        UserDirectory.Account a = directory.setEnabled(username, enabled, ActorContext.currentActor());
        if (!enabled) {
            sessions.closeAll(username);
        }
        return a;
    }
}
