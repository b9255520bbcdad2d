package nl.claimdesk.infrastructure;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.shared.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A staff member logged in to the back office (password and second factor both checked), as kept in the session
 * and reloaded from the database on every back-office request, so that a changed role or a deactivation takes
 * effect at once.
 */
public record StaffMember(UUID id, String email, String name, Set<StaffRole> roles) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public StaffMember {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    @Override
    public String getName() {
        return id.toString();
    }

    public boolean hasAnyRole(Collection<StaffRole> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** The staff member of the current request, if one is logged in. */
    public static Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffMember member) {
            return Optional.of(member);
        }
        return Optional.empty();
    }

    /** The staff member of the current request; only for code behind the back office's access rules. */
    public static StaffMember require() {
        return current().orElseThrow(() -> new IllegalStateException("No staff member is logged in"));
    }
}
