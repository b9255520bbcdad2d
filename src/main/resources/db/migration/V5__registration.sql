-- A registration: one sign-up, by one adult (the account holder), for one campaign.
create table registration (
    id                      uuid primary key,
    reference               varchar(12)  not null unique,
    campaign_id             uuid         not null references campaign (id),
    account_id              uuid         not null references account (id),
    kind                    varchar(20)  not null,
    first_name              varchar(100) not null,
    last_name               varchar(100) not null,
    date_of_birth           date         not null,
    postcode                varchar(12)  not null,
    country                 varchar(2)   not null,
    language                varchar(2)   not null,
    privacy_acknowledged_at timestamp with time zone not null,
    idempotency_key         uuid         not null unique,
    created_at              timestamp with time zone not null,
    verified_at             timestamp with time zone,
    constraint registration_kind_known check (kind in ('SELF', 'CHILDREN', 'SUPPORTER')),
    constraint registration_once_per_campaign unique (account_id, campaign_id)
);
create index registration_campaign on registration (campaign_id, created_at);

-- The people whose claim is pursued: the registrant's children, or the registrant.
create table claimant (
    id                          uuid primary key,
    registration_id             uuid         not null references registration (id),
    position                    integer      not null,
    kind                        varchar(10)  not null,
    first_name                  varchar(100) not null,
    last_name                   varchar(100) not null,
    date_of_birth               date         not null,
    use_started_year            integer      not null,
    use_ended_year              integer,
    parental_authority_declared boolean      not null,
    status                      varchar(20)  not null,
    identity_key                varchar(300) not null,
    created_at                  timestamp with time zone not null,
    constraint claimant_kind_known check (kind in ('CHILD', 'SELF')),
    constraint claimant_status_known check (status in ('REGISTERED', 'UNDER_REVIEW'))
);
create index claimant_registration on claimant (registration_id);
create index claimant_identity_key on claimant (identity_key);

-- The first claimant registered under a normalised name and date of birth, per campaign. A second registration
-- of the same person finds the key taken and goes to review instead of being counted twice.
create table claimant_identity (
    campaign_id  uuid         not null references campaign (id),
    identity_key varchar(300) not null,
    claimant_id  uuid         not null references claimant (id),
    primary key (campaign_id, identity_key)
);

-- Claimants to be looked at by the back office, with the reason.
create table duplicate_review (
    id                   uuid primary key,
    claimant_id          uuid        not null references claimant (id),
    duplicate_of         uuid        not null references claimant (id),
    reason               varchar(40) not null,
    created_at           timestamp with time zone not null,
    resolved_at          timestamp with time zone
);
create index duplicate_review_open on duplicate_review (resolved_at, created_at);

-- Someone signed up again for a campaign their address is already registered for. Nothing else is stored.
create table repeated_signup (
    id              uuid primary key,
    registration_id uuid not null references registration (id),
    idempotency_key uuid not null unique,
    created_at      timestamp with time zone not null
);
