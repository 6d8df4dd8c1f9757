package org.factdesk.operations.internal;

import org.factdesk.operations.CommandChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The command channel is not a page: no session, no sign-in, no CSRF token (no browser and no
 * cookie take part; the key in the request header is the credential, checked by the endpoint).
 */
@Configuration
@ConditionalOnWebApplication
class CommandChannelSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain commandChannelFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(CommandChannel.PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
