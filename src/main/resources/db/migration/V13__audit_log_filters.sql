-- The back office browses the audit log newest first, a page at a time (keyset on occurred_at, id), filtered by
-- actor, action, subject or date range. Each filter has an index that ends in the paging order, so a page is read
-- from the index whatever the size of the log.
create index audit_entry_time_id on audit_entry (occurred_at, id);
drop index audit_entry_time;
create index audit_entry_actor on audit_entry (actor_id, occurred_at, id);
create index audit_entry_action on audit_entry (action, occurred_at, id);
create index audit_entry_subject_id on audit_entry (subject_id, occurred_at, id);
