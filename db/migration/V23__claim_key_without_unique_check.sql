-- owner: assist
-- The repeated-claim index's band keys are unique per sentence by construction (ClaimKeys returns a set),
-- so the primary key's uniqueness check only cost time: in H2 each of the ~12 rows per sentence walked the
-- unique index before it was written (a quarter of a 5,000-sentence import). A plain index on the same
-- columns serves the look-up (band_key first) exactly as before. Portable SQL: H2 and PostgreSQL.
alter table claim_key drop constraint pk_claim_key;
create index claim_key_band_sentence on claim_key (band_key, sentence_id);
