package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.MailPreferences;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The participant chooses on the preferences page whether news about the claim comes: "yes" asks for it, "no" or no
 * choice at all declines it; each choice is audited and leads back to Mijn dossier with a notice.
 */
@ServerTest
class NewsPreferenceTest {

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailPreferences preferences;

    private Dossier participant;

    @BeforeEach
    void participant() {
        TestCampaign campaign = TestCampaign.create(context, "news");
        participant = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("nieuws"),
                child("Sem", Dossiers.uniqueLastName("Bakker"), Ages.childBornYearsAgo(clock, 14), 7));
        participant.client().get("/dossier/preferences");
    }

    @Test
    void theChoiceIsSavedAuditedAndShownAgain() {
        assertSaved("no");
        assertThat(preferences.wantsNews(participant.account())).isFalse();
        assertThat(checked()).isEqualTo("no");

        assertSaved("yes");
        assertThat(preferences.wantsNews(participant.account())).isTrue();
        assertThat(checked()).isEqualTo("yes");

        assertThat(audited("participant.news-off")).isEqualTo(1);
        assertThat(audited("participant.news-on")).isEqualTo(1);
    }

    @Test
    void noChoiceOrAnUnknownOneDeclinesTheNews() {
        assertThat(participant.client().post("/dossier/preferences").statusCode())
                .isEqualTo(302);
        assertThat(preferences.wantsNews(participant.account())).isFalse();

        assertSaved("yes");
        assertSaved("perhaps");
        assertThat(preferences.wantsNews(participant.account())).isFalse();
        assertThat(audited("participant.news-off")).isEqualTo(2);
    }

    private void assertSaved(String news) {
        HttpResponse<String> saved = participant.client().post("/dossier/preferences", "news", news);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/dossier?lang=nl&done=news");
    }

    private String checked() {
        return Jsoup.parse(participant.client().get("/dossier/preferences").body())
                .select("input[name=news][checked]")
                .val();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
                .params(action, participant.account().toString())
                .query(Long.class)
                .single();
    }
}
