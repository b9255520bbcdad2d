package nl.claimdesk.registration.view;

import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * The registrant's own period of use exactly as typed; {@code stillUsing} is "yes", "no" or empty. It is checked
 * against the registrant's date of birth, which is not on this form. The months are empty unless the class asked for
 * them (docs/adr/0047).
 */
public record UseForm(String startYear, String stillUsing, String endYear, String startMonth, String endMonth) {

    public static final UseForm EMPTY = new UseForm("", "", "", "", "");

    public UseForm(
            @Nullable String startYear,
            @Nullable String stillUsing,
            @Nullable String endYear,
            @Nullable String startMonth,
            @Nullable String endMonth) {
        this.startYear = Typed.text(startYear);
        this.stillUsing = Typed.text(stillUsing);
        this.endYear = Typed.text(endYear);
        this.startMonth = Typed.text(startMonth);
        this.endMonth = Typed.text(endMonth);
    }
}
