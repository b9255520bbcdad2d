-- An objection by the other parent (art. 1:253i BW) freezes a child's record until a case handler resolves it
-- (docs/adr/0048): no correction, no withdrawal, no agreement, no payout while objection_since is set. Who recorded
-- and resolved it, and why, is in the history and the audit log.
alter table claimant add column objection_since timestamp with time zone;
