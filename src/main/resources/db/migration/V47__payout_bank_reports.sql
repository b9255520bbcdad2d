-- The bank's reports imported against payment runs: pain.002 (payment status) and camt.054 (debit notifications and
-- returns). A file is known by its SHA-256: importing the same file again changes nothing.
create table bank_report (
    id           uuid primary key,
    sha256       varchar(64) not null unique,
    kind         varchar(10) not null,
    imported_by  uuid        not null,
    imported_at  timestamp with time zone not null,
    matched      integer     not null,
    unmatched    integer     not null,
    constraint bank_report_kind_known check (kind in ('PAIN002', 'CAMT054'))
);
