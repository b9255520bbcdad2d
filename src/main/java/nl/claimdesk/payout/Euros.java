package nl.claimdesk.payout;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount of integer euro cents as people read it: "€ 1.234,56" in Dutch, "€1,234.56" in English. */
public final class Euros {

    private static final Currency EUR = Currency.getInstance("EUR");

    private Euros() {}

    public static String format(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EUR);
        return format.format(BigDecimal.valueOf(cents, 2));
    }
}
