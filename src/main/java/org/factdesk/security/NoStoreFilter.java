package org.factdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Marks every response {@code Cache-Control: no-store}: pages, Vaadin's UIDL JSON and exports
 * carry review data that must not stay in a browser's or proxy's cache after sign-out. Vaadin's
 * UIDL handler sets a weaker {@code no-cache} later; that is turned into {@code no-store}. Only
 * a value that declares a response cacheable for a while (the static file server's
 * {@code max-age} on scripts, styles and images) replaces it.
 */
final class NoStoreFilter extends OncePerRequestFilter {

    static final String NO_STORE = "no-store";
    private static final String CACHE_CONTROL = "Cache-Control";
    private static final Pattern POSITIVE_MAX_AGE = Pattern.compile("max-age=0*[1-9]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(CACHE_CONTROL, NO_STORE);
        chain.doFilter(request, new NoStoreResponse(response));
    }

    static boolean declaresCacheable(String cacheControl) {
        String value = cacheControl.toLowerCase(Locale.ROOT);
        return POSITIVE_MAX_AGE.matcher(value).find() && !value.contains("no-store") && !value.contains("no-cache")
                && !value.contains("private");
    }

    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!CACHE_CONTROL.equalsIgnoreCase(name) || value == null || declaresCacheable(value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
