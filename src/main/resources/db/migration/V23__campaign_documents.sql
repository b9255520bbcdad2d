-- The documents a claim foundation must publish (statutes, annual reports, board pay, rulings and their
-- translations), uploaded as PDF by editors and served on the foundation page. The file itself is kept here, so every
-- node serves it and a database backup holds it. Documents name no participant: they hold no personal data.
create table campaign_document (
    id            uuid primary key,
    campaign_id   uuid         not null references campaign (id),
    kind          varchar(30)  not null,
    title_nl      varchar(300) not null,
    title_en      varchar(300) not null,
    document_date date         not null,
    language      varchar(2)   not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea        not null,
    uploaded_at   timestamp with time zone not null,
    row_version   bigint       not null,
    constraint campaign_document_kind_known
        check (kind in ('STATUTES', 'ANNUAL_REPORT', 'BOARD_PAY', 'RULING', 'RULING_TRANSLATION', 'OTHER')),
    constraint campaign_document_language_known check (language in ('nl', 'en')),
    constraint campaign_document_size_positive check (size_bytes > 0)
);

create index campaign_document_by_campaign on campaign_document (campaign_id, kind, document_date);
