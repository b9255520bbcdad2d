-- After a publication of version :number of campaign :'slug' evaluated on :'as_of': every active claimant's stored
-- class status recounted here, independently of the app's ClassificationQuery (real dates instead of yyyymmdd
-- numbers, the version's criteria read back from class_version, class_sub_class and class_residence), by the rules
-- of docs/adr/0039, 0047 and 0048. Writes bench_check.recount (one row per active claimant: stored and recounted)
-- and prints the differences; bench/class/run fails on any.
\set ON_ERROR_STOP on
create schema if not exists bench_check;
drop table if exists bench_check.recount;

create temp table version as
select v.*, v.use_from + case when v.use_from_inclusive then 0 else 1 end as period_first,
    coalesce(v.use_until - case when v.use_until_inclusive then 0 else 1 end, date '9999-12-31') as period_last
from class_version v join campaign k on k.id = v.campaign_id
where k.slug = :'slug' and v.number = :number;

create temp table facts as
select c.id, k.status as class_status, k.sub_class as class_sub_class, k.regime as class_regime,
    k.detail as class_detail, k.version as class_version, c.registry_choice,
    c.date_of_birth as birth,
    greatest(make_date(c.use_started_year, coalesce(c.use_started_month, 1), 1), c.date_of_birth) as first_day,
    case when c.use_started_month is null then make_date(c.use_started_year, 12, 31)
        else make_date(c.use_started_year, c.use_started_month, 1) end as start_until,
    case when c.use_ended_year is null then date :'as_of'
        when c.use_ended_month is null then make_date(c.use_ended_year, 1, 1)
        else (make_date(c.use_ended_year, c.use_ended_month, 1) + interval '1 month' - interval '1 day')::date
        end as end_from,
    case when c.use_ended_year is null then date :'as_of'
        else (make_date(c.use_ended_year, coalesce(c.use_ended_month, 12), 1) + interval '1 month'
            - interval '1 day')::date end as end_until,
    case when v.registrant_country_counts then coalesce(c.residence_country, r.country) else c.residence_country end
        as country,
    (c.date_of_birth + make_interval(years => v.majority_age))::date
        + case when extract(day from c.date_of_birth + make_interval(years => v.majority_age))
            <> extract(day from c.date_of_birth) then 1 else 0 end as majority
from claimant c join registration r on r.id = c.registration_id join version v on v.campaign_id = r.campaign_id
    left join claimant_class k on k.claimant_id = c.id
where c.status in ('REGISTERED', 'UNDER_REVIEW') and c.date_of_birth is not null;

create temp table spans as
select f.*, least(f.end_until, date :'as_of') as last_day,
    case when f.country is null then null
        else coalesce((select x.regime from class_residence x join version v on x.campaign_id = v.campaign_id
            and x.version_number = v.number where x.country = f.country), (select other_countries from version))
        end as regime
from facts f;

create temp table windows as
select s.*, least(greatest(s.start_until, s.birth), s.last_day) as latest_start,
    greatest(least(s.end_from, s.last_day), s.first_day) as earliest_end
from spans s;

-- Per claimant and sub-class: the days of the period on which someone of that age condition qualifies, and whether
-- the known use certainly (0) or possibly (1) falls on one of them; the first sub-class in order decides.
create temp table best as
select distinct on (w.id) w.id, sc.code, sc.window_until, w.latest_start, certain
from windows w cross join version v
join lateral (
    select k.code, k.position,
        case k.age_during_use when 'ADULT' then greatest(v.period_first, w.majority) else v.period_first end
            as window_from,
        case k.age_during_use when 'MINOR' then least(v.period_last, w.majority - 1) else v.period_last end
            as window_until
    from class_sub_class k where k.campaign_id = v.campaign_id and k.version_number = v.number
) sc on sc.window_from <= sc.window_until
cross join lateral (select case
        when w.latest_start <= sc.window_until and w.earliest_end >= sc.window_from then 0
        when w.first_day <= sc.window_until and w.last_day >= sc.window_from then 1 end as certain) c
where certain is not null
order by w.id, sc.position, certain;

create table bench_check.recount as
select w.id, w.class_status, w.class_sub_class, w.class_regime, w.class_detail, w.class_version,
    case when out_by_registry then 'OUTSIDE' else fact_status end as status,
    case when out_by_registry then null else fact_sub_class end as sub_class,
    case when out_by_registry then null else fact_regime end as regime,
    case when w.registry_choice = 'OPTED_OUT' and fact_status <> 'OUTSIDE' then 'OPTED_OUT'
        when out_by_registry then 'NOT_OPTED_IN' else fact_detail end as detail
from (
    select w.*, o.*,
        (w.registry_choice = 'OPTED_OUT' and o.fact_status <> 'OUTSIDE')
            or (o.fact_status = 'IN_CLASS' and o.fact_regime = 'OPT_IN'
                and w.registry_choice is distinct from 'OPTED_IN') as out_by_registry
    from windows w left join best b on b.id = w.id cross join version v
    cross join lateral (select
        case when w.regime = 'EXCLUDED' or b.id is null then 'OUTSIDE'
            when w.regime is null or b.certain = 1 then 'INFORMATION_NEEDED' else 'IN_CLASS' end as fact_status,
        case when w.regime <> 'EXCLUDED' and b.certain = 0 then b.code end as fact_sub_class,
        case when w.regime <> 'EXCLUDED' and b.certain = 0 then w.regime end as fact_regime,
        case when w.regime = 'EXCLUDED' then 'RESIDENCE_EXCLUDED'
            when b.id is null and w.first_day <= v.period_last and w.last_day >= v.period_first
                then 'AGE_DURING_USE'
            when b.id is null then 'USE_OUTSIDE_PERIOD'
            when w.regime is null then 'RESIDENCE'
            when b.certain = 1 and b.latest_start > b.window_until then 'USE_START_MONTH'
            when b.certain = 1 then 'USE_END_MONTH' end as fact_detail) o
) w;

\echo 'Recounted by status (stored = recounted per claimant where "differ" is 0):'
select status, coalesce(sub_class, detail) as why, count(*) as claimants,
    count(*) filter (where (class_status, class_sub_class, class_regime, class_detail, class_version)
        is distinct from (status, sub_class, regime, detail, :number)) as differ
from bench_check.recount group by 1, 2 order by 1, 2;
\echo 'Claimants whose stored status differs from the recount (a few):'
select id, class_status, class_sub_class, class_detail, class_version, status, sub_class, detail
from bench_check.recount
where (class_status, class_sub_class, class_regime, class_detail, class_version)
    is distinct from (status, sub_class, regime, detail, :number)
limit 5;
