package nl.claimdesk.registration.internal.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text as RFC 4180 writes it: fields in double quotes may hold the separator, line breaks and doubled
 * quotes. The separator is a comma or, as a Dutch spreadsheet saves it, a semicolon: whichever the first line holds.
 */
final class CsvLines {

    private CsvLines() {}

    /** The records of {@code text}, each as its fields; a byte order mark and blank lines are left out. */
    static List<List<String>> read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = body.indexOf('\n');
        String first = firstBreak < 0 ? body : body.substring(0, firstBreak);
        char separator = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, fields, field);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        end(records, fields, field);
        return records;
    }

    private static void end(List<List<String>> records, List<String> fields, StringBuilder field) {
        fields.add(field.toString());
        field.setLength(0);
        if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
            records.add(List.copyOf(fields));
        }
    }
}
