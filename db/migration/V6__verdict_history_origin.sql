-- Why a change was made when it was not an ordinary mark (owned by review): an accepted suggestion
-- ("suggestion:DETECTOR:REASON,REASON") or a verdict adopted from another sentence ("adopted:SENTENCE_ID").
-- Null for an editor's own mark.
alter table verdict_history add column origin varchar(1000);
