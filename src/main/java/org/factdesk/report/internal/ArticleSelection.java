package org.factdesk.report.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.AssignmentFilter;
import org.factdesk.assignment.AssignmentListItem;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.report.ExportFilter;
import org.factdesk.review.ReviewService;
import org.factdesk.security.UserId;
import org.factdesk.user.UserAccount;
import org.factdesk.user.UserService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Finds the articles an {@link ExportFilter} asks for, in id order. */
@Component
public class ArticleSelection {

    private static final int PAGE = 500;

    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final UserService users;

    ArticleSelection(AssignmentService assignments, ReviewService reviews, UserService users) {
        this.assignments = assignments;
        this.reviews = reviews;
        this.users = users;
    }

    public List<ArticleId> select(ExportFilter filter, ZoneId zone) {
        UserId assigneeId = null;
        if (filter.assigneeUsername() != null) {
            assigneeId = users.findByUsername(filter.assigneeUsername()).map(UserAccount::userId)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "There is no user \"" + filter.assigneeUsername() + "\"."));
        }
        AssignmentFilter byWorkflow = new AssignmentFilter(filter.state(), assigneeId, false);
        List<ArticleId> ids = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<AssignmentListItem> page = assignments.list(byWorkflow, offset, PAGE);
            page.forEach(item -> ids.add(item.id()));
            if (page.size() < PAGE) {
                break;
            }
        }
        return ids.stream()
                .filter(id -> inDateRange(id, filter, zone))
                .filter(id -> filter.verdict() == null || reviews.verdictsOf(id).values().stream()
                        .anyMatch(v -> v.verdict() == filter.verdict()))
                .sorted(Comparator.comparingLong(ArticleId::value))
                .toList();
    }

    /** The day the article reached its current state lies in the filter's range (the workflow row changes only then). */
    private boolean inDateRange(ArticleId id, ExportFilter filter, ZoneId zone) {
        if (filter.from() == null && filter.to() == null) {
            return true;
        }
        LocalDate since = assignments.stateOf(id).map(Assignment::updatedAt).filter(Objects::nonNull)
                .map(at -> at.atZone(zone).toLocalDate()).orElse(null);
        if (since == null) {
            return false;
        }
        return (filter.from() == null || !since.isBefore(filter.from()))
                && (filter.to() == null || !since.isAfter(filter.to()));
    }
}
