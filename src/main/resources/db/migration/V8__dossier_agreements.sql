-- The participation agreement of each campaign, in versions. A version's text never changes once it exists.
create table agreement_version (
    id             uuid primary key,
    campaign_id    uuid    not null references campaign (id),
    version        integer not null,
    effective_from timestamp with time zone not null,
    created_at     timestamp with time zone not null,
    constraint agreement_version_unique unique (campaign_id, version)
);

create table agreement_text (
    version_id uuid       not null references agreement_version (id),
    language   varchar(2) not null,
    body       text       not null,
    primary key (version_id, language)
);

-- Who accepted which version of the agreement, for whom, when and how: the proof of the mandate. Append-only: a
-- vendor-specific trigger (db/vendor/*) refuses updates and deletes.
create table agreement_acceptance (
    id                  uuid primary key,
    version_id          uuid         not null references agreement_version (id),
    campaign_id         uuid         not null references campaign (id),
    registration_id     uuid         not null,
    claimant_id         uuid         not null,
    account_id          uuid         not null,
    language            varchar(2)   not null,
    text_sha256         varchar(64)  not null,
    accepted_at         timestamp with time zone not null,
    time_zone           varchar(40)  not null,
    ip                  varchar(45)  not null,
    user_agent          varchar(500) not null,
    signer_name         varchar(200) not null,
    claimant_name       varchar(200) not null,
    claimant_birth_date date         not null,
    on_behalf_of_child  boolean      not null,
    authority_declared  boolean      not null
);
create index agreement_acceptance_registration on agreement_acceptance (registration_id);
create index agreement_acceptance_claimant on agreement_acceptance (claimant_id);
