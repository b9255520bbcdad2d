-- Campaigns and everything the public site shows about them. Texts are stored per language; Markdown is
-- rendered and sanitised when it is loaded, never trusted as HTML.
create table campaign (
    id                        uuid primary key,
    slug                      varchar(60)   not null unique,
    status                    varchar(20)   not null,
    defendant                 varchar(200)  not null,
    court_register_url        varchar(500),
    position                  integer       not null,
    use_reference_date        date          not null,
    registrant_minimum_age    integer       not null,
    majority_age              integer       not null,
    claimant_minor_during_use boolean       not null,
    supporters_allowed        boolean       not null,
    funder_fee_percentage     numeric(5, 2) not null,
    fee_plus_costs            boolean       not null,
    fee_cap_percentage        numeric(5, 2) not null,
    fee_cap_includes_vat      boolean       not null,
    no_cure_no_pay            boolean       not null,
    content_revision          bigint        not null,
    created_at                timestamp with time zone not null,
    constraint campaign_status_known check (status in ('OPEN', 'CLOSED', 'SETTLED')),
    constraint campaign_fee_within_cap check (funder_fee_percentage <= fee_cap_percentage)
);

create table campaign_text (
    campaign_id uuid        not null references campaign (id),
    language    varchar(2)  not null,
    block       varchar(40) not null,
    content     text        not null,
    primary key (campaign_id, language, block)
);

create table campaign_party (
    id          uuid primary key,
    campaign_id uuid         not null references campaign (id),
    role        varchar(40)  not null,
    name        varchar(200) not null,
    url         varchar(500),
    position    integer      not null
);
create index campaign_party_campaign on campaign_party (campaign_id);

create table campaign_party_text (
    party_id    uuid       not null references campaign_party (id),
    language    varchar(2) not null,
    description text       not null,
    primary key (party_id, language)
);

create table timeline_item (
    id          uuid primary key,
    campaign_id uuid    not null references campaign (id),
    item_date   date    not null,
    position    integer not null
);
create index timeline_item_campaign on timeline_item (campaign_id, item_date);

create table timeline_item_text (
    item_id  uuid         not null references timeline_item (id),
    language varchar(2)   not null,
    title    varchar(300) not null,
    body     text         not null,
    primary key (item_id, language)
);

create table faq_topic (
    id          uuid primary key,
    campaign_id uuid    not null references campaign (id),
    position    integer not null
);
create index faq_topic_campaign on faq_topic (campaign_id);

create table faq_topic_text (
    topic_id uuid         not null references faq_topic (id),
    language varchar(2)   not null,
    title    varchar(300) not null,
    primary key (topic_id, language)
);

create table faq_item (
    id       uuid primary key,
    topic_id uuid    not null references faq_topic (id),
    position integer not null
);
create index faq_item_topic on faq_item (topic_id);

create table faq_item_text (
    item_id  uuid         not null references faq_item (id),
    language varchar(2)   not null,
    question varchar(500) not null,
    answer   text         not null,
    primary key (item_id, language)
);

-- The live counter of registrations. A sign-up adds one to a randomly chosen shard in its own transaction, so
-- concurrent sign-ups rarely touch the same row; readers sum the shards every few seconds.
create table registration_count_shard (
    campaign_id   uuid     not null references campaign (id),
    shard         smallint not null,
    registrations bigint   not null,
    primary key (campaign_id, shard)
);
