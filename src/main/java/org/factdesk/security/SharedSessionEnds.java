package org.factdesk.security;

import org.factdesk.cluster.SharedEvent;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ended sessions for the other nodes (ADR 0038): a deactivated user signed in on another node must be signed out
 * there too, or that node would let them work on.
 */
@Component
class SharedSessionEnds implements SharedEvent<SessionsEnded> {

    @Override
    public String name() {
        return "sessions-ended";
    }

    @Override
    public Class<SessionsEnded> type() {
        return SessionsEnded.class;
    }

    @Override
    public String encode(SessionsEnded event) {
        return URLEncoder.encode(event.username(), StandardCharsets.UTF_8);
    }

    @Override
    public Optional<SessionsEnded> decode(String body) {
        String username = URLDecoder.decode(body, StandardCharsets.UTF_8);
        return username.isEmpty() ? Optional.empty() : Optional.of(new SessionsEnded(username));
    }
}
