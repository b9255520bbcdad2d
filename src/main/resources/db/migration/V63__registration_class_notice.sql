-- The registrations to be told that a class version changed where their claimants stand (docs/adr/0057): queued
-- set-based by the publication, in its transaction; a job renders each mail into the outbox after commit and
-- deletes the row in the same transaction, so each registration is told once per version and a restart goes on
-- where it stopped. A row lives only until its mail is in the outbox.
create table class_notice (
    registration_id uuid    not null references registration (id) on delete cascade,
    class_version   integer not null,
    campaign_id     uuid    not null,
    queued_at       timestamp with time zone not null,
    primary key (registration_id, class_version)
);
