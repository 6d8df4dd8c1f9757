package org.factdesk.api;

import org.factdesk.IntegrationTest;
import org.factdesk.api.internal.TokenSecrets;
import org.factdesk.common.InvalidInputException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ApiTokenServiceIT {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private final Instant inAMonth = Instant.now().plus(Duration.ofDays(30));

    @Test
    void the_secret_is_returned_once_and_only_its_hash_is_stored() {
        String name = "CMS " + UUID.randomUUID();
        CreatedApiToken created = SignedInAs.call(users, "admin", () -> tokens.create("  " + name + " ", AppRoles.LEAD,
                inAMonth));

        assertThat(created.secret()).matches("fdk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(created.token().name()).isEqualTo(name);
        assertThat(created.token().role()).isEqualTo(AppRoles.LEAD);
        assertThat(created.token().createdBy()).isNotBlank();
        assertThat(created.toString()).doesNotContain(created.secret());
        String stored = jdbc.sql("select secret_hash from api_token where id = :id").param("id", created.token().id())
                .query(String.class).single();
        String secretPart = created.secret().substring("fdk_".length() + 16 + 1); // may itself hold '_'

        assertThat(stored).hasSize(64).isEqualTo(TokenSecrets.hash(secretPart)).doesNotContain(secretPart);
        assertThat(SignedInAs.call(users, "admin", () -> tokens.list())).extracting(ApiToken::name).contains(name);
    }

    @Test
    void only_administrators_manage_tokens() {
        for (String user : new String[]{"lead", "editor"}) {
            assertThatThrownBy(() -> SignedInAs.call(users, user, () -> tokens.create("x" + UUID.randomUUID(),
                    AppRoles.EDITOR, inAMonth))).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedInAs.call(users, user, () -> tokens.list())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedInAs.call(users, user, () -> tokens.revoke(1))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void refuses_a_missing_or_taken_name_a_missing_role_and_an_expiry_outside_two_years() {
        String name = "dup-" + UUID.randomUUID();
        SignedInAs.run(users, "admin", () -> tokens.create(name, AppRoles.EDITOR, inAMonth));

        assertRefused(" ", AppRoles.EDITOR, inAMonth, "api.tokens.nameRequired");
        assertRefused("a\nb", AppRoles.EDITOR, inAMonth, "api.tokens.nameInvalid");
        assertRefused(name.toUpperCase(), AppRoles.EDITOR, inAMonth, "api.tokens.nameTaken");
        assertRefused("r-" + UUID.randomUUID(), null, inAMonth, "api.tokens.roleRequired");
        assertRefused("p-" + UUID.randomUUID(), AppRoles.LEAD, Instant.now().minusSeconds(5), "api.tokens.expiryInvalid");
        assertRefused("f-" + UUID.randomUUID(), AppRoles.LEAD, Instant.now().plus(Duration.ofDays(800)),
                "api.tokens.expiryInvalid");
    }

    @Test
    void a_revoked_name_may_be_used_again() {
        String name = "rotate-" + UUID.randomUUID();
        CreatedApiToken first = SignedInAs.call(users, "admin", () -> tokens.create(name, AppRoles.LEAD, inAMonth));
        ApiToken revoked = SignedInAs.call(users, "admin", () -> tokens.revoke(first.token().id()));
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(revoked.usableAt(Instant.now())).isFalse();

        CreatedApiToken second = SignedInAs.call(users, "admin", () -> tokens.create(name, AppRoles.LEAD, inAMonth));
        assertThat(second.secret()).isNotEqualTo(first.secret());
    }

    private void assertRefused(String name, AppRoles role, Instant expiry, String key) {
        assertThatThrownBy(() -> SignedInAs.call(users, "admin", () -> tokens.create(name, role, expiry)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.userMessage().key()).isEqualTo(key));
    }
}
