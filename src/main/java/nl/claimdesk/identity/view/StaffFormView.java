package nl.claimdesk.identity.view;

import java.util.List;
import java.util.Set;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * Inviting a member (no {@code member} yet) or managing one: name, address and roles as typed or stored, what was
 * wrong, and for an existing member whether it is the admin themself (who cannot deactivate themself).
 */
public record StaffFormView(
        @Nullable StaffRow member, String name, String email, Set<StaffRole> roles, FormErrors errors, boolean self) {

    public List<StaffRole> allRoles() {
        return List.of(StaffRole.values());
    }
}
