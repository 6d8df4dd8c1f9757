package org.factdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy (forwarded headers trusted, as README says to configure) and
 * embedded by a CMS: the session cookie is Secure exactly when the proxy says the request came
 * over HTTPS, and the policy names the configured embedder instead of forbidding frames.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "factdesk.security.frame-ancestors='self' https://cms.example.org"})
@ActiveProfiles("test")
class HttpHardeningBehindProxyIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void session_cookie_is_secure_when_the_proxy_forwarded_https() throws Exception {
        HttpResponse<String> overHttps = get(true);

        assertThat(overHttps.headers().firstValue("Set-Cookie")).get().asString()
                .startsWith("JSESSIONID=").contains("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void session_cookie_is_not_secure_on_plain_http_through_the_same_proxy() throws Exception {
        HttpResponse<String> overHttp = get(false);

        assertThat(overHttp.headers().firstValue("Set-Cookie")).get().asString()
                .startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void the_configured_embedder_may_frame_the_app() throws Exception {
        HttpResponse<String> login = get(true);

        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'self' https://cms.example.org").doesNotContain("frame-ancestors 'none'");
        assertThat(login.headers().allValues("X-Frame-Options")).doesNotContain("DENY");
    }

    private HttpResponse<String> get(boolean forwardedHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
