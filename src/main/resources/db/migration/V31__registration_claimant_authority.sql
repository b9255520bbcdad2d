-- Which authority the registrant declared to hold over a child (docs/adr/0047): a parent with parental authority, or
-- a guardian. Children registered before declared "parental authority or guardianship" in one box, so their kind is
-- not known and stays null; parental_authority_declared keeps saying that a declaration was made.
alter table claimant add column authority varchar(10);
alter table claimant add constraint claimant_authority_known check (authority in ('PARENT', 'GUARDIAN'));
