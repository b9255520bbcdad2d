package nl.claimdesk.identity.view;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.shared.StaffRole;
import org.jspecify.annotations.Nullable;

/** A staff account as admins see it in the list of staff. */
public record StaffRow(
        UUID id,
        String name,
        String email,
        Set<StaffRole> roles,
        boolean active,
        boolean hasPassword,
        @Nullable OffsetDateTime enrolledAt) {

    /** Message key of the account's state: invited, active or deactivated. */
    public String stateKey() {
        if (!active) {
            return "staff.state.deactivated";
        }
        return enrolledAt == null ? "staff.state.invited" : "staff.state.active";
    }
}
