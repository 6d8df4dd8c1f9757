package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links to addresses that came from files and pages: only http and https become links (a
 * {@code javascript:} or {@code data:} address stays text), opened in a new tab that gets neither a
 * handle on FactDesk's window nor its address as referrer.
 */
final class SafeLinks {

    private SafeLinks() {
    }

    static Component external(String address) {
        if (!isWebAddress(address)) {
            return new Span(address);
        }
        Anchor link = new Anchor(address, address);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("fd-external-link");
        return link;
    }

    static boolean isWebAddress(String address) {
        if (address == null) {
            return false;
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
