package org.factdesk.api.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.api.ApiToken;
import org.factdesk.api.ApiTokenService;
import org.factdesk.api.CreatedApiToken;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.common.ui.Confirmation;
import org.factdesk.common.ui.DatePickers;
import org.factdesk.common.ui.Notifications;
import org.factdesk.security.AppRoles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * API tokens for administrators (ADR 0039): create one per integration, copy its secret from the dialog that
 * shows it once, see when each was last used, revoke.
 */
@Route("admin/api-tokens")
@Menu(order = 91, icon = "vaadin:key", title = "nav.apiTokens")
@RolesAllowed(AppRoles.ADMIN_NAME)
class ApiTokenAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokenAdminView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("fd-api-tokens");
        setSizeFull();

        Button create = new Button(getTranslation("api.tokens.create"), VaadinIcon.PLUS.create(),
                e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("fd-create-token");

        grid.addClassName("fd-token-grid");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("api.tokens.name")).setKey("name").setAutoWidth(true)
                .setFlexGrow(1).setSortable(true).setComparator(token -> token.name().toLowerCase());
        grid.addColumn(token -> getTranslation("role." + token.role().name()))
                .setHeader(getTranslation("api.tokens.role")).setKey("role").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("api.tokens.status")).setKey("status")
                .setAutoWidth(true);
        grid.addColumn(token -> lastDay(token.expiresAt())).setHeader(getTranslation("api.tokens.expires"))
                .setKey("expires").setAutoWidth(true).setSortable(true).setComparator(ApiToken::expiresAt);
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("api.tokens.never")
                        : dateTime(token.lastUsedAt())).setHeader(getTranslation("api.tokens.lastUsed"))
                .setKey("lastUsed").setAutoWidth(true);
        grid.addColumn(ApiToken::createdBy).setHeader(getTranslation("api.tokens.createdBy")).setKey("createdBy")
                .setAutoWidth(true);
        grid.addColumn(token -> date(token.createdAt())).setHeader(getTranslation("api.tokens.createdAt"))
                .setKey("createdAt").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("api.tokens.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("api.tokens.empty"));
        grid.setSizeFull();
        refresh();

        add(new HorizontalLayout(new H1(getTranslation("api.tokens.title")), create),
                new Paragraph(getTranslation("api.tokens.intro")), grid);
    }

    private Span status(ApiToken token) {
        String key = token.revokedAt() != null ? "api.tokens.revoked"
                : token.usableAt(Instant.now()) ? "api.tokens.active" : "api.tokens.expired";
        Span status = new Span(getTranslation(key));
        status.addClassName("fd-token-status");
        status.getElement().setAttribute("data-token", token.name());
        status.getElement().getThemeList().add(token.usableAt(Instant.now()) ? "badge success" : "badge contrast");
        return status;
    }

    private Button actions(ApiToken token) {
        Button revoke = new Button(getTranslation("api.tokens.revoke"), e -> confirmRevoke(token));
        revoke.addClassName("fd-revoke-token");
        revoke.getElement().setAttribute("data-token", token.name());
        revoke.setAriaLabel(getTranslation("api.tokens.revokeConfirmTitle", token.name()));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(token.revokedAt() == null);
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        Confirmation confirmation = new Confirmation(getTranslation("api.tokens.revokeConfirmTitle", token.name()),
                getTranslation("api.tokens.revokeConfirmText"), getTranslation("api.tokens.revokeOk"), () -> {
            try {
                return Notifications.attempt(() -> tokens.revoke(token.id()),
                        getTranslation("api.tokens.revokedNotice"));
            } finally {
                refresh();
            }
        });
        confirmation.addClassName("fd-revoke-confirm");
        confirmation.danger().open();
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog(getTranslation("api.tokens.create"));
        dialog.addClassName("fd-create-token-dialog");
        TextField name = new TextField(getTranslation("api.tokens.name"));
        name.setHelperText(getTranslation("api.tokens.nameHelp"));
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        Select<AppRoles> role = new Select<>();
        role.setLabel(getTranslation("api.tokens.role"));
        role.addClassName("fd-token-role");
        role.setItems(AppRoles.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(AppRoles.LEAD);
        ZoneId zone = BrowserTimeZone.of(UI.getCurrent());
        LocalDate today = LocalDate.now(zone);
        DatePicker expires = DatePickers.localized(new DatePicker(getTranslation("api.tokens.expires")));
        expires.addClassName("fd-token-expires");
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(ApiTokenService.MAX_LIFETIME.toDays() - 1));
        expires.setValue(today.plusYears(1));
        dialog.add(new FormLayout(name, role, expires));
        Button save = new Button(getTranslation("api.tokens.save"), e -> {
            // "Expires on" a day: usable through that day in the admin's time zone.
            Instant until = expires.getValue() == null ? null
                    : expires.getValue().plusDays(1).atStartOfDay(zone).toInstant();
            try {
                CreatedApiToken created = tokens.create(name.getValue(), role.getValue(), until);
                dialog.close();
                refresh();
                showSecret(created);
            } catch (RuntimeException refusal) {
                Notifications.refused(refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("fd-save-token");
        save.addClickShortcut(Key.ENTER).listenOn(dialog);
        dialog.getFooter().add(new Button(getTranslation("api.tokens.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    /** The secret, once: read-only, selected on focus, with a copy button that works in the browser itself. */
    private void showSecret(CreatedApiToken created) {
        Dialog dialog = new Dialog(getTranslation("api.tokens.secretTitle"));
        dialog.addClassName("fd-token-secret-dialog");
        dialog.setCloseOnOutsideClick(false);
        dialog.setMaxWidth("42rem");
        TextField secret = new TextField(getTranslation("api.tokens.secret"));
        secret.addClassName("fd-token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setAutoselect(true);
        Button copy = new Button(getTranslation("api.tokens.copy"), VaadinIcon.COPY.create(),
                e -> Notifications.success(getTranslation("api.tokens.copied")));
        copy.addClassName("fd-copy-token");
        // Copied in the click itself (the clipboard wants the user's gesture, not a server round trip).
        copy.getElement().executeJs("this.addEventListener('click', () => navigator.clipboard"
                + " && navigator.clipboard.writeText($0).catch(() => {}))", created.secret());
        Button done = new Button(getTranslation("api.tokens.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("fd-token-done");
        dialog.add(new Paragraph(getTranslation("api.tokens.secretIntro")), secret);
        dialog.getFooter().add(copy, done);
        dialog.open();
        secret.focus();
    }

    /** The day a token is still usable on: it expires at the start of the next day. */
    private String lastDay(Instant expiresAt) {
        return date(expiresAt.minusNanos(1));
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(BrowserTimeZone.of(UI.getCurrent())).format(instant);
    }

    private String dateTime(Instant instant) {
        DateTimeFormatter format = BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), getLocale());
        return format.format(instant);
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.tokens.title") + " · FactDesk";
    }
}
