package org.factdesk.operations.internal;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The command channel's key: new at every start, known only to this process and the channel file. */
@Component
class CommandChannelKey {

    private final String value;

    CommandChannelKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        value = HexFormat.of().formatHex(bytes);
    }

    String value() {
        return value;
    }

    boolean matches(String given) {
        return given != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
