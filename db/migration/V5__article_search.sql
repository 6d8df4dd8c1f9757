-- Finding articles again: folded copies of what the article list searches (case, accents and
-- umlauts, ß/ss, typographic dashes and quotes folded by the article feature in Java, the same way
-- for the stored text and the typed search) and a folded title to sort by. Computed on insert and on
-- every metadata change; rows stored before this migration get them once at the next start.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.

-- owner: article
-- title, source name, source URL, outlet and author, one per line (changes with the metadata)
alter table article add column search_meta text;
-- the article's text (never changes after the import)
alter table article add column search_body text;
alter table article add column title_key varchar(1000);

create index ix_article_title_key on article (title_key);
create index ix_article_published_on on article (published_on);
