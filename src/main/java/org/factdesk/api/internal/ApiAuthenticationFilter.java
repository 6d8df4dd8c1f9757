package org.factdesk.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.factdesk.common.UserMessage;
import org.factdesk.importing.ImportLimits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Authenticates an API call by its bearer token, then applies the token's rate limit and the body size limit.
 * A call without an Authorization header goes on unauthenticated (the chain answers 401 unless the address is
 * public); a header with a token that does not authenticate gets 401 here, the same for every reason.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String CALLER = ApiAuthenticationFilter.class.getName() + ".caller";
    private static final String BEARER = "bearer ";
    /** Room for the JSON around an article's text, and for a multipart request's framing and fields. */
    private static final long ENVELOPE_BYTES = 64 * 1024;

    private final ApiTokenAuthenticator authenticator;
    private final ApiRateLimiter limiter;
    private final ImportLimits limits;
    private final Supplier<SecurityContextHolderStrategy> strategy;

    ApiAuthenticationFilter(ApiTokenAuthenticator authenticator, ApiRateLimiter limiter, ImportLimits limits,
                            Supplier<SecurityContextHolderStrategy> strategy) {
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.limits = limits;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiCaller> caller = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authenticator.authenticate(authorization.substring(BEARER.length()))
                : Optional.empty();
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ApiErrors.write(request, response, HttpStatus.UNAUTHORIZED.value(), UserMessage.of("api.error.unauthorized"));
            return;
        }
        request.setAttribute(CALLER, caller.get());
        long wait = limiter.tryAcquire(caller.get().tokenId());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            ApiErrors.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(),
                    UserMessage.of("api.error.rateLimited", wait));
            return;
        }
        long maxBody = maxBodyBytes(request);
        if (request.getContentLengthLong() > maxBody) {
            ApiErrors.write(request, response, HttpStatus.CONTENT_TOO_LARGE.value(),
                    UserMessage.of("api.error.tooLarge", maxBody / (1024.0 * 1024.0)));
            return;
        }
        SecurityContextHolderStrategy holder = strategy.get();
        SecurityContext context = holder.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                caller.get().principal(), null, caller.get().principal().getAuthorities());
        authentication.setDetails(caller.get().tokenName());
        context.setAuthentication(authentication);
        holder.setContext(context);
        try {
            chain.doFilter(new BoundedRequest(request, maxBody), response);
        } finally {
            holder.clearContext();
        }
    }

    /** A multipart upload may be as large as one upload of the import; a JSON body as one file. */
    private long maxBodyBytes(HttpServletRequest request) {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return (multipart ? limits.maxUploadBytes() : limits.maxFileBytes()) + ENVELOPE_BYTES;
    }

    /** Stops reading a body sent without (or with a false) Content-Length at the same limit. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream bounded;

        BoundedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                ServletInputStream in = super.getInputStream();
                bounded = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > max) {
                            throw new IOException("The request body is larger than " + max + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return bounded;
        }
    }
}
