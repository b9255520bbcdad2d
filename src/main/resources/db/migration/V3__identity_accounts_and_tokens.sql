-- Participants' accounts: one per email address, compared case-insensitively through email_normalised.
create table account (
    id                uuid primary key,
    email             varchar(320) not null,
    email_normalised  varchar(320) not null unique,
    language          varchar(2)   not null,
    email_verified_at timestamp with time zone,
    created_at        timestamp with time zone not null
);

-- One-time links. Only the SHA-256 of the token is stored; a link is used up by setting used_at, atomically.
create table one_time_token (
    token_hash  varchar(64) primary key,
    account_id  uuid        not null references account (id),
    purpose     varchar(20) not null,
    subject_id  uuid,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index one_time_token_account on one_time_token (account_id);
create index one_time_token_expiry on one_time_token (expires_at);

-- Spring Session, so that any node serves any logged-in participant.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
