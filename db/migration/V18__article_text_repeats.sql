-- owner: article
-- Revisions (ADR 0029): a new version may go back to an earlier version's text (a correction withdrawn).
-- The same text is stored once, except on purpose as the new version of an article: repeat_of names the
-- article it follows then (0 for every other article), so the content hash stays unique among ordinary
-- imports (two leads importing one text at once still get one article) and a revert can be stored.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.
alter table article add column repeat_of bigint default 0 not null;
alter table article drop constraint uq_article_content_hash;
alter table article add constraint uq_article_content_hash unique (content_hash, repeat_of);
