package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.HtmlChecker;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** An editor points the foundation page at the case's own entry in the court's register, or leaves the link out. */
@IntegrationTest
class RegisterLinkTest {

    private static final String ENTRY =
            "https://www.rechtspraak.nl/Registers/centraal-register-voor-collectieve-vorderingen/zaak-2021-123";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private EditedCampaign campaign;
    private ContentEditorClient editor;
    private String form;

    @BeforeEach
    void campaignAndEditor() {
        campaign = EditedCampaign.create(context, "register");
        editor = new ContentEditorClient(mvc, TestStaff.create(jdbc, StaffRole.EDITOR));
        form = "/backoffice/content/" + campaign.slug() + "/register";
    }

    @Test
    void theFoundationPageLinksToTheEntryTheEditorGaveAndToNoneWhenEmptied() throws Exception {
        MockHttpServletResponse saved = editor.post(form, Map.of("url", " " + ENTRY + " "));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(registerLinks("/nl/" + campaign.slug() + "/stichting")).isEqualTo(ENTRY);
        assertThat(registerLinks("/en/" + campaign.slug() + "/foundation")).isEqualTo(ENTRY);
        assertThat(editor.page(form).select("input[name=url]").val()).isEqualTo(ENTRY);
        assertThat(jdbc.sql("""
                        select details from audit_entry
                        where action = 'content.changed' and subject_type = 'campaign' and subject_id = ?""")
                        .param(campaign.id().toString())
                        .query(String.class)
                        .single())
                .contains(ENTRY);

        assertThat(editor.post(form, Map.of("url", "")).getStatus()).isEqualTo(302);
        assertThat(registerLinks("/nl/" + campaign.slug() + "/stichting")).isEmpty();
    }

    @Test
    void anythingButAWholeHttpsAddressIsRefusedWithWhatWasTypedKept() throws Exception {
        for (String wrong : new String[] {"javascript:alert(1)", "http://example.nl/zaak", "rechtspraak.nl/zaak"}) {
            MockHttpServletResponse refused = editor.post(form, Map.of("url", wrong));

            assertThat(refused.getStatus()).isEqualTo(200);
            Document page = ContentEditorClient.parse(refused);
            assertThat(page.select("#url-error").text()).contains("begint met https://");
            assertThat(page.select("input[name=url]").val()).isEqualTo(wrong);
            assertThat(HtmlChecker.errorsIn(refused.getContentAsString(StandardCharsets.UTF_8)))
                    .isEmpty();
        }
        assertThat(registerLinks("/nl/" + campaign.slug() + "/stichting")).isEmpty();
    }

    private String registerLinks(String path) throws Exception {
        return ContentEditorClient.publicPage(mvc, path)
                .select("#proceedings ~ p a[href^=https]")
                .attr("href");
    }
}
