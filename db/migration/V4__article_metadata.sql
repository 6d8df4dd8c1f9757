-- Intake: what an article's source says about it (outlet, author, publication date), editable by
-- leads, and a fingerprint of its normalised text that recognises the same article imported again
-- from another file or format (whitespace, line breaks and typographic variants folded).
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.

-- owner: article
alter table article add column outlet varchar(500);
alter table article add column author varchar(500);
alter table article add column published_on date;
alter table article add column text_fingerprint char(64);
alter table article add column metadata_changed_at timestamp with time zone;

create index ix_article_text_fingerprint on article (text_fingerprint);
