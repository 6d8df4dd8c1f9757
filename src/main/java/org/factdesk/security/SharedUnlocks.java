package org.factdesk.security;

import org.factdesk.cluster.SharedEvent;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An admin's unlock for the other nodes (ADR 0038): sign-in counts are per node, so each node forgets its own. */
@Component
class SharedUnlocks implements SharedEvent<SignInUnlocked> {

    @Override
    public String name() {
        return "sign-in-unlocked";
    }

    @Override
    public Class<SignInUnlocked> type() {
        return SignInUnlocked.class;
    }

    @Override
    public String encode(SignInUnlocked event) {
        return URLEncoder.encode(event.username(), StandardCharsets.UTF_8);
    }

    @Override
    public Optional<SignInUnlocked> decode(String body) {
        String username = URLDecoder.decode(body, StandardCharsets.UTF_8);
        return username.isEmpty() ? Optional.empty() : Optional.of(new SignInUnlocked(username));
    }
}
