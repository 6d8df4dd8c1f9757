package org.factdesk.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * The signed-in principal: who acts, under which role. The password hash is there only while the password
 * is checked; the principal kept in the session afterwards has none ({@link #withoutPassword()}).
 */
public record FactDeskUser(long userId, String username, String displayName, String passwordHash,
                           AppRoles role, boolean active) implements UserDetails {

    public UserId id() {
        return new UserId(userId);
    }

    /** The same user without the hash, as kept after sign-in. */
    public FactDeskUser withoutPassword() {
        return new FactDeskUser(userId, username, displayName, null, role, active);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
