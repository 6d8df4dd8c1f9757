-- The text-only assistance per sentence (owned by assist): the suggested verdict with the detector
-- and its reasons (comma-separated codes), the check-worthiness (0.00-1.00) with its reasons, and
-- the editor's decision on the suggestion. Only rows for sentences with a suggestion or a score.
create table sentence_assessment (
    sentence_id        bigint        not null primary key references sentence (id),
    article_id         bigint        not null references article (id),
    suggestion         varchar(16),
    detector           varchar(60),
    reasons            varchar(1000) not null,
    checkworthiness    numeric(3, 2) not null,
    worthiness_reasons varchar(1000) not null,
    decision           varchar(16),
    decided_by         bigint        references user_account (id),
    decided_at         timestamp with time zone,
    constraint ck_sentence_assessment_suggestion check (suggestion is null or suggestion in ('PROMOTIONAL', 'NO_CLAIM')),
    constraint ck_sentence_assessment_decision check (decision is null or decision in ('ACCEPTED', 'DISMISSED')),
    constraint ck_sentence_assessment_score check (checkworthiness >= 0 and checkworthiness <= 1)
);

create index ix_sentence_assessment_article on sentence_assessment (article_id);
create index ix_sentence_assessment_detector on sentence_assessment (detector, decision);

-- Which articles were assessed (also those without any suggestion): the one-time assessment of the
-- articles stored before this upgrade finds the others.
create table article_assessment (
    article_id   bigint not null primary key references article (id),
    assessed_at  timestamp with time zone not null
);
