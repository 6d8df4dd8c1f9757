package org.factdesk.cluster.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A NOTIFY payload: {@code name|node|body}, the shared event's name, the sending node (each node ignores its
 * own) and the event's body. Compact on purpose: PostgreSQL refuses payloads of 8000 bytes or more.
 */
record Envelope(String name, String node, String body) {

    static final int MAX_BYTES = 7_999;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern NODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    Envelope {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an event name: " + name);
        }
        if (!NODE.matcher(node).matches()) {
            throw new IllegalArgumentException("Not a node id: " + node);
        }
    }

    String payload() {
        String payload = name + "|" + node + "|" + body;
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("Payload of " + name + " too long for NOTIFY");
        }
        return payload;
    }

    /** The envelope of a payload, or empty when it is none of ours (another tool on the channel, a newer format). */
    static Optional<Envelope> parse(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\|", 3);
        if (parts.length != 3 || !NAME.matcher(parts[0]).matches() || !NODE.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Envelope(parts[0], parts[1], parts[2]));
    }
}
