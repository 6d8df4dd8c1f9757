package org.factdesk.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Runs slow import work (fetching a page, importing many files) off the UI thread, as the signed-in
 * user (the services check their role), and hands the outcome back to the UI by server push. One
 * virtual thread per user action: the buttons that start one are disabled while it runs.
 */
final class Background {

    private Background() {
    }

    /** {@code then} runs with the UI locked: the result, or the failure (a RuntimeException or Error). */
    static <T> void run(UI ui, Supplier<T> work, BiConsumer<T, Throwable> then) {
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            T done = result;
            Throwable failed = failure;
            try {
                ui.access(() -> then.accept(done, failed));
            } catch (UIDetachedException left) {
                // The user left the view meanwhile; what was stored stays stored, nobody is waiting.
            }
        }, SecurityContextHolder.getContext());
        Thread.ofVirtual().name("factdesk-import-", 0).start(task);
    }

    /** Hands a step's outcome to the UI from a background thread (per file of a batch). */
    static void show(UI ui, Runnable update) {
        try {
            ui.access(update::run);
        } catch (UIDetachedException left) {
            // nobody is looking any more
        }
    }
}
