package org.factdesk.review.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.factdesk.review.ReviewProgress;
import org.factdesk.review.Verdict;

import java.util.EnumMap;
import java.util.Map;

/** The reader's count per verdict, each with the verdict's symbol and name, coloured by {@code data-verdict}. */
class VerdictCounts extends HorizontalLayout {

    private final Map<Verdict, Span> counts = new EnumMap<>(Verdict.class);
    /** Each verdict's symbol and name in the UI's language, looked up once: the counts change with every key. */
    private final Map<Verdict, String> labels = new EnumMap<>(Verdict.class);
    private final Map<Verdict, Integer> shown = new EnumMap<>(Verdict.class);

    VerdictCounts() {
        addClassName("fd-counts");
        setSpacing(false);
        for (Verdict verdict : Verdict.values()) {
            Span count = new Span();
            count.addClassName("fd-count");
            count.getElement().setAttribute("data-verdict", verdict.key());
            counts.put(verdict, count);
            add(count);
        }
    }

    /** Changes only the counts that changed (a mark moves one or two of them). */
    void show(ReviewProgress progress) {
        counts.forEach((verdict, count) -> {
            int value = progress.count(verdict);
            if (!Integer.valueOf(value).equals(shown.put(verdict, value))) {
                String label = labels.computeIfAbsent(verdict, key -> VerdictLabels.symbolAndLabel(this, key));
                count.setText(label + " " + value);
            }
        });
    }
}
