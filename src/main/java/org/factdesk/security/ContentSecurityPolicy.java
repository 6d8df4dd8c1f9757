package org.factdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Writes the Content-Security-Policy header with a fresh nonce per response; {@link ScriptNonces}
 * puts the same nonce on the bootstrap page's inline scripts. Why each source is allowed is
 * written down in docs/adr/0009-http-hardening.md.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String frameAncestors;

    ContentSecurityPolicy(String frameAncestors) {
        this.frameAncestors = frameAncestors;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String nonce = newNonce();
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader(HEADER, policy(nonce));
    }

    String policy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                // Inline bootstrap scripts only with this response's nonce; 'unsafe-eval' because Flow's
                // client turns the JavaScript the server sends (executeJs, renderers) into functions.
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                // Lumo and the web components set inline styles and style attributes.
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                // Push (WebSocket, or long polling as fallback) and UIDL go to the same origin.
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors " + frameAncestors);
    }

    /** The nonce of this request, if the policy was written for it. */
    static Optional<String> nonce(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(NONCE_ATTRIBUTE));
    }

    private static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
