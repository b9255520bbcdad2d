package nl.claimdesk.campaign.internal;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as a reader takes it in: {@code 340 kB}, {@code 1,2 MB} (decimal units, one decimal in MB). */
public final class FileSize {

    private static final long KILO = 1000;
    private static final long MEGA = KILO * KILO;

    private FileSize() {}

    public static String format(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        if (bytes < MEGA) {
            number.setMaximumFractionDigits(0);
            return number.format(Math.max(1, Math.round((double) bytes / KILO))) + " kB";
        }
        number.setMaximumFractionDigits(1);
        return number.format((double) bytes / MEGA) + " MB";
    }
}
