-- owner: assignment
-- Revisions (ADR 0029): the review of an article goes on in its new version. The old version's assignment
-- names the version that replaced it (its verdicts are frozen from then on, and the lists show only the
-- newest version); the new version's log records the step as REVISED with the reason.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.
alter table article_assignment add column superseded_by bigint;
alter table article_assignment add constraint fk_article_assignment_superseded
    foreign key (superseded_by) references article (id);

alter table article_transition drop constraint ck_article_transition_action;
alter table article_transition add constraint ck_article_transition_action check (action in
    ('ASSIGNED', 'UNASSIGNED', 'REASSIGNED', 'STARTED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REOPENED', 'REVISED'));
