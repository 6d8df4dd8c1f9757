package org.factdesk.dashboard;

import org.factdesk.dashboard.internal.JdbcDashboardQuery;
import org.factdesk.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Figures for team leads; every number is an SQL aggregate, nothing is loaded row by row. */
@Service
public class DashboardService {

    private final JdbcDashboardQuery query;
    private final Clock clock;

    DashboardService(JdbcDashboardQuery query) {
        this.query = query;
        this.clock = Clock.systemDefaultZone();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public TeamDashboard team() {
        Instant now = clock.instant();
        return new TeamDashboard(query.editorLoads(LocalDate.now(clock), now.minus(Duration.ofDays(7))),
                query.articlesByState(), query.verdictCounts());
    }
}
