package org.factdesk.revision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.article.ArticleId;
import org.factdesk.common.ui.ArticleSourceCheck;
import org.factdesk.common.ui.Notifications;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.ImportService;
import org.factdesk.importing.VersionComparison;
import org.factdesk.revision.ArticleVersion;
import org.factdesk.revision.RevisionService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * The reader's "check the source for a new version" (ADR 0029), for leads and admins on the newest version of
 * an article with a source address: fetches the address again through the import's fetcher (its address guard
 * and limits apply), then says "no change" or shows what a new version would do to the sentences and offers to
 * import it. The fetch runs on a virtual thread as the signed-in user; the services check the role again.
 */
@org.springframework.stereotype.Component
class SourceCheck implements ArticleSourceCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SourceCheck.class);

    private final ImportService imports;
    private final RevisionService revisions;
    private final CurrentUser currentUser;

    SourceCheck(ImportService imports, RevisionService revisions, CurrentUser currentUser) {
        this.imports = imports;
        this.revisions = revisions;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> button(long articleId, String sourceUrl) {
        ArticleId id = new ArticleId(articleId);
        if (sourceUrl == null || currentUser.get().filter(user -> user.role() != AppRoles.EDITOR).isEmpty()
                || !revisions.version(id).map(ArticleVersion::isNewest).orElse(false)) {
            return Optional.empty();
        }
        Button check = new Button();
        check.setText(check.getTranslation("revision.check.button"));
        check.setIcon(VaadinIcon.REFRESH.create());
        check.setTooltipText(check.getTranslation("revision.check.tooltip", sourceUrl));
        check.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        check.addClassName("fd-check-source");
        check.setDisableOnClick(true);
        check.addClickListener(e -> fetch(check, id, sourceUrl));
        return Optional.of(check);
    }

    private void fetch(Button check, ArticleId id, String sourceUrl) {
        UI ui = UI.getCurrent();
        check.setText(check.getTranslation("revision.check.fetching", sourceUrl));
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            ImportPreview preview = null;
            VersionComparison comparison = null;
            RuntimeException failure = null;
            try {
                preview = imports.previewWebPage(sourceUrl, ImportOptions.NONE);
                comparison = revisions.compare(id, preview);
            } catch (RuntimeException e) {
                failure = e;
            }
            ImportPreview fetched = preview;
            VersionComparison compared = comparison;
            RuntimeException failed = failure;
            try {
                ui.access(() -> {
                    check.setText(check.getTranslation("revision.check.button"));
                    check.setEnabled(true);
                    answered(check, id, fetched, compared, failed);
                });
            } catch (UIDetachedException left) {
                // nobody is waiting any more
            }
        }, SecurityContextHolder.getContext());
        Thread.ofVirtual().name("factdesk-source-check-", 0).start(task);
    }

    private void answered(Component in, ArticleId id, ImportPreview preview, VersionComparison comparison,
                          RuntimeException failure) {
        if (failure != null) {
            if (failure instanceof org.factdesk.common.HasUserMessage message
                    && "revision.error.sameText".equals(message.userMessage().key())) {
                Notifications.success(in.getTranslation("revision.check.noChange"));
            } else if (Notifications.isRefusal(failure)) {
                Notifications.warning(failure);
            } else {
                LOG.error("Checking the source of article {} failed", id, failure);
                Notifications.error(in.getTranslation("import.failed"));
            }
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("fd-source-check-dialog");
        dialog.setHeaderTitle(in.getTranslation("revision.check.title"));
        Paragraph counts = new Paragraph(in.getTranslation("import.newVersion.counts", comparison.title(),
                comparison.unchanged(), comparison.changed(), comparison.substance(), comparison.added(),
                comparison.removed()));
        counts.addClassName("fd-preview-version");
        dialog.add(counts);
        Button close = new Button(in.getTranslation("revision.check.close"), e -> dialog.close());
        close.addClassName("fd-source-check-close");
        Button importIt = new Button(in.getTranslation("revision.check.import"), VaadinIcon.UPLOAD.create());
        importIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importIt.addClassName("fd-source-check-import");
        importIt.setDisableOnClick(true);
        importIt.addClickListener(e -> {
            try {
                VersionComparison imported = revisions.importAsNewVersion(id, preview);
                dialog.close();
                Notifications.success(in.getTranslation("import.newVersion.imported", imported.number(), imported.title()));
                UI.getCurrent().navigate("article/" + imported.article().value());
            } catch (RuntimeException refused) {
                importIt.setEnabled(true);
                if (!Notifications.isRefusal(refused)) {
                    throw refused;
                }
                Notifications.warning(refused);
            }
        });
        dialog.getFooter().add(close, importIt);
        dialog.open();
    }
}
