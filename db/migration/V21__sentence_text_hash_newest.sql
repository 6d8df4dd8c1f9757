-- owner: article
-- The same sentence in other articles, the newest first (ADR 0020, bounded look-up): the hash index gains the
-- sentence id, so "these copies, newest first, the first N" is one backward range read on H2 and PostgreSQL
-- instead of reading and sorting every copy of a boilerplate sentence. It replaces the hash-only index (same
-- leading column, so equality look-ups keep using it). Portable SQL: runs on H2 and PostgreSQL.
create index ix_sentence_text_hash_id on sentence (text_hash, id);
drop index ix_sentence_text_hash;
