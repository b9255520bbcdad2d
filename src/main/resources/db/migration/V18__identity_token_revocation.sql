-- A one-time link can be revoked before it is used: by a newer link of the same purpose, or when the account's
-- email address changes. A revoked link logs in nobody and verifies nothing.
alter table one_time_token add column revoked_at timestamp with time zone;
create index one_time_token_account_purpose on one_time_token (account_id, purpose);
