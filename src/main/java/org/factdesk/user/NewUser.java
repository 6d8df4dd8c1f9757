package org.factdesk.user;

import org.factdesk.security.AppRoles;

/** What it takes to create a user; the password is plain text here and hashed by the service. */
public record NewUser(String username, String displayName, AppRoles role, String initialPassword) {
}
