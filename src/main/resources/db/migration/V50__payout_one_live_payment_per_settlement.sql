-- A claimant is paid at most once per settlement, whatever allocation version the payment was made under: a new
-- version published after a payment must not lead to a second one. The payment names its settlement, the database
-- checks that it is the allocation's, and the unique key moves from the share to the settlement and the claimant
-- (live is TRUE or NULL, so failed payments never count, as before).
alter table allocation add constraint allocation_of_settlement unique (id, settlement_id);

alter table payment add column settlement_id uuid;
update payment set settlement_id = (select a.settlement_id from allocation a where a.id = payment.allocation_id);
alter table payment alter column settlement_id set not null;
alter table payment add constraint payment_of_allocation foreign key (allocation_id, settlement_id)
    references allocation (id, settlement_id);
alter table payment drop constraint payment_share_once;
alter table payment add constraint payment_claimant_once unique (settlement_id, claimant_id, live);
