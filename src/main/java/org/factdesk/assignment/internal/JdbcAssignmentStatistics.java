package org.factdesk.assignment.internal;

import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.AssignmentStatistics;
import org.factdesk.common.EnumCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

@Repository
class JdbcAssignmentStatistics implements AssignmentStatistics {

    private final JdbcClient jdbc;

    JdbcAssignmentStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Workload> workloadByAssignee(LocalDate today) {
        Map<Long, Workload> workloads = new HashMap<>();
        jdbc.sql("""
                        select assignee_id,
                               sum(case when state = 'ASSIGNED' then 1 else 0 end),
                               sum(case when state = 'IN_REVIEW' then 1 else 0 end),
                               sum(case when state = 'SUBMITTED' then 1 else 0 end),
                               sum(case when state = 'APPROVED' then 1 else 0 end),
                               sum(case when state in ('ASSIGNED', 'IN_REVIEW') and due_date < ? then 1 else 0 end)
                        from article_assignment
                        where assignee_id is not null and superseded_by is null
                        group by assignee_id""")
                .param(Date.valueOf(today))
                .query(rs -> {
                    workloads.put(rs.getLong(1), new Workload(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6)));
                });
        return workloads;
    }

    @Override
    public Map<ArticleState, Long> articlesByState() {
        return EnumCounts.of(ArticleState.class,
                jdbc.sql("select state, count(*) from article_assignment where superseded_by is null group by state"));
    }
}
