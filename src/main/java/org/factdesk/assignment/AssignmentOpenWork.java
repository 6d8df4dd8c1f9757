package org.factdesk.assignment;

import org.factdesk.security.UserId;
import org.factdesk.user.OpenWork;
import org.springframework.stereotype.Component;

import java.util.List;

/** Tells the user feature which articles an editor still reviews, and hands them over (on deactivation). */
@Component
class AssignmentOpenWork implements OpenWork {

    private final AssignmentService assignments;

    AssignmentOpenWork(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<String> openArticleTitles(UserId user) {
        return assignments.openArticleTitles(user);
    }

    @Override
    public int handOver(UserId from, UserId to) {
        return assignments.handOverOpenWork(from, to);
    }
}
