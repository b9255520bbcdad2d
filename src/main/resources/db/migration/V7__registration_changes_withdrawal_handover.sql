-- What can happen to a registration after sign-up: corrections, withdrawal, coming of age and hand-over.
alter table claimant drop constraint claimant_status_known;
alter table claimant add constraint claimant_status_known
    check (status in ('REGISTERED', 'UNDER_REVIEW', 'WITHDRAWN', 'HANDED_OVER'));
alter table claimant add column participation_completed_at timestamp with time zone;
alter table claimant add column came_of_age_on date;
alter table claimant add column withdrawn_at timestamp with time zone;
alter table claimant add column anonymised_at timestamp with time zone;
alter table claimant alter column date_of_birth drop not null;
alter table claimant alter column first_name drop not null;
alter table claimant alter column last_name drop not null;
create index claimant_birth on claimant (date_of_birth);

alter table registration add column withdrawn_at timestamp with time zone;
alter table registration add column withdrawal_channel varchar(20);
alter table registration add column withdrawal_reason varchar(500);
alter table registration add column reminded_at timestamp with time zone;
alter table registration add column anonymised_at timestamp with time zone;
alter table registration alter column first_name drop not null;
alter table registration alter column last_name drop not null;
alter table registration alter column date_of_birth drop not null;
alter table registration alter column postcode drop not null;
create index registration_unverified on registration (verified_at, created_at);

-- The dated history of a registration, shown in Mijn dossier in the participant's language.
create table registration_event (
    id              uuid primary key,
    registration_id uuid        not null references registration (id),
    claimant_id     uuid        references claimant (id),
    kind            varchar(40) not null,
    actor           varchar(20) not null,
    occurred_at     timestamp with time zone not null,
    detail          varchar(500)
);
create index registration_event_registration on registration_event (registration_id, occurred_at);

-- A claimant who came of age, offered to the young adult under their own account.
create table handover_invitation (
    id           uuid primary key,
    claimant_id  uuid         not null references claimant (id),
    email        varchar(320) not null,
    created_at   timestamp with time zone not null,
    accepted_at  timestamp with time zone
);
create index handover_invitation_claimant on handover_invitation (claimant_id);
