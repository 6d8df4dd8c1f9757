package org.factdesk.security;

/**
 * The roles a FactDesk user can have; one per user. The constants spell the role names and the
 * security expressions built from them for annotations, which need compile-time constants:
 * {@code @RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})}, {@code @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)}.
 * {@code RoleNamesTest} keeps them equal to the enum names and keeps literal role names out of annotations.
 */
public enum AppRoles {
    EDITOR, LEAD, ADMIN;

    public static final String EDITOR_NAME = "EDITOR";
    public static final String LEAD_NAME = "LEAD";
    public static final String ADMIN_NAME = "ADMIN";

    /** Any FactDesk role. */
    public static final String HAS_ANY_ROLE =
            "hasAnyRole('" + EDITOR_NAME + "', '" + LEAD_NAME + "', '" + ADMIN_NAME + "')";
    /** Team leads and administrators. */
    public static final String HAS_LEAD_OR_ADMIN = "hasAnyRole('" + LEAD_NAME + "', '" + ADMIN_NAME + "')";
    public static final String HAS_ADMIN = "hasRole('" + ADMIN_NAME + "')";

    /** Spring Security authority name, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
