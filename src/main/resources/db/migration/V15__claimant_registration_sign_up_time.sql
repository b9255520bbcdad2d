-- The child search lists the newest registrations with a matching child. With the registration's sign-up time on
-- the claimant, the search index of children's names holds everything that query needs, and PostgreSQL takes the
-- newest matches from the index alone instead of visiting every match's registration (docs/adr/0016). A
-- registration's sign-up time never changes, so the copy cannot go stale.
alter table claimant add column registration_created_at timestamp with time zone;
update claimant set registration_created_at = (select r.created_at from registration r where r.id = claimant.registration_id);
alter table claimant alter column registration_created_at set not null;
