package nl.claimdesk.registration.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.TestSettings;
import nl.claimdesk.Unique;
import nl.claimdesk.identity.AccountEmailChanged;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.internal.CustomPlans;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.registration.internal.keys.SearchKeys;
import nl.claimdesk.registration.internal.keys.SearchKeysMigration;
import nl.claimdesk.shared.EmailAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ParticipantExportTest extends BackofficeParticipantTest {

    @Autowired
    ParticipantExports exports;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    nl.claimdesk.campaign.Campaigns campaigns;

    @Autowired
    nl.claimdesk.audit.AuditLog auditLog;

    @Autowired
    CustomPlans customPlans;

    @Autowired
    nl.claimdesk.web.backoffice.BackofficePages pages;

    @Test
    void exportsOneRowPerRegistrationNeutralisedAndAudited() throws Exception {
        String family = "Export" + Unique.letters(10);
        BackofficeParticipants.Stored ann = participants.parent("tiktok", "=Ann", family, "Kim", "-Lou");

        byte[] body = mvc.perform(get("/backoffice/participants/export.csv")
                        .param("q", family)
                        .with(TestStaff.as(handler)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv; charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = CsvWriterTest.Rfc4180.parse(text.substring(1));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("Registratienummer", "Voornaam", "Achternaam", "E-mailadres");
        assertThat(rows.get(1))
                .startsWith(
                        ann.reference(), "'=Ann", family, ann.email(), ann.postcode(), "NL", "tiktok", "Kinderen", "2");
        assertThat(audit("participants.exported"))
                .contains("\"rows\":1")
                .contains("\"completed\":true")
                .contains("\"q\":\"" + family.toLowerCase() + "\"");
    }

    @Test
    void exportsOneRowPerClaimant() throws Exception {
        String family = "Kinderen" + Unique.letters(10);
        BackofficeParticipants.Stored ann = participants.parent("tiktok", "Ann", family, "Kim", "-Lou");

        String text = mvc.perform(get("/backoffice/participants/claimants.csv")
                        .param("by", "CHILD")
                        .param("q", family)
                        .with(TestStaff.as(handler)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<List<String>> rows = CsvWriterTest.Rfc4180.parse(text.substring(1));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1))
                .startsWith(
                        ann.reference(),
                        "tiktok",
                        "Ann " + family,
                        ann.email(),
                        "Kim",
                        family,
                        participants.childrenBorn().date().toString());
        assertThat(rows.get(2)).startsWith(ann.reference(), "tiktok", "Ann " + family, ann.email(), "'-Lou");
        assertThat(audit("claimants.exported")).contains("\"rows\":2").contains("\"by\":\"CHILD\"");
    }

    @Test
    void anExportReadInBatchesHoldsEveryRowOnceInOrder() throws Exception {
        String family = "Partij" + Unique.letters(10);
        for (int i = 0; i < 5; i++) {
            participants.parent("tiktok", "Ann" + i, family, "Kim" + i, "Lou" + i);
        }
        ParticipantExports inBatchesOfTwo = new ParticipantExports(
                dataSource,
                transactionManager,
                campaigns,
                auditLog,
                customPlans,
                java.time.Clock.system(java.time.ZoneId.of("Europe/Amsterdam")),
                TestSettings.bind(RegistrationSettings.class, "claimdesk.export.batch-size=2"));
        for (SearchKind by : List.of(SearchKind.NAME, SearchKind.CHILD)) {
            assertBatchesHoldEveryRowOnceInOrder(inBatchesOfTwo, oldestFirst(by, family));
        }
    }

    private void assertBatchesHoldEveryRowOnceInOrder(ParticipantExports inBatchesOfTwo, ParticipantFilter filter) {
        StringWriter registrations = new StringWriter();
        inBatchesOfTwo.write(
                ParticipantExports.Kind.REGISTRATIONS, filter, registrations, pages.texts(), handler, null);
        assertThat(CsvWriterTest.Rfc4180.parse(registrations.toString().substring(1)).stream()
                        .skip(1)
                        .map(row -> row.get(1)))
                .containsExactly("Ann0", "Ann1", "Ann2", "Ann3", "Ann4");

        StringWriter claimants = new StringWriter();
        inBatchesOfTwo.write(ParticipantExports.Kind.CLAIMANTS, filter, claimants, pages.texts(), handler, null);
        assertThat(CsvWriterTest.Rfc4180.parse(claimants.toString().substring(1)).stream()
                        .skip(1)
                        .map(row -> row.get(4)))
                .containsExactly("Kim0", "Lou0", "Kim1", "Lou1", "Kim2", "Lou2", "Kim3", "Lou3", "Kim4", "Lou4");
    }

    @Test
    void anExportWithAWrongFilterGoesBackToTheSearchPage() throws Exception {
        mvc.perform(get("/backoffice/participants/export.csv")
                        .param("from", "32-1-2026")
                        .with(TestStaff.as(handler)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/backoffice/participants?by=NAME&from=32-1-2026&sort=NEWEST"));
    }

    @Test
    void anExportThatBreaksOffIsAuditedWithTheRowsThatLeft() {
        String family = "Afgebroken" + Unique.letters(10);
        for (int i = 0; i < 3; i++) {
            participants.parent("tiktok", "Ann" + i, family, "Kim");
        }
        ParticipantFilter filter = oldestFirstNamed(family);

        assertThatThrownBy(() -> exports.write(
                        ParticipantExports.Kind.REGISTRATIONS,
                        filter,
                        new BreakingWriter(3),
                        pages.texts(),
                        handler,
                        "127.0.0.1"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(audit("participants.exported")).contains("\"rows\":1").contains("\"completed\":false");
    }

    @Test
    void theRegistrantsAddressFollowsTheAccount() {
        BackofficeParticipants.Stored ann = participants.parent("tiktok", "Ann", "Adres" + Unique.letters(10), "Kim");
        AccountId account = new AccountId(jdbc.sql("select account_id from registration where id = ?")
                .param(ann.id())
                .query(java.util.UUID.class)
                .single());
        String newEmail = Unique.email("Nieuw");

        transactions.executeWithoutResult(status -> events.publishEvent(
                new AccountEmailChanged(account, EmailAddress.parse(newEmail).orElseThrow())));

        assertThat(jdbc.sql("select email_key from registration where id = ?")
                        .param(ann.id())
                        .query(String.class)
                        .single())
                .isEqualTo(newEmail.toLowerCase());
    }

    @Test
    void theMigrationFillsTheKeysOfExistingRows() throws Exception {
        BackofficeParticipants.Stored ann =
                participants.parent("tiktok", "Zoë", "Migratie" + Unique.letters(10), "Kim");
        jdbc.sql("update registration set name_key = '', last_name_key = '', postcode_key = '' where id = ?")
                .param(ann.id())
                .update();
        jdbc.sql("update claimant set name_key = '', last_name_key = '' where registration_id = ?")
                .param(ann.id())
                .update();

        try (Connection connection = dataSource.getConnection()) {
            SearchKeysMigration.fillKeys(connection);
        }

        assertThat(jdbc.sql("select name_key from registration where id = ?")
                        .param(ann.id())
                        .query(String.class)
                        .single())
                .isEqualTo(SearchKeys.fullName("Zoë", ann.lastName()));
        assertThat(jdbc.sql("select postcode_key from registration where id = ?")
                        .param(ann.id())
                        .query(String.class)
                        .single())
                .isEqualTo(SearchKeys.postcode(ann.postcode()));
        assertThat(jdbc.sql("select last_name_key from claimant where registration_id = ?")
                        .param(ann.id())
                        .query(String.class)
                        .single())
                .isEqualTo(SearchKeys.name(ann.lastName()));
    }

    private String audit(String action) {
        return jdbc.sql("select details from audit_entry where actor_id = ? and action = ?")
                .params(handler.id().toString(), action)
                .query(String.class)
                .single();
    }

    /** A client that goes away after {@code records} lines. */
    private static final class BreakingWriter extends Writer {

        private int lines;
        private final int records;

        BreakingWriter(int records) {
            this.records = records;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n' && ++lines >= records) {
                    throw new IOException("Broken pipe");
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Registrants with this name, oldest first. */
    private static ParticipantFilter oldestFirstNamed(String name) {
        return oldestFirst(SearchKind.NAME, name);
    }

    private static ParticipantFilter oldestFirst(SearchKind by, String name) {
        return new ParticipantFilter(
                by, SearchKeys.name(name), null, null, null, null, null, null, false, ParticipantSort.OLDEST);
    }
}
