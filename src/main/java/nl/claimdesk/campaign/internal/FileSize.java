package nl.claimdesk.campaign.internal;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A file's size as a reader takes it in: {@code 340 KB}, {@code 1,2 MB}. Units of 1024, as Spring's {@code DataSize}
 * reads a setting such as {@code 10MB}, so the limit an editor is told is the limit that is applied.
 */
public final class FileSize {

    private static final long KILO = 1024;
    private static final long MEGA = KILO * KILO;

    private FileSize() {}

    public static String format(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        if (bytes < MEGA) {
            number.setMaximumFractionDigits(0);
            return number.format(Math.max(1, Math.round((double) bytes / KILO))) + " KB";
        }
        number.setMaximumFractionDigits(1);
        return number.format((double) bytes / MEGA) + " MB";
    }
}
