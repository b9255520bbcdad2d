package nl.claimdesk.audit.backoffice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.internal.SubjectKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log, newest first, a page at a time; every filter is served by an index (V13). */
@Repository
class AuditEntries {

    private final JdbcClient jdbc;
    private final SubjectKeys keys;

    AuditEntries(JdbcClient jdbc, SubjectKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** At most {@code limit} entries that match, newest first, starting after the query's cursor. */
    List<AuditEntry> page(AuditQuery query, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_kind, actor_id, ip, action, subject_type, subject_id, details, sealed_for
                from audit_entry where 1 = 1""");
        List<Object> params = new ArrayList<>();
        condition(
                sql,
                params,
                " and actor_kind = ?",
                query.actorKind() == null ? null : query.actorKind().name());
        condition(sql, params, " and actor_id = ?", query.actorId());
        condition(sql, params, " and action = ?", query.action());
        condition(sql, params, " and subject_type = ?", query.subjectType());
        condition(sql, params, " and subject_id = ?", query.subjectId());
        condition(sql, params, " and occurred_at >= ?", query.from());
        condition(sql, params, " and occurred_at < ?", query.until());
        if (query.after() != null) {
            // The row comparison is what PostgreSQL can start an index scan at; the plain bound helps H2 do the same.
            sql.append(" and occurred_at <= ? and (occurred_at, id) < (?, ?)");
            OffsetDateTime at = query.after().occurredAt().atOffset(ZoneOffset.UTC);
            params.add(at);
            params.add(at);
            params.add(query.after().id());
        }
        sql.append(" order by occurred_at desc, id desc limit ?");
        params.add(limit);
        return opened(jdbc.sql(sql.toString())
                .params(params)
                .query(AuditEntries::entry)
                .list());
    }

    /** The entries with their sealed details opened where the person's key still exists, and erased where not. */
    private List<AuditEntry> opened(List<AuditEntry> entries) {
        Map<UUID, byte[]> found = keys.keys(entries.stream()
                .map(AuditEntry::sealedFor)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return entries.stream()
                .map(entry -> {
                    UUID person = entry.sealedFor();
                    if (person == null || entry.details() == null) {
                        return entry;
                    }
                    byte[] key = found.get(person);
                    return entry.withDetails(
                            key == null
                                    ? null
                                    : SubjectKeys.open(person, key, entry.details())
                                            .orElse(null));
                })
                .toList();
    }

    private static void condition(StringBuilder sql, List<Object> params, String condition, @Nullable Object value) {
        if (value != null) {
            sql.append(condition);
            params.add(value);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class),
                new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getString("actor_id")),
                rs.getString("ip"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("details"),
                rs.getObject("sealed_for", UUID.class));
    }
}
