-- Every staff read of personal data and every change to a participant's file: who, what, when, from where.
-- The application only ever inserts here; a vendor-specific trigger (db/vendor/*) refuses updates and deletes.
create table audit_entry (
    id           uuid primary key,
    occurred_at  timestamp with time zone not null,
    actor_kind   varchar(20)  not null,
    actor_id     varchar(100) not null,
    ip           varchar(45),
    action       varchar(60)  not null,
    subject_type varchar(40)  not null,
    subject_id   varchar(100) not null,
    details      text,
    constraint audit_actor_known check (actor_kind in ('PARTICIPANT', 'STAFF', 'SYSTEM'))
);
create index audit_entry_subject on audit_entry (subject_type, subject_id, occurred_at);
create index audit_entry_time on audit_entry (occurred_at);
