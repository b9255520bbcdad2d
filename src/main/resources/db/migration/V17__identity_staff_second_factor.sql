-- TOTP secrets are stored encrypted (AES-GCM, key from configuration); the id of the key that encrypted each one
-- sits beside it, so that keys can be rotated. A secret without a key id is still plaintext: the application
-- encrypts those at start-up (docs/adr/0021).
alter table staff_account alter column totp_secret set data type varchar(200);
alter table staff_account add column totp_key_id varchar(40);

-- Wrong second-factor codes in a row, counted per account across every address and node, and the moment before
-- which the next attempt is refused. A right code sets both back.
alter table staff_account add column second_factor_failures integer not null default 0;
alter table staff_account add column second_factor_wait_until timestamp with time zone;

-- Recovery codes used to be 10 characters (49 bits); new ones have 24 (118 bits). The short ones are withdrawn:
-- members keep logging in with their app, and an admin's reset of their login gives them new codes.
delete from staff_recovery_code;
