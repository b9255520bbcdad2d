package nl.claimdesk.registration.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditDetails;
import org.jspecify.annotations.Nullable;

/**
 * Who made a change, from where and why. A staff member always gives a reason; it goes into the audit entry, as JSON with the
 * values before and after the change.
 */
public record ChangedBy(
        Actor actor, @Nullable String ip, @Nullable String reason) {

    public static ChangedBy participant(Object account, @Nullable String ip) {
        return new ChangedBy(Actor.participant(account), ip, null);
    }

    /** The actor as the history names it: {@code PARTICIPANT}, {@code STAFF} or {@code SYSTEM}. */
    public String historyActor() {
        return actor.kind().name();
    }

    /** The audit details: the reason (when given), and what the change found and left. */
    public String details(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (reason != null) {
            details.put("reason", reason);
        }
        details.put("before", before);
        details.put("after", after);
        return AuditDetails.of(details);
    }

    /** A map of field to value that keeps absent values (as {@code null}) and the order given. */
    public static Map<String, @Nullable Object> values(@Nullable Object... keysAndValues) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            values.put(String.valueOf(keysAndValues[i]), value == null ? null : value.toString());
        }
        return values;
    }
}
