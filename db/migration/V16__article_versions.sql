-- owner: revision
-- Revisions (ADR 0029): every version of an article is an article row of its own (its blocks, sentences,
-- verdicts and history stay as they were); this table strings the versions together. document_id is the
-- article id of the first version, shared by all versions; previous_article_id the version it replaced
-- (null for version 1). The articles stored before this migration become version 1 of themselves.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.
create table article_version (
    article_id           bigint        not null primary key references article (id),
    document_id          bigint        not null references article (id),
    version_no           integer       not null,
    previous_article_id  bigint        references article (id),
    created_by           bigint        references user_account (id),
    created_at           timestamp with time zone not null,
    constraint uq_article_version_no unique (document_id, version_no),
    constraint uq_article_version_previous unique (previous_article_id),
    constraint ck_article_version_no check (version_no > 0)
);

insert into article_version (article_id, document_id, version_no, previous_article_id, created_by, created_at)
select id, id, 1, null, null, imported_at from article;

-- What a sentence of a new version carried from the version before (none: a new sentence). Two rows for
-- one sentence when two old sentences were joined into it; one old sentence in two rows when it was split.
-- kind: UNCHANGED (review carried), CHANGED (carried, to confirm), SUBSTANCE (unreviewed, the old review as
-- context). confirmed_* say who confirmed a CHANGED sentence; differences why a SUBSTANCE one is
-- ("figure: 27 → 32").
-- owner: revision
create table sentence_carry (
    sentence_id       bigint        not null references sentence (id),
    article_id        bigint        not null references article (id),
    from_sentence_id  bigint        not null references sentence (id),
    kind              varchar(16)   not null,
    moved             boolean       not null,
    differences       varchar(1000),
    confirmed_by      bigint        references user_account (id),
    confirmed_at      timestamp with time zone,
    constraint pk_sentence_carry primary key (sentence_id, from_sentence_id),
    constraint ck_sentence_carry_kind check (kind in ('UNCHANGED', 'CHANGED', 'SUBSTANCE'))
);

create index ix_sentence_carry_article on sentence_carry (article_id);
create index ix_sentence_carry_from on sentence_carry (from_sentence_id);
