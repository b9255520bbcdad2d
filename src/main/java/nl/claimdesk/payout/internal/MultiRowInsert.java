package nl.claimdesk.payout.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of one table written a thousand at a time in one multi-row insert: a million shares or payments take a
 * thousand statements, and the heap holds one insert's rows whatever the total. A row that breaks a key fails its
 * statement like a single insert would, so the caller's transaction takes nothing.
 */
public final class MultiRowInsert {

    private static final int ROWS_PER_INSERT = 1_000;

    private final JdbcTemplate jdbc;
    private final String insert;
    private final String placeholders;
    private final int columns;
    private final List<Object> values = new ArrayList<>();

    public MultiRowInsert(JdbcTemplate jdbc, String table, String... columns) {
        this.jdbc = jdbc;
        this.insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        this.placeholders = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        this.columns = columns.length;
    }

    /** Adds a row (its values in the order of the columns); writes the pending rows when an insert is full. */
    public void add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException("a row of " + columns + " values, not " + row.length);
        }
        Collections.addAll(values, row);
        if (values.size() == ROWS_PER_INSERT * columns) {
            flush();
        }
    }

    /** Writes the rows still pending. */
    public void flush() {
        if (values.isEmpty()) {
            return;
        }
        jdbc.update(
                insert + String.join(", ", Collections.nCopies(values.size() / columns, placeholders)),
                values.toArray());
        values.clear();
    }
}
