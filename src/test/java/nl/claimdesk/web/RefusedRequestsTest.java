package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.claimdesk.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused request leaves a security event in the log, without tokens or ids in clear. */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedRequestsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aRefusedAddressIsLogged(CapturedOutput log) throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri("/beheer/secrets")).GET());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(log.getOut()).contains("access.without-login method=GET path=/beheer/secrets");
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsLoggedWithTheReason(CapturedOutput log) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/nl/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=someone%40example.org")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(log.getOut())
                .contains("authorisation.failed method=POST path=/nl/inloggen reason=csrf")
                .doesNotContain("someone@example.org");
    }

    @ParameterizedTest
    @CsvSource({
        "/nl/inloggen/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCd, /nl/inloggen/{…}",
        "/backoffice/files/0193d1c2-7f0e-7a7b-9c1d-2e3f4a5b6c7d/edit, /backoffice/files/{…}/edit",
        "/backoffice/participants, /backoffice/participants",
        "/, /",
    })
    void tokensAndIdsInThePathAreMasked(String path, String logged) {
        assertThat(RefusedRequests.masked(path)).isEqualTo(logged);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
