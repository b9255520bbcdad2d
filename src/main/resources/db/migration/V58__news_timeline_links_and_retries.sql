-- A mailing points to an item of its campaign's timeline (chosen from the campaign's items, not typed as an address),
-- and a legal notice can be published on the campaign's timeline when it is sent (docs/adr/0055). The typed address
-- of the first version goes: the item is found again by its id, so the link follows the item's page.
alter table news_mailing add column timeline_item_id uuid;
alter table news_mailing add column publish_on_site boolean default false not null;
alter table news_mailing add column published_item_id uuid;
alter table news_mailing drop column link_url;

-- A recipient whose mail the server refused for now waits until retry_at before the next attempt (null: at once).
alter table news_recipient add column retry_at timestamp with time zone;
