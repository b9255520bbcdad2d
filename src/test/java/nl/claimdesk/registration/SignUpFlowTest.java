package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.email.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class SignUpFlowTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost:8080(/nl/bevestigen/[A-Za-z0-9_-]+)");

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    private SiteClient client;

    @BeforeEach
    void newVisitor() {
        client = new SiteClient(port);
    }

    @Test
    void aParentSignsUpTwoChildrenConfirmsAndSeesThemInTheDossier() throws Exception {
        String email = unique("ouder");
        HttpResponse<String> sent = new Funnel(client, "tiktok")
                .signUpChildren(
                        email,
                        child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7),
                        child("Lotte", "de Vries", Ages.childBornYearsAgo(clock, 12), 6, 9));
        assertThat(sent.body()).contains(email);

        MimeMessage mail = TestMailServer.awaitMail(email);
        assertThat(mail.getSubject()).contains("TikTok-claim");
        String link = confirmLink(TestMailServer.text(mail));

        HttpResponse<String> page = client.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> confirmed = Funnel.expectRedirect(client.post(link));
        assertThat(confirmed.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/dossier"));

        HttpResponse<String> dossier = client.follow(confirmed);
        assertThat(dossier.body()).contains("Sem de Vries", "Lotte de Vries", "TikTok-claim", "Bevestigd");
    }

    static String confirmLink(String text) {
        Matcher matcher = CONFIRM_LINK.matcher(text.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }
}
