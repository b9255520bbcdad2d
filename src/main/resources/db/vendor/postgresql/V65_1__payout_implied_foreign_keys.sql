-- Two foreign keys that others imply, each a look-up per row of a million-row insert (ADR 0061):
--   - the payment's own key to its run (V46), implied by payment_of_run (V65);
--   - the share's key to its registration (V40): the insert takes the registration from the claimant's row, the
--     share's key to the claimant keeps that row, and the claimant's own key keeps its registration.
-- PostgreSQL named them; H2 made up names of its own, so its embedded database keeps both (it holds demo data).
alter table payment drop constraint payment_run_id_fkey;
alter table allocation_share drop constraint allocation_share_registration_id_fkey;
