package nl.claimdesk.registration.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.registration.RegistrationEvent;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A registration's history: the table {@code registration_event}. */
@Repository
public class HistoryStore {

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordEvent(
            UUID registration,
            @Nullable UUID claimant,
            String kind,
            String actor,
            @Nullable String detail,
            OffsetDateTime at) {
        insert(registration, claimant, kind, actor, detail, at, false);
    }

    /** An entry of the history that only staff see (e.g. suspected fraud): never in Mijn dossier or the export. */
    public void recordInternalEvent(
            UUID registration, @Nullable UUID claimant, String kind, String actor, String detail, OffsetDateTime at) {
        insert(registration, claimant, kind, actor, detail, at, true);
    }

    private void insert(
            UUID registration,
            @Nullable UUID claimant,
            String kind,
            String actor,
            @Nullable String detail,
            OffsetDateTime at,
            boolean internal) {
        jdbc.sql("""
                        insert into registration_event (id, registration_id, claimant_id, kind, actor, occurred_at, detail,
                            internal)
                        values (:id, :registration, :claimant, :kind, :actor, :at, :detail, :internal)""")
                .param("id", Ids.newId())
                .param("registration", registration)
                .param("claimant", claimant)
                .param("kind", kind)
                .param("actor", actor)
                .param("at", at)
                .param("detail", detail)
                .param("internal", internal)
                .update();
    }

    /** What happened to the registration, newest first, as the participant sees it. */
    public List<RegistrationEvent> events(UUID registration) {
        return events(registration, false);
    }

    /** The history, newest first; with {@code internal}, also the entries only staff see. */
    public List<RegistrationEvent> events(UUID registration, boolean internal) {
        return jdbc.sql("select kind, actor, occurred_at, claimant_id, detail from registration_event"
                        + " where registration_id = :registration" + (internal ? "" : " and internal = false")
                        + " order by occurred_at desc, id desc")
                .param("registration", registration)
                .query((rs, row) -> new RegistrationEvent(
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getObject("claimant_id", UUID.class),
                        rs.getString("detail")))
                .list();
    }
}
