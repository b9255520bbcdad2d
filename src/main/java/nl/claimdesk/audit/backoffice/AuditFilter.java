package nl.claimdesk.audit.backoffice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.StaffNames;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's filter form exactly as typed (kept on the page, right or wrong). The actor is a staff member's
 * address, or an actor's id as stored (a staff member's or participant's UUID, or a system job's name); the dates
 * are days in the time zone of the back office, both inclusive.
 */
record AuditFilter(String actor, String action, String subjectType, String subjectId, String from, String to) {

    AuditFilter {
        actor = actor.strip();
        action = action.strip();
        subjectType = subjectType.strip();
        subjectId = subjectId.strip();
        from = from.strip();
        to = to.strip();
    }

    /** The filter as a query, or the problems with it, each next to its field. */
    record Checked(AuditQuery query, FormErrors errors) {}

    Checked check(StaffNames staff, ZoneId zone, Texts t) {
        FormErrors errors = FormErrors.none();
        Actor.@Nullable Kind actorKind = null;
        String actorId = blankToNull(actor);
        if (actor.contains("@")) {
            Optional<UUID> member = staff.idByEmail(actor);
            if (member.isEmpty()) {
                errors.add("actor", t.get("audit.filter.actor.unknown"));
            } else {
                actorKind = Actor.Kind.STAFF;
                actorId = member.get().toString();
            }
        }
        LocalDate fromDay = day("from", from, errors, t);
        LocalDate toDay = day("to", to, errors, t);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add("to", t.get("audit.filter.to.beforeFrom"));
        }
        AuditQuery query = new AuditQuery(
                actorKind,
                actorId,
                blankToNull(action),
                blankToNull(subjectType),
                blankToNull(subjectId),
                fromDay == null ? null : fromDay.atStartOfDay(zone).toOffsetDateTime(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                null);
        return new Checked(query, errors);
    }

    /** The fields that were filled in, by name: for links to further pages and for the audit entry of the view. */
    Map<String, String> filledIn() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "actor", actor);
        put(fields, "action", action);
        put(fields, "subjectType", subjectType);
        put(fields, "subjectId", subjectId);
        put(fields, "from", from);
        put(fields, "to", to);
        return fields;
    }

    private static @Nullable LocalDate day(String field, String text, FormErrors errors, Texts t) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, t.get("audit.filter.date.invalid"));
            return null;
        }
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
