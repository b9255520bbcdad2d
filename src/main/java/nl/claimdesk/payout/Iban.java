package nl.claimdesk.payout;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * An account number a SEPA credit transfer can pay: an IBAN (ISO 13616) whose check digits and country-specific
 * length and structure iban4j confirms, in a country of the SEPA schemes. Kept in its electronic form (no spaces,
 * upper case); {@link #masked()} is the only form a page shows and {@link #toString()} never prints it whole.
 */
public final class Iban {

    /**
     * The spaces a person types in an IBAN, compiled once: every IBAN of a payment file is checked again when the file
     * is written, a million times for a large run.
     */
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0]");

    /**
     * The IBAN country codes of the SEPA schemes' geographical scope: EPC409-09 "EPC list of countries and
     * territories of the SEPA schemes", version 7.0 (European Payments Council, 2025). The territories that use
     * another country's IBAN (the French overseas departments, Åland, the Canary Islands, Jersey) are covered by
     * that country's code.
     */
    static final Set<String> SEPA_COUNTRIES = Set.of(
            // the European Union
            "AT",
            "BE",
            "BG",
            "CY",
            "CZ",
            "DE",
            "DK",
            "EE",
            "ES",
            "FI",
            "FR",
            "GR",
            "HR",
            "HU",
            "IE",
            "IT",
            "LT",
            "LU",
            "LV",
            "MT",
            "NL",
            "PL",
            "PT",
            "RO",
            "SE",
            "SI",
            "SK",
            // the rest of the European Economic Area
            "IS",
            "LI",
            "NO",
            // the other participating countries and territories
            "AD",
            "AL",
            "CH",
            "GB",
            "GI",
            "MC",
            "MD",
            "ME",
            "MK",
            "SM",
            "VA");

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /** Why a typed account number is refused. */
    public enum Problem {
        MISSING,
        /** Not shaped like an IBAN of its country (characters, length or structure). */
        FORMAT,
        CHECK_DIGITS,
        NOT_SEPA
    }

    /** The outcome of checking a typed account number: the IBAN, or the one problem to tell the person. */
    public record Check(Optional<Iban> iban, Optional<Problem> problem) {

        static Check valid(Iban iban) {
            return new Check(Optional.of(iban), Optional.empty());
        }

        static Check refused(Problem problem) {
            return new Check(Optional.empty(), Optional.of(problem));
        }
    }

    /** Checks an IBAN as a person types it: spaces and lower case are allowed. */
    public static Check check(String typed) {
        String electronic = BLANKS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        if (electronic.isEmpty()) {
            return Check.refused(Problem.MISSING);
        }
        if (electronic.length() < 2 || !SEPA_COUNTRIES.contains(electronic.substring(0, 2))) {
            return Check.refused(
                    electronic.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}") ? Problem.NOT_SEPA : Problem.FORMAT);
        }
        try {
            IbanUtil.validate(electronic);
            return Check.valid(new Iban(electronic));
        } catch (InvalidCheckDigitException wrongDigits) {
            return Check.refused(Problem.CHECK_DIGITS);
        } catch (IbanFormatException | UnsupportedCountryException malformed) {
            return Check.refused(Problem.FORMAT);
        }
    }

    /** An IBAN that was checked before it was stored. */
    public static Iban ofStored(String electronic) {
        return check(electronic)
                .iban()
                .orElseThrow(() -> new IllegalArgumentException("A stored IBAN no longer passes the check"));
    }

    /** The IBAN without spaces, as the payment file carries it. */
    public String electronic() {
        return value;
    }

    public String country() {
        return value.substring(0, 2);
    }

    public String lastFour() {
        return value.substring(value.length() - 4);
    }

    /**
     * The country and the last four characters, the rest hidden in groups of four: NL•• •••• •••• •••• 1234. The
     * hidden middle is rounded up to whole groups, so the mask does not tell the exact length either.
     */
    public String masked() {
        return masked(country(), value.length(), lastFour());
    }

    /** The masked form of an IBAN of this country and length that ends in these four characters. */
    public static String masked(String country, int length, String lastFour) {
        int groups = Math.max(1, (length - 8 + 3) / 4);
        return country + "••" + " ••••".repeat(groups) + " " + lastFour;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iban iban && iban.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form, so that an IBAN that reaches a log by accident is not readable there. */
    @Override
    public String toString() {
        return masked();
    }
}
