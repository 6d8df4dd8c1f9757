package org.factdesk.api;

import org.factdesk.security.AppRoles;

import java.time.Instant;

/**
 * An API token as the admin list shows it: never its secret (only its hash is stored).
 *
 * @param keyId      the public part of the token ({@code fdk_KEYID_…}), to tell tokens apart in logs and the list
 * @param createdBy  the display name of the administrator who created it; calls act on their behalf
 * @param lastUsedAt when a call last used it (to the minute), null if never
 * @param revokedAt  null while not revoked
 */
public record ApiToken(long id, String keyId, String name, AppRoles role, String createdBy, Instant createdAt,
                       Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    /** Whether a call with this token would be let in at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
