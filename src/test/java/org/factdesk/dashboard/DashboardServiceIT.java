package org.factdesk.dashboard;

import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class DashboardServiceIT {

    @Autowired
    DashboardService dashboardService;

    @Test
    @WithMockUser(roles = "LEAD")
    void leads_see_every_state_every_verdict_and_every_active_editor() {
        TeamDashboard team = dashboardService.team();
        assertThat(team.articlesByState()).containsOnlyKeys("NEW", "ASSIGNED", "IN_REVIEW", "SUBMITTED", "APPROVED");
        assertThat(team.articlesByState().values().stream().mapToLong(Long::longValue).sum())
                .as("every article has a state").isGreaterThanOrEqualTo(5);
        assertThat(team.verdicts()).containsOnlyKeys("verified", "disputed", "promotional", "no-claim");
        assertThat(team.editors()).extracting(TeamDashboard.EditorLoad::displayName)
                .contains("Eva Editor", "Emil Editor").doesNotContain("Lena Lead", "Adam Admin");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editors_are_refused() {
        assertThatThrownBy(() -> dashboardService.team()).isInstanceOf(AccessDeniedException.class);
    }
}
