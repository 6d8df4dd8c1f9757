package org.factdesk.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of an API token, {@code fdk_KEYID_SECRET}: a 64-bit key id in hex that finds the stored row,
 * and a 256-bit random secret (base64url) of which only the SHA-256 is stored. A fast hash is enough for
 * a secret with 256 bits of entropy: nobody can guess it, so there is no dictionary to slow down
 * (passwords, which people choose, get bcrypt instead); see ADR 0039.
 */
public final class TokenSecrets {

    private static final String PREFIX = "fdk_";
    private static final Pattern FORM = Pattern.compile("fdk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    /** A fresh token: its key id and the whole token text. */
    public record Fresh(String keyId, String token, String secretHash) {
    }

    /** A token as a caller presented it, split into its parts. */
    public record Presented(String keyId, String secret) {
    }

    public static Fresh generate() {
        byte[] key = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(key);
        RANDOM.nextBytes(secret);
        String keyId = HexFormat.of().formatHex(key);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Fresh(keyId, PREFIX + keyId + "_" + secretText, hash(secretText));
    }

    /** The parts of a token in our form; empty for anything else (then nothing is looked up). */
    public static Optional<Presented> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(token.strip());
        return matcher.matches() ? Optional.of(new Presented(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether the secret hashes to the stored hash, compared in constant time. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
