package org.factdesk.dashboard;

import org.factdesk.assignment.AssignmentStatistics;
import org.factdesk.assignment.AssignmentStatistics.Workload;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewStatistics;
import org.factdesk.security.AppRoles;
import org.factdesk.user.UserAccount;
import org.factdesk.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures for team leads, put together from what the features owning the data publish (the users,
 * the assignments' and the reviews' statistics): every number is an SQL aggregate in its owner,
 * nothing is loaded row by row, and the dashboard reads no table itself.
 */
@Service
public class DashboardService {

    private final UserService users;
    private final AssignmentStatistics assignments;
    private final ReviewStatistics reviews;
    private final ReviewService reviewService;
    private final Clock clock;

    DashboardService(UserService users, AssignmentStatistics assignments, ReviewStatistics reviews,
                     ReviewService reviewService) {
        this.reviewService = reviewService;
        this.users = users;
        this.assignments = assignments;
        this.reviews = reviews;
        this.clock = Clock.systemDefaultZone();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public TeamDashboard team() {
        Instant now = clock.instant();
        Map<String, Long> byState = new LinkedHashMap<>();
        assignments.articlesByState().forEach((state, count) -> byState.put(state.name(), count));
        return new TeamDashboard(editorLoads(LocalDate.now(clock), now.minus(Duration.ofDays(7))), byState,
                reviews.verdictCounts(), reviewService.suggestionDecisions());
    }

    /** How many days the reviewed-sentences chart covers, today included. */
    public static final int CHART_DAYS = 30;

    /** One day of the chart: distinct sentences that got a verdict that day. */
    public record DayCount(LocalDate day, long sentences) {
    }

    /**
     * Sentences reviewed per day over the last {@link #CHART_DAYS} days in {@code zone} (the viewer's),
     * oldest first, every day present (zero when none).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<DayCount> reviewedPerDay(java.time.ZoneId zone) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(CHART_DAYS - 1);
        Map<LocalDate, Long> counts = reviews.sentencesReviewedPerDay(first.atStartOfDay(zone).toInstant(), zone);
        return first.datesUntil(today.plusDays(1))
                .map(day -> new DayCount(day, counts.getOrDefault(day, 0L)))
                .toList();
    }

    /** Every active editor (by display name), with zeros where they have nothing. */
    private List<TeamDashboard.EditorLoad> editorLoads(LocalDate today, Instant since) {
        Map<Long, Workload> workloads = assignments.workloadByAssignee(today);
        Map<Long, Long> changed = reviews.sentencesChangedSince(since);
        return users.listActive().stream()
                .filter(user -> user.role() == AppRoles.EDITOR)
                .map(user -> editorLoad(user, workloads.getOrDefault(user.id(), Workload.NONE),
                        changed.getOrDefault(user.id(), 0L)))
                .toList();
    }

    private static TeamDashboard.EditorLoad editorLoad(UserAccount user, Workload work, long reviewedRecently) {
        return new TeamDashboard.EditorLoad(user.id(), user.displayName(), work.assigned(), work.inReview(),
                work.submitted(), work.approved(), work.overdue(), reviewedRecently);
    }
}
