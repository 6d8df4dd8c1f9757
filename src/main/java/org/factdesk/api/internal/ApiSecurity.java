package org.factdesk.api.internal;

import org.factdesk.common.UserMessage;
import org.factdesk.importing.ImportLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The API's own filter chain, before Vaadin's (ADR 0039): everything under /api is stateless (no session is
 * created or read, so no session cookie can carry a call, and CSRF protection, which guards cookies, is off
 * for this chain only), authenticated by a bearer token, rate-limited per token, and logged.
 */
@Configuration
@ConditionalOnWebApplication
class ApiSecurity {

    static final String API_PATHS = "/api/**";
    static final String OPENAPI_PATH = "/api/v1/openapi.yaml";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator, ApiRateLimiter limiter,
                                       ImportLimits limits,
                                       ObjectProvider<SecurityContextHolderStrategy> strategies) throws Exception {
        ApiAuthenticationFilter bearer = new ApiAuthenticationFilter(authenticator, limiter, limits,
                () -> strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        return http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, OPENAPI_PATH).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            ApiErrors.write(request, response, HttpStatus.UNAUTHORIZED.value(),
                                    UserMessage.of("api.error.unauthorized"));
                        })
                        .accessDeniedHandler((request, response, refused) -> ApiErrors.write(request, response,
                                HttpStatus.FORBIDDEN.value(), UserMessage.of("api.error.forbidden"))))
                .addFilterBefore(new ApiCallLog(), SecurityContextHolderFilter.class)
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .build();
    }
}
