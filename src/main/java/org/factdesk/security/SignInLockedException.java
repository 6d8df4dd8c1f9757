package org.factdesk.security;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/**
 * A sign-in refused before its password was checked: too many recent failures for this username or from
 * this address. The login view tells it apart from a wrong password; it says the same for every username,
 * existing or not.
 */
public class SignInLockedException extends LockedException {

    private final Instant lockedUntil;

    public SignInLockedException(Instant lockedUntil) {
        super("Too many failed sign-ins; locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
