package nl.claimdesk.registration.view;

/** The registrant's details exactly as typed. */
public record RegistrantForm(
        String firstName,
        String lastName,
        String email,
        String birthDay,
        String birthMonth,
        String birthYear,
        String postcode,
        String country) {

    public static final RegistrantForm EMPTY = new RegistrantForm("", "", "", "", "", "", "", "NL");
}
