-- Prefix searches of the back office (LIKE 'abc%'); H2 serves them from plain indexes. See docs/adr/0016.
create index if not exists registration_name_prefix on registration (name_key);
create index if not exists registration_last_name_prefix on registration (last_name_key);
create index if not exists registration_email_prefix on registration (email_key);
create index if not exists registration_postcode_prefix on registration (postcode_key);
drop index if exists claimant_name_prefix;
drop index if exists claimant_last_name_prefix;
create index if not exists claimant_name_search on claimant (name_key, registration_created_at, registration_id);
create index if not exists claimant_last_name_search on claimant (last_name_key, registration_created_at, registration_id);
