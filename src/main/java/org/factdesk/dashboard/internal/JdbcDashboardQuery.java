package org.factdesk.dashboard.internal;

import org.factdesk.dashboard.TeamDashboard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dashboard's aggregates across assignments, verdicts and their history. */
@Repository
public class JdbcDashboardQuery {

    private final JdbcClient jdbc;

    JdbcDashboardQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active editor, with zeros where they have nothing. */
    public List<TeamDashboard.EditorLoad> editorLoads(LocalDate today, Instant since) {
        return jdbc.sql("""
                        select u.id, u.display_name,
                               coalesce(sum(case when a.state = 'ASSIGNED' then 1 else 0 end), 0) as assigned,
                               coalesce(sum(case when a.state = 'IN_REVIEW' then 1 else 0 end), 0) as in_review,
                               coalesce(sum(case when a.state = 'SUBMITTED' then 1 else 0 end), 0) as submitted,
                               coalesce(sum(case when a.state = 'APPROVED' then 1 else 0 end), 0) as approved,
                               coalesce(sum(case when a.state in ('ASSIGNED', 'IN_REVIEW') and a.due_date < ?
                                                 then 1 else 0 end), 0) as overdue,
                               (select count(distinct h.sentence_id) from verdict_history h
                                 where h.changed_by = u.id and h.changed_at >= ?) as reviewed_recently
                        from user_account u
                        left join article_assignment a on a.assignee_id = u.id
                        where u.active = true and u.role = 'EDITOR'
                        group by u.id, u.display_name
                        order by u.display_name""")
                .params(Date.valueOf(today), Timestamp.from(since))
                .query((rs, row) -> new TeamDashboard.EditorLoad(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }

    public Map<String, Long> articlesByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String state : List.of("NEW", "ASSIGNED", "IN_REVIEW", "SUBMITTED", "APPROVED")) {
            counts.put(state, 0L);
        }
        jdbc.sql("select state, count(*) from article_assignment group by state")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public Map<String, Long> verdictCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String verdict : List.of("verified", "disputed", "promotional", "no-claim")) {
            counts.put(verdict, 0L);
        }
        jdbc.sql("select verdict, count(*) from verdict where verdict is not null group by verdict")
                .query(rs -> {
                    counts.put(rs.getString(1).toLowerCase(Locale.ROOT).replace('_', '-'), rs.getLong(2));
                });
        return counts;
    }
}
