package org.factdesk.security;

/** The roles a FactDesk user can have; one per user. */
public enum AppRoles {
    EDITOR, LEAD, ADMIN;

    /** Spring Security authority name, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
