package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Source addresses come from files and pages: only http(s) ones become links, and those leak nothing. */
class SafeLinksTest {

    @Test
    void a_web_address_becomes_a_link_in_a_new_tab_without_opener_or_referrer() {
        Component link = SafeLinks.external("https://www.tagesspiegel.de/politik/artikel-1.html");

        assertThat(link).isInstanceOf(Anchor.class);
        assertThat(link.getElement().getAttribute("href")).isEqualTo("https://www.tagesspiegel.de/politik/artikel-1.html");
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
    }

    @Test
    void other_schemes_and_malformed_addresses_stay_text() {
        for (String address : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
                "file:///etc/passwd", "//example.org/x", "http://", "not an address", "vbscript:msgbox"}) {
            Component shown = SafeLinks.external(address);
            assertThat(shown).as(address).isInstanceOf(Span.class);
            assertThat(shown.getElement().getText()).as(address).isEqualTo(address);
            assertThat(shown.getElement().hasAttribute("href")).as(address).isFalse();
        }
        assertThat(SafeLinks.isWebAddress(null)).isFalse();
        assertThat(SafeLinks.isWebAddress("HTTP://EXAMPLE.ORG/")).isTrue();
    }
}
