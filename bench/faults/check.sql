-- The fault harness's checker: compares what the visitors were told (ops.tsv, pages.tsv from FaultLoad) with what the
-- database holds and what the SMTP sink received (mail.tsv), per fault (phases.tsv from bench/faults/run).
-- It prints one line per fault, then "violations N" and examples of any. It only reads the application's tables.
-- bench/faults/run creates the schema check_run and loads the files into its tables op, page, mail and phase first.
\set ON_ERROR_STOP on
\pset footer off
SET search_path = check_run, public;
UPDATE op SET email = lower(email);
CREATE INDEX ON op (email);
CREATE INDEX ON mail (message_id);
ANALYZE op; ANALYZE mail;

-- Per address the driver used: what the database holds.
CREATE TABLE stored AS
SELECT s.email, s.phase, s.outcome,
       count(DISTINCT r.id) AS registrations,
       count(DISTINCT c.id) AS claimants,
       bool_and(r.verified_at IS NOT NULL) AS verified,
       bool_or(mp.news) AS news
FROM (SELECT email, phase, outcome FROM op WHERE kind = 'signup') s
LEFT JOIN public.account a ON a.email_normalised = s.email
LEFT JOIN public.registration r ON r.account_id = a.id
LEFT JOIN public.claimant c ON c.registration_id = r.id
LEFT JOIN public.mail_preference mp ON mp.account_id = a.id
GROUP BY s.email, s.phase, s.outcome;

-- Per stored registration of the driver's: its verification mails, and how often the sink received each.
CREATE TABLE verification AS
SELECT s.email, s.phase, o.message_id,
       (SELECT count(*) FROM mail m WHERE m.message_id = o.message_id) AS received
FROM stored s
JOIN public.account a ON a.email_normalised = s.email
JOIN public.outbox o ON o.account_id = a.id AND o.kind = 'registration.verify'
WHERE s.registrations > 0;

CREATE TABLE result AS
SELECT p.position, p.name AS fault,
    (SELECT count(*) FROM op WHERE op.phase = p.name AND outcome = 'ack') AS ops_acked,
    (SELECT count(*) FROM stored s WHERE s.phase = p.name AND outcome = 'ack') AS signups_acked,
    (SELECT count(*) FROM stored s WHERE s.phase = p.name AND registrations = 1 AND claimants = 1) AS stored,
    (SELECT count(*) FROM stored s WHERE s.phase = p.name AND outcome = 'ack' AND registrations = 0)
      + (SELECT count(*) FROM op JOIN stored s USING (email)
         WHERE op.phase = p.name AND op.outcome = 'ack'
           AND ((op.kind = 'confirm' AND NOT coalesce(s.verified, false))
             OR (op.kind = 'dossier' AND NOT coalesce(s.news, false)))) AS lost,
    (SELECT count(*) FROM stored s WHERE s.phase = p.name AND (registrations > 1 OR claimants > registrations)) AS duplicated,
    (SELECT count(*) FROM stored s WHERE s.phase = p.name AND (
        (outcome = 'error' AND registrations > 0)
        OR (registrations > 0 AND claimants = 0)
        OR (registrations > 0 AND NOT EXISTS (SELECT 1 FROM verification v WHERE v.email = s.email)))) AS half_stored,
    (SELECT count(DISTINCT email) FROM verification v WHERE v.phase = p.name) AS mails_expected,
    (SELECT count(DISTINCT email) FROM verification v WHERE v.phase = p.name AND received > 0) AS mails_delivered,
    (SELECT count(*) FROM (SELECT email FROM verification v WHERE v.phase = p.name AND received > 0
        GROUP BY email HAVING count(*) > 1) twice) AS mails_duplicated,
    (SELECT count(*) FROM verification v WHERE v.phase = p.name AND received > 1) AS same_id_again,
    (SELECT count(*) FROM page WHERE page.phase = p.name AND status >= 500 AND NOT (status = 503 AND retry_after = 1)) AS http_5xx,
    (SELECT count(*) FROM page WHERE page.phase = p.name AND status = 503 AND retry_after = 1) AS http_503_retry,
    (SELECT count(*) FROM page WHERE page.phase = p.name AND status = 0) AS no_answer,
    (SELECT max(ms) FROM page WHERE page.phase = p.name AND status > 0) AS slowest_ms,
    (SELECT count(*) FILTER (WHERE status = 200) || '/' || count(*) FROM page
        WHERE page.phase = p.name AND step = 'landing') AS landing_ok,
    CASE WHEN p.recovered > 0 THEN round((p.recovered - p.fault_ended) / 1000.0, 1) END AS recover_s
FROM phase p;

\echo
SELECT fault, ops_acked AS "ops ack", signups_acked AS "sign-ups ack", stored, lost, duplicated AS dup,
       half_stored AS "half", mails_expected AS "mail exp", mails_delivered AS "mail dlv",
       mails_duplicated AS "mail dup", same_id_again AS "same-id again", http_5xx AS "5xx",
       http_503_retry AS "503+RA", no_answer AS "no answer", landing_ok AS "landing 200", slowest_ms AS "slowest ms",
       recover_s AS "recover s"
FROM result ORDER BY position;

\echo 'Violations (each should be 0): lost, duplicated, half-stored, mails not delivered, mails duplicated, 5xx other than 503 with Retry-After'
SELECT 'violations ' || (coalesce(sum(lost), 0) + coalesce(sum(duplicated), 0) + coalesce(sum(half_stored), 0)
    + coalesce(sum(mails_expected - mails_delivered), 0) + coalesce(sum(mails_duplicated), 0)
    + coalesce(sum(http_5xx), 0)) AS verdict
FROM result;
\echo 'Examples of violations, if any:'
SELECT 'lost' AS what, s.phase, s.email, s.outcome FROM stored s WHERE s.outcome = 'ack' AND s.registrations = 0
UNION ALL SELECT 'duplicated', s.phase, s.email, s.outcome FROM stored s WHERE registrations > 1 OR claimants > registrations
UNION ALL SELECT 'half-stored', s.phase, s.email, s.outcome FROM stored s
    WHERE (outcome = 'error' AND registrations > 0) OR (registrations > 0 AND claimants = 0)
UNION ALL SELECT 'not delivered', v.phase, v.email, v.message_id FROM verification v
    WHERE NOT EXISTS (SELECT 1 FROM verification w WHERE w.email = v.email AND w.received > 0)
UNION ALL SELECT 'status ' || status, phase, step, to_char(to_timestamp(at / 1000.0), 'HH24:MI:SS')
    FROM page WHERE status >= 500 AND NOT (status = 503 AND retry_after = 1)
LIMIT 20;
