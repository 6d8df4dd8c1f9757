package org.factdesk.common.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts into the layout's header (e.g. the notification bell), before the user's
 * name. {@link MainLayout} collects every bean of this type, in {@code @Order}, and calls
 * {@link #create()} once per layout, so {@code common} needs to know no feature (ADR 0028).
 */
public interface HeaderItem {

    /** A new component for one layout instance (one browser tab). */
    Component create();
}
