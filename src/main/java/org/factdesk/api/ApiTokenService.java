package org.factdesk.api;

import org.factdesk.api.internal.JdbcApiTokens;
import org.factdesk.api.internal.TokenSecrets;
import org.factdesk.common.InvalidInputException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * API tokens for the CMS and other tools (ADR 0039): an administrator creates one per integration with a
 * name, a role and an expiry, sees its secret once, and revokes it when the integration goes. Calls with a
 * token act with its role on behalf of the administrator who created it.
 */
@Service
public class ApiTokenService {

    public static final int MAX_NAME_LENGTH = 100;
    /** Tokens are renewed at least every two years: a forgotten integration does not keep access for ever. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(731);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    private final JdbcApiTokens tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(JdbcApiTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = Clock.systemUTC();
    }

    /**
     * Creates a token; the result holds its secret, which is never shown again.
     *
     * @throws InvalidInputException when the name is empty, too long or taken by a usable token, the role is
     *                               missing, or the expiry is not in the future or too far in it
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public CreatedApiToken create(String name, AppRoles role, Instant expiresAt) {
        FactDeskUser admin = currentUser.acting("create API tokens", "them");
        Instant now = clock.instant();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new InvalidInputException("api.tokens.nameRequired");
        }
        if (cleanName.length() > MAX_NAME_LENGTH || cleanName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("api.tokens.nameInvalid", MAX_NAME_LENGTH);
        }
        if (role == null) {
            throw new InvalidInputException("api.tokens.roleRequired");
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("api.tokens.expiryInvalid");
        }
        if (tokens.activeNameExists(cleanName, now)) {
            throw new InvalidInputException("api.tokens.nameTaken", cleanName);
        }
        TokenSecrets.Fresh fresh = TokenSecrets.generate();
        long id = tokens.insert(fresh.keyId(), cleanName, role, fresh.secretHash(), admin.userId(), now, expiresAt);
        log.info("API token '{}' ({}, role {}, until {}) created by {}", cleanName, fresh.keyId(), role, expiresAt,
                admin.username());
        return new CreatedApiToken(tokens.find(id).orElseThrow().token(), fresh.token());
    }

    /** All tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public List<ApiToken> list() {
        return tokens.list();
    }

    /** Revokes a token: the next call with it gets 401. Revoking a revoked token changes nothing. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public ApiToken revoke(long id) {
        FactDeskUser admin = currentUser.acting("revoke API tokens", "it");
        ApiToken token = tokens.find(id).orElseThrow(() -> new InvalidInputException("api.tokens.notFound"))
                .token();
        if (tokens.revoke(id, clock.instant())) {
            log.info("API token '{}' ({}) revoked by {}", token.name(), token.keyId(), admin.username());
        }
        return tokens.find(id).orElseThrow().token();
    }
}
