package nl.claimdesk.registration;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes RFC 4180 CSV: records end in CRLF, a field holding a comma, quote, CR or LF is quoted and its quotes doubled.
 * A field that a spreadsheet would read as a formula (starting with {@code = + - @}, tab or CR) gets a leading
 * {@code '} so that it is shown as text, never run. {@link #bom()} first makes Excel read the file as UTF-8.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void bom() throws IOException {
        out.write('\uFEFF');
    }

    void row(@Nullable Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i] == null ? "" : fields[i].toString()));
        }
        out.write("\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    /** One field as it is written: neutralised, then quoted if it needs to be. */
    static String field(String value) {
        String text = neutralised(value);
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The value with a leading {@code '} if a spreadsheet would take it for a formula. */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
