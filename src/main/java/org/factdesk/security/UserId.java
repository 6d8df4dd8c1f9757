package org.factdesk.security;

/**
 * Database id of a user account, at the service boundaries where a bare {@code long} could be any id.
 * It sits beside the principal ({@link FactDeskUser#id()}) because every feature may use {@code security},
 * while the user feature that owns the accounts may be used by only some.
 */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("Not a user id: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
