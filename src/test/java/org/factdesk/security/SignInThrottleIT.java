package org.factdesk.security;

import org.factdesk.IntegrationTest;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserAccount;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-in through the real filter chain (form login on /login): wrong passwords lock the username and the
 * client address, the right password is refused while locked, success and an admin start afresh, the lock
 * ends on its own, the log names user and address but never the password, and the session keeps no hash.
 * Each test signs in from addresses and as users of its own; a test clock replaces waiting.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIT {

    private static final String PASSWORD = "richtig-langes-Passwort";

    @TestConfiguration
    static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetailsService;

    MockMvc mvc;

    @BeforeEach
    void filterChain() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void thirty_wrong_passwords_then_the_right_one_is_refused(CapturedOutput output) {
        String user = newUser();
        String address = newAddress();
        for (int attempt = 1; attempt <= 30; attempt++) {
            Attempt wrong = signIn(user, "falsch-" + attempt, address);
            assertThat(wrong.signedIn()).isFalse();
            assertThat(wrong.locked()).as("attempt %d locked", attempt).isEqualTo(attempt > 5);
        }
        Attempt right = signIn(user, PASSWORD, address);
        assertThat(right.signedIn()).as("the right password while locked").isFalse();
        assertThat(right.locked()).isTrue();
        assertThat(right.redirect()).isEqualTo("/login?error");

        String log = output.getAll();
        assertThat(log).contains("Sign-in failed: user '" + user + "' from " + address);
        assertThat(count(log, "WARN.*Sign-in failed: user '" + user + "' from " + Pattern.quote(address) + "(;.*)?"))
                .isEqualTo(5);
        assertThat(count(log, "WARN.*Sign-in refused, locked until .*: user '" + user + "' from " + Pattern.quote(address)))
                .as("25 wrong and the right one, all refused unchecked").isEqualTo(26);
        assertThat(log).doesNotContain("falsch-").doesNotContain(PASSWORD);
    }

    @Test
    void four_wrong_then_the_right_one_signs_in_and_starts_afresh() {
        String user = newUser();
        String address = newAddress();
        for (int round = 1; round <= 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                Attempt wrong = signIn(user, "falsch", address);
                assertThat(wrong.locked()).as("round %d attempt %d", round, attempt).isFalse();
                assertThat(wrong.failure()).isInstanceOf(BadCredentialsException.class);
            }
            assertThat(signIn(user, PASSWORD, address).signedIn()).as("round %d", round).isTrue();
        }
        // Eight failures in all, yet none locked: each success reset the username and that address.
        assertThat(signIn(user, "falsch", address).locked()).isFalse();
    }

    @Test
    void five_failures_from_one_address_lock_it_for_every_username() {
        String address = newAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(newUsername(), "geraten-" + attempt, address).locked()).isFalse();
        }
        String user = newUser();
        Attempt fromThere = signIn(user, PASSWORD, address);
        assertThat(fromThere.signedIn()).as("another username, right password, same address").isFalse();
        assertThat(fromThere.locked()).isTrue();
        assertThat(signIn(user, PASSWORD, newAddress()).signedIn()).as("from another address").isTrue();
    }

    @Test
    void a_success_forgives_only_its_own_failures_at_that_address() {
        String address = newAddress();
        String user = newUser();
        for (int attempt = 1; attempt <= 3; attempt++) {
            signIn(newUsername(), "geraten", address);
        }
        signIn(user, "vertippt", address);
        assertThat(signIn(user, PASSWORD, address).signedIn()).isTrue();
        // The three guesses at other names still count: two more lock the address.
        signIn(newUsername(), "geraten", address);
        assertThat(signIn(newUsername(), "geraten", address).locked()).isFalse();
        assertThat(signIn(user, PASSWORD, address).locked()).isTrue();
    }

    @Test
    void the_lock_ends_fifteen_minutes_after_the_failure_that_set_it() {
        String user = newUser();
        String address = newAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(user, "falsch", address);
        }
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(signIn(user, PASSWORD, address).locked()).as("still locked after 14:59").isTrue();
        clock.advance(Duration.ofSeconds(2));
        Attempt later = signIn(user, PASSWORD, address);
        assertThat(later.locked()).isFalse();
        assertThat(later.signedIn()).isTrue();
    }

    @Test
    void an_admin_sees_the_lock_and_unlocks_it_others_may_not() {
        String user = newUser();
        String address = newAddress();
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn(user, "falsch", address);
        }
        UserAccount account = SystemAuthentication.runAsSystem(() -> userService.findByUsername(user).orElseThrow());
        assertThat(SystemAuthentication.runAsSystem(userService::signInLocks)).containsKey(user);
        assertThat(SystemAuthentication.runAsSystem(userService::signInLocks).get(user))
                .isBetween(clock.instant().plus(Duration.ofMinutes(14)), clock.instant().plus(Duration.ofMinutes(15)));

        for (String notAdmin : new String[]{"editor", "lead"}) {
            assertThatThrownBy(() -> SignedInAs.run(userDetailsService, notAdmin, () -> userService.unlockSignIn(account.userId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedInAs.call(userDetailsService, notAdmin, userService::signInLocks))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(signIn(user, PASSWORD, address).locked()).as("still locked after the refused unlocks").isTrue();

        SignedInAs.run(userDetailsService, "admin", () -> userService.unlockSignIn(account.userId()));
        assertThat(SystemAuthentication.runAsSystem(userService::signInLocks)).doesNotContainKey(user);
        assertThat(signIn(user, PASSWORD, address).signedIn()).as("same user, same address, after unlock").isTrue();
    }

    @Test
    void an_address_lock_shows_on_the_accounts_that_failed_there_and_unlocking_them_opens_it() {
        String address = newAddress();
        String user = newUser();
        signIn(newUsername(), "geraten", address);
        signIn(newUsername(), "geraten", address);
        for (int attempt = 1; attempt <= 3; attempt++) {
            signIn(user, "vertippt", address);
        }
        // Three of the user's own and two others: the address is locked, the username by itself is not.
        assertThat(signIn(user, PASSWORD, address).locked()).isTrue();
        assertThat(signIn(user, PASSWORD, newAddress()).signedIn()).as("from elsewhere").isTrue();
        assertThat(SystemAuthentication.runAsSystem(userService::signInLocks)).containsKey(user);

        UserAccount account = SystemAuthentication.runAsSystem(() -> userService.findByUsername(user).orElseThrow());
        SignedInAs.run(userDetailsService, "admin", () -> userService.unlockSignIn(account.userId()));
        assertThat(SystemAuthentication.runAsSystem(userService::signInLocks)).doesNotContainKey(user);
        assertThat(signIn(user, PASSWORD, address).signedIn()).as("the two other failures stay below the limit")
                .isTrue();
    }

    @Test
    void usernames_are_logged_without_control_characters_and_cut(CapturedOutput output) {
        String address = newAddress();
        String forged = "mallory\n2026-12-01 INFO Sign-in succeeded: user 'admin'\u2028" + "x".repeat(200);
        signIn(forged, "geheim-" + UUID.randomUUID(), address);
        String line = output.getAll().lines().filter(l -> l.contains("from " + address)).findFirst().orElseThrow();
        assertThat(line).contains("user 'mallory2026-12-01 INFO Sign-in succeeded: user 'admin'xxx")
                .doesNotContain("x".repeat(70)).contains("…");
        assertThat(output.getAll()).doesNotContain("geheim-");
    }

    @Test
    void the_session_keeps_no_password_hash_and_no_typed_password() {
        String user = newUser();
        String address = newAddress();
        MockHttpSession session = new MockHttpSession();
        Attempt wrong = signIn(user, "beinahe-richtig-1", address, session);
        assertThat(wrong.failure()).isInstanceOf(BadCredentialsException.class);
        assertThat(serialised(wrong.session())).doesNotContain("beinahe-richtig-1");

        Attempt right = signIn(user, PASSWORD, address, wrong.session());
        assertThat(right.signedIn()).isTrue();
        Authentication authentication = right.authentication();
        assertThat(authentication.getPrincipal()).isInstanceOf(FactDeskUser.class);
        assertThat(((FactDeskUser) authentication.getPrincipal()).getPassword()).isNull();
        assertThat(authentication.getCredentials()).isNull();
        String stored = serialised(right.session());
        assertThat(stored).contains(user).doesNotContain("{bcrypt}").doesNotContain(PASSWORD)
                .doesNotContain("beinahe-richtig-1");
    }

    private Attempt signIn(String username, String password, String address) {
        return signIn(username, password, address, new MockHttpSession());
    }

    private Attempt signIn(String username, String password, String address, MockHttpSession session) {
        try {
            MvcResult result = mvc.perform(post("/login").session(session)
                    .param("username", username).param("password", password).with(csrf())
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    })).andReturn();
            return new Attempt(result);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String newUser() {
        String username = newUsername();
        SystemAuthentication.runAsSystem(() -> userService.create(
                new NewUser(username, "Tina Test", AppRoles.EDITOR, PASSWORD)));
        return username;
    }

    private static String newUsername() {
        return "throttle-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A private address of its own per call, so tests do not share address counts. */
    private static String newAddress() {
        int n = (int) (Math.random() * 250_000);
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private static long count(String log, String regex) {
        return log.lines().filter(line -> line.matches(".*" + regex)).count();
    }

    /** What a servlet container would write when it persists or replicates the session. */
    private static String serialised(MockHttpSession session) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                out.writeObject(name);
                out.writeObject(session.getAttribute(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private record Attempt(MvcResult result) {

        MockHttpSession session() {
            return (MockHttpSession) result.getRequest().getSession(false);
        }

        Authentication authentication() {
            Object context = session() == null ? null
                    : session().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security ? security.getAuthentication() : null;
        }

        boolean signedIn() {
            Authentication authentication = authentication();
            return authentication != null && authentication.isAuthenticated()
                    && !result.getResponse().getRedirectedUrl().contains("error");
        }

        Object failure() {
            return session() == null ? null : session().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }

        boolean locked() {
            return failure() instanceof SignInLockedException && result.getResponse().getRedirectedUrl().contains("error");
        }

        String redirect() {
            return result.getResponse().getRedirectedUrl();
        }
    }
}
