package org.factdesk.cluster.internal;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeTest {

    @Test
    void a_payload_reads_back_as_its_name_node_and_body() {
        String payload = new Envelope("verdicts", "a1b2c3d4", "12;lena%7Clead;5,6,7").payload();
        assertThat(payload).isEqualTo("verdicts|a1b2c3d4|12;lena%7Clead;5,6,7");
        assertThat(Envelope.parse(payload)).contains(new Envelope("verdicts", "a1b2c3d4", "12;lena%7Clead;5,6,7"));
    }

    @Test
    void the_body_may_hold_the_separator_and_be_empty() {
        assertThat(Envelope.parse("presence|n1|a|b")).contains(new Envelope("presence", "n1", "a|b"));
        assertThat(Envelope.parse("presence|n1|")).contains(new Envelope("presence", "n1", ""));
    }

    @Test
    void foreign_or_broken_payloads_are_not_ours() {
        assertThat(Envelope.parse(null)).isEmpty();
        assertThat(Envelope.parse("")).isEmpty();
        assertThat(Envelope.parse("hello")).isEmpty();
        assertThat(Envelope.parse("verdicts|only-two")).isEmpty();
        assertThat(Envelope.parse("Verdicts|n1|x")).isEqualTo(Optional.empty());
        assertThat(Envelope.parse("verdicts|n 1|x")).isEmpty();
    }

    @Test
    void a_payload_postgresql_would_refuse_is_refused_here() {
        assertThatThrownBy(() -> new Envelope("verdicts", "n1", "9".repeat(Envelope.MAX_BYTES)).payload())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Envelope("verdicts", "n1", "9".repeat(Envelope.MAX_BYTES - "verdicts|n1|".length())).payload())
                .hasSize(Envelope.MAX_BYTES);
    }
}
