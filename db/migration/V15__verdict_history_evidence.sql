-- owner: review
-- The full evidence after each change (JSON: [[url, quote, accessed_on], ...]), so "restore this version"
-- and undo can set an earlier version's evidence back (ADR 0027); evidence_summary keeps only the URLs.
-- Null on rows written before this migration: such a version's evidence is known only when it never changed.
alter table verdict_history add column evidence_snapshot varchar(1000000);
