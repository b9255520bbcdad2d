-- A mailing to the participants of a campaign: news update or court-ordered legal notice, its texts per language in
-- Markdown, the stored definition of its audience, who composed, approved and sent it, and its final counts.
create table news_mailing (
    id                 uuid primary key,
    campaign_id        uuid         not null references campaign (id),
    kind               varchar(20)  not null,
    subject_nl         varchar(200) not null,
    body_nl            text         not null,
    subject_en         varchar(200) not null,
    body_en            text         not null,
    link_url           varchar(500),
    audience_kinds     varchar(60)  not null,
    audience_complete  boolean      not null,
    audience_languages varchar(10)  not null,
    state              varchar(20)  not null,
    composed_by        uuid         not null,
    composed_by_name   varchar(200) not null,
    composed_at        timestamp with time zone not null,
    approved_by        uuid,
    approved_by_name   varchar(200),
    approved_at        timestamp with time zone,
    sent_by            uuid,
    sent_by_name       varchar(200),
    sending_started_at timestamp with time zone,
    finished_at        timestamp with time zone,
    recipient_count    integer,
    sent_count         integer,
    failed_count       integer,
    skipped_count      integer,
    constraint news_mailing_kind_known check (kind in ('NEWS_UPDATE', 'LEGAL_NOTICE')),
    constraint news_mailing_state_known check (state in ('DRAFT', 'SENDING', 'PAUSED', 'CANCELLED', 'DONE'))
);
create index news_mailing_campaign on news_mailing (campaign_id, composed_at);

-- The recipients of a mailing, frozen when it is sent: only ids and a state, never a body (the mail is rendered at
-- delivery). Keyed by account first, so a participant's file finds the updates they received. state: 0 queued,
-- 1 sent, 2 failed, 3 skipped (withdrawn, erased, unsubscribed or undeliverable by the time of delivery, or
-- cancelled). The queue index is in db/vendor (partial on PostgreSQL).
create table news_recipient (
    account_id uuid     not null,
    mailing_id uuid     not null references news_mailing (id),
    state      smallint not null,
    attempts   smallint not null,
    sent_at    timestamp with time zone,
    primary key (account_id, mailing_id)
);

-- The installation's sending rate for mailings, shared by every node: a token bucket (docs/adr/0042).
create table news_send_bucket (
    name        varchar(20) primary key,
    tokens      double precision not null,
    refilled_at timestamp with time zone not null
);
