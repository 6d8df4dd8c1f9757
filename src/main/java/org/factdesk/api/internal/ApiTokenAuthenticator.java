package org.factdesk.api.internal;

import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.user.UserAccount;
import org.factdesk.user.UserService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a bearer token into the caller it stands for, or nothing: unknown, malformed, wrong secret, expired,
 * revoked, or created by an administrator who is no longer an active administrator. The caller is not told
 * which (all get the same 401).
 */
@Component
public class ApiTokenAuthenticator {

    private final JdbcApiTokens tokens;
    private final UserService users;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    ApiTokenAuthenticator(JdbcApiTokens tokens, UserService users) {
        this(tokens, users, Clock.systemUTC());
    }

    ApiTokenAuthenticator(JdbcApiTokens tokens, UserService users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    public Optional<ApiCaller> authenticate(String token) {
        Optional<TokenSecrets.Presented> presented = TokenSecrets.parse(token);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        Optional<JdbcApiTokens.StoredToken> found = tokens.findByKeyId(presented.get().keyId());
        if (found.isEmpty() || !TokenSecrets.matches(presented.get().secret(), found.get().secretHash())) {
            return Optional.empty();
        }
        JdbcApiTokens.StoredToken stored = found.get();
        Instant now = clock.instant();
        if (!stored.token().usableAt(now)) {
            return Optional.empty();
        }
        // The token's authority comes from an administrator: it ends when they stop being one.
        Optional<UserAccount> creator = SystemAuthentication.runAsSystem(() -> users.findActive(stored.createdById()))
                .filter(account -> account.role() == AppRoles.ADMIN);
        if (creator.isEmpty()) {
            return Optional.empty();
        }
        tokens.touch(stored.token().id(), now);
        UserAccount admin = creator.get();
        FactDeskUser principal = new FactDeskUser(admin.id(), admin.username(), admin.displayName(), null,
                stored.token().role(), true);
        return Optional.of(new ApiCaller(stored.token().id(), stored.token().name(), stored.token().keyId(),
                principal));
    }
}
