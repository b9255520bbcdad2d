-- The recipients of a mailing still to be sent, in a partial index that shrinks as the mailing goes out, so a
-- worker's claim never walks over the rows already sent (docs/adr/0042).
create index if not exists news_recipient_queued on news_recipient (mailing_id, account_id) where state = 0;
