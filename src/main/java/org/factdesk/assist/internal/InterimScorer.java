package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.CheckWorthinessScorer;
import org.factdesk.assist.ScoredSentence;
import org.springframework.stereotype.Component;

import java.util.List;

/** TEMPORARY on main until the check-worthiness scorer is merged (it replaces this class): scores nothing. */
@Component
class InterimScorer implements CheckWorthinessScorer {

    @Override
    public List<ScoredSentence> score(AssistText text) {
        return text.sentences().stream().map(s -> new ScoredSentence(s.ordinal(), 0, List.of())).toList();
    }
}
