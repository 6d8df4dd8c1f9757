package org.factdesk.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the team reviews. {@code requireHeadingVerdicts}: whether the sentences of headings need a verdict before a
 * review can be submitted. Off by default: a heading is usually no claim, so an unreviewed heading neither blocks
 * submitting nor counts in the progress (a heading that has a verdict counts like any sentence). FactDesk has one
 * team per installation, so this is the team's setting (ADR 36).
 */
@ConfigurationProperties("factdesk.review")
public record ReviewSettings(@DefaultValue("false") boolean requireHeadingVerdicts) {

    public static ReviewSettings defaults() {
        return new ReviewSettings(false);
    }
}
