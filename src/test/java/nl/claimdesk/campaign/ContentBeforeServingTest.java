package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a first start the demo content is in place before the web server takes its first request: no visitor sees an
 * empty site. Runs on a database of its own, since the shared test database has the demo campaigns already.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:content-before-serving;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            // One user for the application and the migrations, whichever two users the build's database has.
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.flyway.user=sa",
            "spring.flyway.password="
        })
@ActiveProfiles("test")
@Import(ContentBeforeServingTest.WhenTheServerOpens.class)
class ContentBeforeServingTest {

    @Autowired
    WhenTheServerOpens serverOpened;

    @Test
    void theDemoCampaignsAreStoredBeforeTheServerOpens() {
        assertThat(serverOpened.slugs.get()).contains("tiktok");
    }

    @TestConfiguration
    static class WhenTheServerOpens {

        final AtomicReference<List<String>> slugs = new AtomicReference<>();

        @EventListener
        void opened(WebServerInitializedEvent event) {
            Campaigns campaigns = event.getApplicationContext().getBean(Campaigns.class);
            slugs.set(campaigns.all().stream().map(CampaignSummary::slug).toList());
        }
    }
}
