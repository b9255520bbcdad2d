package nl.claimdesk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Database rows as text fit to compare before and after: one line per row, columns by lower-case name, sorted. */
public final class ComparableRows {

    private ComparableRows() {}

    /** {@code rows} as compared lines, with only the columns (lower-case names) {@code compared} accepts. */
    public static List<String> of(List<Map<String, Object>> rows, Predicate<String> compared) {
        return rows.stream()
                .map(row -> {
                    Map<String, String> comparable = new TreeMap<>();
                    row.forEach((column, value) -> {
                        String name = column.toLowerCase(Locale.ROOT);
                        if (compared.test(name)) {
                            comparable.put(name, comparable(value));
                        }
                    });
                    return comparable.toString();
                })
                .sorted()
                .toList();
    }

    /** Binary columns by their content: a {@code byte[]} prints as its identity, which differs on every read. */
    private static String comparable(Object value) {
        if (value instanceof byte[] bytes) {
            try {
                return "sha256:"
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }
}
