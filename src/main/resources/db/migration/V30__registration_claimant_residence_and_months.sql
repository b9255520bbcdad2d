-- The facts the class may turn on that whole years and the registrant's country cannot settle (docs/adr/0047): the
-- claimant's own country of residence, and the month in which use started and (if it stopped) ended. Null is
-- unknown: claimants registered before keep what they had, and the class evaluation asks for what it needs.
alter table claimant add column residence_country varchar(2);
alter table claimant add column use_started_month smallint;
alter table claimant add column use_ended_month smallint;
alter table claimant add constraint claimant_use_started_month_valid
    check (use_started_month between 1 and 12);
alter table claimant add constraint claimant_use_ended_month_valid
    check (use_ended_month is null or (use_ended_month between 1 and 12 and use_ended_year is not null));
