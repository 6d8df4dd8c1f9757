-- The repeated-claim index (owned by assist, ADR 0020): per sentence long enough to be a claim, its
-- MinHash band keys (12 per sentence). Sentences sharing a key are candidates for "nearly the same
-- claim", verified in code with the exact measure. article_id lets the look-up skip the sentence's own
-- article in the index itself. Portable SQL: runs on H2 (embedded default) and PostgreSQL.
-- owner: assist
create table claim_key (
    band_key     bigint not null,
    sentence_id  bigint not null references sentence (id),
    article_id   bigint not null,
    constraint pk_claim_key primary key (band_key, sentence_id)
);

-- Which articles are in the index (also those without a sentence long enough): the one-time indexing
-- of the articles stored before this upgrade finds the others.
-- owner: assist
create table article_claim_index (
    article_id   bigint not null primary key references article (id),
    indexed_at   timestamp with time zone not null
);
