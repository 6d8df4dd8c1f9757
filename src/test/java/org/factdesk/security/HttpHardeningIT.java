package org.factdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hardening headers, the session cookie and the sign-in form's CSRF check, over real HTTP:
 * no redirects followed, cookies handled by hand so that every Set-Cookie and Location is seen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpHardeningIT {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9_-]+)'");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void login_page_carries_the_hardening_headers_and_a_nonce_on_every_script() throws Exception {
        HttpResponse<String> login = get("/login", null);

        assertThat(login.statusCode()).isEqualTo(200);
        assertHardeningHeaders(login);
        String csp = header(login, "Content-Security-Policy");
        String nonce = nonceOf(csp);
        List<String> scripts = scriptTags(login.body());
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));

        String otherNonce = nonceOf(header(get("/login", null), "Content-Security-Policy"));
        assertThat(otherNonce).as("a fresh nonce per response").isNotEqualTo(nonce);
    }

    @Test
    void session_cookie_is_http_only_same_site_lax_and_not_secure_on_plain_http() throws Exception {
        String cookie = header(get("/login", null), "Set-Cookie");

        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void signed_in_pages_are_not_stored_and_carry_the_same_headers() throws Exception {
        String session = signIn("editor", "editor");

        for (String path : List.of("/", "/article/1", "/my-articles")) {
            HttpResponse<String> page = get(path, session);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html");
            assertHardeningHeaders(page);
        }
    }

    @Test
    void static_resources_stay_cacheable_and_are_not_sniffed() throws Exception {
        HttpResponse<String> css = get("/factdesk/styles.css", null);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(css, "Cache-Control")).contains("max-age=").doesNotContain("no-store");
    }

    @Test
    void no_redirect_puts_the_session_id_into_the_url() throws Exception {
        List<String> locations = new ArrayList<>();
        // These paths are redirected to the sign-in page by different parts (Spring Security, Vaadin's
        // request handlers); before the fix /VAADIN, /lumo and ?v-r=init answered with ;jsessionid=.
        for (String path : List.of("/", "/article/1", "/admin/users", "/VAADIN", "/VAADIN/", "/lumo",
                "/?v-r=init", "/logout")) {
            HttpResponse<String> response = get(path, null);
            response.headers().firstValue("Location").ifPresent(locations::add);
        }
        HttpResponse<String> loginPage = get("/login", null);
        HttpResponse<String> signedIn = postLogin("editor", "editor", sessionCookie(loginPage),
                csrfToken(loginPage.body()));
        locations.add(header(signedIn, "Location"));

        assertThat(locations).hasSizeGreaterThan(5).noneMatch(location -> location.contains(";jsessionid="));
    }

    @Test
    void sign_in_without_a_csrf_token_is_refused() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String session = sessionCookie(loginPage);

        HttpResponse<String> forged = postLogin("editor", "editor", session, null);

        assertThat(forged.statusCode()).isIn(302, 403);
        if (forged.statusCode() == 302) {
            assertThat(header(forged, "Location")).endsWith("/login?expired");
        }
        String after = forged.headers().firstValue("Set-Cookie").map(HttpHardeningIT::cookieValue).orElse(session);
        HttpResponse<String> start = get("/", after);
        assertThat(start.statusCode()).as("still signed out").isEqualTo(302);
        assertThat(header(start, "Location")).endsWith("/login");
    }

    @Test
    void sign_in_with_a_wrong_csrf_token_is_refused() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String session = sessionCookie(loginPage);

        HttpResponse<String> forged = postLogin("editor", "editor", session, "not-the-token");

        assertThat(forged.statusCode()).isIn(302, 403);
        String after = forged.headers().firstValue("Set-Cookie").map(HttpHardeningIT::cookieValue).orElse(session);
        assertThat(get("/", after).statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void sign_in_with_the_token_from_the_login_page_is_accepted() throws Exception {
        String session = signIn("lead", "lead");

        HttpResponse<String> start = get("/", session);
        assertThat(start.statusCode()).isEqualTo(200);
    }

    /** Signs in as the browser does (the token from the login page's meta tag); returns the session cookie. */
    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        HttpResponse<String> response = postLogin(username, password, sessionCookie(loginPage),
                csrfToken(loginPage.body()));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(header(response, "Location")).isEqualTo("http://localhost:" + port + "/");
        return sessionCookie(response);
    }

    private static void assertHardeningHeaders(HttpResponse<String> response) {
        String csp = header(response, "Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'nonce-", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "connect-src 'self'");
        assertThat(csp).doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(header(response, "Cache-Control")).contains("no-store");
    }

    private HttpResponse<String> get(String path, String sessionCookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String username, String password, String sessionCookie, String csrf)
            throws IOException, InterruptedException {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrf == null ? "" : "&_csrf=" + encode(csrf));
        HttpRequest request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", sessionCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        Optional<String> value = response.headers().firstValue(name);
        assertThat(value).as("header %s on %s", name, response.uri()).isPresent();
        return value.get();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return cookieValue(header(response, "Set-Cookie"));
    }

    /** "JSESSIONID=abc; Path=/; HttpOnly" → "JSESSIONID=abc". */
    private static String cookieValue(String setCookie) {
        return setCookie.split(";", 2)[0];
    }

    private static String csrfToken(String html) {
        Matcher matcher = META_CSRF.matcher(html);
        assertThat(matcher.find()).as("the login page names its CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String nonceOf(String csp) {
        Matcher matcher = NONCE.matcher(csp);
        assertThat(matcher.find()).as("nonce in %s", csp).isTrue();
        return matcher.group(1);
    }

    private static List<String> scriptTags(String html) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = SCRIPT_TAG.matcher(html);
        while (matcher.find()) {
            tags.add(matcher.group());
        }
        return tags;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
