package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.claimdesk.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every funnel page after the first needs an open campaign (unknown: 404, closed: 410) and a draft in which who is
 * registered was chosen, of the kind the page is for; without one (here: a draft opened on the first page, nothing
 * chosen) the visitor starts again on the first page, in the language of the address.
 */
@ServerTest
class FunnelGuardTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} with a draft for [{2}]: {3} {4}")
    @CsvSource({
        "GET, /nl/tiktok/aanmelden/gegevens, '', 302, /nl/tiktok/aanmelden",
        "POST, /nl/tiktok/aanmelden/gegevens, '', 302, /nl/tiktok/aanmelden",
        "GET, /en/tiktok/sign-up/check, '', 302, /en/tiktok/sign-up",
        "POST, /en/tiktok/sign-up/check, '', 302, /en/tiktok/sign-up",
        "GET, /nl/tiktok/aanmelden/gebruik, CHILDREN, 302, /nl/tiktok/aanmelden",
        "POST, /nl/tiktok/aanmelden/kinderen, SELF, 302, /nl/tiktok/aanmelden",
        "GET, /nl/tiktok/aanmelden/kinderen, CHILDREN, 200, ''",
        "GET, /nl/tiktok/aanmelden/gebruik, SELF, 200, ''",
        "GET, /nl/tiktok/aanmelden/controleren, SELF, 200, ''",
        "GET, /nl/onbekend/aanmelden/gegevens, '', 404, ''",
        "POST, /nl/onbekend/aanmelden/controleren, '', 404, ''",
        "GET, /nl/energiecontract/aanmelden/gegevens, '', 410, ''",
        "POST, /en/energiecontract/sign-up/details, '', 410, ''",
    })
    void aPageAfterTheFirstNeedsAnOpenCampaignAndADraft(
            String method, String path, String chosen, int status, String location) {
        SiteClient client = new SiteClient(port);
        client.get("/nl/tiktok/aanmelden");
        if (!chosen.isEmpty()) {
            expectRedirect(client.post("/nl/tiktok/aanmelden", "kind", chosen));
        }

        HttpResponse<String> response = method.equals("GET") ? client.get(path) : client.post(path, "action", "add");

        assertThat(response.statusCode()).isEqualTo(status);
        if (!location.isEmpty()) {
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith(location));
        }
    }
}
