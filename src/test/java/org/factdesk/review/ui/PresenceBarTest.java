package org.factdesk.review.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PresenceBarTest {

    @Test
    void initials_are_the_first_letters_of_the_first_and_last_word() {
        assertThat(PresenceBar.distinctInitials(List.of("Eva Editor", "Lena", "Anna Maria Schmidt", "  ")))
                .containsExactly("EE", "L", "AS", "?");
    }

    @Test
    void people_whose_initials_collide_get_more_letters() {
        assertThat(PresenceBar.distinctInitials(List.of("Eva Editor", "Erik Editor", "Lena Lorenz")))
                .containsExactly("EvE", "ErE", "LL");
        assertThat(PresenceBar.distinctInitials(List.of("Eva Editor", "Eva Ernst"))).containsExactly("EEd", "EEr");
        assertThat(PresenceBar.distinctInitials(List.of("Lena", "Lars"))).containsExactly("Le", "La");
    }

    @Test
    void the_same_name_twice_is_numbered_and_letters_beyond_the_basic_plane_stay_whole() {
        assertThat(PresenceBar.distinctInitials(List.of("Eva Editor", "Eva Editor"))).containsExactly("EE1", "EE2");
        assertThat(PresenceBar.distinctInitials(List.of("𝔄nna Özdemir"))).containsExactly("𝔄Ö");
    }
}
