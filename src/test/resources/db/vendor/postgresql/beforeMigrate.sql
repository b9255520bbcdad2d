-- Tests on PostgreSQL connect as a login role of their own, as production does (README: two database users), so that
-- every test shows the application works with no more than its privileges. The role is made when absent; roles
-- belong to the whole server, so another build may make it at the same moment.
do $$
begin
    if not exists (select from pg_roles where rolname = '${application_role}') then
        execute format('create role %I login password %L', '${application_role}', '${application_role}');
    end if;
exception
    when duplicate_object or unique_violation then
        null;
end
$$;
