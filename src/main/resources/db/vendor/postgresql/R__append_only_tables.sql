-- The audit log and the agreement acceptances are append-only: no update or delete gets through, whoever asks.
create or replace function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = '42501';
end;
$$;

drop trigger if exists audit_entry_append_only on audit_entry;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_change();
drop trigger if exists agreement_acceptance_append_only on agreement_acceptance;
create trigger agreement_acceptance_append_only before update or delete on agreement_acceptance
    for each row execute function refuse_change();

-- Emptying the table at once is refused too.
drop trigger if exists audit_entry_no_truncate on audit_entry;
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function refuse_change();
drop trigger if exists agreement_acceptance_no_truncate on agreement_acceptance;
create trigger agreement_acceptance_no_truncate before truncate on agreement_acceptance
    for each statement execute function refuse_change();
