-- Prefix searches of the back office (LIKE 'abc%'). With a database collation other than C, a plain btree index
-- cannot serve LIKE; the pattern_ops operator classes compare byte-wise and can. See docs/adr/0016.
create index if not exists registration_name_prefix on registration (name_key varchar_pattern_ops);
create index if not exists registration_last_name_prefix on registration (last_name_key varchar_pattern_ops);
create index if not exists registration_email_prefix on registration (email_key varchar_pattern_ops);
create index if not exists registration_postcode_prefix on registration (postcode_key varchar_pattern_ops);
-- The child search needs the registration and its sign-up time: with both in the index, PostgreSQL finds and
-- orders the matches from the index alone.
drop index if exists claimant_name_prefix;
drop index if exists claimant_last_name_prefix;
create index if not exists claimant_name_search on claimant (name_key varchar_pattern_ops)
    include (registration_created_at, registration_id);
create index if not exists claimant_last_name_search on claimant (last_name_key varchar_pattern_ops)
    include (registration_created_at, registration_id);
