-- A settlement or judgment: what the campaign received, the funder's fee under the campaign's fee terms, and what is
-- left to distribute. All money in integer euro cents. Entered by one FINANCE user, approved by another (four eyes:
-- the database refuses the same person twice).
create table settlement (
    id                        uuid primary key,
    campaign_id               uuid         not null references campaign (id),
    source_kind               varchar(20)  not null,
    source_date               date         not null,
    source_reference          varchar(200) not null,
    currency                  varchar(3)   not null,
    gross_cents               bigint       not null,
    costs_cents               bigint       not null,
    fee_cents                 bigint       not null,
    net_cents                 bigint       not null,
    minors_need_court_approval boolean     not null,
    court_approved_at         date,
    court_approval_reference  varchar(200),
    minor_account_rule        varchar(30)  not null,
    entered_by                uuid         not null,
    entered_at                timestamp with time zone not null,
    approved_by               uuid,
    approved_at               timestamp with time zone,
    constraint settlement_source_known check (source_kind in ('JUDGMENT', 'SETTLEMENT')),
    constraint settlement_currency_euro check (currency = 'EUR'),
    constraint settlement_amounts_add_up check (gross_cents >= 0 and costs_cents >= 0 and fee_cents >= 0
        and fee_cents <= gross_cents and net_cents = gross_cents - fee_cents),
    constraint settlement_minor_account_rule_known check (minor_account_rule in ('CHILD_ONLY', 'CHILD_OR_PARENT')),
    constraint settlement_four_eyes check (approved_by is null or approved_by <> entered_by)
);
create index settlement_campaign on settlement (campaign_id);

-- One version of a settlement's allocation: the scheme (as JSON text), the reserve held back and what it divides.
-- Published versions are frozen; a change is a new version with its reason, and the old one is superseded.
create table allocation (
    id                uuid primary key,
    settlement_id     uuid         not null references settlement (id),
    version           integer      not null,
    scheme            text         not null,
    reserve_cents     bigint       not null,
    distributed_cents bigint       not null,
    reason            varchar(500),
    created_by        uuid         not null,
    created_at        timestamp with time zone not null,
    published_by      uuid,
    published_at      timestamp with time zone,
    superseded_at     timestamp with time zone,
    constraint allocation_version_once unique (settlement_id, version),
    constraint allocation_amounts check (reserve_cents >= 0 and distributed_cents >= 0)
);

-- What one claimant is owed under one allocation version. The shares of a version sum exactly to its
-- distributed_cents (largest-remainder rounding). `minor` is whether the claimant was a minor when the allocation
-- was made: a run leaves minors out until the court's approval is recorded, if the settlement needs it.
create table allocation_share (
    allocation_id   uuid        not null references allocation (id),
    claimant_id     uuid        not null references claimant (id),
    registration_id uuid        not null references registration (id),
    category        varchar(40) not null,
    amount_cents    bigint      not null,
    minor           boolean     not null,
    primary key (allocation_id, claimant_id),
    constraint allocation_share_positive check (amount_cents > 0)
);
create index allocation_share_claimant on allocation_share (claimant_id);
