-- Times the queries behind the dashboard and the audit log page, as the application sends them, on the data of
-- fill.sql. Each runs twice; the second run is the one that counts (data in the page cache, as on a busy server).
\timing on

\echo '--- dashboard: sign-ups per hour, last 30 days, all campaigns'
select count(*) from (select date_trunc('hour', created_at) as hour_start, count(*) from registration
    where created_at >= now() - interval '30 days' and created_at < now() group by date_trunc('hour', created_at)) q;
select count(*) from (select date_trunc('hour', created_at) as hour_start, count(*) from registration
    where created_at >= now() - interval '30 days' and created_at < now() group by date_trunc('hour', created_at)) q;
\echo '--- dashboard: sign-ups per hour, last 365 days, one campaign'
select count(*) from (select date_trunc('hour', created_at), count(*) from registration
    where created_at >= now() - interval '365 days' and created_at < now() and campaign_id = md5('campaign1')::uuid
    group by date_trunc('hour', created_at)) q;
select count(*) from (select date_trunc('hour', created_at), count(*) from registration
    where created_at >= now() - interval '365 days' and created_at < now() and campaign_id = md5('campaign1')::uuid
    group by date_trunc('hour', created_at)) q;

\echo '--- dashboard: registrations by campaign, kind and state'
select r.campaign_id, r.kind, case when r.withdrawn_at is not null then 'WITHDRAWN' when r.verified_at is null
    then 'UNCONFIRMED' else 'CONFIRMED' end as state, count(*) from registration r
    group by r.campaign_id, r.kind, case when r.withdrawn_at is not null then 'WITHDRAWN' when r.verified_at is null
    then 'UNCONFIRMED' else 'CONFIRMED' end;
select r.campaign_id, r.kind, case when r.withdrawn_at is not null then 'WITHDRAWN' when r.verified_at is null
    then 'UNCONFIRMED' else 'CONFIRMED' end as state, count(*) from registration r
    group by r.campaign_id, r.kind, case when r.withdrawn_at is not null then 'WITHDRAWN' when r.verified_at is null
    then 'UNCONFIRMED' else 'CONFIRMED' end;

\echo '--- dashboard: claimants by campaign, kind, status and agreement'
select r.campaign_id, c.kind, c.status, case when c.participation_completed_at is null then 0 else 1 end, count(*)
    from claimant c join registration r on r.id = c.registration_id
    group by r.campaign_id, c.kind, c.status, case when c.participation_completed_at is null then 0 else 1 end;
select r.campaign_id, c.kind, c.status, case when c.participation_completed_at is null then 0 else 1 end, count(*)
    from claimant c join registration r on r.id = c.registration_id
    group by r.campaign_id, c.kind, c.status, case when c.participation_completed_at is null then 0 else 1 end;

\echo '--- dashboard: open reviews, all and one campaign'
select count(*) from duplicate_review where resolved_at is null;
select count(*) from duplicate_review where resolved_at is null;
select count(*) from duplicate_review d join claimant c on c.id = d.claimant_id
    join registration r on r.id = c.registration_id where d.resolved_at is null and r.campaign_id = md5('campaign1')::uuid;

\echo '--- dashboard: mail backlog'
select (select count(*) from outbox where pending = true), (select count(*) from outbox where pending = true and attempts > 0),
    (select count(*) from outbox where failed_at is not null);
select (select count(*) from outbox where pending = true), (select count(*) from outbox where pending = true and attempts > 0),
    (select count(*) from outbox where failed_at is not null);

\echo '--- audit log: first page, no filter'
select id, occurred_at from audit_entry where 1 = 1 order by occurred_at desc, id desc limit 51;
select id, occurred_at from audit_entry where 1 = 1 order by occurred_at desc, id desc limit 51;
\echo '--- audit log: a page deep in the log (cursor 30 days back), no filter'
select id from audit_entry where occurred_at <= now() - interval '30 days'
    and (occurred_at, id) < (now() - interval '30 days', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
    order by occurred_at desc, id desc limit 51;
select id from audit_entry where occurred_at <= now() - interval '30 days'
    and (occurred_at, id) < (now() - interval '30 days', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
    order by occurred_at desc, id desc limit 51;
\echo '--- audit log: one staff member, a page deep'
select id from audit_entry where actor_kind = 'STAFF' and actor_id = md5('staff1')::uuid::text
    and occurred_at <= now() - interval '30 days'
    and (occurred_at, id) < (now() - interval '30 days', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
    order by occurred_at desc, id desc limit 51;
select id from audit_entry where actor_kind = 'STAFF' and actor_id = md5('staff1')::uuid::text
    and occurred_at <= now() - interval '30 days'
    and (occurred_at, id) < (now() - interval '30 days', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
    order by occurred_at desc, id desc limit 51;
\echo '--- audit log: one action'
select id from audit_entry where action = 'export.created' order by occurred_at desc, id desc limit 51;
select id from audit_entry where action = 'export.created' order by occurred_at desc, id desc limit 51;
\echo '--- audit log: one subject (who looked at this file)'
select id from audit_entry where subject_type = 'registration' and subject_id = md5('registration42')::uuid::text
    order by occurred_at desc, id desc limit 51;
select id from audit_entry where subject_id = md5('registration42')::uuid::text
    order by occurred_at desc, id desc limit 51;
\echo '--- audit log: one day, 25 days ago'
select id from audit_entry where occurred_at >= date_trunc('day', now() - interval '25 days')
    and occurred_at < date_trunc('day', now() - interval '24 days') order by occurred_at desc, id desc limit 51;
select id from audit_entry where occurred_at >= date_trunc('day', now() - interval '25 days')
    and occurred_at < date_trunc('day', now() - interval '24 days') order by occurred_at desc, id desc limit 51;
