package nl.claimdesk.registration;

import nl.claimdesk.campaign.ClassStatus;
import org.jspecify.annotations.Nullable;

/**
 * Where a claimant stood against the campaign's class when it was last evaluated (docs/adr/0039).
 *
 * @param subClass the sub-class's code, when in the class
 * @param detail why the claimant is outside the class ({@link nl.claimdesk.campaign.OutsideReason}) or which fact is
 *     missing ({@link nl.claimdesk.campaign.MissingFact})
 * @param version the class version it was evaluated under
 */
public record ClassStanding(
        ClassStatus status,
        @Nullable String subClass,
        @Nullable String detail,
        int version) {

    /** The message key of this standing in plain words; its argument is the sub-class's name. */
    public String messageKey() {
        return switch (status) {
            case IN_CLASS -> "class.IN_CLASS";
            case OUTSIDE, INFORMATION_NEEDED -> "class." + status + "." + detail;
        };
    }
}
