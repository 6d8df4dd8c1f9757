package org.factdesk.api;

/**
 * A token just created and its secret, the one time it is known: the admin copies it into the
 * integration's configuration; FactDesk keeps only its hash.
 */
public record CreatedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + token + ", secret=…]"; // never in a log by accident
    }
}
