-- What the back office does to a participant's file: resolving duplicate-child reviews, marking suspected fraud, and
-- history entries that only staff see.

-- A claimant found to be the same child as one registered earlier: kept, but not counted a second time.
alter table claimant drop constraint claimant_status_known;
alter table claimant add constraint claimant_status_known
    check (status in ('REGISTERED', 'UNDER_REVIEW', 'DUPLICATE', 'WITHDRAWN', 'HANDED_OVER'));

-- Suspected fraud, on a whole registration or one claimant. Never shown to the participant.
alter table registration add column suspected_fraud_at timestamp with time zone;
alter table registration add column suspected_fraud_reason varchar(500);
alter table claimant add column suspected_fraud_at timestamp with time zone;
alter table claimant add column suspected_fraud_reason varchar(500);

-- How a review was resolved (SAME_CHILD or DIFFERENT_CHILDREN), by which staff member and why.
alter table duplicate_review add column resolution varchar(20);
alter table duplicate_review add column resolved_by varchar(100);
alter table duplicate_review add column resolution_reason varchar(500);
alter table duplicate_review add constraint duplicate_review_resolution_known
    check (resolution is null or resolution in ('SAME_CHILD', 'DIFFERENT_CHILDREN'));

-- The file shows the reviews of its claimants in both directions; the queue pages by (created_at, id).
create index duplicate_review_claimant on duplicate_review (claimant_id);
create index duplicate_review_duplicate_of on duplicate_review (duplicate_of);
drop index duplicate_review_open;
create index duplicate_review_open on duplicate_review (resolved_at, created_at, id);

-- History entries for staff only (e.g. suspected fraud): Mijn dossier and the data export leave them out.
alter table registration_event add column internal boolean default false not null;
