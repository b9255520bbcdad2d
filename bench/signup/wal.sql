-- The WAL that this database wrote between two LSNs, per table and index, per unit of work (a sign-up, a pgbench
-- transaction). The server's WAL is shared by every database on it (test suites of others among them), so the
-- records are read back with pg_walinspect and only those of this database are counted: records that change a
-- relation of this database, and the commit records of the transactions that wrote them. Needs the extension
-- pg_walinspect (PostgreSQL 15+) in this database and a superuser.
--
--   psql -v start=0/1A2B3C4D -v end=0/1B000000 -v n=1234 -v label='per sign-up' -f bench/signup/wal.sql DB
--
-- record bytes include the full-page images (fpi bytes), which a checkpoint in the range makes larger: compare
-- runs on the bytes without them as well.

\pset footer off
CREATE TEMP TABLE wal_record AS
    SELECT xid, resource_manager, record_type, record_length, fpi_length,
           (regexp_match(block_ref, 'rel \d+/(\d+)/(\d+)'))[1]::oid AS database_oid,
           (regexp_match(block_ref, 'rel \d+/(\d+)/(\d+)'))[2]::oid AS filenode
    FROM pg_get_wal_records_info(:'start', :'end');
CREATE TEMP TABLE wal_mine AS
    SELECT w.*, CASE WHEN w.filenode IS NULL THEN '(commit records)'
                     ELSE coalesce(c.relname::text, 'filenode ' || w.filenode) END AS relation
    FROM wal_record w
    LEFT JOIN pg_class c ON w.filenode IS NOT NULL AND pg_relation_filenode(c.oid) = w.filenode
    WHERE w.database_oid = (SELECT oid FROM pg_database WHERE datname = current_database())
       OR (w.database_oid IS NULL AND w.resource_manager = 'Transaction'
           AND w.xid IN (SELECT xid FROM wal_record WHERE database_oid =
               (SELECT oid FROM pg_database WHERE datname = current_database())));
\echo WAL of this database :label (n = :n)
SELECT CASE WHEN grouping(relation) = 1 THEN 'total' ELSE relation END AS relation,
       round(count(*)::numeric / :n, 2) AS records,
       round(sum(record_length)::numeric / :n) AS bytes,
       round(sum(record_length - fpi_length)::numeric / :n) AS bytes_without_fpi,
       round(sum(fpi_length)::numeric / :n) AS fpi_bytes
FROM wal_mine
GROUP BY ROLLUP (relation)
ORDER BY grouping(relation), sum(record_length) DESC;
