-- The audit log and the agreement acceptances are append-only: no update or delete gets through, whoever asks.
drop trigger if exists audit_entry_append_only;
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'nl.claimdesk.audit.AppendOnlyTrigger';
drop trigger if exists agreement_acceptance_append_only;
create trigger agreement_acceptance_append_only before update, delete on agreement_acceptance
    for each row call 'nl.claimdesk.audit.AppendOnlyTrigger';
