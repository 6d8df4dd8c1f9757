-- owner: assist
-- The figure index (owned by assist, ADR 0021): per sentence with a figure that has a known measure
-- and named subjects, one row per (figure, name). Looked up by name, kind, unit and measure, so the
-- differing figures of one sentence are found without reading other articles' sentences.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.

-- The sentence as assist read it (sentences never change after the import): what a match shows.
create table figure_sentence (
    sentence_id     bigint         not null primary key references sentence (id),
    article_id      bigint         not null references article (id),
    ordinal         integer        not null,
    sentence_text   varchar(20000) not null
);

create index ix_figure_sentence_article on figure_sentence (article_id);

-- kind: money, percent, count, date; unit: ISO currency, %, pp, bp, the counted thing, date; value in
-- base units (currency units, percent, pieces, epoch day); value_low/value_high the interval it stands
-- for after its qualifier (null = unbounded); entities all names of the figure (sorted, comma-joined)
-- (and their number), years the sentence's other years, for the rules that need the whole figure.
create table sentence_figure (
    sentence_id     bigint           not null references figure_sentence (sentence_id),
    figure_no       integer          not null,
    entity_key      varchar(120)     not null,
    article_id      bigint           not null references article (id),
    kind            varchar(8)       not null,
    measure         varchar(40)      not null,
    unit            varchar(60)      not null,
    qualifier       varchar(10)      not null,
    figure_value    double precision not null,
    value_low       double precision,
    value_high      double precision,
    surface         varchar(200)     not null,
    entities        varchar(1000)    not null,
    entity_count    integer          not null,
    years           varchar(200)     not null,
    constraint pk_sentence_figure primary key (sentence_id, figure_no, entity_key),
    constraint ck_sentence_figure_kind check (kind in ('money', 'percent', 'count', 'date')),
    constraint ck_sentence_figure_qualifier
        check (qualifier in ('EXACT', 'APPROX', 'NEARLY', 'AT_LEAST', 'AT_MOST', 'RANGE'))
);

create index ix_sentence_figure_lookup on sentence_figure (entity_key, kind, unit, measure);
create index ix_sentence_figure_article on sentence_figure (article_id);

-- Which articles were indexed (also those without a figure): the one-time indexing of the articles
-- stored before this upgrade finds the others.
create table figure_indexed_article (
    article_id   bigint not null primary key references article (id),
    indexed_at   timestamp with time zone not null
);
