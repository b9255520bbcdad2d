package nl.claimdesk.audit.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.audit.StaffNames;
import nl.claimdesk.audit.view.AuditLogView;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePage;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/** Admins browse the audit log; every look at it is itself an entry. */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEntries entries;
    private final AuditLog audit;
    private final StaffNames staff;
    private final BackofficePages pages;
    private final ZoneId zone;

    AuditLogController(AuditEntries entries, AuditLog audit, StaffNames staff, BackofficePages pages, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.staff = staff;
        this.pages = pages;
        this.zone = clock.getZone();
    }

    @GetMapping(AuditSection.PATH)
    ModelAndView browse(
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String subjectType,
            @RequestParam(defaultValue = "") String subjectId,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String after,
            HttpServletRequest request) {
        StaffMember member = StaffMember.require();
        Texts t = pages.texts();
        AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId, from, to);
        AuditFilter.Checked checked = filter.check(staff, zone, t);
        AuditCursor cursor = AuditCursor.parse(after).orElse(null);
        List<AuditEntry> found = List.of();
        if (checked.errors().isEmpty()) {
            found = entries.page(checked.query().after(cursor), PAGE_SIZE + 1);
        }
        boolean more = found.size() > PAGE_SIZE;
        List<AuditEntry> shown = more ? found.subList(0, PAGE_SIZE) : found;
        audit.record(
                Actor.staff(member.id()),
                request.getRemoteAddr(),
                "audit.viewed",
                "audit_log",
                cursor == null ? "first-page" : cursor.text(),
                JSON.writeValueAsString(filter.filledIn()));

        AuditLogView view = new AuditLogView(
                new AuditLogView.Filter(
                        filter.actor(),
                        filter.action(),
                        filter.subjectType(),
                        filter.subjectId(),
                        filter.from(),
                        filter.to()),
                checked.errors(),
                rows(shown, t),
                cursor == null,
                href(filter.filledIn(), null),
                more ? href(filter.filledIn(), AuditCursor.after(shown.getLast())) : null);
        BackofficePage page = pages.page(t.get("audit.title"), AuditSection.PATH);
        return Views.render("audit/backoffice/log", page, view);
    }

    private List<AuditLogView.Entry> rows(List<AuditEntry> shown, Texts t) {
        Map<UUID, StaffNames.StaffName> names = staff.names(shown.stream()
                .filter(entry -> entry.actor().kind() == Actor.Kind.STAFF)
                .map(entry -> uuid(entry.actor().id()))
                .filter(Objects::nonNull)
                .toList());
        return shown.stream()
                .map(entry -> {
                    Actor actor = entry.actor();
                    UUID staffId = actor.kind() == Actor.Kind.STAFF ? uuid(actor.id()) : null;
                    StaffNames.StaffName name = staffId == null ? null : names.get(staffId);
                    return new AuditLogView.Entry(
                            entry.occurredAt().atZoneSameInstant(zone).format(TIME),
                            name != null
                                    ? name.name()
                                    : t.get("audit.actor." + actor.kind().name()),
                            name != null ? name.email() : actor.id(),
                            entry.ip() == null ? "" : entry.ip(),
                            entry.action(),
                            entry.subjectType() + " " + entry.subjectId(),
                            "registration".equals(entry.subjectType()) && uuid(entry.subjectId()) != null
                                    ? "/backoffice/files/" + entry.subjectId()
                                    : null,
                            entry.erased()
                                    ? t.get("audit.details.erased")
                                    : entry.details() == null ? "" : entry.details());
                })
                .toList();
    }

    private static String href(Map<String, String> filter, @Nullable AuditCursor after) {
        StringJoiner query = new StringJoiner("&", AuditSection.PATH + "?", "").setEmptyValue(AuditSection.PATH);
        filter.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (after != null) {
            query.add("after=" + URLEncoder.encode(after.text(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
