package org.photonledger.ui.security;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.photonledger.ui.axon.ActorContext;

/** What a page shows instead of its content to a signed-in user without the role it needs. */
public final class RoleNotice {

    private RoleNotice() {
    }

    /** Empty when the current user holds {@code role}; else the notice, with {@code id} for tests and styles. */
    public static Optional<Paragraph> unless(Role role, String what, String id) {
        Actor me = ActorContext.currentActor();
        if (me.has(role)) {
            return Optional.empty();
        }
        Paragraph refused = new Paragraph(what + " the role '" + role.id() + "'; '" + me.name() + "' holds "
                + me.roleIds() + ".");
        refused.setId(id);
        return Optional.of(refused);
    }
}
