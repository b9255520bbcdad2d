package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The site as a browser gets it from the real server, error pages included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServedSiteTest {

    static final List<String> ALL_PAGES = PublicPages.ALL;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @FieldSource("ALL_PAGES")
    void everyPublicPageIsValidHtml(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
        assertThat(HtmlChecker.errorsIn(response.body())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "/nl/bestaat-niet, nl, Deze pagina bestaat niet",
        "/en/no-such-claim, en, This page does not exist",
        "/en/no-such-claim/timeline, en, This page does not exist",
        "/nl/tiktok/bestaat-niet/ook-niet, nl, Deze pagina bestaat niet"
    })
    void anUnknownAddressGetsAHelpfulPageInItsLanguage(String path, String lang, String heading) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        Document document = Jsoup.parse(response.body());
        assertThat(document.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(document.select("h1").text()).isEqualTo(heading);
        assertThat(document.select("a.button").attr("href")).isEqualTo("/" + lang);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    @ParameterizedTest
    @CsvSource({"/beheer", "/dev/mailbox"})
    void aRefusedAddressGetsAPageInTheSiteStyleWithoutDetails(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Hier heb je geen toegang toe");
        assertThat(response.body()).doesNotContain("Exception", "at nl.claimdesk", "Whitelabel");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
