-- H2 has no partial indexes: the queued recipients of a mailing are found through a plain one (docs/adr/0042).
create index if not exists news_recipient_queued on news_recipient (mailing_id, state, account_id);
