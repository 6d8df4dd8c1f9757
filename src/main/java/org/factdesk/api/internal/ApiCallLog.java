package org.factdesk.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * One INFO line per API call: the token's name and key id (never its secret), method, path (without the query),
 * status and duration. Runs first in the API's chain so that refused calls (401, 429) are logged too.
 */
final class ApiCallLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.factdesk.api.calls");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            Object caller = request.getAttribute(ApiAuthenticationFilter.CALLER);
            String token = caller instanceof ApiCaller c ? "'" + c.tokenName() + "' (" + c.keyId() + ")" : "no token";
            log.info("API {} {} {} -> {} in {} ms", token, request.getMethod(), request.getRequestURI(), status, millis);
        }
    }
}
