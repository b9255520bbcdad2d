package nl.claimdesk.registration.view;

/** One child's details exactly as typed; {@code stillUsing} is "yes", "no" or empty. */
public record ChildForm(
        String firstName,
        String lastName,
        String birthDay,
        String birthMonth,
        String birthYear,
        String startYear,
        String stillUsing,
        String endYear) {

    public static final ChildForm EMPTY = new ChildForm("", "", "", "", "", "", "", "");
}
