package nl.claimdesk.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who staff members are, for the audit log page. The identity module owns staff accounts and provides this; it is
 * declared here because identity records its own actions in the audit log, so the audit module may not depend on it.
 */
public interface StaffNames {

    /** A staff member as the back office names them. */
    record StaffName(UUID id, String name, String email) {}

    /** The members among {@code ids} that exist (deactivated ones too: they still did what they did), by id. */
    Map<UUID, StaffName> names(Collection<UUID> ids);

    /** The member with this address, compared the way staff logins compare it. */
    Optional<UUID> idByEmail(String email);
}
