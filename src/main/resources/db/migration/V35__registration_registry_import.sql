-- A registry's list of opt-outs and opt-ins as a case handler uploaded it (docs/adr/0048): kept between the preview
-- and the import, so that any node can show and import it, and so that the report of its unmatched lines can be
-- shown again. imported_at is set once, when its matched lines are recorded.
create table registry_import (
    id           uuid primary key,
    campaign_id  uuid         not null references campaign (id),
    file_name    varchar(200) not null,
    content      text         not null,
    uploaded_by  uuid         not null,
    uploaded_at  timestamp with time zone not null,
    imported_at  timestamp with time zone,
    recorded     integer
);
create index registry_import_campaign on registry_import (campaign_id, uploaded_at);
