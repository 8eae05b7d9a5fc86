package org.photonledger.ui.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** REST's basic auth checks the same accounts as the login page: {@link UserDirectory}. */
@ApplicationScoped
public class LedgerIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    UserDirectory directory;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Actor actor = directory.authenticate(request.getUsername(),
                    new String(request.getPassword().getPassword())).orElseThrow(() ->
                    new AuthenticationFailedException("unknown user, wrong password or disabled account"));
            return identity(actor);
        });
    }

    static SecurityIdentity identity(Actor actor) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(actor.name()));
        actor.roleIds().forEach(identity::addRole);
        return identity.build();
    }
}
