package org.factdesk.assist;

import java.util.List;

/**
 * One detector that proposes a verdict for sentences from the text alone (promotional blocks, page
 * furniture that is no claim). Adding a detector is adding one {@code @Component} class with a
 * constructor without arguments (the {@code assist} command makes them without Spring); detectors are
 * pure and thread-safe. A suggestion never sets a verdict: the editor accepts or dismisses it.
 */
public interface SuggestionDetector {

    /** Stable code stored with each suggestion and counted on the dashboard, e.g. {@code promotional}. */
    String name();

    /** The sentences this detector suggests a verdict for; sentences it has nothing to say about are left out. */
    List<DetectedSuggestion> detect(AssistText text);
}
