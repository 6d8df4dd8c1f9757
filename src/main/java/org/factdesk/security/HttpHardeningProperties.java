package org.factdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP hardening that differs between installations.
 *
 * @param frameAncestors who may show FactDesk in a frame, as a CSP {@code frame-ancestors} source list:
 *                       {@code 'none'} (default), {@code 'self'}, or the embedding sites' origins
 */
@ConfigurationProperties("factdesk.security")
record HttpHardeningProperties(@DefaultValue("'none'") String frameAncestors) {

    HttpHardeningProperties {
        frameAncestors = frameAncestors == null ? "" : frameAncestors.strip();
        // The value goes into a header as is: refuse anything that would end the directive or the header.
        if (frameAncestors.isEmpty() || frameAncestors.chars().anyMatch(c -> c == ';' || c == ',' || c < 0x20)) {
            throw new IllegalArgumentException("factdesk.security.frame-ancestors must be a CSP source list such as "
                    + "'none', 'self' or https://cms.example.org, got: " + frameAncestors);
        }
    }

    boolean framingForbidden() {
        return frameAncestors.equals("'none'");
    }

    boolean framingBySameOriginOnly() {
        return frameAncestors.equals("'self'");
    }
}
