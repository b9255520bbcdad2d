-- Editors change campaign content in the back office. Each editable item carries a version that every save raises,
-- so a save based on an older version is refused instead of silently overwriting someone else's change. Both
-- language rows of a text are always saved together and carry the same version.
alter table campaign_text add column row_version bigint default 1 not null;
alter table timeline_item add column row_version bigint default 1 not null;
alter table faq_item add column row_version bigint default 1 not null;
