package org.factdesk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.factdesk.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Method security and password hashing hold in every mode, command-line tools included; the HTTP
 * side (login, filter chain, session events) exists only when the web server runs.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** Delegating encoder: bcrypt today, and stored hashes say which algorithm made them. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Which sessions belong to whom; without a web server it simply stays empty. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Configuration
    @EnableWebSecurity
    @ConditionalOnWebApplication
    static class Web {

        private static final String LOGIN_PATH = "/login";

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
                RequestUtil vaadinRequests, HttpHardeningProperties hardening) throws Exception {
            http.authorizeHttpRequests(auth -> auth.requestMatchers("/factdesk/**").permitAll());
            // Track sessions so that deactivating a user ends their open sessions at once.
            http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                    .expiredUrl(LOGIN_PATH));
            http.headers(headers -> hardenHeaders(headers, hardening));
            http.addFilterAfter(new NoStoreFilter(), HeaderWriterFilter.class);
            http.csrf(csrf -> protectSignInFromCsrf(csrf, vaadinRequests));
            // Vaadin's own CSRF set-up would exempt the sign-in form (login CSRF); protectSignInFromCsrf replaces it.
            // Any other address reaches Vaadin for a signed-in user, so a page that does not exist gets the app's
            // own 404 page (common.ui.NotFoundPage) instead of Spring's bare refusal; signed-out users sign in first.
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                    .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                    .enableCsrfConfiguration(false)).build();
        }

        /**
         * CSP with a nonce per response, nosniff, same-origin referrers, framing as configured. Written
         * before the request is handled: Vaadin's bootstrap page is complete before Spring Security's
         * usual on-commit writing would run, and it needs the nonce while it is rendered.
         */
        private static void hardenHeaders(HeadersConfigurer<HttpSecurity> headers, HttpHardeningProperties hardening) {
            headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.addHeaderWriter(new ContentSecurityPolicy(hardening.frameAncestors()));
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
            // X-Frame-Options for browsers without frame-ancestors; it cannot name other sites, so with an
            // embedder only the CSP speaks (and Vaadin's own SAMEORIGIN, which CSP-aware browsers ignore).
            if (hardening.framingForbidden()) {
                headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
            } else if (hardening.framingBySameOriginOnly()) {
                headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin);
            } else {
                headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable);
            }
            // NoStoreFilter sets Cache-Control so that static files can still be cached.
            headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable);
        }

        /**
         * Spring's CSRF token on every state-changing request, the sign-in form included (the login
         * form posts the token Vaadin puts into the page's meta tags). Vaadin's own requests (UIDL,
         * heartbeat, push, uploads) are exempt: they carry Vaadin's per-UI CSRF token instead.
         */
        private static void protectSignInFromCsrf(CsrfConfigurer<HttpSecurity> csrf, RequestUtil vaadinRequests) {
            csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest);
            LoginCsrfRefusal refusal = new LoginCsrfRefusal(
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH), LOGIN_PATH);
            csrf.withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                @Override
                public <O extends CsrfFilter> O postProcess(O filter) {
                    filter.setAccessDeniedHandler(refusal);
                    return filter;
                }
            });
        }

        /** Puts the CSP nonce on the bootstrap page's scripts. */
        @Bean
        ScriptNonces scriptNonces() {
            return new ScriptNonces();
        }

        /** Tells the session registry when sessions end, so it does not keep them forever. */
        @Bean
        HttpSessionEventPublisher httpSessionEventPublisher() {
            return new HttpSessionEventPublisher();
        }
    }
}
