package nl.claimdesk.backoffice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.claimdesk.ComparableRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds, to show that a refused request changed nothing: the number of rows of every table, and
 * every row that refers to one of the given ids in any id column. Read from the database catalogue, so a table added
 * later is compared too. Works on H2 and PostgreSQL.
 */
final class StoredState {

    /** Tables that change without anyone asking: sessions, rate-limit windows, job locks, counters, mail delivery. */
    private static final Set<String> MOVING = Set.of(
            "spring_session", "spring_session_attributes", "rate_limit_window", "job_lock", "registration_count_shard");

    /** Tables whose rows change without anyone asking, but whose number of rows does not: mail being delivered. */
    private static final Set<String> COUNTED_ONLY = Set.of("outbox", "outbox_attachment");

    private StoredState() {}

    static Map<String, Object> of(JdbcClient jdbc, Collection<UUID> ids) {
        Map<String, Map<String, String>> columns = new TreeMap<>();
        jdbc.sql("""
                        select lower(table_name) as t, lower(column_name) as c, lower(data_type) as d
                        from information_schema.columns where lower(table_schema) = 'public'""")
                .query((rs, row) -> List.of(rs.getString("t"), rs.getString("c"), rs.getString("d")))
                .list()
                .forEach(column -> columns.computeIfAbsent(column.get(0), table -> new TreeMap<>())
                        .put(column.get(1), column.get(2)));
        Map<String, Object> state = new TreeMap<>();
        columns.forEach((table, types) -> {
            if (MOVING.contains(table) || table.startsWith("flyway")) {
                return;
            }
            state.put(
                    table + " rows",
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
            if (!COUNTED_ONLY.contains(table)) {
                rowsReferring(jdbc, table, types, ids).ifPresent(rows -> state.put(table, rows));
            }
        });
        return state;
    }

    private static Optional<List<String>> rowsReferring(
            JdbcClient jdbc, String table, Map<String, String> types, Collection<UUID> ids) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        types.forEach((column, type) -> {
            boolean uuid = type.equals("uuid");
            boolean textId = (type.contains("char") || type.equals("text")) && column.endsWith("id");
            if (uuid || textId) {
                conditions.add(column + " in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")");
                ids.forEach(id -> parameters.add(uuid ? id : id.toString()));
            }
        });
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        List<String> rows = ComparableRows.of(
                jdbc.sql("select * from " + table + " where " + String.join(" or ", conditions))
                        .params(parameters)
                        .query()
                        .listOfRows(),
                column -> true);
        return Optional.of(rows);
    }
}
