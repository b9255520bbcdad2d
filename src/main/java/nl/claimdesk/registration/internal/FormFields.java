package nl.claimdesk.registration.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.view.ChildForm;
import org.jspecify.annotations.Nullable;

/**
 * The funnel's list of children ({@code child-<index>-<field>}) as typed, every field at most a sane length and never
 * null, as {@code web.FormBinding} binds the other forms; and a child's form filled in again to be corrected.
 */
public final class FormFields {

    private static final int MAXIMUM_LENGTH = 500;

    private FormFields() {}

    /** A field of a form with repeated rows (children, sub-classes) as typed, at most a sane length, never null. */
    public static String field(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            return "";
        }
        return value.length() > MAXIMUM_LENGTH ? value.substring(0, MAXIMUM_LENGTH) : value;
    }

    /** The child at {@code index} of a form that repeats a child's fields as {@code child-<index>-<field>}. */
    public static ChildForm child(HttpServletRequest request, int index) {
        String prefix = "child-" + index + "-";
        return new ChildForm(
                field(request, prefix + "firstName"),
                field(request, prefix + "lastName"),
                field(request, prefix + "birthDay"),
                field(request, prefix + "birthMonth"),
                field(request, prefix + "birthYear"),
                field(request, prefix + "startYear"),
                field(request, prefix + "stillUsing"),
                field(request, prefix + "endYear"),
                field(request, prefix + "startMonth"),
                field(request, prefix + "endMonth"),
                field(request, prefix + "residence"),
                field(request, prefix + "authority"));
    }

    /** A child's form filled in with what is stored, to be corrected. */
    public static ChildForm filledFrom(RegistrationSummary.Claimant child) {
        LocalDate born = child.dateOfBirth();
        Integer ended = child.useEndedYear();
        return new ChildForm(
                nullToEmpty(child.firstName()),
                nullToEmpty(child.lastName()),
                born == null ? "" : Integer.toString(born.getDayOfMonth()),
                born == null ? "" : Integer.toString(born.getMonthValue()),
                born == null ? "" : Integer.toString(born.getYear()),
                Integer.toString(child.useStartedYear()),
                ended == null ? "yes" : "no",
                ended == null ? "" : Integer.toString(ended),
                text(child.useStartedMonth()),
                text(child.useEndedMonth()),
                nullToEmpty(child.residence()),
                child.authority() == null ? "" : child.authority().name());
    }

    private static String text(@Nullable Integer number) {
        return number == null ? "" : number.toString();
    }

    public static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
