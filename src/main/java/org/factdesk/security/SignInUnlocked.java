package org.factdesk.security;

/** An admin let the user sign in again (ADR 8): every node forgets the user's failures (ADR 0038). */
public record SignInUnlocked(String username) {
}
