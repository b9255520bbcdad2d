-- Staff of the back office. An account is created by an invitation; until the invitation is accepted it has no
-- password, and until the second factor is enrolled it cannot log in. Roles are StaffRole names, comma-separated.
create table staff_account (
    id               uuid primary key,
    email            varchar(320) not null,
    email_normalised varchar(320) not null unique,
    name             varchar(200) not null,
    roles            varchar(200) not null,
    password_hash    varchar(200),
    totp_secret      varchar(64),
    totp_last_step   bigint,
    active           boolean      not null,
    created_at       timestamp with time zone not null,
    enrolled_at      timestamp with time zone,
    deactivated_at   timestamp with time zone
);

-- One-time recovery codes for a lost second factor; only their SHA-256 is stored.
create table staff_recovery_code (
    staff_id  uuid        not null references staff_account (id),
    code_hash varchar(64) not null,
    used_at   timestamp with time zone,
    primary key (staff_id, code_hash)
);

-- Invitation links: the link sets the password. Only the SHA-256 of the token is stored.
create table staff_invitation (
    token_hash varchar(64) primary key,
    staff_id   uuid        not null references staff_account (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index staff_invitation_staff on staff_invitation (staff_id);
