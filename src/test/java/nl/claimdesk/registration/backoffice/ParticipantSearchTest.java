package nl.claimdesk.registration.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.internal.ClaimantEntry;
import nl.claimdesk.registration.internal.RegistrationChanges;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.keys.SearchKeys;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ParticipantSearchTest extends BackofficeParticipantTest {

    private static final Pattern RESULT =
            Pattern.compile("<a href=\"/backoffice/files/[0-9a-f-]{36}\">([0-9A-Z-]{11})</a>");
    private static final Pattern NEXT = Pattern.compile("href=\"(/backoffice/participants\\?[^\"]*after=[^\"]+)\"");

    @Autowired
    RegistrationStore store;

    @Autowired
    RegistrationChanges changes;

    @Test
    void eachSearchKindFindsTheRightParticipantAndNotOthers() throws Exception {
        BackofficeParticipants.Stored zoe = participants.parent("tiktok", "Zoë", "Ölçer" + suffix(), "Sélène");
        BackofficeParticipants.Stored other = participants.parent("tiktok", "Zoë", "Anders" + suffix(), "Bram");
        String zoeLast = SearchKeys.name(zoe.lastName());

        assertFinds("NAME", zoeLast.substring(0, 9).toUpperCase(Locale.ROOT), zoe, other);
        assertFinds("NAME", "zoe " + zoeLast, zoe, other);
        assertFinds("EMAIL", zoe.email().substring(0, 14).toUpperCase(Locale.ROOT), zoe, other);
        assertFinds("EMAIL", zoe.email(), zoe, other);
        assertFinds("POSTCODE", zoe.postcode().replace(" ", "").toLowerCase(Locale.ROOT), zoe, other);
        assertFinds("CHILD", "SELENE " + zoeLast, zoe, other);
        assertFinds("CHILD", zoeLast, zoe, other);
        assertFinds("REFERENCE", zoe.reference().replace("-", " ").toLowerCase(Locale.ROOT), zoe, other);
        assertThat(references(search("by", "NAME", "q", "sélène " + zoeLast)))
                .as("a child's name is not the registrant's")
                .isEmpty();
    }

    @Test
    void filtersNarrowTheResults() throws Exception {
        String family = "Filter" + suffix();
        BackofficeParticipants.Stored tiktok = participants.parent("tiktok", "Ann", family, "Kim");
        BackofficeParticipants.Stored energy = participants.parent("energiecontract", "Bob", family, "Kim");
        store.markVerified(energy.id(), OffsetDateTime.now(clock));
        // The filter's days are days in the claim's time zone, not the server's.
        LocalDate dutchToday = LocalDate.now(clock);
        String today = dutchToday.toString();
        String yesterday = dutchToday.minusDays(1).toString();

        assertThat(references(search("q", family))).containsExactlyInAnyOrder(tiktok.reference(), energy.reference());
        assertThat(references(search("q", family, "campaign", "energiecontract")))
                .containsExactly(energy.reference());
        assertThat(references(search("q", family, "status", "CONFIRMED"))).containsExactly(energy.reference());
        assertThat(references(search("q", family, "status", "UNCONFIRMED"))).containsExactly(tiktok.reference());
        assertThat(references(search("q", family, "claimantStatus", "WITHDRAWN")))
                .isEmpty();
        assertThat(references(search("q", family, "from", today, "to", today))).hasSize(2);
        assertThat(references(search("q", family, "to", yesterday))).isEmpty();
        assertThat(search("q", family, "to", yesterday)).contains("Geen deelnemers gevonden");
    }

    @Test
    void theReviewFlagFindsRegistrationsWithAChildUnderReview() throws Exception {
        String family = "Dubbel" + suffix();
        BackofficeParticipants.Stored first = participants.parent("tiktok", "Ann", family, "Kim");
        BackofficeParticipants.Stored second = participants.parent("tiktok", "Piet", family, "Kim");

        assertThat(references(search("by", "CHILD", "q", "kim " + family, "review", "true")))
                .containsExactly(second.reference());
        assertThat(references(search("by", "CHILD", "q", "kim " + family, "claimantStatus", "UNDER_REVIEW")))
                .containsExactly(second.reference());
        assertThat(references(search("by", "CHILD", "q", "kim " + family))).contains(first.reference());
    }

    @Test
    void aChildAddedLaterListsItsRegistrationBySignUpTime() throws Exception {
        String family = "Later" + suffix();
        BackofficeParticipants.Stored older = participants.parent("tiktok", "Ann", family, "Kim");
        Ages.Birth noor = Ages.childBornYearsAgo(clock, 13);
        BackofficeParticipants.Stored newer = participants.parent("tiktok", "Bob", family, "Kim");
        UUID account = jdbc.sql("select account_id from registration where id = ?")
                .param(older.id())
                .query(UUID.class)
                .single();
        changes.addChild(
                new AccountId(account),
                campaigns.bySlug("tiktok").orElseThrow(),
                older.id(),
                new ClaimantEntry(
                        ClaimantKind.CHILD,
                        "Noor",
                        family,
                        noor.date(),
                        new UsePeriod(Integer.parseInt(noor.yearAtAge(7)), null),
                        true),
                null);

        assertThat(references(search("by", "CHILD", "q", "noor " + family))).containsExactly(older.reference());
        assertThat(references(search("by", "CHILD", "q", family, "sort", "NEWEST")))
                .as("newest sign-up first, whenever a child was added")
                .containsExactly(newer.reference(), older.reference());
    }

    @Test
    void keysetPagingWalksEveryResultOnceInOrder() throws Exception {
        String family = "Pagina" + suffix();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < ParticipantSearch.PAGE_SIZE + 3; i++) {
            stored.add(participants
                    .parent("tiktok", "Kind" + (char) ('a' + i % 26) + i, family)
                    .reference());
        }
        assertPagesWalkEveryResultOnceInOrder(stored, "q", family);
    }

    @Test
    void aChildSearchPagesThroughRegistrationsOnceEvenWithTwoMatchingChildren() throws Exception {
        String family = "Kinderpagina" + suffix();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < ParticipantSearch.PAGE_SIZE + 3; i++) {
            stored.add(participants
                    .parent("tiktok", "Ouder" + (char) ('a' + i % 26) + i, family, "Ada", "Bo")
                    .reference());
        }
        assertPagesWalkEveryResultOnceInOrder(stored, "by", "CHILD", "q", family);
    }

    private void assertPagesWalkEveryResultOnceInOrder(List<String> stored, String... query) throws Exception {
        for (String sort : List.of("NEWEST", "OLDEST", "NAME")) {
            List<String> seen = new ArrayList<>();
            List<String> params = new ArrayList<>(List.of(query));
            params.addAll(List.of("sort", sort));
            String page = search(params.toArray(String[]::new));
            int pages = 1;
            seen.addAll(references(page));
            Matcher next = NEXT.matcher(page);
            while (next.find()) {
                page = body(get(next.group(1).replace("&amp;", "&")));
                seen.addAll(references(page));
                next = NEXT.matcher(page);
                pages++;
            }
            assertThat(pages).as(sort).isEqualTo(2);
            assertThat(seen).as(sort).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
            if (sort.equals("OLDEST")) {
                assertThat(seen).as("oldest first").isEqualTo(stored);
            }
            if (sort.equals("NEWEST")) {
                assertThat(seen).as("newest first").isEqualTo(stored.reversed());
            }
        }
    }

    @Test
    void htmxGetsOnlyTheResultsAndAPlainRequestTheWholePage() throws Exception {
        BackofficeParticipants.Stored zoe = participants.parent("tiktok", "Zoë", "Htmx" + suffix(), "Kim");
        String fragment =
                body(get("/backoffice/participants").param("q", zoe.lastName()).header("HX-Request", "true"));
        assertThat(fragment).doesNotContain("<html").doesNotContain("<form").contains(zoe.reference());

        String page = search("q", zoe.lastName());
        assertThat(page)
                .contains("<!DOCTYPE html>")
                .contains("<form")
                .contains("/assets/htmx.min.js")
                .contains(zoe.reference());
    }

    @Test
    void impossibleOrUnreadableDatesAreExplainedAndTheInputKept() throws Exception {
        mvc.perform(get("/backoffice/participants").param("from", "31-02-2026").with(TestStaff.as(handler)))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("De datum 31-02-2026 bestaat niet")
                        .contains("value=\"31-02-2026\"")
                        .contains("href=\"#from\""));
        mvc.perform(get("/backoffice/participants").param("to", "gisteren").with(TestStaff.as(handler)))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Vul een datum in als dag-maand-jaar")
                        .contains("value=\"gisteren\""));
        mvc.perform(get("/backoffice/participants")
                        .param("from", "2026-03-01")
                        .param("to", "1-2-2026")
                        .with(TestStaff.as(handler)))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("De einddatum moet op of na de begindatum liggen"));
        mvc.perform(get("/backoffice/participants")
                        .param("by", "REFERENCE")
                        .param("q", "12345")
                        .with(TestStaff.as(handler)))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Een registratienummer heeft 10 tekens"));
    }

    @Test
    void everySearchIsAuditedWithTheFilterAndResultsAreNotCached() throws Exception {
        BackofficeParticipants.Stored zoe = participants.parent("tiktok", "Zoë", "Audit" + suffix(), "Kim");
        mvc.perform(get("/backoffice/participants")
                        .param("q", zoe.lastName())
                        .param("campaign", "tiktok")
                        .with(TestStaff.as(handler)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"));

        String details = jdbc.sql(
                        "select details from audit_entry where actor_id = ? and action = 'participants.searched'")
                .param(handler.id().toString())
                .query(String.class)
                .single();
        assertThat(details)
                .contains("\"by\":\"NAME\"")
                .contains("\"q\":\"" + SearchKeys.name(zoe.lastName()) + "\"")
                .contains("\"campaign\":\"tiktok\"")
                .doesNotContain(zoe.reference())
                .doesNotContain(zoe.email());
    }

    @Test
    void onlyCaseHandlersAndAdminsMaySearchAndExport() throws Exception {
        for (String route : List.of(
                "/backoffice/participants",
                "/backoffice/participants/export.csv",
                "/backoffice/participants/claimants.csv")) {
            for (StaffRole role : List.of(StaffRole.VIEWER, StaffRole.EDITOR, StaffRole.FINANCE)) {
                mvc.perform(get(route).param("q", "nobody").with(TestStaff.as(TestStaff.create(jdbc, role))))
                        .andExpect(status().isForbidden());
            }
            for (StaffRole role : List.of(StaffRole.CASE_HANDLER, StaffRole.ADMIN)) {
                mvc.perform(get(route).param("q", "nobody").with(TestStaff.as(TestStaff.create(jdbc, role))))
                        .andExpect(status().isOk());
            }
        }
    }

    private void assertFinds(
            String by, String q, BackofficeParticipants.Stored found, BackofficeParticipants.Stored notFound)
            throws Exception {
        List<String> references = references(search("by", by, "q", q));
        assertThat(references).as("%s %s", by, q).contains(found.reference()).doesNotContain(notFound.reference());
    }

    private String search(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/backoffice/participants");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return body(request);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestStaff.as(handler)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> references(String page) {
        List<String> references = new ArrayList<>();
        Matcher matcher = RESULT.matcher(page);
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }

    private static String suffix() {
        return nl.claimdesk.Unique.letters(10);
    }
}
