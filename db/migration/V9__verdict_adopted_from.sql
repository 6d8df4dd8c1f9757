-- A verdict adopted from a sentence reviewed in another article (owned by review, ADR 0020): the source
-- sentence and the source verdict's version at copy time, so the reader can say "source changed" when
-- the source's version moves on. Both null for a verdict given by hand (a later hand change clears them).
alter table verdict add column adopted_from bigint;
alter table verdict add column adopted_version integer;
alter table verdict add constraint fk_verdict_adopted_from foreign key (adopted_from) references sentence (id);
