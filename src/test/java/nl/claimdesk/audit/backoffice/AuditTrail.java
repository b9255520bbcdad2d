package nl.claimdesk.audit.backoffice;

import java.util.List;
import nl.claimdesk.audit.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * The details of audit entries as the admins' audit log page reads them: sealed personal values opened while their
 * person's key exists, {@link #ERASED} after the person was erased. For tests in every module.
 */
public final class AuditTrail {

    public static final String ERASED = "[erased]";

    private AuditTrail() {}

    /** The details of the entries with this action about this subject, newest first; {@code actor} null for any. */
    public static List<String> details(
            ApplicationContext context, Actor.@Nullable Kind actor, String action, Object subjectId) {
        return context
                .getBean(AuditEntries.class)
                .page(new AuditQuery(actor, null, action, null, subjectId.toString(), null, null, null), 1000)
                .stream()
                .map(entry -> entry.erased() ? ERASED : String.valueOf(entry.details()))
                .toList();
    }
}
