-- Personal values in an audit entry's details (a corrected name, a typed reason) are sealed with AES-GCM under a key
-- of the person they are about. Erasing the person deletes the key: the values become unreadable while the
-- append-only entry stays (ADR 28). sealed_for names the key; null means the details are plain text.
alter table audit_entry add column sealed_for uuid;

-- An ordinary table, unlike audit_entry: erasure deletes from it.
create table audit_subject_key (
    subject_id uuid primary key,
    secret     varchar(60) not null,
    created_at timestamp with time zone not null
);
