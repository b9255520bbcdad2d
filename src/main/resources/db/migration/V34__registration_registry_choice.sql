-- What a claimant filed with the court's registry, as the registry reported it and a case handler recorded it
-- (docs/adr/0048): an opt-out or an opt-in, the registry's reference and when it was recorded. Apart from the
-- claimant's status, which says whether they withdrew from the participation agreement.
alter table claimant add column registry_choice varchar(10);
alter table claimant add column registry_reference varchar(60);
alter table claimant add column registry_recorded_at timestamp with time zone;
alter table claimant add constraint claimant_registry_choice_known
    check (registry_choice in ('OPTED_OUT', 'OPTED_IN'));
