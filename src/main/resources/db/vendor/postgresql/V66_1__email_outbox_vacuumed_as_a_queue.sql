-- The outbox is a queue: every mail is inserted pending and updated once sent, and the delivery threads claim the
-- due mails through outbox_due (pending, priority, next_attempt_at) several times a second. A sent mail leaves a dead
-- entry in the pending part of that index until a vacuum removes it, and each claim walks past all of them (with
-- none vacuumed, a claim of the sign-up bench read a thousand pages to find two mails). At the default threshold,
-- 20 % of the table, an outbox of a million rows would collect 200,000 of them between two vacuums; a fixed
-- threshold keeps the dead part small whatever the table's size (docs/performance.md, "Sign-up journey").
alter table outbox set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_cost_delay = 0);
