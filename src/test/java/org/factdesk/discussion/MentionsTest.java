package org.factdesk.discussion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {

    @Test
    void finds_mentions_in_order_once_each_without_a_trailing_full_stop() {
        assertThat(Mentions.in("@editor2 bitte prüfen, und @lead. Danke @editor2!"))
                .containsExactly("editor2", "lead");
    }

    @Test
    void an_e_mail_address_or_a_lone_at_sign_is_no_mention() {
        assertThat(Mentions.in("Schreiben Sie an presse@example.de oder @ x, @@lead")).isEmpty();
    }

    @Test
    void a_mention_may_follow_punctuation_and_hold_dots_and_dashes() {
        assertThat(Mentions.in("(@anna.m-k) und „@ed_2“")).containsExactly("anna.m-k", "ed_2");
    }
}
