-- How people opt out of or into the class with the court's registry under a version (docs/adr/0048): the deadlines
-- (left out while the court has not set them), how to file, in both languages, and the registry's page.
alter table class_version add column opt_out_deadline date;
alter table class_version add column opt_in_deadline date;
alter table class_version add column registry_how_nl varchar(2000) not null default '';
alter table class_version add column registry_how_en varchar(2000) not null default '';
alter table class_version add column registry_url varchar(500);
