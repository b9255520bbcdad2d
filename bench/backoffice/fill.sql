-- Bench data for the back office: synthetic registrations, claimants, acceptances, mails and history, written with
-- set-based SQL (one INSERT ... SELECT per table). Run by bench/backoffice/fill, which checks the database name first.
-- NEVER run this against a production database: it invents people.
--
-- psql variables: registrations (how many), seed (0..1, for setseed), now (the fill's "now", a timestamptz literal).
-- Rows follow the rules the app writes by (RegistrationStore, Accounts, SignUps, Verifications, Participation,
-- Withdrawals, Outbox): normalised email and identity keys, the first claimant of an identity key holds it and the
-- next one goes to review, counters match the registrations, events match the dates.
\set ON_ERROR_STOP 1
\timing on
set synchronous_commit = off;
set work_mem = '128MB';
set maintenance_work_mem = '256MB';
select setseed(:seed);

drop schema if exists bench cascade;
create schema bench;

-- A time-ordered UUID (version 7) for a moment, as the app's Ids.newId() makes them: 48 bits of milliseconds,
-- the version, 12 random bits, then the variant and 62 random bits (taken from a random UUID).
create function bench.uuid7(at timestamptz) returns uuid language sql volatile as $$
    select encode(int8send((floor(extract(epoch from at) * 1000)::bigint << 16) | 28672
        | floor(random() * 4096)::bigint) || substr(uuid_send(gen_random_uuid()), 9, 8), 'hex')::uuid
$$;

-- Letters that decompose into a base letter and marks (Latin-1 and Latin Extended-A), folded to the base letter as the
-- application's Normalizer.Form.NFD and removal of the marks do; BenchSearchKeysTest checks that both agree.
create function bench.fold(name text) returns text language sql immutable as $$
    select translate(name,
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž',
        'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz')
$$;

-- NameFolding.fold: lower case, no accents, and the letters with a stroke and the ligatures spelled plainly.
create function bench.spell(name text) returns text language sql immutable as $$
    select replace(replace(replace(translate(lower(bench.fold(name)), 'łøđħı', 'lodhi'), 'ß', 'ss'), 'æ', 'ae'),
        'œ', 'oe')
$$;

-- ClaimantIdentity.normalise: folded, runs of other characters as one space, stripped.
create function bench.normalise(name text) returns text language sql immutable as $$
    select btrim(regexp_replace(bench.spell(name), '[^[:alnum:]]+', ' ', 'g'))
$$;

-- SearchKeys.name (the back office's search keys): folded, single spaces, stripped.
create function bench.search_key(name text) returns text language sql immutable as $$
    select btrim(regexp_replace(bench.spell(name), '\s+', ' ', 'g'))
$$;

-- The registration number: ten characters of Crockford's base 32, two groups of five. Made from a bijection of the
-- row number (an odd multiplier modulo 2^50), so every number is different and they look random.
create function bench.base32(x bigint, k int) returns text language sql immutable as $$
    select substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (((x >> (5 * k)) & 31) + 1)::int, 1)
$$;
create function bench.reference_of(x bigint) returns text language sql immutable as $$
    select bench.base32(x, 0) || bench.base32(x, 1) || bench.base32(x, 2) || bench.base32(x, 3) || bench.base32(x, 4)
        || '-' || bench.base32(x, 5) || bench.base32(x, 6) || bench.base32(x, 7) || bench.base32(x, 8)
        || bench.base32(x, 9)
$$;
create function bench.reference(i bigint) returns text language sql immutable as $$
    select bench.reference_of((i * 765432109877 + 98765) & 1125899906842623)
$$;

-- Picks from a list with a skew: power > 1 makes the first entries common and the last ones rare.
create function bench.pick(list text[], r double precision, power double precision) returns text
    language sql immutable as $$
    select list[1 + floor(cardinality(list) * power(r, power))::int]
$$;

-- Name lists, most frequent first (roughly as in the Dutch name registers).
create table bench.names (kind text primary key, list text[] not null);
insert into bench.names values
('last', array['de Jong','Jansen','de Vries','van den Berg','van Dijk','Bakker','Janssen','Visser','Smit','Meijer',
 'de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen','Dekker','Brouwer','de Wit','Dijkstra',
 'Smits','de Graaf','van der Meer','van der Linden','Kok','Jacobs','de Haan','Vermeulen','van den Heuvel',
 'van der Veen','van den Broek','de Bruijn','de Bruin','van der Heijden','Schouten','van Beek','Willems','van Vliet',
 'van de Ven','Hoekstra','Maas','Verhoeven','Koster','van Dam','van der Wal','Prins','Blom','Huisman','Peeters',
 'de Jonge','Kuipers','van Veen','Post','Kuiper','Veenstra','Kramer','van den Brink','Scholten','van Wijk','Postma',
 'Martens','Vink','de Ruiter','Timmermans','Groen','Gerritsen','Jonker','van Loon','Boer','van der Velde',
 'Willemsen','Smeets','de Lange','de Vos','Bosch','van Dongen','Schipper','de Koning','van der Laan','Koning',
 'van der Velden','Driessen','van Doorn','Hermans','Evers','van den Bosch','van der Meulen','Hofman','Bosman',
 'Wolters','Sanders','van der Horst','Mol','Kuijpers','Molenaar','van de Pol','de Leeuw','Verbeek','Yilmaz',
 'Kaya','Nguyen','El Amrani','Bouzid','Öztürk','Şahin','Çelik','Boersma','Zijlstra','Terpstra','de Wilde','Kroon',
 '''t Hart','van ''t Hof','IJzerman','Rozendaal','Ouwehand','Zwanenburg','Tjoa','Lammers','Heemskerk','Oosterhuis',
 'Wijnands','Brinkman','Hoogendoorn','Verschoor','Pronk','Meulenbelt','Ravensbergen','Doornbos','Akkerman']),
('last_root', array['Hoog','Brink','Water','Veld','Molen','Berg','Dijk','Kamp','Hout','Wal','Stroom','Heuvel','Kerk',
 'Zand','Brug','Hof','Beek','Linde','Akker','Wei','Ven','Broek','Gaar','Steen','Vliet','Haar','Wijn','Rooij','Bleek',
 'Klaver','Riet','Eik','Mos','Duin','Geest','Horst','Laar','Schaap','Koe','Paard']),
('last_suffix', array['man','stra','inga','ink','huis','kamp','er','sma','ma','enga','hof','dijk','werf','boom',
 'horst','veld','brink','land','hout','mans']),
('last_prefix', array['','','','','van ','de ','van der ','ter ','van den ','ten ']),
('woman', array['Linda','Sandra','Kim','Marieke','Esther','Petra','Mandy','Wendy','Ilse','Anouk','Saskia','Sanne',
 'Femke','Nicole','Kelly','Monique','Natasja','Chantal','Melissa','Jessica','Marloes','Lisa','Iris','Eva','Laura',
 'Maaike','Judith','Miranda','Ingrid','Karin','Bianca','Annemiek','Renske','Suzanne','Lotte','Floor','Daphne','Inge',
 'Fatima','Naima','Samira','Merel','Yvonne','Jolanda','Marjolein','Romy','Joyce','Danielle','Anna','Emine','Zeynep',
 'Chloë','Anaïs','Noëlle','Gerdien','Hiske','Tjitske','Wietske','Aukje','Jikke']),
('man', array['Mark','Dennis','Jeroen','Peter','Michel','Martijn','Bas','Sander','Erik','Robert','Patrick','Kevin',
 'Richard','Marco','Tim','Thomas','Jeroen','Stefan','Niels','Wouter','Rick','Remco','Frank','Joost','Arjen','Ruud',
 'Jasper','Bart','Ronald','Vincent','Maarten','Mohamed','Ahmed','Youssef','Mustafa','Joris','Paul','Hans','Jan',
 'Willem','Koen','Roy','Danny','Ivo','Daan','Tom','Ramon','Mehmet','Ali','Daniël','Rafaël','Jörgen','Sjoerd',
 'Hidde','Gerrit','Wybren','Tjeerd','Auke','Folkert','Sybren']),
('girl', array['Emma','Julia','Tess','Sophie','Zoë','Mila','Sara','Nora','Evi','Anna','Fenna','Lotte','Noor','Lieke',
 'Liv','Saar','Lisa','Olivia','Yara','Eva','Isa','Roos','Sanne','Fleur','Lauren','Jasmijn','Maud','Elin','Lynn',
 'Femke','Nina','Luna','Hailey','Amira','Ilse','Esmee','Noa','Vera','Sofie','Ella','Lina','Nova','Puck','Fay',
 'Jente','Floor','Britt','Merel','Iris','Romy','Yfke','Nienke','Fardau','Djoeke','Janne','Ayla','Maryam','Aïsha',
 'Chloë','Anaïs','Elif','Hanna','Myrthe','Rosalie','Senna','Zara','Lize','Evy','Nikki','Demi','Bo','Kiki',
 'Feline','Sarah','Loïs','Imke','Linde','Mirthe','Femmie','Indy','Quinty','Robin','Charlotte','Veerle','Bente',
 'Hiba','Safae','Aya','Lara','Mare']),
('boy', array['Noah','Sem','Liam','Lucas','Daan','Finn','Levi','Luuk','Mees','James','Milan','Sam','Noud','Bram',
 'Thomas','Jesse','Max','Thijs','Ruben','Lars','Siem','Julian','Adam','Mats','Gijs','Tim','Teun','Jayden','Stijn',
 'Hugo','Boaz','Morris','Olivier','Jurre','Vince','Ryan','Dex','Benjamin','Jens','Rayan','Mohammed','Ilias','Jan',
 'Otis','Floris','Sven','Joep','Pepijn','Hidde','Cas','Tygo','Wessel','Jelle','Jorrit','Sietse','Wietse','Ties',
 'Daniël','Rafaël','Ravi','Tobias','Mick','Kai','Luca','Dani','Quinten','Stan','Jip','Bas','Timo','Niek','Raf',
 'Job','Guus','Ward','Sepp','Tijn','Joshua','Yusuf','Hamza','Emir','Matthijs','Xavi','Douwe','Freek','Kjeld','Oscar',
 'Rens','Melle']),
('domain', array['gmail.com','gmail.com','gmail.com','gmail.com','gmail.com','hotmail.com','hotmail.com',
 'hotmail.com','ziggo.nl','ziggo.nl','outlook.com','outlook.com','kpnmail.nl','kpnmail.nl','live.nl','icloud.com',
 'icloud.com','xs4all.nl','planet.nl','home.nl','hetnet.nl','casema.nl','proton.me','yahoo.com']),
('agent', array['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0']);
-- The lists as one row, to join to: a view that is computed once per query and holds the arrays unpacked (reading
-- a stored array per row would unpack it every time).
create table bench.stored_lists as
select (select list from bench.names where kind = 'last') as last,
    (select list from bench.names where kind = 'last_prefix') as last_prefix,
    (select list from bench.names where kind = 'last_root') as last_root,
    (select list from bench.names where kind = 'last_suffix') as last_suffix,
    (select list from bench.names where kind = 'woman') as woman,
    (select list from bench.names where kind = 'man') as man,
    (select list from bench.names where kind = 'girl') as girl,
    (select list from bench.names where kind = 'boy') as boy,
    (select list from bench.names where kind = 'domain') as domain,
    (select list from bench.names where kind = 'agent') as agent;
create view bench.lists as
select last || '{}'::text[] as last, last_prefix || '{}'::text[] as last_prefix,
    last_root || '{}'::text[] as last_root, last_suffix || '{}'::text[] as last_suffix,
    woman || '{}'::text[] as woman, man || '{}'::text[] as man, girl || '{}'::text[] as girl,
    boy || '{}'::text[] as boy, domain || '{}'::text[] as domain, agent || '{}'::text[] as agent
from bench.stored_lists offset 0;

-- A last name: a third from the common list (skewed: "de Jong" is common), the rest rarer ones built from parts, so that
-- two children with the same name and birthday are about as rare as in the country.
create function bench.last_name(last text[], prefix text[], root text[], suffix text[], r1 double precision,
    r2 double precision, r3 double precision, r4 double precision) returns text language sql immutable as $$
    select case when r1 < 0.35 then bench.pick(last, r2, 1.1)
        else bench.pick(prefix, (r1 - 0.35) / 0.65, 1.0) || bench.pick(root, r3, 1.2) || bench.pick(suffix, r4, 1.2) end
$$;

-- The campaigns: the demo TikTok claim, the demo energy claim and a copy of it as a third, closed campaign.
create table bench.campaign (n int primary key, id uuid not null, version_id uuid not null, name_nl text not null);
insert into campaign (id, slug, status, defendant, court_register_url, position, use_reference_date,
    registrant_minimum_age, majority_age, claimant_minor_during_use, supporters_allowed, funder_fee_percentage,
    fee_plus_costs, fee_cap_percentage, fee_cap_includes_vat, no_cure_no_pay, content_revision, created_at)
select md5(id || 'bench-third')::uuid, 'bench-abonnement', 'CLOSED', 'Abonnix B.V. (fictief)', null, 3,
    use_reference_date, registrant_minimum_age, majority_age, claimant_minor_during_use, false, funder_fee_percentage,
    fee_plus_costs, fee_cap_percentage, fee_cap_includes_vat, no_cure_no_pay, content_revision, created_at
from campaign where slug = 'energiecontract';
insert into campaign_text (campaign_id, language, block, content)
select md5(campaign_id || 'bench-third')::uuid, language, block,
    case block when 'name' then case language when 'nl' then 'Abonnementen-claim (bench)' else 'Subscription claim (bench)' end
        else content end
from campaign_text where campaign_id = (select id from campaign where slug = 'energiecontract');
insert into campaign_party (id, campaign_id, role, name, url, position)
select md5(id || 'bench-third')::uuid, md5(campaign_id || 'bench-third')::uuid, role, name, url, position
from campaign_party where campaign_id = (select id from campaign where slug = 'energiecontract');
insert into campaign_party_text (party_id, language, description)
select md5(party_id || 'bench-third')::uuid, language, description from campaign_party_text
where party_id in (select id from campaign_party where campaign_id = (select id from campaign where slug = 'energiecontract'));
insert into timeline_item (id, campaign_id, item_date, position)
select md5(id || 'bench-third')::uuid, md5(campaign_id || 'bench-third')::uuid, item_date, position
from timeline_item where campaign_id = (select id from campaign where slug = 'energiecontract');
insert into timeline_item_text (item_id, language, title, body)
select md5(item_id || 'bench-third')::uuid, language, title, body from timeline_item_text
where item_id in (select id from timeline_item where campaign_id = (select id from campaign where slug = 'energiecontract'));
insert into faq_topic (id, campaign_id, position)
select md5(id || 'bench-third')::uuid, md5(campaign_id || 'bench-third')::uuid, position
from faq_topic where campaign_id = (select id from campaign where slug = 'energiecontract');
insert into faq_topic_text (topic_id, language, title)
select md5(topic_id || 'bench-third')::uuid, language, title from faq_topic_text
where topic_id in (select id from faq_topic where campaign_id = (select id from campaign where slug = 'energiecontract'));
insert into faq_item (id, topic_id, position)
select md5(i.id || 'bench-third')::uuid, md5(i.topic_id || 'bench-third')::uuid, i.position
from faq_item i join faq_topic t on t.id = i.topic_id
where t.campaign_id = (select id from campaign where slug = 'energiecontract');
insert into faq_item_text (item_id, language, question, answer)
select md5(x.item_id || 'bench-third')::uuid, x.language, x.question, x.answer
from faq_item_text x join faq_item i on i.id = x.item_id join faq_topic t on t.id = i.topic_id
where t.campaign_id = (select id from campaign where slug = 'energiecontract');
insert into registration_count_shard (campaign_id, shard, registrations)
select md5(campaign_id || 'bench-third')::uuid, shard, 0 from registration_count_shard
where campaign_id = (select id from campaign where slug = 'energiecontract');
insert into agreement_version (id, campaign_id, version, effective_from, created_at)
select md5(id || 'bench-third')::uuid, md5(campaign_id || 'bench-third')::uuid, version, effective_from, created_at
from agreement_version where campaign_id = (select id from campaign where slug = 'energiecontract');
insert into agreement_text (version_id, language, body)
select md5(version_id || 'bench-third')::uuid, language, body from agreement_text
where version_id in (select v.id from agreement_version v join campaign c on c.id = v.campaign_id
    where c.slug = 'energiecontract');
-- The agreements were published when the app first started; the bench's sign-ups are older.
update agreement_version set effective_from = timestamptz :'now' - interval '120 days',
    created_at = timestamptz :'now' - interval '120 days';

insert into bench.campaign
select case c.slug when 'tiktok' then 0 when 'energiecontract' then 1 else 2 end, c.id, v.id,
    (select content from campaign_text t where t.campaign_id = c.id and t.language = 'nl' and t.block = 'name')
from campaign c join agreement_version v on v.campaign_id = c.id and v.version = 1
where c.slug in ('tiktok', 'energiecontract', 'bench-abonnement');
-- AgreementVersion.fingerprint: the SHA-256 of the text as shown, with Windows line ends as Unix ones.
create table bench.agreement as
select version_id, language, encode(sha256(convert_to(replace(body, E'\r\n', E'\n'), 'UTF8')), 'hex') as sha256
from agreement_text;
do $$ begin
    if (select count(*) from bench.campaign) <> 3 then
        raise exception 'the demo campaigns tiktok and energiecontract (with agreement version 1) are missing';
    end if;
end $$;

-- People: one per account. 80% first sign up for TikTok (parents, young adults who used it as minors, supporters);
-- the others for the energy or the subscription claim (adults for themselves).
create unlogged table bench.person as
with p as (
    select p, random() as r_campaign, random() as r_type, random() as r_sex, random() as r1, random() as r2,
        random() as r3, random() as r4, random() as r5, random() as r6, random() as r7, random() as r8,
        random() as r9, random() as r10
    from generate_series(1, (:registrations * 0.9)::int) p
), typed as (
    select *, case when r_campaign < 0.80 then 0 when r_campaign < 0.92 then 1 else 2 end as first_campaign
    from p
), kinded as (
    select *, case when first_campaign > 0 then 'SELF' when r_type < 0.65 then 'CHILDREN'
        when r_type < 0.93 then 'SELF' else 'SUPPORTER' end as kind
    from typed
)
select p, first_campaign, kind, r_sex < 0.78 as woman, -- mostly mothers sign up their children
    case when r_sex < 0.78 then bench.pick(l.woman, r1, 1.3) else bench.pick(l.man, r1, 1.3) end as first_name,
    bench.last_name(l.last, l.last_prefix, l.last_root, l.last_suffix, r2, r3, r4, r5) as last_name,
    case when kind = 'CHILDREN' then date '1972-01-01' + floor(r6 * (date '1995-12-31' - date '1972-01-01'))::int
        when kind = 'SELF' and first_campaign = 0
            then date '2000-01-01' + floor(r6 * (date '2008-06-30' - date '2000-01-01'))::int
        else date '1945-01-01' + floor(power(r6, 0.8) * (date '2000-12-31' - date '1945-01-01'))::int
    end as date_of_birth,
    -- Dutch postcodes, more in the densely populated west (1000-3999): 4 digits and 2 letters
    (1000 + floor(power(r7, 1.4) * 9000))::int::text || ' '
        || substr('ABCDEGHJKLMNPRSTVWXZ', 1 + floor(power(r8, 1.5) * 20)::int, 1)
        || substr('ABCDEGHJKLMNPRSTVWXZ', 1 + floor(r9 * 20)::int, 1) as postcode,
    case when r10 < 0.95 then 'nl' else 'en' end as language,
    r10 as r_mail
from kinded cross join bench.lists l;
alter table bench.person add primary key (p);

-- Email addresses made from the name; the n-th person with the same address gets a number, as mail providers do.
create unlogged table bench.email as
with base as (
    select p, first_name, last_name, r_mail,
        case when (p % 10) < 5 then bench.normalise(first_name) || '.' || replace(bench.normalise(last_name), ' ', '')
            when (p % 10) < 7 then left(bench.normalise(first_name), 1) || '.' || replace(bench.normalise(last_name), ' ', '')
            when (p % 10) < 9 then replace(bench.normalise(first_name), ' ', '') || replace(bench.normalise(last_name), ' ', '')
                || (extract(year from date_of_birth)::int % 100)
            else replace(bench.normalise(first_name), ' ', '') || '_' || (p % 97) end as local,
        bench.pick(l.domain, ((p::bigint * 7919) % 1000) / 1000.0, 1.0) as domain
    from bench.person cross join bench.lists l
), numbered as (
    select *, row_number() over (partition by local, domain order by p) as n from base
), suffixed as (
    -- a number after a name; after an address that ends in digits already, with a dot (so it stays unique)
    select p, r_mail, local || case when n = 1 then '' when local ~ '[0-9]$' then '.' || n else n::text end as local,
        domain
    from numbered
)
select p, local || '@' || domain as normalised,
    -- some type their address with capitals; the account keeps it as typed
    case when r_mail > 0.93 then initcap(local) else local end || '@' || domain as typed
from suffixed;
alter table bench.email add primary key (p);

-- Registrations: every person once, and 10% once more for a second campaign (TikTok sign-ups who also joined the
-- energy or subscription claim, for themselves). Sign-ups spread over 60 days: a launch wave, an evening rhythm and
-- a spike after a TV programme on day 41 at 20:30.
create unlogged table bench.second as
select row_number() over (order by p) as k, p from bench.person where first_campaign = 0 and kind <> 'SELF'
    and p % 3 = 0
limit (:registrations - (:registrations * 0.9)::int);

create unlogged table bench.reg as
with r as (
    select p.p, p.first_campaign as campaign, p.kind, 1 as nth from bench.person p
    union all
    select s.p, case when s.k % 2 = 0 then 1 else 2 end, 'SELF', 2 from bench.second s
), timed as (
    select r.*, random() as r_day, random() as r_tod1, random() as r_tod2, random() as r_spike, random() as r_status,
        random() as r_accept, random() as r_withdraw, random() as r_children, random() as r_verify_delay,
        random() as r_channel
    from r
), at as (
    select *, case
        when r_spike < 0.08 then date_trunc('day', timestamptz :'now' at time zone 'Europe/Amsterdam')
            - interval '19 days' + interval '20 hours 30 minutes' + (-ln(1 - r_day) * 40) * interval '1 minute'
        else (date_trunc('day', timestamptz :'now' at time zone 'Europe/Amsterdam') - interval '60 days')
            + floor(power(r_day, 1.6) * 60) * interval '1 day'
            + (360 + 1080 * power((r_tod1 + r_tod2) / 2, 0.8)) * interval '1 minute'
        end as local_time
    from timed
)
select row_number() over (order by local_time, p, nth) as i, *,
    least(local_time at time zone 'Europe/Amsterdam', timestamptz :'now' - interval '1 hour') as created_at
from at;
-- A second sign-up happens after the first: push it past the person's first one when it is not.
update bench.reg s set created_at = least(f.created_at + interval '3 days', timestamptz :'now' - interval '1 hour')
from bench.reg f where s.nth = 2 and f.p = s.p and f.nth = 1 and s.created_at <= f.created_at;

alter table bench.reg add column id uuid, add column reference text, add column verified_at timestamptz,
    add column completed_at timestamptz, add column withdrawn_at timestamptz, add column channel text,
    add column children int, add column language text;
-- Statuses: unconfirmed only among the last 14 days (older ones are reminded and purged by the app), withdrawn
-- within the last 28 days (older ones are anonymised by the app); most confirmed within minutes and complete.
update bench.reg r set
    id = bench.uuid7(created_at),
    reference = bench.reference(i),
    verified_at = case when created_at > timestamptz :'now' - interval '14 days' and r_status < 0.25 then null
        else least(created_at + (1 + 240 * power(r_verify_delay, 4)) * interval '1 minute', timestamptz :'now') end,
    children = case when r.kind <> 'CHILDREN' then 0 when r_children < 0.35 then 1 when r_children < 0.73 then 2
        when r_children < 0.93 then 3 else 4 end,
    language = p.language
from bench.person p where p.p = r.p;
update bench.reg set completed_at = least(verified_at + (2 + 2880 * power(r_accept / 0.9, 6)) * interval '1 minute',
        timestamptz :'now')
    where verified_at is not null and kind <> 'SUPPORTER' and r_accept < 0.9;
update bench.reg set withdrawn_at = greatest(created_at, timestamptz :'now' - interval '28 days')
        + r_withdraw / 0.03 * (timestamptz :'now' - greatest(created_at, timestamptz :'now' - interval '28 days')),
        channel = case when r_channel < 0.7 then 'ONLINE' when r_channel < 0.9 then 'EMAIL' else 'LETTER' end
    where r_withdraw < 0.03;
update bench.reg set completed_at = null where completed_at > withdrawn_at;
alter table bench.reg add primary key (i);
create index on bench.reg (p, nth);

-- Claimants: the registrant themself (SELF), or their 1 to 4 children (mostly with the registrant's last name).
create unlogged table bench.claimant as
select r.i, 0 as position, 'SELF' as kind, p.first_name, p.last_name, p.date_of_birth,
    case when r.campaign = 0 then greatest(2018, extract(year from p.date_of_birth)::int + 11 + floor(random() * 4)::int)
        else 2019 + floor(random() * 4)::int end as use_started_year,
    case when random() < 0.6 then null else 2024 + floor(random() * 2)::int end as use_ended_year,
    false as authority
from bench.reg r join bench.person p on p.p = r.p where r.kind = 'SELF'
union all
select r.i, c.position, 'CHILD',
    case when random() < 0.5 then bench.pick(l.girl, random(), 1.15) else bench.pick(l.boy, random(), 1.15) end,
    case when random() < 0.88 then p.last_name else bench.last_name(l.last, l.last_prefix, l.last_root, l.last_suffix, random(), random(),
        random(), random()) end,
    date '2009-01-01' + floor(random() * (date '2017-12-31' - date '2009-01-01'))::int,
    2018 + floor(random() * 6)::int,
    case when random() < 0.7 then null else 2025 end,
    true
from bench.reg r join bench.person p on p.p = r.p cross join lateral generate_series(0, r.children - 1) c(position)
    cross join bench.lists l
where r.kind = 'CHILDREN';
alter table bench.claimant add column n bigserial;
alter table bench.claimant add primary key (n);
-- A use period never starts after it ended, nor before the child was 6.
update bench.claimant set use_started_year = greatest(use_started_year, extract(year from date_of_birth)::int + 6)
    where kind = 'CHILD';
update bench.claimant set use_started_year = least(use_started_year, 2025),
    use_ended_year = case when use_ended_year < use_started_year then null else use_ended_year end;

-- Both parents sign up the same child: about 4,400 children are registered a second time, by another adult (on
-- top of the children who happen to share a name and birthday with another).
with later as (
    select c.n, c.i, row_number() over (order by c.n) as k from bench.claimant c join bench.reg r on r.i = c.i
    where c.kind = 'CHILD' and r.campaign = 0 and c.n % 210 = 7 and r.i > 10000
), earlier as (
    select l.n, e.first_name, e.last_name, e.date_of_birth
    from later l join bench.claimant e on e.n = l.n - 1000 - (l.k % 5000) * 3
    where e.kind = 'CHILD'
)
update bench.claimant c set first_name = e.first_name, last_name = e.last_name, date_of_birth = e.date_of_birth
from earlier e where c.n = e.n;

alter table bench.claimant add column id uuid, add column identity_key text, add column campaign int,
    add column created_at timestamptz, add column holds_identity boolean;
update bench.claimant c set id = bench.uuid7(r.created_at),
    identity_key = bench.normalise(c.first_name) || '|' || bench.normalise(c.last_name) || '|' || c.date_of_birth,
    campaign = r.campaign, created_at = r.created_at
from bench.reg r where r.i = c.i;
-- The first claimant with an identity key in a campaign holds it; every later one is sent to review.
update bench.claimant c set holds_identity = (f.n = c.n)
from (select distinct on (campaign, identity_key) campaign, identity_key, n from bench.claimant
      order by campaign, identity_key, created_at, n) f
where f.campaign = c.campaign and f.identity_key = c.identity_key;
create index on bench.claimant (i);
analyze bench.person; analyze bench.email; analyze bench.reg; analyze bench.claimant;

-- ---- The app's tables --------------------------------------------------------------------------------------------
-- Foreign keys are checked row by row at the end of each statement; for 8 million rows that is most of the fill's
-- time on a busy machine. The rows are consistent by construction, so the checks (and the append-only triggers) are
-- off while loading and on again at the end (switching them on does not re-check the rows).
alter table account disable trigger all;
alter table registration disable trigger all;
alter table claimant disable trigger all;
alter table claimant_identity disable trigger all;
alter table duplicate_review disable trigger all;
alter table agreement_acceptance disable trigger all;
alter table registration_event disable trigger all;
alter table outbox disable trigger all;
alter table audit_entry disable trigger all;

create unlogged table bench.account as
select r.p, bench.uuid7(r.created_at) as id, r.created_at, r.verified_at from bench.reg r where r.nth = 1;
alter table bench.account add primary key (p);

insert into account (id, email, email_normalised, language, email_verified_at, created_at)
select a.id, e.typed, e.normalised, p.language, a.verified_at, a.created_at
from bench.account a join bench.person p on p.p = a.p join bench.email e on e.p = a.p
order by a.created_at;

insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name, date_of_birth,
    postcode, country, language, privacy_acknowledged_at, idempotency_key, created_at, verified_at, withdrawn_at,
    withdrawal_channel, withdrawal_reason, reminded_at,
    email, email_key, name_key, last_name_key, postcode_key)
select r.id, r.reference, c.id, a.id, r.kind, p.first_name, p.last_name, p.date_of_birth, p.postcode, 'NL',
    r.language, r.created_at, md5(r.i || 'idempotency')::uuid, r.created_at, r.verified_at, r.withdrawn_at, r.channel,
    case when r.channel = 'LETTER' then 'Per brief ontvangen' end, null,
    e.typed, e.normalised, bench.search_key(p.first_name || ' ' || p.last_name), bench.search_key(p.last_name),
    replace(p.postcode, ' ', '')
from bench.reg r join bench.person p on p.p = r.p join bench.account a on a.p = r.p
    join bench.email e on e.p = r.p join bench.campaign c on c.n = r.campaign
order by r.created_at;

insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth, use_started_year,
    use_ended_year, parental_authority_declared, status, identity_key, created_at, participation_completed_at,
    came_of_age_on, withdrawn_at, anonymised_at, name_key, last_name_key, registration_created_at)
select c.id, r.id, c.position, c.kind, c.first_name, c.last_name, c.date_of_birth, c.use_started_year,
    c.use_ended_year, c.authority,
    case when r.withdrawn_at is not null then 'WITHDRAWN' when c.holds_identity then 'REGISTERED'
        when abs(hashint8(c.n)) % 12 = 0 then 'REGISTERED' -- reviewed: different children, flag cleared
        when abs(hashint8(c.n)) % 12 = 6 then 'DUPLICATE' -- reviewed: the same child, not counted twice
        else 'UNDER_REVIEW' end,
    c.identity_key, c.created_at, r.completed_at, null, r.withdrawn_at, null,
    bench.search_key(c.first_name || ' ' || c.last_name), bench.search_key(c.last_name), r.created_at
from bench.claimant c join bench.reg r on r.i = c.i
order by c.created_at;

insert into claimant_identity (campaign_id, identity_key, claimant_id)
select k.id, c.identity_key, c.id from bench.claimant c join bench.campaign k on k.n = c.campaign
where c.holds_identity;

-- A sixth of the reviews (picked by a hash, not by the numbering that picked the duplicates) were resolved by a case
-- handler two days later; withdrawing leaves a review open.
insert into duplicate_review (id, claimant_id, duplicate_of, reason, created_at, resolved_at, resolution, resolved_by,
    resolution_reason)
select bench.uuid7(c.created_at), c.id, f.id, 'SAME_NAME_AND_BIRTH_DATE', c.created_at,
    case when r.withdrawn_at is null and abs(hashint8(c.n)) % 6 = 0 then least(c.created_at + interval '2 days', timestamptz :'now') end,
    case when r.withdrawn_at is null and abs(hashint8(c.n)) % 12 = 0 then 'DIFFERENT_CHILDREN'
        when r.withdrawn_at is null and abs(hashint8(c.n)) % 12 = 6 then 'SAME_CHILD' end,
    case when r.withdrawn_at is null and abs(hashint8(c.n)) % 6 = 0 then md5('bench case handler')::uuid::text end,
    case when r.withdrawn_at is null and abs(hashint8(c.n)) % 12 = 0 then 'Andere ouders en een ander adres: twee kinderen'
        when r.withdrawn_at is null and abs(hashint8(c.n)) % 12 = 6 then 'Beide ouders hebben hetzelfde kind aangemeld' end
from bench.claimant c join bench.reg r on r.i = c.i
    join bench.claimant f on f.campaign = c.campaign and f.identity_key = c.identity_key and f.holds_identity
where not c.holds_identity;

-- Proof of agreement: one acceptance per claimant of a complete registration, of the text in its language.
insert into agreement_acceptance (id, version_id, campaign_id, registration_id, claimant_id, account_id, language,
    text_sha256, accepted_at, time_zone, ip, user_agent, signer_name, claimant_name, claimant_birth_date,
    on_behalf_of_child, authority_declared)
select bench.uuid7(r.completed_at), k.version_id, k.id, r.id, c.id, a.id, r.language,
    t.sha256, r.completed_at, 'Europe/Amsterdam',
    case when r.i % 5 = 0 then '2a02:a46:' || to_hex(r.i % 65536) || '::' || to_hex(c.n % 65536)
        else (77 + r.i % 120) || '.' || (r.i / 7 % 256) || '.' || (r.i / 11 % 256) || '.' || (1 + r.i % 254) end,
    bench.pick(l.agent, ((r.i * 31) % 100) / 100.0, 1.3),
    p.first_name || ' ' || p.last_name, c.first_name || ' ' || c.last_name, c.date_of_birth, c.kind = 'CHILD',
    c.authority
from bench.claimant c join bench.reg r on r.i = c.i join bench.person p on p.p = r.p
    join bench.account a on a.p = r.p join bench.campaign k on k.n = r.campaign
    join bench.agreement t on t.version_id = k.version_id and t.language = r.language cross join bench.lists l
where r.completed_at is not null
order by r.completed_at;

-- History: signed up, confirmed, agreement accepted per claimant, withdrawn.
insert into registration_event (id, registration_id, claimant_id, kind, actor, occurred_at, detail)
select bench.uuid7(r.created_at), r.id, null::uuid, 'SIGNED_UP', 'PARTICIPANT', r.created_at, null
from bench.reg r
union all
select bench.uuid7(r.verified_at), r.id, null, 'VERIFIED', 'PARTICIPANT', r.verified_at, null
from bench.reg r where r.verified_at is not null
union all
select bench.uuid7(r.completed_at), r.id, c.id, 'AGREEMENT_ACCEPTED', 'PARTICIPANT', r.completed_at,
    'version 1'
from bench.reg r join bench.claimant c on c.i = r.i where r.completed_at is not null
union all
select bench.uuid7(r.withdrawn_at), r.id, null, 'WITHDRAWN',
    case when r.channel = 'ONLINE' then 'PARTICIPANT' else 'STAFF' end, r.withdrawn_at, r.channel
from bench.reg r where r.withdrawn_at is not null
order by 6;

-- Mails, as the delivery worker leaves them: sent (bodies cleared), a few bounced after five attempts.
insert into outbox (id, priority, kind, recipient, account_id, subject, text_body, html_body, message_id, created_at,
    pending, next_attempt_at, attempts, sent_at, failed_at, last_error)
select m.id, 0, m.kind, e.typed, a.id, m.subject, null, null, '<' || m.id || '@localhost>', m.at, false,
    m.at + interval '2 seconds', case when m.n % 400 = 0 then 5 else 1 end,
    case when m.n % 400 = 0 then null else m.at + interval '2 seconds' end,
    case when m.n % 400 = 0 then m.at + interval '2 hours' end,
    case when m.n % 400 = 0 then '550 5.1.1 The email account that you tried to reach does not exist' end
from (
    select bench.uuid7(r.created_at) as id, r.i as n, r.p, r.created_at as at,
        'registration.verify' as kind,
        case r.language when 'nl' then 'Bevestig je aanmelding voor de ' else 'Confirm your sign-up for the ' end
            || k.name_nl as subject
    from bench.reg r join bench.campaign k on k.n = r.campaign
    union all
    select bench.uuid7(r.completed_at), c.n + 3, r.p, r.completed_at,
        'dossier.agreement-accepted',
        case r.language when 'nl' then 'Je deelname aan de ' || k.name_nl || ' is compleet'
            else 'Your participation in the ' || k.name_nl || ' is complete' end
    from bench.reg r join bench.claimant c on c.i = r.i join bench.campaign k on k.n = r.campaign
    where r.completed_at is not null
    union all
    select bench.uuid7(r.withdrawn_at), r.i + 1, r.p, r.withdrawn_at, 'registration.withdrawn',
        case r.language when 'nl' then 'Je opzegging voor de ' else 'Your withdrawal from the ' end || k.name_nl
    from bench.reg r join bench.campaign k on k.n = r.campaign where r.withdrawn_at is not null
) m join bench.email e on e.p = m.p join bench.account a on a.p = m.p
order by m.at;

-- The audit log of what participants did: acceptances and withdrawals.
insert into audit_entry (id, occurred_at, actor_kind, actor_id, ip, action, subject_type, subject_id, details)
select bench.uuid7(r.completed_at), r.completed_at, 'PARTICIPANT', a.id::text,
    (77 + r.i % 120) || '.' || (r.i / 7 % 256) || '.' || (r.i / 11 % 256) || '.' || (1 + r.i % 254),
    'agreement.accepted', 'claimant', c.id::text, 'version=1'
from bench.reg r join bench.claimant c on c.i = r.i join bench.account a on a.p = r.p
where r.completed_at is not null
union all
select bench.uuid7(r.withdrawn_at), r.withdrawn_at, 'PARTICIPANT', a.id::text, null,
    'registration.withdrawn', 'registration', r.id::text, 'channel=ONLINE'
from bench.reg r join bench.account a on a.p = r.p where r.withdrawn_at is not null and r.channel = 'ONLINE';

-- The live counter: registrations not withdrawn, spread over the shards.
update registration_count_shard s set registrations = x.total / 16 + case when s.shard < x.total % 16 then 1 else 0 end
from (select c.id, count(r.i) as total from bench.campaign c left join bench.reg r on r.campaign = c.n
          and r.withdrawn_at is null group by c.id) x
where s.campaign_id = x.id;

alter table account enable trigger all;
alter table registration enable trigger all;
alter table claimant enable trigger all;
alter table claimant_identity enable trigger all;
alter table duplicate_review enable trigger all;
alter table agreement_acceptance enable trigger all;
alter table registration_event enable trigger all;
alter table outbox enable trigger all;
alter table audit_entry enable trigger all;
drop schema bench cascade;
vacuum analyze;
