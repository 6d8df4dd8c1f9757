package org.factdesk.discussion.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.discussion.DiscussionNotification;
import org.factdesk.discussion.DiscussionService;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The bell in the header: the number of unread notifications (live: a colleague's comment counts it
 * up in the open page), and on click the list, newest first, each with a link to the sentence
 * ({@code article/ID#sentence-N}) that marks it read; "mark all read".
 */
class BellButton extends Div {

    private final DiscussionService discussion;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Dialog dialog = new Dialog();
    private final Div list = new Div();

    BellButton(DiscussionService discussion, DiscussionBroadcaster broadcaster, long userId) {
        this.discussion = discussion;
        addClassName("fd-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("fd-bell-button");
        bell.addClickListener(e -> openList());
        count.addClassName("fd-bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(bell, count);

        dialog.addClassName("fd-notifications-dialog");
        dialog.setHeaderTitle(getTranslation("notifications.heading"));
        dialog.setWidth("34rem");
        Button markAll = new Button(getTranslation("notifications.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(), e -> {
            discussion.markAllRead();
            showList();
            showCount();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClassName("fd-notifications-all-read");
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("notifications.close"));
        dialog.getHeader().add(markAll, close);
        list.addClassName("fd-notifications");
        dialog.add(list);
        // Follows this user's notifications while the layout is shown (it ends on detach).
        broadcaster.notificationsWhileAttached(this, userId, () -> {
            showCount();
            if (dialog.isOpened()) {
                showList();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showCount();
    }

    private void showCount() {
        int unread = discussion.myUnreadCount();
        count.setText(unread == 0 ? "" : Integer.toString(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("data-unread", Integer.toString(unread));
        bell.setAriaLabel(unread == 0 ? getTranslation("notifications.bell")
                : getTranslation("notifications.bellUnread", unread));
        bell.setTooltipText(bell.getElement().getAttribute("aria-label"));
    }

    private void openList() {
        showList();
        dialog.open();
    }

    private void showList() {
        list.removeAll();
        List<DiscussionNotification> notifications = discussion.myNotifications();
        if (notifications.isEmpty()) {
            Span none = new Span(getTranslation("notifications.none"));
            none.addClassName("fd-notifications-none");
            list.add(none);
        }
        DateTimeFormatter time = BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), getLocale());
        notifications.forEach(notification -> list.add(item(notification, time)));
    }

    private Div item(DiscussionNotification notification, DateTimeFormatter time) {
        Div item = new Div();
        item.addClassName("fd-notification-item");
        item.getElement().setAttribute("data-notification-id", Long.toString(notification.id()));
        if (notification.unread()) {
            item.getElement().setAttribute("data-unread", "");
        }
        Span what = new Span(getTranslation("notifications.kind." + notification.kind().name(),
                notification.authorDisplayName(), notification.articleTitle()));
        what.addClassName("fd-notification-what");
        // A real link (open in a new tab works); a plain click marks it read, then goes there.
        Anchor where = new Anchor(notification.link(), notification.sentenceOrdinal() == null
                ? getTranslation("notifications.article")
                : getTranslation("notifications.sentence", notification.sentenceOrdinal()));
        where.addClassName("fd-notification-link");
        where.getElement().setAttribute("router-ignore", true);
        where.getElement().addEventListener("click", e -> {
            discussion.markRead(notification.id());
            dialog.close();
            showCount();
            // On the article already: select the sentence in place. Changing location.hash would make the
            // client router navigate (and lose the page's state); elsewhere, load the reader at the link.
            getElement().executeJs("""
                    const target = new URL($0, document.baseURI);
                    const reader = document.querySelector('fd-article-text');
                    if (reader && target.pathname === window.location.pathname) {
                        history.replaceState(history.state, '', target.href);
                        reader.selectLinkedSentence();
                    } else {
                        window.location.assign(target.href);
                    }""", notification.link());
        }).addEventData("event.preventDefault()").setFilter("!event.ctrlKey && !event.metaKey && !event.shiftKey");
        Span when = new Span(time.format(notification.createdAt()));
        when.addClassName("fd-notification-time");
        Div excerpt = new Div(new Span(notification.excerpt().isEmpty() ? getTranslation("notifications.deleted")
                : notification.excerpt()));
        excerpt.addClassName("fd-notification-excerpt");
        HorizontalLayout line = new HorizontalLayout(where, when);
        line.setSpacing(true);
        item.add(what, excerpt, line);
        if (notification.unread()) {
            Button read = new Button(getTranslation("notifications.markRead"), e -> {
                discussion.markRead(notification.id());
                showList();
                showCount();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            read.addClassName("fd-notification-read");
            item.add(read);
        }
        return item;
    }
}
