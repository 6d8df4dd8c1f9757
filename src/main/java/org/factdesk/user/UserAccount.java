package org.factdesk.user;

import org.factdesk.security.AppRoles;
import org.factdesk.security.UserId;

import java.time.Instant;

/** A FactDesk user as other features see it (no password hash). */
public record UserAccount(long id, String username, String displayName, AppRoles role, boolean active,
                          Instant createdAt) {

    public UserId userId() {
        return new UserId(id);
    }
}
