package nl.claimdesk.registration.view;

import nl.claimdesk.web.Typed;
import org.springframework.web.bind.annotation.BindParam;

/**
 * One child's details exactly as typed; {@code stillUsing} is "yes", "no" or empty; the months and the residence are
 * empty unless the class asked for them (docs/adr/0047); {@code authority} is the registrant's declared authority over
 * the child, an {@code Authority} name or empty (docs/adr/0056). Bound, it is the first child's
 * fields ({@code child-0-…}) of the one-child forms in Mijn dossier and the back office; the funnel's list of
 * children is read by {@code FormFields.child}.
 */
public record ChildForm(
        @BindParam("child-0-firstName") String firstName,
        @BindParam("child-0-lastName") String lastName,
        @BindParam("child-0-birthDay") String birthDay,
        @BindParam("child-0-birthMonth") String birthMonth,
        @BindParam("child-0-birthYear") String birthYear,
        @BindParam("child-0-startYear") String startYear,
        @BindParam("child-0-stillUsing") String stillUsing,
        @BindParam("child-0-endYear") String endYear,
        @BindParam("child-0-startMonth") String startMonth,
        @BindParam("child-0-endMonth") String endMonth,
        @BindParam("child-0-residence") String residence,
        @BindParam("child-0-authority") String authority) {

    public static final ChildForm EMPTY = new ChildForm("", "", "", "", "", "", "", "", "", "", "", "");

    public ChildForm {
        firstName = Typed.text(firstName);
        lastName = Typed.text(lastName);
        birthDay = Typed.text(birthDay);
        birthMonth = Typed.text(birthMonth);
        birthYear = Typed.text(birthYear);
        startYear = Typed.text(startYear);
        stillUsing = Typed.text(stillUsing);
        endYear = Typed.text(endYear);
        startMonth = Typed.text(startMonth);
        endMonth = Typed.text(endMonth);
        residence = Typed.text(residence);
        authority = Typed.text(authority);
    }

    /**
     * The child as staff correct it: names, date of birth and the facts the class asks (months, residence) as typed;
     * the years of use and the registrant's declaration of authority as stored, which are not the staff's to change.
     */
    public ChildForm asCorrectedByStaff(ChildForm stored) {
        return new ChildForm(
                firstName,
                lastName,
                birthDay,
                birthMonth,
                birthYear,
                stored.startYear,
                stored.stillUsing,
                stored.endYear,
                startMonth,
                endMonth,
                residence,
                stored.authority);
    }
}
