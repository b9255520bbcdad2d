package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.view.NotTakenOverView;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The files of young adults who were invited to take their claim over at least {@value #DAYS} days ago and have not
 * (docs/adr/0014, 0048): for a case handler to follow up. The oldest invitation first; the list is audited.
 */
@Controller
class NotTakenOverController {

    static final int DAYS = 60;
    static final String PATH = ParticipantSections.PARTICIPANTS + "/not-taken-over";
    private static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final BackofficePages pages;
    private final AuditLog audit;
    private final Clock clock;

    NotTakenOverController(JdbcClient jdbc, BackofficePages pages, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ModelAndView list(HttpServletRequest request) {
        Texts t = pages.texts();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d-M-yyyy");
        List<NotTakenOverView.Row> rows = jdbc.sql("""
                        select r.id as registration_id, r.reference, c.first_name, c.last_name,
                            min(i.created_at) as invited_at
                        from handover_invitation i join claimant c on c.id = i.claimant_id
                            join registration r on r.id = c.registration_id
                        where c.status in ('REGISTERED', 'UNDER_REVIEW') and r.withdrawn_at is null
                        group by r.id, r.reference, c.id, c.first_name, c.last_name
                        having min(i.created_at) <= :cutoff
                        order by invited_at, c.id
                        fetch first %d rows only""".formatted(LIMIT))
                .param("cutoff", OffsetDateTime.now(clock).minusDays(DAYS))
                .query((rs, row) -> new NotTakenOverView.Row(
                        rs.getString("reference"),
                        FilePaths.of(rs.getObject("registration_id", UUID.class)),
                        rs.getString("first_name") + " " + rs.getString("last_name"),
                        day.format(
                                rs.getObject("invited_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone()))))
                .list();
        audit.record(
                Actor.staff(StaffMember.require().id()),
                request.getRemoteAddr(),
                "handovers.not-taken-over-listed",
                "participants",
                "not-taken-over",
                "{\"rows\":" + rows.size() + "}");
        return Views.render(
                "registration/backoffice/not-taken-over",
                pages.page(t.get("handover.overdue.title"), ParticipantSections.PARTICIPANTS),
                new NotTakenOverView(t.get("handover.overdue.intro", DAYS), rows));
    }
}
