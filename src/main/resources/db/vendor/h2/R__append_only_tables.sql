-- The audit log and the agreement acceptances are append-only: no update or delete gets through, whoever asks.
drop trigger if exists audit_entry_append_only;
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'nl.claimdesk.audit.AppendOnlyTrigger';
drop trigger if exists agreement_acceptance_append_only;
create trigger agreement_acceptance_append_only before update, delete on agreement_acceptance
    for each row call 'nl.claimdesk.audit.AppendOnlyTrigger';

-- H2 runs no trigger on TRUNCATE, but refuses to truncate a table that a foreign key references: these always empty
-- tables only exist to hold such a reference.
create table if not exists audit_entry_truncate_guard (entry_id uuid references audit_entry (id));
create table if not exists agreement_acceptance_truncate_guard (
    acceptance_id uuid references agreement_acceptance (id));
