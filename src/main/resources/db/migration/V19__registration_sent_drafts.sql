-- The idempotency key of every sign-up draft that was sent, kept as long as its sealed cookie could be sent again
-- (a draft is refused a day after the funnel was opened). Sending a draft whose key is here stores nothing: not after
-- a double click, not for another address typed into a kept copy of the draft, and not after the registration it
-- made was erased (docs/adr/0025). Keys are random and say nothing about anyone.
create table sent_draft (
    idempotency_key uuid primary key,
    sent_at         timestamp with time zone not null
);
create index sent_draft_sent_at on sent_draft (sent_at);
-- Drafts sent before this table existed may still be in a browser for a day.
insert into sent_draft (idempotency_key, sent_at) select idempotency_key, created_at from registration;
insert into sent_draft (idempotency_key, sent_at)
    select r.idempotency_key, r.created_at from repeated_signup r
    where not exists (select 1 from sent_draft s where s.idempotency_key = r.idempotency_key);
