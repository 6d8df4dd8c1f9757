package org.factdesk.revision;

import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The required quality of issue 15 on the five demo articles, each edit imported as a new version through
 * the service: unchanged sentences keep their verdicts, figure/name/date/negation changes are substance,
 * wording-only edits are changed (verdict carried), moved paragraphs keep their verdicts. Its own database:
 * it imports copies of the seed texts, which the seed-counting tests must not see.
 */
@IntegrationTest
@TestPropertySource(properties = "factdesk.test.database=revision-quality")
class RevisionQualityIT {

    @Autowired
    ApplicationContext context;

    @Test
    void edits_of_the_demo_articles_carry_as_required() {
        RevisionQuality.Result result = new RevisionQuality(context).run();
        System.out.println(result.table());
        List<RevisionQuality.Outcome> all = result.outcomes();
        assertThat(result.skipped()).as("edits no demo article allowed").hasSizeLessThanOrEqualTo(8);
        for (RevisionQuality.Edit edit : RevisionQuality.Edit.values()) {
            if (edit == RevisionQuality.Edit.INSERT) {
                continue; // touches no old sentence: counted below as new sentences
            }
            assertThat(all.stream().filter(o -> o.edit() == edit && o.target()).map(RevisionQuality.Outcome::article)
                    .distinct().count()).as("articles with a %s edit", edit).isGreaterThanOrEqualTo(2);
        }

        assertThat(all.stream().filter(o -> o.expected() == CarryKind.UNCHANGED))
                .as("unchanged sentences keep their verdict")
                .allSatisfy(o -> assertThat(o.assigned() == CarryKind.UNCHANGED && o.verdictKept()).as(o.toString()).isTrue());
        Set<RevisionQuality.Edit> substance = Set.of(RevisionQuality.Edit.FIGURE, RevisionQuality.Edit.NAME,
                RevisionQuality.Edit.DATE, RevisionQuality.Edit.NEGATION);
        assertThat(all.stream().filter(o -> o.target() && substance.contains(o.edit())))
                .as("figure, name, date and negation changes are substance").isNotEmpty()
                .allSatisfy(o -> assertThat(o.assigned()).as(o.toString()).isEqualTo(CarryKind.SUBSTANCE));
        Set<RevisionQuality.Edit> wording = Set.of(RevisionQuality.Edit.TYPO, RevisionQuality.Edit.WORDING,
                RevisionQuality.Edit.SPLIT, RevisionQuality.Edit.JOIN);
        assertThat(all.stream().filter(o -> o.target() && wording.contains(o.edit())))
                .as("wording-only edits are changed, their verdict carried").isNotEmpty()
                .allSatisfy(o -> assertThat(o.assigned() == CarryKind.CHANGED && o.verdictKept()).as(o.toString()).isTrue());
        assertThat(all.stream().filter(o -> o.target() && o.edit() == RevisionQuality.Edit.MOVE))
                .as("moved paragraphs keep their verdicts").isNotEmpty()
                .allSatisfy(o -> assertThat(o.verdictKept()).as(o.toString()).isTrue());
        assertThat(all.stream().filter(o -> o.target() && o.edit() == RevisionQuality.Edit.DELETE))
                .allSatisfy(o -> assertThat(o.assigned()).as(o.toString()).isEqualTo(CarryKind.REMOVED));
        assertThat(result.newExpected()).as("inserted sentences").isGreaterThanOrEqualTo(2);
        assertThat(result.newAssigned()).isEqualTo(result.newExpected());
    }
}
