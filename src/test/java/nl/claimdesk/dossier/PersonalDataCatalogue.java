package nl.claimdesk.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.claimdesk.ComparableRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which tables can hold a person's data, read from the database catalogue (so a table added later is found without
 * anyone updating a test), and where a given value still occurs. Works on H2 and PostgreSQL.
 */
final class PersonalDataCatalogue {

    /** Columns that tie a row to a participant, their file, or their address. */
    static final Set<String> PERSON_COLUMNS = Set.of(
            "account_id",
            "registration_id",
            "claimant_id",
            "principal_name",
            "actor_id",
            "subject_id",
            "recipient",
            "bucket",
            "ip");

    private static final Set<String> TEXT_TYPES =
            Set.of("character varying", "varchar", "text", "character", "character large object", "clob");

    /** Columns whose values are read whole and searched here: bytes (a serialised session, a PDF) and JSON. */
    private static final Set<String> OPAQUE_TYPES =
            Set.of("bytea", "binary", "binary varying", "varbinary", "binary large object", "blob", "json", "jsonb");

    private PersonalDataCatalogue() {}

    /** Every table with a column of {@link #PERSON_COLUMNS} or a column whose name mentions email, with those columns. */
    static Map<String, Set<String>> tables(JdbcClient jdbc) {
        Map<String, Set<String>> tables = new TreeMap<>();
        jdbc.sql("""
                        select lower(table_name) as t, lower(column_name) as c from information_schema.columns
                        where lower(table_schema) = 'public'""").query((rs, row) -> Map.entry(rs.getString("t"), rs.getString("c"))).list().stream()
                .filter(column -> PERSON_COLUMNS.contains(column.getValue())
                        || column.getValue().contains("email"))
                .forEach(column -> tables.computeIfAbsent(column.getKey(), table -> new TreeSet<>())
                        .add(column.getValue()));
        return tables;
    }

    /**
     * Every row, per table, that refers to one of {@code ids} (an account, registration or claimant id, in any column
     * that holds such an id) or one of {@code emails}, in a form fit to compare; tables without such rows are absent.
     * {@code leaveOut} names columns (e.g. {@code outbox.sent_at}) whose values are not compared.
     */
    static Map<String, List<String>> rowsReferring(
            JdbcClient jdbc, Collection<UUID> ids, Collection<String> emails, String... leaveOut) {
        Set<String> ignored = Set.of(leaveOut);
        Map<String, String> types = new TreeMap<>();
        jdbc.sql("""
                        select lower(table_name) as t, lower(column_name) as c, lower(data_type) as d
                        from information_schema.columns where lower(table_schema) = 'public'""")
                .query((rs, row) -> Map.entry(rs.getString("t") + "." + rs.getString("c"), rs.getString("d")))
                .list()
                .forEach(column -> types.put(column.getKey(), column.getValue()));
        Map<String, List<String>> found = new TreeMap<>();
        tables(jdbc).forEach((table, columns) -> {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            for (String column : columns) {
                if (Set.of("account_id", "registration_id", "claimant_id", "actor_id", "subject_id", "principal_name")
                        .contains(column)) {
                    conditions.add(column + " in (" + marks(ids.size()) + ")");
                    boolean uuid = "uuid".equals(types.get(table + "." + column));
                    ids.forEach(id -> parameters.add(uuid ? id : id.toString()));
                } else if (Set.of("email", "email_normalised", "new_email", "recipient")
                        .contains(column)) {
                    conditions.add("lower(" + column + ") in (" + marks(emails.size()) + ")");
                    emails.forEach(email -> parameters.add(email.toLowerCase(Locale.ROOT)));
                }
            }
            if (conditions.isEmpty()) {
                return;
            }
            List<String> rows = ComparableRows.of(
                    jdbc.sql("select * from " + table + " where " + String.join(" or ", conditions))
                            .params(parameters)
                            .query()
                            .listOfRows(),
                    column -> !ignored.contains(table + "." + column));
            if (!rows.isEmpty()) {
                found.put(table, rows);
            }
        });
        return found;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /**
     * The tables in which {@code value} occurs (ignoring case) in some column, with the number of such rows: text
     * columns, and binary and JSON columns too (see {@link OpaqueValues}).
     */
    static Map<String, Long> whereFound(JdbcClient jdbc, String value) {
        Map<String, Long> found = new TreeMap<>(whereFoundInText(jdbc, value));
        columnsOfTypes(jdbc, OPAQUE_TYPES).forEach((table, columns) -> {
            long rows = OpaqueValues.rowsContaining(jdbc, table, columns, value);
            if (rows > 0) {
                found.merge(table, rows, Long::sum);
            }
        });
        return found;
    }

    /** The names of the binary and JSON columns per table, as the database catalogue lists them. */
    static Map<String, Set<String>> opaqueColumns(JdbcClient jdbc) {
        return columnsOfTypes(jdbc, OPAQUE_TYPES);
    }

    private static Map<String, Set<String>> columnsOfTypes(JdbcClient jdbc, Set<String> types) {
        Map<String, Set<String>> columns = new TreeMap<>();
        jdbc
                .sql("""
                        select lower(table_name) as t, lower(column_name) as c, lower(data_type) as d
                        from information_schema.columns where lower(table_schema) = 'public'""")
                .query((rs, row) -> new String[] {rs.getString("t"), rs.getString("c"), rs.getString("d")})
                .list()
                .stream()
                .filter(column -> types.contains(column[2]))
                .forEach(column -> columns.computeIfAbsent(column[0], table -> new TreeSet<>())
                        .add(column[1]));
        return columns;
    }

    private static Map<String, Long> whereFoundInText(JdbcClient jdbc, String value) {
        Map<String, Set<String>> textColumns = columnsOfTypes(jdbc, TEXT_TYPES);
        Map<String, Long> found = new LinkedHashMap<>();
        String pattern = "%" + value.toLowerCase(Locale.ROOT) + "%";
        textColumns.forEach((table, columns) -> {
            String condition = String.join(
                    " or ",
                    columns.stream()
                            .map(column -> "lower(" + column + ") like ?")
                            .toList());
            long rows = jdbc.sql("select count(*) from " + table + " where " + condition)
                    .params(columns.stream().map(column -> (Object) pattern).toList())
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                found.put(table, rows);
            }
        });
        return found;
    }
}
