-- owner: assist
-- The figure index's look-up table (ADR 0021): per indexed figure one row per pair of its names (names in
-- Java's string order; a figure with one name has one row with name_b = ''). The pair rule wants two
-- shared names (or the one and only name on both sides), so a look-up reads the rows of each pair of the
-- figure's names instead of all rows of each name: a name in thousands of sentences ("EU") costs nothing
-- unless its partner is there too. The primary key read backwards gives the newest rows first, so the
-- look-up stops after a few (fetch first) instead of reading a subject's whole history.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.
create table sentence_figure_pair (
    name_a          varchar(120)     not null,
    name_b          varchar(120)     not null,
    kind            varchar(8)       not null,
    unit            varchar(60)      not null,
    measure         varchar(40)      not null,
    sentence_id     bigint           not null references figure_sentence (sentence_id),
    figure_no       integer          not null,
    article_id      bigint           not null,
    value_low       double precision,
    value_high      double precision,
    constraint pk_sentence_figure_pair primary key (name_a, name_b, kind, unit, measure, sentence_id, figure_no)
);

-- The per-name look-up index is not read any more (a figure's own rows are read by primary key).
drop index ix_sentence_figure_lookup;

-- Articles indexed before this table have no pairs: empty the figure index, which is derived from the
-- articles' text alone, so that the start-up pass (ArticleAnalyses) indexes every article again, pairs
-- included.
delete from sentence_figure;
delete from figure_sentence;
delete from figure_indexed_article;
