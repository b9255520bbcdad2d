-- The facts the class needs that bench/backoffice/fill does not write, set up set-based on the bench's own copy
-- (bench/class/run), for the campaign :'slug' only:
--   1. claimants up to :target in the campaign: children added to its CHILDREN registrations, each a copy of a
--      child there with another first name and a birthday moved by up to half a year (the fill writes about
--      1.13 million claimants to this campaign; issue 12 asks for 1.5 million);
--   2. the month use started for 60% of the claimants and the month it ended for 60% of those that stopped, as if
--      they answered the funnel's or Mijn dossier's question; the others keep the year only (ADR 0047);
--   3. a residence of their own for 4% of the claimants (3% abroad: BE, DE, GB; 1% NL), the registrant's country
--      standing for the rest;
--   4. an opt-out reported by the court's registry for 0.5% of them (ADR 0048).
-- Nothing is classified here: class_* stays empty, as after the fill; the bench's first publication classifies.
\set ON_ERROR_STOP on

create temp table bench_campaign as select id from campaign where slug = :'slug';

-- 1. Top up.
create temp table extra as
select c.* from claimant c join registration r on r.id = c.registration_id
where r.campaign_id = (select id from bench_campaign) and c.kind = 'CHILD' and r.kind = 'CHILDREN'
order by hashtext(c.id::text)
limit greatest(0, :target - (select count(*) from claimant c join registration r on r.id = c.registration_id
    where r.campaign_id = (select id from bench_campaign)));
update extra set id = gen_random_uuid(), position = position + 10,
    first_name = first_name || 'je',
    date_of_birth = date_of_birth + (abs(hashtext(id::text)) % 365 - 182),
    identity_key = identity_key || '|extra',
    name_key = name_key || 'je';
update extra set use_started_year = least(greatest(use_started_year, extract(year from date_of_birth)::int + 6), 2025);
update extra set use_ended_year = null where use_ended_year < use_started_year;
insert into claimant select * from extra;
drop table extra;

create temp table campaign_claimant as
select c.id from claimant c join registration r on r.id = c.registration_id
where r.campaign_id = (select id from bench_campaign);
alter table campaign_claimant add primary key (id);

-- 2. Months, never before birth and never an end before the start.
update claimant c set use_started_month = case
        when c.use_started_year = extract(year from c.date_of_birth)
            then greatest(1 + abs(hashtext(c.id::text || 's')) % 12, extract(month from c.date_of_birth)::int)
        else 1 + abs(hashtext(c.id::text || 's')) % 12 end
where c.id in (select id from campaign_claimant) and c.use_started_year is not null
    and abs(hashtext(c.id::text || 'm')) % 100 < 60;
update claimant c set use_ended_month = case
        when c.use_ended_year = c.use_started_year and c.use_started_month is not null
            then greatest(1 + abs(hashtext(c.id::text || 'e')) % 12, c.use_started_month)
        else 1 + abs(hashtext(c.id::text || 'e')) % 12 end
where c.id in (select id from campaign_claimant) and c.use_ended_year is not null
    and abs(hashtext(c.id::text || 'n')) % 100 < 60;

-- 3. Residence of their own.
update claimant c set residence_country = (array['BE', 'DE', 'GB', 'NL'])[1 + abs(hashtext(c.id::text || 'r')) % 4]
where c.id in (select id from campaign_claimant) and abs(hashtext(c.id::text || 'c')) % 100 < 4;

-- 4. Opt-outs the registry reported.
update claimant c set registry_choice = 'OPTED_OUT', registry_reference = 'BENCH-' || left(c.id::text, 8),
    registry_recorded_at = now()
where c.id in (select id from campaign_claimant) and abs(hashtext(c.id::text || 'o')) % 1000 < 5;

vacuum analyze claimant;
