package org.factdesk.user;

import org.factdesk.common.InvalidInputException;
import org.factdesk.common.RefusedException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.SessionTerminator;
import org.factdesk.security.SignInThrottle;
import org.factdesk.security.UserId;
import org.factdesk.user.internal.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
public class UserService {

    /** New and reset passwords; the demo accounts (demo data only) are made without this rule. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessionTerminator;
    private final CurrentUser currentUser;
    private final SignInThrottle signInThrottle;
    // Lazily: the implementation (assignment) builds on this service.
    private final org.springframework.beans.factory.ObjectProvider<OpenWork> openWork;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, SessionTerminator sessionTerminator,
                CurrentUser currentUser, SignInThrottle signInThrottle,
                org.springframework.beans.factory.ObjectProvider<OpenWork> openWork) {
        this.openWork = openWork;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessionTerminator = sessionTerminator;
        this.currentUser = currentUser;
        this.signInThrottle = signInThrottle;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /** The account if it exists and is active: for features that check whom they are given. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UserAccount> findActive(long userId) {
        return users.findById(userId).filter(UserAccount::active);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> listActive() {
        return users.findActive();
    }

    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public UserAccount create(NewUser user) {
        validate(user);
        if (users.findByUsername(user.username()).isPresent()) {
            throw new InvalidInputException("user.error.exists", user.username());
        }
        return users.insert(user.username().strip(), user.displayName().strip(), user.role(),
                passwordEncoder.encode(user.initialPassword()));
    }

    /** Every account, active or not, for user management. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public List<UserAccount> listAll() {
        return users.findAll();
    }

    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public UserAccount changeRole(UserId userId, AppRoles role) {
        UserAccount user = existing(userId);
        if (role == null) {
            throw new InvalidInputException("user.error.roleRequired");
        }
        if (user.role() == AppRoles.ADMIN && role != AppRoles.ADMIN && user.active()) {
            requireAnotherActiveAdmin(user, "demoted");
        }
        users.updateRole(userId.value(), role);
        // The role is part of the signed-in principal: the user signs in again to get the new one.
        sessionTerminator.endSessionsOf(user.username());
        return existing(userId);
    }

    /** Deactivates the account: its open sessions end at once and sign-in is refused from now on. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public UserAccount deactivate(UserId userId) {
        UserAccount user = existing(userId);
        if (user.role() == AppRoles.ADMIN && user.active()) {
            requireAnotherActiveAdmin(user, "deactivated");
        }
        users.updateActive(userId.value(), false);
        sessionTerminator.endSessionsOf(user.username());
        return existing(userId);
    }

    /** The titles of the articles the user still reviews: what deactivating them would leave behind. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public List<String> openArticleTitles(UserId userId) {
        existing(userId);
        OpenWork work = openWork.getIfAvailable();
        return work == null ? List.of() : work.openArticleTitles(userId);
    }

    /**
     * Hands the user's open articles to {@code handOverTo} (an active editor other than them), then
     * deactivates the account, in one transaction: a refused hand-over deactivates nobody.
     * Returns how many articles moved.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public int deactivateHandingOver(UserId userId, UserId handOverTo) {
        existing(userId);
        OpenWork work = openWork.getIfAvailable();
        int moved = work == null ? 0 : work.handOver(userId, java.util.Objects.requireNonNull(handOverTo, "handOverTo"));
        deactivate(userId);
        return moved;
    }

    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public UserAccount reactivate(UserId userId) {
        existing(userId);
        users.updateActive(userId.value(), true);
        return existing(userId);
    }

    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public void resetPassword(UserId userId, String newPassword) {
        UserAccount user = existing(userId);
        requireValidPassword(newPassword);
        users.updatePasswordHash(userId.value(), passwordEncoder.encode(newPassword));
        if (currentUser.get().map(me -> !me.id().equals(userId)).orElse(true)) {
            sessionTerminator.endSessionsOf(user.username());
        }
    }

    /** Usernames whose sign-in is locked after failed attempts, with the time each lock ends (this node). */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public Map<String, Instant> signInLocks() {
        return signInThrottle.lockedUsernames();
    }

    /** Lets the user try to sign in again at once: their failed attempts are forgotten. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public void unlockSignIn(UserId userId) {
        UserAccount user = existing(userId);
        if (signInThrottle.unlock(user.username())) {
            log.info("Sign-in of '{}' unlocked by '{}'", user.username(),
                    currentUser.get().map(me -> me.username()).orElse("system"));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public boolean hasActiveUserWithRole(AppRoles role) {
        return users.countActiveWithRole(role) > 0;
    }

    private static void validate(NewUser user) {
        if (user.username() == null || !user.username().strip().matches("[A-Za-z0-9._-]{2,64}")) {
            throw new InvalidInputException("user.error.username");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new InvalidInputException("user.error.displayNameRequired");
        }
        if (user.role() == null) {
            throw new InvalidInputException("user.error.roleRequired");
        }
        requireValidPassword(user.initialPassword());
    }

    private static void requireValidPassword(String password) {
        // Code points, so that an umlaut or an emoji counts as one character, as people count.
        if (password == null || password.isBlank()
                || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("user.error.password", MIN_PASSWORD_LENGTH);
        }
    }

    private UserAccount existing(UserId userId) {
        return users.findById(userId.value())
                .orElseThrow(() -> new InvalidInputException("user.error.unknown", userId.value()));
    }

    /** The last active admin stays: locks the admin rows so two admins cannot demote each other at once. */
    private void requireAnotherActiveAdmin(UserAccount admin, String change) {
        if (users.lockActiveAdmins().stream().noneMatch(id -> id != admin.id())) {
            throw new RefusedException("user.error.lastAdmin." + change, admin.username());
        }
    }
}
