package nl.claimdesk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.Language;
import org.springframework.context.ApplicationContext;

/** Participation agreements published by tests, for the tests' own campaigns. */
public final class TestAgreements {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]+)\"");
    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"");

    private TestAgreements() {}

    /** Publishes a new version, in effect at once, whose Dutch and English texts are {@code nl} and {@code en}. */
    public static UUID publish(ApplicationContext context, CampaignId campaign, String nl, String en) {
        return context.getBean(Agreements.class)
                .publish(
                        campaign,
                        Map.of(Language.NL, nl, Language.EN, en),
                        OffsetDateTime.now().minusMinutes(1))
                .id();
    }

    /** Publishes a plain version 1. */
    public static UUID publish(ApplicationContext context, CampaignId campaign) {
        return publish(
                context,
                campaign,
                "# Deelnameovereenkomst\n\nGeen resultaat, geen kosten. De financier krijgt 22% plus kosten.\n",
                "# Participation agreement\n\nNo cure, no pay. The funder gets 22% plus costs.\n");
    }

    /** Opens the claimant's agreement page in Mijn dossier and accepts it, ticked, declared and signed by {@code signer}. */
    public static void accept(Dossier parent, String firstName, String signer) {
        String page = parent.client()
                .get(parent.claimantPath(firstName) + "/agreement")
                .body();
        HttpResponse<String> accepted = send(parent, firstName, page, signer);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
    }

    /** Sends the form of {@code page} (an agreement page read earlier) ticked, declared and signed. */
    public static HttpResponse<String> send(Dossier parent, String firstName, String page, String signer) {
        return parent.client()
                .post(
                        parent.claimantPath(firstName) + "/agreement",
                        "version",
                        find(VERSION, page),
                        "fingerprint",
                        find(FINGERPRINT, page),
                        "accept",
                        "yes",
                        "authority",
                        "yes",
                        "signer",
                        signer);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1);
    }
}
