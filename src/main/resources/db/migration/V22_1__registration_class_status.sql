-- Where each claimant stands against the campaign's class (docs/adr/0039): in it (which sub-class, under which
-- residence regime), outside it (why) or information needed (which fact), the class version it was last evaluated
-- under, and the version under which that status last changed. Empty until a version is published after sign-up.
alter table claimant add column class_status varchar(20);
alter table claimant add column class_sub_class varchar(40);
alter table claimant add column class_regime varchar(10);
alter table claimant add column class_detail varchar(40);
alter table claimant add column class_version integer;
alter table claimant add column class_changed_in integer;
alter table claimant add constraint claimant_class_status_known
    check (class_status in ('IN_CLASS', 'OUTSIDE', 'INFORMATION_NEEDED'));
