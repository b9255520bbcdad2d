package nl.claimdesk.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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

    @Test
    void aPageIsSentAsUtf8WithItsLengthInsteadOfInChunks() throws Exception {
        HttpResponse<byte[]> response = http.send(request("/nl/tiktok"), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.body().length)
                .as("more than the container's 8 KB buffer: a larger page written through a writer goes out in chunks")
                .isGreaterThan(8 * 1024);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        String page = new String(response.body(), UTF_8);
        assertThat(page)
                .as("text of the template and text of the campaign")
                .contains("</a> ·", "omdat één gedupeerde")
                .doesNotContain("\uFFFD");
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
    @CsvSource({
        "/nl/tiktok, en-GB, nl",
        "/en/tiktok, nl-NL, en",
        "/nl/tiktok/tijdlijn, en, nl",
        "/en/no-such-claim, nl, en",
        "/nl/bestaat-niet, en, nl"
    })
    void theContentLanguageIsThePagesLanguageWhateverTheBrowserPrefers(String path, String preferred, String lang)
            throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", preferred)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Language")).hasValue(lang);
        assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang"))
                .isEqualTo(lang);
    }

    @Test
    void securityTxtIsOpenToEveryoneAndAbsentWithoutAContact() throws Exception {
        assertThat(get("/.well-known/security.txt").statusCode())
                .as("not 403: the public chain lets it through to the controller")
                .isEqualTo(404);
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
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }
}
