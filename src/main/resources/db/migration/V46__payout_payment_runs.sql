-- A payment run: the payable shares of one settlement, created by one FINANCE user and approved by another (the
-- database refuses the same person twice). Its payment files are written from these rows alone, so writing them again
-- gives the same bytes; payment_file keeps each file's SHA-256 from approval, and a download whose bytes differ is
-- refused.
create table payment_run (
    id                   uuid primary key,
    settlement_id        uuid        not null references settlement (id),
    created_by           uuid        not null,
    created_at           timestamp with time zone not null,
    approved_by          uuid,
    approved_at          timestamp with time zone,
    execution_date       date,
    first_downloaded_at  timestamp with time zone,
    constraint payment_run_four_eyes check (approved_by is null or approved_by <> created_by)
);
create index payment_run_settlement on payment_run (settlement_id);

-- One credit transfer of a run: a claimant's share into the bank account it was confirmed for. `live` is TRUE while
-- the payment is on its way or done and NULL once the bank rejected or returned it; the unique key on the share and
-- `live` lets a share have any number of failed payments but never two live ones: the database makes paying a share
-- twice impossible, whatever two runs do at the same moment.
create table payment (
    id              uuid primary key,
    run_id          uuid         not null references payment_run (id),
    allocation_id   uuid         not null,
    claimant_id     uuid         not null,
    bank_account_id uuid         not null references bank_account (id),
    amount_cents    bigint       not null,
    end_to_end_id   varchar(35)  not null,
    file_number     integer      not null,
    state           varchar(20)  not null,
    live            boolean,
    reason_code     varchar(4),
    reported_at     timestamp with time zone,
    constraint payment_share foreign key (allocation_id, claimant_id)
        references allocation_share (allocation_id, claimant_id),
    constraint payment_end_to_end_once unique (end_to_end_id),
    constraint payment_share_once unique (allocation_id, claimant_id, live),
    constraint payment_amount_positive check (amount_cents > 0),
    constraint payment_state_known check (state in ('IN_FLIGHT', 'ACCEPTED', 'REJECTED', 'RETURNED')),
    constraint payment_live_until_failed check ((state in ('REJECTED', 'RETURNED') and live is null)
        or (state in ('IN_FLIGHT', 'ACCEPTED') and live = true))
);
create index payment_run_file on payment (run_id, file_number, end_to_end_id);

-- The files of an approved run: their message and payment-information ids, what they hold, and their SHA-256.
create table payment_file (
    run_id             uuid        not null references payment_run (id),
    file_number        integer     not null,
    message_id         varchar(35) not null unique,
    payment_info_id    varchar(35) not null unique,
    transactions       integer     not null,
    control_sum_cents  bigint      not null,
    sha256             varchar(64) not null,
    primary key (run_id, file_number)
);
