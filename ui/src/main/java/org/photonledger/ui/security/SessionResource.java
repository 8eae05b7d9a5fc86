package org.photonledger.ui.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.photonledger.ui.axon.ActorContext;

/**
 * The login page's form posts here; a right password opens a web session (HttpOnly cookie) and goes on to the page
 * the user asked for, a wrong one goes back to the login page with an error. Scripts need none of this: REST takes
 * the same accounts by HTTP basic auth.
 */
@Path("/api/session")
public class SessionResource {

    @Inject
    UserDirectory directory;

    @Inject
    WebSessions sessions;

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @jakarta.ws.rs.QueryParam("target") String target) {
        String next = safeTarget(target);
        var actor = directory.authenticate(username == null ? null : username.strip(), password);
        if (actor.isEmpty()) {
            return Response.seeOther(URI.create("/login?error&target=" + URLEncoder.encode(next,
                    StandardCharsets.UTF_8))).build();
        }
        String token = sessions.open(actor.get().name());
        return Response.seeOther(URI.create(next)).cookie(cookie(token, (int) WebSessions.IDLE.toSeconds())).build();
    }

    @GET
    @Path("logout")
    public Response logout(@CookieParam(WebSessions.COOKIE) String token) {
        sessions.close(token);
        return Response.seeOther(URI.create("/login")).cookie(cookie("", 0)).build();
    }

    /** Who this request is signed in as, and with which roles. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> whoAmI() {
        Actor actor = ActorContext.currentActor();
        return Map.of("user", actor.name(), "roles", (List<String>) actor.roleIds());
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @jakarta.inject.Inject
    org.photonledger.ui.api.JsonBody json;

    /** The signed-in user changes their own password: {"currentPassword": …, "newPassword": …}. */
    @jakarta.ws.rs.PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> changePassword(String body) {
        PasswordChange change = json.read(body, PasswordChange.class);
        Actor me = ActorContext.currentActor();
        directory.changeOwnPassword(me, change.currentPassword(), change.newPassword());
        return Map.of("user", me.name(), "passwordChanged", true);
    }

    /** Only a path on this site, so a crafted link cannot send a user elsewhere after signing in. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.startsWith("/login") || target.length() > 2000) {
            return "/";
        }
        return target;
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(WebSessions.COOKIE).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }
}
