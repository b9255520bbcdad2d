-- Addresses that mail cannot reach: a permanent SMTP failure at submission or a hard bounce read from the bounce
-- mailbox. Keyed by the normalised address (not the account), so a participant who confirms a new address is
-- reachable again at once, and an address shared by two accounts is blocked for both. Bulk mail never goes here.
create table undeliverable_address (
    address   varchar(320) primary key,
    source    varchar(20)  not null,
    reason    varchar(500) not null,
    marked_at timestamp with time zone not null,
    constraint undeliverable_address_source_known check (source in ('SMTP', 'BOUNCE'))
);
