-- An approved run keeps its number of payments and their sum, which its files' totals give at approval: the runs'
-- list and a run's page counted every payment of every run on each view (4.7 s for the list of a few runs of a
-- million payments). A run waiting for approval is still counted when shown; there is at most a handful of those.
alter table payment_run add column payments integer;
alter table payment_run add column total_cents bigint;
update payment_run set
    payments = (select sum(f.transactions) from payment_file f where f.run_id = payment_run.id),
    total_cents = (select sum(f.control_sum_cents) from payment_file f where f.run_id = payment_run.id)
where approved_at is not null;
