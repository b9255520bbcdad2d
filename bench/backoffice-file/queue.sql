-- The first page of the review queue and a page further on, as FileStore.openReviews asks for them.
explain (analyze, costs off)
select d.id, d.reason, d.created_at, c.id, r.reference, e.id, f.reference
from duplicate_review d
join claimant c on c.id = d.claimant_id join registration r on r.id = c.registration_id
join claimant e on e.id = d.duplicate_of join registration f on f.id = e.registration_id
where d.resolved_at is null order by d.resolved_at, d.created_at, d.id limit 26;
explain (analyze, costs off)
select d.id, d.reason, d.created_at, c.id, r.reference, e.id, f.reference
from duplicate_review d
join claimant c on c.id = d.claimant_id join registration r on r.id = c.registration_id
join claimant e on e.id = d.duplicate_of join registration f on f.id = e.registration_id
where d.resolved_at is null and d.created_at >= now() - interval '30 minutes'
    and (d.created_at > now() - interval '30 minutes' or d.id > '00000000-0000-0000-0000-000000000000')
order by d.resolved_at, d.created_at, d.id limit 26;
