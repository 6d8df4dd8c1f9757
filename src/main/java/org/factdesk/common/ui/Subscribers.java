package org.factdesk.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Server push to open views: views subscribe to a key (an article, an editor) while they are
 * attached, and events published for that key run in each view's UI. The UI that caused an
 * event is skipped: it has already shown the change.
 */
public final class Subscribers<K, E> {

    private final Map<K, Set<Consumer<E>>> byKey = new ConcurrentHashMap<>();

    /**
     * Subscribes {@code view} while it is attached (from now on if it already is); {@code onEvent}
     * runs with the view's UI locked. Removing the returned registration ends it early, e.g. when
     * a reused view switches to another key.
     */
    public Registration whileAttached(Component view, K key, Consumer<E> onEvent) {
        return whileAttachedDelivering(view, key, ui -> event -> ui.access(() -> onEvent.accept(event)));
    }

    /**
     * Like {@link #whileAttached}, for a view that answers every event by loading again: events that arrive
     * while its reload is still waiting for the UI run it once (a 100-article import reloads an open list once
     * or twice, not 100 times). The reload reads the state after all of them.
     */
    public Registration reloadWhileAttached(Component view, K key, Runnable reload) {
        CoalescedRun coalesced = new CoalescedRun(reload);
        return whileAttachedDelivering(view, key, ui -> event -> coalesced.request(task -> ui.access(task::run)));
    }

    private Registration whileAttachedDelivering(Component view, K key, Function<UI, Consumer<E>> deliveryTo) {
        Registration[] subscription = {null};
        Consumer<UI> start = ui -> {
            if (subscription[0] == null) {
                Consumer<E> deliver = deliveryTo.apply(ui);
                subscription[0] = subscribe(key, event -> {
                    if (UI.getCurrent() != ui) {
                        deliver.accept(event);
                    }
                });
            }
        };
        Runnable stop = () -> {
            if (subscription[0] != null) {
                subscription[0].remove();
                subscription[0] = null;
            }
        };
        view.getUI().ifPresent(start);
        Registration onAttach = view.addAttachListener(attach -> start.accept(attach.getUI()));
        Registration onDetach = view.addDetachListener(detach -> stop.run());
        return () -> {
            stop.run();
            onAttach.remove();
            onDetach.remove();
        };
    }

    public void publish(K key, E event) {
        byKey.getOrDefault(key, Set.of()).forEach(subscriber -> subscriber.accept(event));
    }

    /** To every subscriber of every key (e.g. after missed updates, ADR 0038). */
    public void publishToAll(E event) {
        byKey.values().forEach(subscribers -> subscribers.forEach(subscriber -> subscriber.accept(event)));
    }

    private Registration subscribe(K key, Consumer<E> subscriber) {
        byKey.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(subscriber);
        return () -> byKey.computeIfPresent(key, (k, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }
}
