package nl.claimdesk.audit.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.HtmlChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class AuditLogPageTest {

    private static final Pattern MARK = Pattern.compile("mark-(\\d+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationContext context;

    StaffMember admin;

    @BeforeEach
    void admin() {
        admin = TestStaff.create(jdbc, StaffRole.ADMIN);
    }

    @Test
    void onlyAdminsMayOpenTheAuditLog() throws Exception {
        for (StaffRole role : List.of(StaffRole.CASE_HANDLER, StaffRole.EDITOR, StaffRole.FINANCE, StaffRole.VIEWER)) {
            StaffMember member = TestStaff.create(jdbc, role);
            mvc.perform(get("/backoffice/audit").with(TestStaff.as(member))).andExpect(status().isForbidden());
            mvc.perform(get("/backoffice/audit/anything").with(TestStaff.as(member)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/backoffice/audit")).andExpect(status().isFound());
        mvc.perform(get("/backoffice/audit").with(TestStaff.as(admin))).andExpect(status().isOk());
    }

    @Test
    void theNavigationShowsTheAuditLogToAdminsOnly() throws Exception {
        assertThat(page(get("/backoffice/dashboard"), admin)).contains("href=\"/backoffice/audit\"");
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        assertThat(page(get("/backoffice/dashboard"), handler)).doesNotContain("href=\"/backoffice/audit\"");
    }

    @Test
    void lookingAtTheAuditLogIsRecordedWithTheFilter() throws Exception {
        String subject = UUID.randomUUID().toString();
        page(get("/backoffice/audit").param("subjectId", subject), admin);

        List<String> details =
                jdbc.sql("""
                        select details from audit_entry
                        where actor_kind = 'STAFF' and actor_id = ? and action = 'audit.viewed'""").param(admin.id().toString()).query(String.class).list();
        assertThat(details).singleElement().asString().contains("\"subjectId\":\"" + subject + "\"");
    }

    @Test
    void entriesAreFilteredByStaffMemberByAddressAndShownWithTheirName() throws Exception {
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        StaffMember other = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        String subject = UUID.randomUUID().toString();
        audit.record(Actor.staff(handler.id()), "192.0.2.7", "registration.viewed", "registration", subject, "mark-1");
        audit.record(Actor.staff(other.id()), "192.0.2.8", "registration.viewed", "registration", subject, "mark-2");

        String html =
                page(get("/backoffice/audit").param("actor", handler.email().toUpperCase()), admin);

        assertThat(marks(html)).containsExactly(1);
        assertThat(html)
                .contains(handler.name(), handler.email(), "192.0.2.0", "registration.viewed")
                .contains("href=\"/backoffice/files/" + subject + "\"");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @Test
    void entriesAreFilteredByActorIdActionAndSubject() throws Exception {
        String subject = UUID.randomUUID().toString();
        String participant = UUID.randomUUID().toString();
        String action = "test.action-" + UUID.randomUUID();
        audit.record(Actor.participant(participant), null, action, "registration", subject, "mark-1");
        audit.record(Actor.system("test-job"), null, action, "claimant", subject, "mark-2");
        audit.record(Actor.system("test-job"), null, "test.other", "registration", subject, "mark-3");

        assertThat(marks(page(get("/backoffice/audit").param("actor", participant), admin)))
                .containsExactly(1);
        assertThat(marks(page(get("/backoffice/audit").param("action", action), admin)))
                .containsExactly(2, 1);
        assertThat(marks(page(get("/backoffice/audit").param("subjectId", subject), admin)))
                .containsExactly(3, 2, 1);
        assertThat(marks(page(
                        get("/backoffice/audit")
                                .param("subjectType", "registration")
                                .param("subjectId", subject),
                        admin)))
                .containsExactly(3, 1);
    }

    @Test
    void entriesAreFilteredByDaysInTheBackOfficesTimeZone() throws Exception {
        String subject = UUID.randomUUID().toString();
        // Amsterdam is an hour ahead of UTC in winter: 23:30 UTC on the 10th is half past midnight on the 11th there.
        insert(subject, OffsetDateTime.of(2020, 1, 10, 22, 30, 0, 0, ZoneOffset.UTC), "mark-1");
        insert(subject, OffsetDateTime.of(2020, 1, 10, 23, 30, 0, 0, ZoneOffset.UTC), "mark-2");
        insert(subject, OffsetDateTime.of(2020, 1, 11, 12, 0, 0, 0, ZoneOffset.UTC), "mark-3");
        insert(subject, OffsetDateTime.of(2020, 1, 11, 23, 30, 0, 0, ZoneOffset.UTC), "mark-4");

        String html = page(
                get("/backoffice/audit")
                        .param("subjectId", subject)
                        .param("from", "2020-01-11")
                        .param("to", "2020-01-11"),
                admin);

        assertThat(marks(html)).containsExactly(3, 2);
        assertThat(html).contains("11-01-2020 00:30:00");
    }

    @Test
    void aWrongFilterIsExplainedNextToItsFieldAndKept() throws Exception {
        String html = page(
                get("/backoffice/audit")
                        .param("actor", "nobody-" + UUID.randomUUID() + "@example.nl")
                        .param("from", "2020-02-30")
                        .param("to", "gisteren"),
                admin);

        assertThat(html)
                .contains("error-summary")
                .contains("Er is geen medewerker met dit e-mailadres")
                .contains("Vul een bestaande datum in als jjjj-mm-dd")
                .contains("value=\"2020-02-30\"", "value=\"gisteren\"")
                .doesNotContain("audit-table");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
        html = page(get("/backoffice/audit").param("from", "2020-01-12").param("to", "2020-01-11"), admin);
        assertThat(HtmlUtils.htmlUnescape(html))
                .contains("De datum 'tot en met' moet op of na de datum 'vanaf' liggen.");
    }

    @Test
    void pagesFollowEachOtherNewestFirstWithoutGapsOrOverlap() throws Exception {
        String subject = UUID.randomUUID().toString();
        OffsetDateTime start = OffsetDateTime.parse("2021-03-01T10:00:00Z");
        for (int i = 0; i < AuditLogController.PAGE_SIZE + 10; i++) {
            // Two entries per second: paging must also hold among entries of the same time.
            insert(subject, start.plusSeconds(i / 2), "mark-" + i);
        }

        String first = page(get("/backoffice/audit").param("subjectId", subject), admin);
        List<Integer> firstMarks = marks(first);
        Matcher next = Pattern.compile("href=\"(/backoffice/audit\\?[^\"]*)\" rel=\"next\"")
                .matcher(first);
        assertThat(next.find()).isTrue();
        String second = page(get(URI.create(HtmlUtils.htmlUnescape(next.group(1)))), admin);
        List<Integer> secondMarks = marks(second);

        assertThat(firstMarks).hasSize(AuditLogController.PAGE_SIZE);
        assertThat(secondMarks).hasSize(10);
        List<Integer> all = new ArrayList<>(firstMarks);
        all.addAll(secondMarks);
        assertThat(all).doesNotHaveDuplicates().hasSize(AuditLogController.PAGE_SIZE + 10);
        assertThat(firstMarks.getFirst()).isIn(AuditLogController.PAGE_SIZE + 9, AuditLogController.PAGE_SIZE + 8);
        assertThat(secondMarks).allSatisfy(mark -> assertThat(mark).isLessThan(10));
        assertThat(second).doesNotContain("rel=\"next\"").contains("Nieuwste regels");
    }

    @Test
    void personalDetailsAreShownUntilTheirPersonIsErasedWhileTheEntryStays() throws Exception {
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        String name = "Zwaluw-" + erased;
        audit.recordPersonal(
                Actor.staff(handler.id()),
                "192.0.2.7",
                "claimant.corrected",
                "claimant",
                erased,
                "{\"before\":{\"name\":\"Jip " + name + "\"},\"after\":{\"name\":\"Jippe " + name + "\"}}");
        audit.recordPersonal(
                Actor.staff(handler.id()),
                null,
                "claimant.corrected",
                "claimant",
                kept,
                "{\"name\":\"Kees " + kept + "\"}");

        assertThat(stored(erased)).as("what the database holds is sealed").doesNotContain("Zwaluw", "Jip", "name");
        assertThat(page(get("/backoffice/audit").param("subjectId", erased.toString()), admin))
                .contains("Jippe " + name, "claimant.corrected");

        audit.forget(List.of(erased));
        audit.forget(List.of(erased));

        String after = page(get("/backoffice/audit").param("subjectId", erased.toString()), admin);
        assertThat(after)
                .contains("claimant.corrected", "claimant " + erased, "[gewist]", "192.0.2.0", handler.name())
                .doesNotContain("Zwaluw");
        assertThat(HtmlChecker.errorsIn(after)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ?")
                        .param(erased.toString())
                        .query(Long.class)
                        .single())
                .as("the entry itself stays")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_subject_key where subject_id = ?")
                        .param(erased)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(page(get("/backoffice/audit").param("subjectId", kept.toString()), admin))
                .as("another person's values are untouched")
                .contains("Kees " + kept);
    }

    @Test
    void sealedDetailsOpenOnlyAsThePersonTheyWereSealedFor() throws Exception {
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        audit.recordPersonal(Actor.system("test-job"), null, "test.sealed", "claimant", person, "Geheim " + person);
        audit.recordPersonal(Actor.system("test-job"), null, "test.sealed", "claimant", other, "Ander " + other);
        String subject = UUID.randomUUID().toString();
        // A sealed text copied into an entry of another person (whose key exists) does not open with that key.
        jdbc.sql("""
                        insert into audit_entry (id, occurred_at, actor_kind, actor_id, action, subject_type,
                            subject_id, details, sealed_for)
                        values (?, ?, 'SYSTEM', 'test-job', 'test.copied', 'claimant', ?, ?, ?)""")
                .params(Ids.newId(), OffsetDateTime.now(), subject, stored(person), other)
                .update();

        assertThat(page(get("/backoffice/audit").param("subjectId", subject), admin))
                .contains("test.copied", "[gewist]")
                .doesNotContain("Geheim");
        assertThat(AuditTrail.details(context, null, "test.sealed", person)).containsExactly("Geheim " + person);
    }

    private String stored(UUID subject) {
        return jdbc.sql("select details from audit_entry where subject_id = ? and sealed_for = ?")
                .params(subject.toString(), subject)
                .query(String.class)
                .single();
    }

    private void insert(String subject, OffsetDateTime at, String details) {
        jdbc.sql("""
                        insert into audit_entry (id, occurred_at, actor_kind, actor_id, ip, action, subject_type,
                            subject_id, details)
                        values (?, ?, 'SYSTEM', 'audit-page-test', null, 'test.dated', 'test', ?, ?)""").params(Ids.newId(), at, subject, details).update();
    }

    private String page(MockHttpServletRequestBuilder request, StaffMember member) throws Exception {
        return mvc.perform(request.with(TestStaff.as(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The numbers of the entries on the page, in the order shown. */
    private static List<Integer> marks(String html) {
        List<Integer> marks = new ArrayList<>();
        Matcher matcher = MARK.matcher(html);
        while (matcher.find()) {
            marks.add(Integer.parseInt(matcher.group(1)));
        }
        return marks;
    }
}
