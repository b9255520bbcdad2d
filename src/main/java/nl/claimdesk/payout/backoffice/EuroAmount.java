package nl.claimdesk.payout.backoffice;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * An amount in euros as finance types it, in integer cents: digits with optional groups ({@code 1.234.567,89},
 * {@code 1,234,567.89}, {@code 1 234 567}) and at most two decimals after a comma or a point. A separator followed by
 * one or two digits at the end is the decimal one; every other separator groups thousands.
 */
final class EuroAmount {

    /** Ten thousand billion euro: more than any claim, and far from the limits of a {@code long} in cents. */
    static final long LARGEST_CENTS = 1_000_000_000_000_000L;

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}([.,\\s]\\d{3})*|\\d+)([.,]\\d{1,2})?");

    private EuroAmount() {}

    static OptionalLong cents(String typed) {
        String amount = typed.strip().replace("€", "").strip();
        if (!AMOUNT.matcher(amount).matches()) {
            return OptionalLong.empty();
        }
        String decimals = "";
        int last = Math.max(amount.lastIndexOf(','), amount.lastIndexOf('.'));
        if (last >= 0 && amount.length() - last - 1 <= 2) {
            decimals = amount.substring(last + 1);
            amount = amount.substring(0, last);
        }
        String whole = amount.replaceAll("[.,\\s]", "");
        if (whole.length() > 16) {
            return OptionalLong.empty();
        }
        long cents = new BigDecimal(whole + "." + (decimals + "00").substring(0, 2))
                .movePointRight(2)
                .longValueExact();
        return cents > LARGEST_CENTS ? OptionalLong.empty() : OptionalLong.of(cents);
    }

    /** Cents as finance would type them: {@code 1234.5} for 1,234.50 euro, {@code 0} for nothing. */
    static String typed(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }
}
