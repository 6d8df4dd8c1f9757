package org.factdesk.user.internal;

import org.factdesk.common.InvalidInputException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Makes sure someone can sign in on a fresh database: the demo accounts while demo data is on,
 * otherwise one admin whose password comes from configuration or is generated and logged once.
 * Only when the web app starts: a command-line tool such as {@code export} must not add accounts.
 */
@Component
@ConditionalOnWebApplication
@Order(0)
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    static final List<NewUser> DEMO_USERS = List.of(
            new NewUser("editor", "Eva Editor", AppRoles.EDITOR, "editor"),
            new NewUser("editor2", "Emil Editor", AppRoles.EDITOR, "editor2"),
            new NewUser("lead", "Lena Lead", AppRoles.LEAD, "lead"),
            new NewUser("admin", "Adam Admin", AppRoles.ADMIN, "admin"));

    private final UserService userService;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final boolean demoData;
    private final String initialAdminPassword;

    InitialAccounts(UserService userService, UserRepository users, PasswordEncoder passwordEncoder,
                    @Value("${factdesk.demo-data}") boolean demoData,
                    @Value("${factdesk.admin.initial-password:}") String initialAdminPassword) {
        this.userService = userService;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoData = demoData;
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            if (demoData) {
                createDemoUsers();
            } else if (!userService.hasActiveUserWithRole(AppRoles.ADMIN)) {
                createFirstAdmin();
            }
            return null;
        });
    }

    /**
     * Straight into the table: the documented demo passwords (editor/editor …) are shorter than the rule for
     * real accounts, and exist only while demo data is on.
     */
    private void createDemoUsers() {
        for (NewUser user : DEMO_USERS) {
            if (userService.findByUsername(user.username()).isEmpty()) {
                users.insert(user.username(), user.displayName(), user.role(),
                        passwordEncoder.encode(user.initialPassword()));
                log.info("Created demo account '{}' ({})", user.username(), user.role());
            }
        }
    }

    private void createFirstAdmin() {
        boolean generated = initialAdminPassword.isBlank();
        String password = generated ? generatePassword() : initialAdminPassword;
        try {
            userService.create(new NewUser("admin", "Administrator", AppRoles.ADMIN, password));
        } catch (InvalidInputException tooWeak) {
            throw new IllegalStateException("FACTDESK_ADMIN_PASSWORD (factdesk.admin.initial-password) is refused: "
                    + tooWeak.getMessage());
        }
        if (generated) {
            log.warn("Created the first admin account 'admin' with the generated password: {} "
                    + "(shown only this once; change it after signing in)", password);
        } else {
            log.info("Created the first admin account 'admin' with the password from FACTDESK_ADMIN_PASSWORD");
        }
    }

    /** 20 characters of URL-safe Base64 (120 random bits), above the 12-character minimum. */
    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
