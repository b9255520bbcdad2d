package nl.claimdesk;

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
                            comparable.put(name, String.valueOf(value));
                        }
                    });
                    return comparable.toString();
                })
                .sorted()
                .toList();
    }
}
