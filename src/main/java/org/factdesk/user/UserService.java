package org.factdesk.user;

import org.factdesk.security.AppRoles;
import org.factdesk.user.internal.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
public class UserService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> listActive() {
        return users.findActive();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(NewUser user) {
        validate(user);
        if (users.findByUsername(user.username()).isPresent()) {
            throw new IllegalArgumentException("A user named '" + user.username() + "' already exists.");
        }
        return users.insert(user.username().strip(), user.displayName().strip(), user.role(),
                passwordEncoder.encode(user.initialPassword()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public boolean hasActiveUserWithRole(AppRoles role) {
        return users.countActiveWithRole(role) > 0;
    }

    private static void validate(NewUser user) {
        if (user.username() == null || !user.username().strip().matches("[A-Za-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException("A username has 2 to 64 letters, digits, '.', '_' or '-'.");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new IllegalArgumentException("A display name is required.");
        }
        if (user.role() == null) {
            throw new IllegalArgumentException("A role is required.");
        }
        if (user.initialPassword() == null || user.initialPassword().length() < 4) {
            throw new IllegalArgumentException("A password has at least 4 characters.");
        }
    }
}
