package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Only editors and admins reach the content editor; everyone else is refused, and a refused save changes nothing. */
@IntegrationTest
class ContentAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @EnumSource(
            value = StaffRole.class,
            names = {"EDITOR", "ADMIN"})
    void editorsAndAdminsMayEditContent(StaffRole role) throws Exception {
        ContentEditorClient client = new ContentEditorClient(mvc, TestStaff.create(jdbc, role));

        assertThat(client.get("/backoffice/content").getStatus()).isEqualTo(200);
        assertThat(client.get("/backoffice/content/tiktok/texts/intro").getStatus())
                .isEqualTo(200);
        assertThat(client.page("/backoffice/content")
                        .select("nav a[aria-current=page]")
                        .text())
                .isEqualTo("Inhoud");
    }

    @ParameterizedTest
    @EnumSource(
            value = StaffRole.class,
            names = {"CASE_HANDLER", "VIEWER", "FINANCE"})
    void otherRolesAreRefusedEveryContentRoute(StaffRole role) throws Exception {
        EditedCampaign campaign = EditedCampaign.create(context, "refused");
        String slug = campaign.slug();
        UUID item = campaign.timelineItem("Start");
        StaffMember member = TestStaff.create(jdbc, role);
        ContentEditorClient client = new ContentEditorClient(mvc, member);

        for (String path : new String[] {
            "/backoffice/content",
            "/backoffice/content/" + slug + "/texts/intro",
            "/backoffice/content/" + slug + "/timeline/" + item,
            "/backoffice/content/" + slug + "/faq/new"
        }) {
            assertThat(client.get(path).getStatus()).as(path).isEqualTo(403);
        }
        String edit = "/backoffice/content/" + slug + "/timeline/" + item;
        Map<String, String> form = Map.of(
                "version", "1",
                "dateDay", "1",
                "dateMonth", "1",
                "dateYear", "2024",
                "nl-title", "Niet van mij",
                "en-title", "Not mine");
        assertThat(client.post(edit, form).getStatus()).isEqualTo(403);
        assertThat(client.post(edit + "/delete", Map.of("version", "1")).getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from timeline_item_text where item_id = ? and title = 'Start'")
                        .param(item)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anonymousVisitorsAreSentToTheStaffLoginAndASaveWithoutCsrfTokenIsRefused() throws Exception {
        assertThat(mvc.perform(get("/backoffice/content"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/backoffice/login");
        StaffMember editor = TestStaff.create(jdbc, StaffRole.EDITOR);
        assertThat(mvc.perform(post("/backoffice/content/tiktok/texts/intro")
                                .with(TestStaff.as(editor))
                                .param("version", "1"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/backoffice/content/tiktok/texts/intro").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/backoffice/login");
    }
}
