package nl.claimdesk.registration.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.groups.Default;
import nl.claimdesk.registration.eligibility.DateInput;
import nl.claimdesk.registration.form.CalendarDate;
import nl.claimdesk.registration.form.EmailText;
import nl.claimdesk.registration.form.PersonName;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * The registrant's details exactly as typed (a field that was not sent is empty), bound from the details form and
 * checked field by field; the campaign's own rules (age, country, postcode) are checked after.
 */
public record RegistrantForm(
        @PersonName(
                message = "form.firstName.missing",
                groups = {Default.class, Correction.class})
        String firstName,

        @PersonName(
                message = "form.lastName.missing",
                groups = {Default.class, Correction.class})
        String lastName,

        @EmailText String email,
        String birthDay,
        String birthMonth,
        String birthYear,
        String postcode,
        String country) {

    /**
     * The constraints of a correction, in Mijn dossier or the back office: all but the email address, which the
     * account holds and which the correction forms do not send.
     */
    public interface Correction {}

    public static final RegistrantForm EMPTY = new RegistrantForm("", "", "", "", "", "", "", "NL");

    public RegistrantForm(
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String email,
            @Nullable String birthDay,
            @Nullable String birthMonth,
            @Nullable String birthYear,
            @Nullable String postcode,
            @Nullable String country) {
        this.firstName = Typed.text(firstName);
        this.lastName = Typed.text(lastName);
        this.email = Typed.text(email);
        this.birthDay = Typed.text(birthDay);
        this.birthMonth = Typed.text(birthMonth);
        this.birthYear = Typed.text(birthYear);
        this.postcode = Typed.text(postcode);
        this.country = Typed.text(country);
    }

    /** The same details with the address the participant's account has, which a correction does not change. */
    public RegistrantForm withEmail(String accountEmail) {
        return new RegistrantForm(
                firstName, lastName, accountEmail, birthDay, birthMonth, birthYear, postcode, country);
    }

    /** The date of birth as typed in its three fields; its problems are reported as {@code birth}. */
    @JsonIgnore
    @CalendarDate(groups = {Default.class, Correction.class})
    public DateInput getBirth() {
        return new DateInput(birthDay, birthMonth, birthYear);
    }
}
