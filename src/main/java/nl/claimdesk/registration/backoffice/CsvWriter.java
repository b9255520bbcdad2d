package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Writes RFC 4180 CSV: records end in CRLF, a field holding a comma, quote, CR or LF is quoted and its quotes doubled.
 * A field that a spreadsheet would read as a formula (starting with {@code = + - @}, tab or CR) gets a leading
 * {@code '} so that it is shown as text, never run; control characters other than tab, CR and LF are left out. {@link #bom()} first makes Excel read the file as UTF-8.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /**
     * Starts a CSV download of {@code name} (a file name without extension): the headers, and a buffered UTF-8 writer
     * on the response.
     */
    public static Writer download(HttpServletResponse response, String name) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"");
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    public void bom() throws IOException {
        out.write('\uFEFF');
    }

    public void row(@Nullable Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i] == null ? "" : fields[i].toString()));
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
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

    /**
     * The value as a spreadsheet may safely read it: without control characters (NUL and the rest of C0 except tab,
     * CR and LF; DEL; C1), which some programs cut the cell at or choke on, and then with a leading {@code '} if it
     * would be taken for a formula.
     */
    static String neutralised(String value) {
        String text = withoutControlCharacters(value);
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String withoutControlCharacters(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isISOControl(c) || c == '\t' || c == '\r' || c == '\n') {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
