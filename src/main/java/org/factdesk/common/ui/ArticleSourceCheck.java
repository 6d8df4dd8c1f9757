package org.factdesk.common.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * "Check the source for a new version" in the reader (ADR 0029): the revision feature implements it; the
 * reader, in a feature it builds on, shows it through this interface, so it need not depend on it.
 */
public interface ArticleSourceCheck {

    /**
     * The action for this article, or empty when the signed-in user may not import new versions, the article
     * has no source address or is not its newest version.
     */
    Optional<Component> button(long articleId, String sourceUrl);
}
