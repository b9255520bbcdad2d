-- The bank account a claimant's share is paid into, entered by the registrant in Mijn dossier. The IBAN is stored
-- only encrypted (AES-GCM under the key named by key_id, with the row's id authenticated), plus what the masked form
-- shows (country, length, last four). A new entry starts UNCONFIRMED and counts once the registrant confirms it through
-- the link mailed to their address; it then replaces the claimant's earlier account. A rejected or returned payment
-- marks it NEEDS_NEW. Staff record the bank's verification of payee as name_check; a NO_MATCH keeps the account out of
-- payment runs until a case handler resolves it.
create table bank_account (
    id                     uuid primary key,
    claimant_id            uuid         not null references claimant (id),
    account_id             uuid         not null references account (id),
    iban_sealed            varchar(200) not null,
    key_id                 varchar(40)  not null,
    iban_country           varchar(2)   not null,
    iban_length            integer      not null,
    iban_last_four         varchar(4)   not null,
    holder_name            varchar(140) not null,
    holder                 varchar(10)  not null,
    state                  varchar(20)  not null,
    entered_at             timestamp with time zone not null,
    confirmed_at           timestamp with time zone,
    ended_at               timestamp with time zone,
    name_check             varchar(20),
    name_checked_by        uuid,
    name_checked_at        timestamp with time zone,
    name_check_resolved_by uuid,
    name_check_resolved_at timestamp with time zone,
    constraint bank_account_holder_known check (holder in ('CLAIMANT', 'PARENT')),
    constraint bank_account_state_known check (state in ('UNCONFIRMED', 'CONFIRMED', 'REPLACED', 'NEEDS_NEW')),
    constraint bank_account_name_check_known
        check (name_check is null or name_check in ('MATCH', 'CLOSE_MATCH', 'NO_MATCH', 'NOT_POSSIBLE'))
);
create index bank_account_claimant on bank_account (claimant_id, state);
create index bank_account_account on bank_account (account_id);
