package nl.claimdesk.campaign.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bytes of an uploaded file that look like a whole PDF: they start with the {@code %PDF-} header and end with
 * the {@code %%EOF} marker (followed at most by line ends, spaces or zero bytes), so neither another file renamed to {@code .pdf} nor a
 * PDF cut off half-way passes. The name and content type the browser sent are never asked.
 */
public final class PdfFile {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final byte[] bytes;
    private final String sha256;

    private PdfFile(byte[] bytes) {
        this.bytes = bytes;
        this.sha256 = HexFormat.of().formatHex(digest(bytes));
    }

    public static Optional<PdfFile> read(byte[] bytes) {
        return looksLikePdf(bytes) ? Optional.of(new PdfFile(bytes.clone())) : Optional.empty();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public String sha256() {
        return sha256;
    }

    static boolean looksLikePdf(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && isWhiteSpace(bytes[end - 1])) {
            end--;
        }
        return end > HEADER.length + END.length
                && matchesAt(bytes, HEADER, 0)
                && matchesAt(bytes, END, end - END.length);
    }

    private static boolean matchesAt(byte[] bytes, byte[] part, int at) {
        for (int i = 0; i < part.length; i++) {
            if (bytes[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhiteSpace(byte b) {
        return b == '\n' || b == '\r' || b == ' ' || b == '\t' || b == '\f' || b == 0;
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
