package org.factdesk.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.common.GridPreferenceStore;
import org.factdesk.common.ui.Confirmation;
import org.factdesk.common.ui.GridMemory;
import org.factdesk.common.ui.Notifications;
import org.factdesk.security.AppRoles;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserAccount;
import org.factdesk.user.UserService;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * User management for admins: create, change role, deactivate or reactivate, reset password, unlock a
 * sign-in locked after failed attempts.
 */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(AppRoles.ADMIN_NAME)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    private final Grid<UserAccount> grid = new Grid<>();
    private Map<String, Instant> signInLocks = Map.of();

    UserAdminView(UserService userService, GridPreferenceStore preferences) {
        this.userService = userService;
        addClassName("fd-user-admin");
        setSizeFull();

        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("fd-create-user");

        grid.addClassName("fd-user-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setKey("username")
                .setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.displayName")).setKey("displayName")
                .setFlexGrow(2);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("users.role")).setAutoWidth(true)
                .setKey("role").setComparator(UserAccount::role);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true)
                .setKey("status").setComparator(UserAccount::active);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setSizeFull();
        grid.setMultiSort(false);
        new GridMemory<>(grid, "users", preferences, Map::of).restore();
        refresh();

        add(new HorizontalLayout(new H1(getTranslation("users.title")), create), grid);
    }

    private Select<AppRoles> roleSelect(UserAccount user) {
        Select<AppRoles> role = new Select<>();
        role.addClassName("fd-role-select");
        role.getElement().setAttribute("data-username", user.username());
        role.setAriaLabel(getTranslation("users.roleOf", user.username()));
        role.setItems(AppRoles.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(user.role());
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && !run(() -> userService.changeRole(user.userId(), e.getValue()), "users.roleChanged")) {
                role.setValue(e.getOldValue());
            }
        });
        return role;
    }

    /** Active or not, and below it "Locked until 14:35" (the browser's time) while sign-in is locked. */
    private Div status(UserAccount user) {
        Span status = new Span(getTranslation(user.active() ? "users.active" : "users.inactive"));
        status.addClassName(user.active() ? "fd-user-active" : "fd-user-inactive");
        status.getElement().setAttribute("data-username", user.username());
        Div cell = new Div(status);
        cell.getStyle().set("display", "flex").set("flex-direction", "column");
        Instant lockedUntil = signInLocks.get(user.username());
        if (lockedUntil != null) {
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                    .withZone(BrowserTimeZone.of(UI.getCurrent()));
            Icon icon = VaadinIcon.LOCK.create();
            icon.setSize("var(--lumo-icon-size-s)");
            Span locked = new Span(icon, new Span(getTranslation("users.lockedUntil", time.format(lockedUntil))));
            locked.addClassName("fd-user-locked");
            locked.getElement().setAttribute("data-username", user.username());
            locked.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("display", "inline-flex").set("gap", "var(--lumo-space-xs)").set("align-items", "center");
            cell.add(locked);
        }
        return cell;
    }

    private HorizontalLayout actions(UserAccount user) {
        Button activation = user.active()
                ? new Button(getTranslation("users.deactivate"), e -> openDeactivateDialog(user))
                : new Button(getTranslation("users.reactivate"), e -> run(() -> userService.reactivate(user.userId()),
                "users.reactivated"));
        activation.addClassName(user.active() ? "fd-deactivate" : "fd-reactivate");
        activation.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("users.resetPassword"), e -> openResetDialog(user));
        reset.addClassName("fd-reset-password");
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(activation, reset);
        if (signInLocks.containsKey(user.username())) {
            Button unlock = new Button(getTranslation("users.unlock"), VaadinIcon.UNLOCK.create(), e -> run(() -> {
                userService.unlockSignIn(user.userId());
                return null;
            }, "users.unlocked"));
            unlock.addClassName("fd-unlock");
            unlock.getElement().setAttribute("data-username", user.username());
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.addComponentAsFirst(unlock);
        }
        actions.getElement().setAttribute("data-username", user.username());
        return actions;
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog(getTranslation("users.create"));
        dialog.addClassName("fd-create-user-dialog");
        TextField username = new TextField(getTranslation("users.username"));
        TextField displayName = new TextField(getTranslation("users.displayName"));
        Select<AppRoles> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(AppRoles.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(AppRoles.EDITOR);
        PasswordField password = new PasswordField(getTranslation("users.initialPassword"));
        password.setHelperText(getTranslation("users.passwordRule", UserService.MIN_PASSWORD_LENGTH));
        dialog.add(new FormLayout(username, displayName, role, password));
        Button save = new Button(getTranslation("users.save"), e -> {
            if (run(() -> userService.create(new NewUser(username.getValue(), displayName.getValue(), role.getValue(),
                    password.getValue())), "users.created")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("fd-save-user");
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
        username.focus();
    }

    /**
     * Asks before deactivating; for an editor with open articles says how many (by title) and offers to
     * hand them to another active editor in the same step, or to leave them assigned.
     */
    private void openDeactivateDialog(UserAccount user) {
        List<String> open = userService.openArticleTitles(user.userId());
        Select<UserAccount> handOver = new Select<>();
        handOver.addClassName("fd-hand-over");
        handOver.setLabel(getTranslation("users.deactivate.handOver"));
        handOver.setItems(userService.listActive().stream()
                .filter(other -> other.role() == AppRoles.EDITOR && other.id() != user.id()).toList());
        handOver.setItemLabelGenerator(other -> other == null ? getTranslation("users.deactivate.leave")
                : other.displayName());
        handOver.setEmptySelectionAllowed(true);
        handOver.setEmptySelectionCaption(getTranslation("users.deactivate.leave"));
        handOver.setWidthFull();
        String message = getTranslation("users.deactivate.confirmText");
        if (!open.isEmpty()) {
            message = getTranslation("users.deactivate.openWork", user.displayName(), open.size(),
                    String.join(", ", open.stream().map(title -> getTranslation("article.titled", title)).toList()))
                    + " " + message;
        }
        Confirmation confirmation = new Confirmation(getTranslation("users.deactivate.confirmTitle",
                user.displayName()), message, getTranslation("users.deactivate.ok"), () -> {
            UserAccount target = handOver.getValue();
            if (open.isEmpty() || target == null) {
                return run(() -> userService.deactivate(user.userId()), "users.deactivated");
            }
            try {
                int moved = userService.deactivateHandingOver(user.userId(), target.userId());
                Notifications.success(getTranslation("users.deactivatedHandedOver", moved, target.displayName()));
                return true;
            } catch (RuntimeException refusal) {
                Notifications.refused(refusal);
                return false;
            } finally {
                refresh();
            }
        }, open.isEmpty() ? new com.vaadin.flow.component.Component[0]
                : new com.vaadin.flow.component.Component[]{handOver});
        confirmation.addClassName("fd-deactivate-confirm");
        confirmation.danger().open();
    }

    private void openResetDialog(UserAccount user) {
        Dialog dialog = new Dialog(getTranslation("users.resetPasswordOf", user.username()));
        dialog.addClassName("fd-reset-dialog");
        PasswordField password = new PasswordField(getTranslation("users.newPassword"));
        password.setHelperText(getTranslation("users.passwordRule", UserService.MIN_PASSWORD_LENGTH));
        dialog.add(password);
        Button save = new Button(getTranslation("users.save"), e -> {
            if (run(() -> {
                userService.resetPassword(user.userId(), password.getValue());
                return null;
            }, "users.passwordReset")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("fd-save-password");
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
        password.focus();
    }

    /** Runs a change; shows success or the service's reason for refusing it. Returns whether it worked. */
    private boolean run(Supplier<?> change, String successKey) {
        try {
            return Notifications.attempt(change::get, getTranslation(successKey));
        } finally {
            refresh();
        }
    }

    private void refresh() {
        signInLocks = userService.signInLocks();
        grid.setItems(userService.listAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · FactDesk";
    }
}
