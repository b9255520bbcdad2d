-- The application connects as its own role (DATABASE_USERNAME, the placeholder application_role) while the migrations
-- run as the role that owns the tables (DATABASE_MIGRATION_USERNAME). The application may read and change the rows of
-- every table, but the audit log, the agreement acceptances and the published class versions (docs/adr/0039) it may
-- only read and add to; it owns nothing, so it can neither drop nor disable the triggers that keep the first two
-- append-only. See docs/adr/0029.
-- With one user for both (the demo, or a small installation), there is nothing to separate and nothing changes.
do $$
declare
    application name := '${application_role}';
    schema_name name := '${flyway:defaultSchema}';
begin
    if application = current_user then
        return;
    end if;
    if not exists (select from pg_roles where rolname = application) then
        raise exception 'The application''s database role "%" does not exist. Create it first (README: two database users).',
            application;
    end if;
    if exists (select from pg_roles where rolname = application and (rolsuper or rolbypassrls)) then
        raise exception 'The application''s database role "%" is a superuser: it could rewrite the audit log.',
            application;
    end if;
    if pg_has_role(application, current_user, 'MEMBER') then
        raise exception 'The application''s database role "%" is a member of the owner "%": it could drop the triggers.',
            application, current_user;
    end if;

    -- Start from nothing, so that a grant made by hand before does not outlive this file.
    execute format('revoke all on all tables in schema %I from %I', schema_name, application);
    execute format('revoke all on all sequences in schema %I from %I', schema_name, application);
    execute format('revoke create on schema %I from %I', schema_name, application);

    execute format('grant usage on schema %I to %I', schema_name, application);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema_name, application);
    execute format('grant usage, select on all sequences in schema %I to %I', schema_name, application);
    -- Tables and sequences that later migrations create get the same, without this file having to run again.
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
        schema_name, application);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
        schema_name, application);

    execute format('revoke update, delete on %I.audit_entry, %I.agreement_acceptance from %I',
        schema_name, schema_name, application);
    -- A published class version is never changed (docs/adr/0039).
    execute format('revoke update, delete on %I.class_version, %I.class_sub_class, %I.class_residence from %I',
        schema_name, schema_name, schema_name, application);
    execute format('revoke all on %I.%I from %I', schema_name, '${flyway:table}', application);
end
$$;
