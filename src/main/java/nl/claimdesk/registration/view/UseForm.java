package nl.claimdesk.registration.view;

/** The registrant's own period of use exactly as typed; {@code stillUsing} is "yes", "no" or empty. */
public record UseForm(String startYear, String stillUsing, String endYear) {

    public static final UseForm EMPTY = new UseForm("", "", "");
}
