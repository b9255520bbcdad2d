-- Synthetic data for measuring the dashboard's and the audit log's queries on PostgreSQL (never in production):
-- 3 campaigns, 1,000,000 registrations over 60 days, about 1,500,000 claimants, 5,000 open duplicate reviews,
-- 1,200,000 outbox rows and 3,000,000 audit entries. Run against an empty database that has the schema, e.g.
--   createdb figures && pg_dump -s <a migrated database> | psql figures && psql figures -f fill.sql
-- then time the queries with measure.sql.
insert into campaign (id, slug, status, defendant, position, use_reference_date, registrant_minimum_age,
    majority_age, claimant_minor_during_use, supporters_allowed, funder_fee_percentage, fee_plus_costs,
    fee_cap_percentage, fee_cap_includes_vat, no_cure_no_pay, content_revision, created_at)
select md5('campaign' || n)::uuid, 'figures-' || n, 'OPEN', 'Defendant ' || n, n, date '2018-05-25', 18, 18, true,
    true, 22, true, 25, true, true, 0, now()
from generate_series(1, 3) n;

insert into account (id, email, email_normalised, language, created_at)
select md5('account' || n)::uuid, 'p' || n || '@example.nl', 'p' || n || '@example.nl', 'nl', now()
from generate_series(1, 1000000) n;

-- 70% in the first campaign; 60% parents, 30% for themselves, 10% supporters; spread over 60 days with an evening
-- spike two weeks ago; 8% unconfirmed, 2% withdrawn.
insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name, date_of_birth,
    postcode, country, language, privacy_acknowledged_at, idempotency_key, created_at, verified_at, withdrawn_at)
select md5('registration' || n)::uuid, 'F' || n,
    md5('campaign' || case when n % 10 < 7 then 1 when n % 10 < 9 then 2 else 3 end)::uuid,
    md5('account' || n)::uuid,
    case when n % 10 < 6 then 'CHILDREN' when n % 10 < 9 then 'SELF' else 'SUPPORTER' end,
    'Voornaam', 'Achternaam', date '1980-01-01' + (n % 7000), '1234 AB', 'NL', 'nl', at,
    md5('idempotency' || n)::uuid, at,
    case when n % 25 < 2 then null else at + interval '10 minutes' end,
    case when n % 50 = 7 then at + interval '3 days' end
from (select n, case when n % 5 = 0 then now() - interval '14 days' + (n % 10800) * interval '1 second'
                     else now() - n * interval '5.184 seconds' end as at
      from generate_series(1, 1000000) n) generated;

-- Parents register one to three children (two on average), the others themselves; supporters nobody.
insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth, use_started_year,
    parental_authority_declared, status, identity_key, created_at, participation_completed_at, registration_created_at)
select md5('claimant' || r.n || '-' || p)::uuid, md5('registration' || r.n)::uuid, p,
    case when r.n % 10 < 6 then 'CHILD' else 'SELF' end, 'Kind', 'Achternaam', date '2008-01-01' + (r.n % 4000),
    2019, true,
    case when r.n % 50 = 7 then 'WITHDRAWN' when r.n % 200 = 3 and p = 0 then 'UNDER_REVIEW' else 'REGISTERED' end,
    r.n || '-' || p, now(), case when r.n % 3 = 0 then now() end,
    (select x.created_at from registration x where x.id = md5('registration' || r.n)::uuid)
from generate_series(1, 1000000) r(n)
cross join lateral generate_series(0, case when r.n % 10 < 6 then r.n % 3 else 0 end) p
where r.n % 10 < 9;

insert into duplicate_review (id, claimant_id, duplicate_of, reason, created_at, resolved_at)
select md5('review' || n)::uuid, md5('claimant' || n || '-0')::uuid, md5('claimant' || (n + 1) || '-0')::uuid,
    'SAME_NAME_AND_BIRTH_DATE', now(), null
from generate_series(1, 1000000) n
where n % 200 = 3;

insert into outbox (id, priority, kind, recipient, account_id, subject, message_id, created_at, pending,
    next_attempt_at, attempts, sent_at, failed_at)
select md5('mail' || n)::uuid, 1, 'VERIFICATION', 'p' || n || '@example.nl', null, 'Bevestig', 'm' || n || '@bench',
    now(), n % 240 = 1, now(), case when n % 240 = 1 and n % 480 = 1 then 2 else 1 end,
    case when n % 240 not in (1, 2) then now() end, case when n % 2400 = 2 then now() end
from generate_series(1, 1200000) n;

-- Audit entries: 50 staff members looking at files and changing them, participants, scheduled jobs.
insert into audit_entry (id, occurred_at, actor_kind, actor_id, ip, action, subject_type, subject_id, details)
select md5('audit' || n)::uuid, now() - n * interval '1.728 seconds',
    case when n % 4 = 0 then 'PARTICIPANT' when n % 4 = 3 then 'SYSTEM' else 'STAFF' end,
    case when n % 4 = 0 then md5('account' || (n % 1000000))::text when n % 4 = 3 then 'withdrawn-data'
         else md5('staff' || (n % 50))::uuid::text end,
    '192.0.2.' || (n % 250),
    (array['registration.viewed', 'claimant.corrected', 'claimant.withdrawn', 'export.created',
           'agreement.accepted', 'account.email-changed'])[1 + n % 6],
    'registration', md5('registration' || (n % 1000000))::uuid::text, '{"before":"a","after":"b"}'
from generate_series(1, 3000000) n;

vacuum analyze;
