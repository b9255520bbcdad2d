package nl.claimdesk.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Searches values a {@code like} cannot look into: bytes (a serialised session attribute, a mail's attachment) and
 * JSON. Bytes are searched as they are, as UTF-8 text (Java serialises a short string as its UTF-8 bytes), and, when
 * they are a PDF, in the text the PDF shows, since a PDF keeps its text compressed.
 */
final class OpaqueValues {

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private OpaqueValues() {}

    /** How many rows of {@code table} hold {@code value} (ignoring case) in one of {@code columns}. */
    static long rowsContaining(JdbcClient jdbc, String table, Set<String> columns, String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return jdbc
                .sql("select " + String.join(", ", columns) + " from " + table)
                .query((rs, row) -> {
                    for (int i = 1; i <= columns.size(); i++) {
                        byte[] bytes = rs.getBytes(i);
                        if (bytes != null && readable(bytes).contains(wanted)) {
                            return true;
                        }
                    }
                    return false;
                })
                .list()
                .stream()
                .filter(Boolean::booleanValue)
                .count();
    }

    /** What a person could read in the bytes, lower case. */
    static String readable(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (isPdf(bytes)) {
            text += "\n" + pdfText(bytes);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length > PDF_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(bytes, PDF_SIGNATURE.length), PDF_SIGNATURE);
    }

    private static String pdfText(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
