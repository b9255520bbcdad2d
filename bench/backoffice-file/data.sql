-- Synthetic data for timing the back office's file and review queue on PostgreSQL: one campaign, 1,000,000
-- registrations with 1,500,000 claimants, 25,000 duplicate reviews of which 5,000 open, 2,000,000 history entries
-- and 1,000,000 mails. Run it on an empty, migrated database (see docs/performance.md), never in production.
set synchronous_commit = off;
insert into campaign (id, slug, status, defendant, position, use_reference_date, registrant_minimum_age, majority_age, claimant_minor_during_use, supporters_allowed, funder_fee_percentage, fee_plus_costs, fee_cap_percentage, fee_cap_includes_vat, no_cure_no_pay, content_revision, created_at)
values ('00000000-0000-0000-0000-0000000000c1', 'bench', 'OPEN', 'X', 1, '2018-05-25', 18, 18, true, true, 10, false, 25, true, true, 1, now());
create temp table n as select g, gen_random_uuid() as acc, gen_random_uuid() as reg from generate_series(1, 1000000) g;
insert into account (id, email, email_normalised, language, email_verified_at, created_at)
select acc, 'p' || g || '@example.nl', 'p' || g || '@example.nl', 'nl', now(), now() from n;
insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name, date_of_birth, postcode, country, language, privacy_acknowledged_at, idempotency_key, created_at, verified_at)
select reg, 'R' || lpad(g::text, 10, '0'), '00000000-0000-0000-0000-0000000000c1', acc, 'CHILDREN', 'Anna', 'Naam' || g, date '1980-01-01' + (g % 5000), '1234 AB', 'NL', 'nl', now(), gen_random_uuid(), now() - (g || ' seconds')::interval, now() from n;
insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth, use_started_year, use_ended_year, parental_authority_declared, status, identity_key, created_at, registration_created_at)
select gen_random_uuid(), reg, p, 'CHILD', 'Kind' || p, 'Naam' || g, date '2010-01-01' + (g % 3000), 2019, null, true, 'REGISTERED', 'k' || g || '-' || p, now(), now() - (g || ' seconds')::interval
from n cross join generate_series(0, 1) p where p = 0 or g % 2 = 0;
create temp table c as select id, registration_id, row_number() over () as k from claimant where identity_key like 'k%';
insert into duplicate_review (id, claimant_id, duplicate_of, reason, created_at, resolved_at, resolution)
select gen_random_uuid(), a.id, b.id, 'SAME_NAME_AND_BIRTH_DATE', now() - (a.k || ' seconds')::interval,
  case when a.k > 5000 then now() end, case when a.k > 5000 then 'DIFFERENT_CHILDREN' end
from c a join c b on b.k = a.k + 700000 where a.k <= 25000;
update claimant set status = 'UNDER_REVIEW' where id in (select claimant_id from duplicate_review where resolved_at is null);
insert into registration_event (id, registration_id, claimant_id, kind, actor, occurred_at, detail, internal)
select gen_random_uuid(), reg, null, e, 'PARTICIPANT', now() - (g || ' seconds')::interval, null, false
from n cross join unnest(array['SIGNED_UP', 'VERIFIED']) e;
insert into outbox (id, priority, kind, recipient, account_id, subject, message_id, created_at, pending, next_attempt_at, attempts, sent_at)
select gen_random_uuid(), 1, 'registration.verify', 'p' || g || '@example.nl', acc, 'Bevestig', gen_random_uuid()::text, now(), false, now(), 1, now() from n;
analyze;
