package nl.claimdesk.payout.backoffice;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.claimdesk.payout.internal.allocation.AllocationScheme;
import nl.claimdesk.payout.internal.allocation.AllocationScheme.Category;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * An allocation scheme as finance types it: equal shares, or up to four categories by age at the start of use with
 * a weight or a fixed amount each; the minimum payout and the reserve in euros; and the reason for a new version.
 */
record AllocationForm(
        @Pattern(regexp = "EQUAL|AGE", message = "payout.allocation.scheme.missing")
        String scheme,

        @Pattern(regexp = "WEIGHTS|FIXED", message = "payout.allocation.valueKind.missing")
        String valueKind,

        String c1Code,
        String c1From,
        String c1To,
        String c1Value,
        String c2Code,
        String c2From,
        String c2To,
        String c2Value,
        String c3Code,
        String c3From,
        String c3To,
        String c3Value,
        String c4Code,
        String c4From,
        String c4To,
        String c4Value,
        String minimum,
        String reserve,

        @Size(max = 500, message = "payout.allocation.reason.tooLong")
        String reason) {

    static final int ROWS = 4;

    /** Equal shares, with the three age groups of the TikTok claim ready to switch to. */
    static final AllocationForm START = new AllocationForm(
            "EQUAL",
            "WEIGHTS",
            "UNDER_13",
            "0",
            "12",
            "3",
            "13_15",
            "13",
            "15",
            "2",
            "16_17",
            "16",
            "17",
            "1",
            "",
            "",
            "",
            "",
            "0",
            "0",
            "");

    AllocationForm(
            @Nullable String scheme,
            @Nullable String valueKind,
            @Nullable String c1Code,
            @Nullable String c1From,
            @Nullable String c1To,
            @Nullable String c1Value,
            @Nullable String c2Code,
            @Nullable String c2From,
            @Nullable String c2To,
            @Nullable String c2Value,
            @Nullable String c3Code,
            @Nullable String c3From,
            @Nullable String c3To,
            @Nullable String c3Value,
            @Nullable String c4Code,
            @Nullable String c4From,
            @Nullable String c4To,
            @Nullable String c4Value,
            @Nullable String minimum,
            @Nullable String reserve,
            @Nullable String reason) {
        this.scheme = Typed.text(scheme);
        this.valueKind = Typed.text(valueKind);
        this.c1Code = Typed.text(c1Code).strip();
        this.c1From = Typed.text(c1From).strip();
        this.c1To = Typed.text(c1To).strip();
        this.c1Value = Typed.text(c1Value).strip();
        this.c2Code = Typed.text(c2Code).strip();
        this.c2From = Typed.text(c2From).strip();
        this.c2To = Typed.text(c2To).strip();
        this.c2Value = Typed.text(c2Value).strip();
        this.c3Code = Typed.text(c3Code).strip();
        this.c3From = Typed.text(c3From).strip();
        this.c3To = Typed.text(c3To).strip();
        this.c3Value = Typed.text(c3Value).strip();
        this.c4Code = Typed.text(c4Code).strip();
        this.c4From = Typed.text(c4From).strip();
        this.c4To = Typed.text(c4To).strip();
        this.c4Value = Typed.text(c4Value).strip();
        this.minimum = Typed.text(minimum).strip();
        this.reserve = Typed.text(reserve).strip();
        this.reason = Typed.text(reason).strip();
    }

    /** The form filled in from a published scheme, to change it into the next version. */
    static AllocationForm of(AllocationScheme scheme) {
        boolean equal = scheme.categories().size() == 1
                && scheme.categories().getFirst().fromAge() == 0
                && scheme.categories().getFirst().toAge() == AllocationScheme.OLDEST
                && scheme.mode() == AllocationScheme.Mode.WEIGHTS;
        Map<String, String> values = START.values();
        values.put("scheme", equal ? "EQUAL" : "AGE");
        values.put("valueKind", scheme.mode().name());
        if (!equal) {
            for (int row = 1; row <= ROWS; row++) {
                Category category =
                        row <= scheme.categories().size() ? scheme.categories().get(row - 1) : null;
                values.put("c" + row + "Code", category == null ? "" : category.code());
                values.put("c" + row + "From", category == null ? "" : String.valueOf(category.fromAge()));
                values.put("c" + row + "To", category == null ? "" : String.valueOf(category.toAge()));
                values.put(
                        "c" + row + "Value",
                        category == null
                                ? ""
                                : scheme.mode() == AllocationScheme.Mode.FIXED
                                        ? EuroAmount.typed(category.value())
                                        : String.valueOf(category.value()));
            }
        }
        values.put("minimum", EuroAmount.typed(scheme.minimumCents()));
        values.put("reserve", EuroAmount.typed(scheme.reserveCents()));
        values.put("reason", "");
        return from(values);
    }

    private static AllocationForm from(Map<String, String> v) {
        return new AllocationForm(
                v.get("scheme"),
                v.get("valueKind"),
                v.get("c1Code"),
                v.get("c1From"),
                v.get("c1To"),
                v.get("c1Value"),
                v.get("c2Code"),
                v.get("c2From"),
                v.get("c2To"),
                v.get("c2Value"),
                v.get("c3Code"),
                v.get("c3From"),
                v.get("c3To"),
                v.get("c3Value"),
                v.get("c4Code"),
                v.get("c4From"),
                v.get("c4To"),
                v.get("c4Value"),
                v.get("minimum"),
                v.get("reserve"),
                v.get("reason"));
    }

    /** Every field by name, as typed. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("scheme", scheme);
        values.put("valueKind", valueKind);
        List<List<String>> rows = rows();
        for (int row = 1; row <= ROWS; row++) {
            List<String> cells = rows.get(row - 1);
            values.put("c" + row + "Code", cells.get(0));
            values.put("c" + row + "From", cells.get(1));
            values.put("c" + row + "To", cells.get(2));
            values.put("c" + row + "Value", cells.get(3));
        }
        values.put("minimum", minimum);
        values.put("reserve", reserve);
        values.put("reason", reason);
        return values;
    }

    private List<List<String>> rows() {
        return List.of(
                List.of(c1Code, c1From, c1To, c1Value),
                List.of(c2Code, c2From, c2To, c2Value),
                List.of(c3Code, c3From, c3To, c3Value),
                List.of(c4Code, c4From, c4To, c4Value));
    }

    /** The scheme, or nothing with each problem added to {@code errors}. */
    Optional<AllocationScheme> parse(Texts t, FormErrors errors) {
        OptionalLong minimumCents = EuroAmount.cents(minimum.isEmpty() ? "0" : minimum);
        if (minimumCents.isEmpty()) {
            errors.add("minimum", t.get("payout.allocation.amount.invalid"));
        }
        OptionalLong reserveCents = EuroAmount.cents(reserve.isEmpty() ? "0" : reserve);
        if (reserveCents.isEmpty()) {
            errors.add("reserve", t.get("payout.allocation.amount.invalid"));
        }
        List<Category> categories = scheme.equals("AGE") ? categories(t, errors) : List.of();
        if (!errors.isEmpty() || !scheme.matches("EQUAL|AGE") || !valueKind.matches("WEIGHTS|FIXED")) {
            return Optional.empty();
        }
        if (scheme.equals("EQUAL")) {
            return Optional.of(AllocationScheme.equalShares(minimumCents.getAsLong(), reserveCents.getAsLong()));
        }
        return Optional.of(new AllocationScheme(
                AllocationScheme.Mode.valueOf(valueKind),
                categories,
                minimumCents.getAsLong(),
                reserveCents.getAsLong()));
    }

    private List<Category> categories(Texts t, FormErrors errors) {
        List<Category> categories = new ArrayList<>();
        List<List<String>> rows = rows();
        for (int row = 1; row <= ROWS; row++) {
            List<String> cells = rows.get(row - 1);
            String name = "c" + row;
            if (String.join("", cells).isEmpty()) {
                continue;
            }
            if (!cells.get(0).matches("[A-Za-z0-9_-]{1,40}")) {
                errors.add(name + "Code", t.get("payout.allocation.code.invalid"));
                continue;
            }
            if (categories.stream().anyMatch(found -> found.code().equals(cells.get(0)))) {
                errors.add(name + "Code", t.get("payout.allocation.code.twice"));
                continue;
            }
            int from = age(cells.get(1));
            int to = age(cells.get(2));
            if (from < 0 || to < from) {
                errors.add(name + "From", t.get("payout.allocation.ages.invalid"));
                continue;
            }
            OptionalLong value = valueKind.equals("FIXED")
                    ? EuroAmount.cents(cells.get(3))
                    : cells.get(3).matches("\\d{1,6}")
                            ? OptionalLong.of(Long.parseLong(cells.get(3)))
                            : OptionalLong.empty();
            if (value.isEmpty()) {
                errors.add(name + "Value", t.get("payout.allocation.value.invalid"));
                continue;
            }
            categories.add(new Category(cells.get(0), from, to, value.getAsLong()));
        }
        if (categories.isEmpty() && errors.isEmpty()) {
            errors.add("c1Code", t.get("payout.allocation.categories.missing"));
        }
        return categories;
    }

    private static int age(String typed) {
        return typed.matches("\\d{1,3}") && Integer.parseInt(typed) <= AllocationScheme.OLDEST
                ? Integer.parseInt(typed)
                : -1;
    }
}
