-- Attachments of a queued mail (e.g. the signed agreement as PDF), deleted once the mail is sent.
create table outbox_attachment (
    outbox_id    uuid         not null references outbox (id),
    filename     varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    primary key (outbox_id, filename)
);

-- Whether a participant wants news updates. Without a row: yes. Transactional mail is always sent.
create table mail_preference (
    account_id uuid primary key,
    news       boolean not null,
    changed_at timestamp with time zone not null
);

-- A new email address that waits for confirmation before it replaces the account's address.
create table email_change (
    id           uuid primary key,
    account_id   uuid         not null references account (id),
    new_email    varchar(320) not null,
    created_at   timestamp with time zone not null,
    confirmed_at timestamp with time zone
);
create index email_change_account on email_change (account_id);

-- Scheduled jobs run on one node at a time: the node that takes the lock runs the job.
create table job_lock (
    name         varchar(100) primary key,
    locked_until timestamp with time zone not null,
    locked_by    varchar(100) not null
);

alter table dev_mailbox add column attachments varchar(500);
