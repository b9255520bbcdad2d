-- Every mail is a row here, written in the transaction of the change that causes it, and sent by a delivery
-- worker on any node. Bodies are cleared once the mail is sent, so one-time links do not linger.
create table outbox (
    id              uuid primary key,
    priority        smallint     not null,
    kind            varchar(40)  not null,
    recipient       varchar(320) not null,
    account_id      uuid,
    subject         varchar(300) not null,
    text_body       text,
    html_body       text,
    message_id      varchar(200) not null unique,
    created_at      timestamp with time zone not null,
    pending         boolean      not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer      not null,
    sent_at         timestamp with time zone,
    failed_at       timestamp with time zone,
    last_error      varchar(500)
);
create index outbox_due on outbox (pending, priority, next_attempt_at);
create index outbox_account on outbox (account_id);

-- The demo mode's mailbox: what would have been sent, readable at /dev/mailbox when no SMTP server is set.
create table dev_mailbox (
    id         uuid primary key,
    recipient  varchar(320) not null,
    subject    varchar(300) not null,
    text_body  text         not null,
    html_body  text         not null,
    message_id varchar(200) not null,
    sent_at    timestamp with time zone not null
);
create index dev_mailbox_sent on dev_mailbox (sent_at);
