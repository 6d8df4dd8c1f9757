package org.factdesk.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's settings ({@code factdesk.api.*}).
 *
 * @param rateLimit calls per minute one token may make (a token bucket of that size, refilled evenly);
 *                  counted per application node (ADR 0039)
 */
@ConfigurationProperties("factdesk.api")
public record ApiSettings(@DefaultValue("60") int rateLimit) {

    public ApiSettings {
        if (rateLimit < 1) {
            throw new IllegalArgumentException("factdesk.api.rate-limit must be at least 1 call per minute, got "
                    + rateLimit);
        }
    }
}
