package nl.claimdesk.registration.internal.classification;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A claimant's stored class status and class history, as the classification tests compare them. */
final class StoredClassStatus {

    private final JdbcClient jdbc;

    StoredClassStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "STATUS SUB_CLASS-OR-DETAIL VERSION", or "not evaluated". */
    String of(UUID claimant) {
        return jdbc.sql("select status, sub_class, detail, version from claimant_class where claimant_id = ?")
                .param(claimant)
                .query((rs, row) -> rs.getString(1) + " "
                        + (rs.getString(2) != null ? rs.getString(2) : rs.getString(3)) + " " + rs.getInt(4))
                .optional()
                .orElse("not evaluated");
    }

    /** The claimant's class history entries, "KIND DETAIL". */
    List<String> history(UUID claimant) {
        return jdbc.sql("select kind, detail from registration_event where claimant_id = ? and kind like 'CLASS_%'")
                .param(claimant)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
                .list();
    }
}
