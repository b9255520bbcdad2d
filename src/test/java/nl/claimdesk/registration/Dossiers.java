package nl.claimdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.email.TestMailServer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participants made the way people become one: through the Dutch sign-up funnel over HTTP and, when confirmed, the
 * link in the confirmation mail, whose POST logs them in. Every participant gets an address and names of their own,
 * so tests can share the database.
 */
public final class Dossiers {

    private Dossiers() {}

    /** A participant's registration as the tests address it, with the client that holds their session. */
    public record Dossier(
            SiteClient client,
            String email,
            UUID account,
            UUID registration,
            String reference,
            Map<String, UUID> claimants) {

        /** The claimant with this first name. */
        public UUID claimant(String firstName) {
            UUID id = claimants.get(firstName);
            assertThat(id).as("claimant " + firstName + " in " + claimants).isNotNull();
            return id;
        }

        public String registrationPath() {
            return "/dossier/registrations/" + registration;
        }

        public String claimantPath(String firstName) {
            return registrationPath() + "/claimants/" + claimant(firstName);
        }
    }

    /** An address nobody else uses, e.g. {@code ouder-1a2b3c4d@example.nl}. */
    public static String uniqueEmail(String name) {
        return name + "-" + suffix() + "@example.nl";
    }

    /** A last name nobody else has, so no child is taken for someone else's (duplicate review). */
    public static String uniqueLastName(String name) {
        return name + " " + suffix();
    }

    /**
     * Signs children up for {@code campaign} from {@code email}, and does not confirm. The registrant is Anna, with
     * the last name of the first child.
     */
    public static Dossier signUp(int port, JdbcClient jdbc, String campaign, String email, Funnel.Child... children) {
        return signUp(
                port, jdbc, campaign, new Registrant("Anna", children[0].lastName(), email, "3-4-1985"), children);
    }

    /** The parent who signs the children up, as typed in the details step; the date of birth as {@code d-M-yyyy}. */
    public record Registrant(String firstName, String lastName, String email, String birthDate) {}

    /** Signs children up for {@code campaign} as {@code registrant}, and does not confirm. */
    public static Dossier signUp(
            int port, JdbcClient jdbc, String campaign, Registrant registrant, Funnel.Child... children) {
        SiteClient client = new SiteClient(port);
        Funnel funnel = new Funnel(client, campaign);
        String email = registrant.email();
        String[] born = registrant.birthDate().split("-");
        Funnel.expectRedirect(funnel.startWith(
                "CHILDREN",
                "firstName",
                registrant.firstName(),
                "lastName",
                registrant.lastName(),
                "email",
                email,
                "birthDay",
                born[0],
                "birthMonth",
                born[1],
                "birthYear",
                born[2]));
        Funnel.expectRedirect(funnel.children(children));
        client.follow(Funnel.expectRedirect(funnel.send()));
        TestMailServer.awaitMail(email);
        return find(client, jdbc, campaign, email);
    }

    /** Signs children up for {@code campaign} from {@code email}, confirms with the mailed link and is logged in. */
    public static Dossier confirmed(
            int port, JdbcClient jdbc, String campaign, String email, Funnel.Child... children) {
        Dossier dossier = signUp(port, jdbc, campaign, email, children);
        confirm(dossier.client(), TestMailServer.awaitMail(email));
        return dossier;
    }

    /** Signs children up as {@code registrant}, confirms with the mailed link and is logged in. */
    public static Dossier confirmed(
            int port, JdbcClient jdbc, String campaign, Registrant registrant, Funnel.Child... children) {
        Dossier dossier = signUp(port, jdbc, campaign, registrant, children);
        confirm(dossier.client(), TestMailServer.awaitMail(registrant.email()));
        return dossier;
    }

    /** Opens the confirmation link of {@code mail} and presses its button; the client is logged in after. */
    public static HttpResponse<String> confirm(SiteClient client, MimeMessage mail) {
        String link = TestMailServer.linkPath(mail, "/nl/bevestigen/");
        assertThat(client.get(link).statusCode()).isEqualTo(200);
        HttpResponse<String> confirmed = Funnel.expectRedirect(client.post(link));
        assertThat(confirmed.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/dossier"));
        assertThat(client.cookie("SESSION")).isPresent();
        return confirmed;
    }

    /** The registration of {@code email} in {@code campaign}, looked up in the database. */
    public static Dossier find(SiteClient client, JdbcClient jdbc, String campaign, String email) {
        Map<String, Object> registration = jdbc.sql("""
                        select r.id, r.reference, r.account_id from registration r
                        join account a on a.id = r.account_id join campaign c on c.id = r.campaign_id
                        where a.email_normalised = ? and c.slug = ?""")
                .params(email.toLowerCase(java.util.Locale.ROOT), campaign)
                .query()
                .singleRow();
        UUID id = (UUID) registration.get("id");
        Map<String, UUID> claimants = new LinkedHashMap<>();
        jdbc.sql("select id, first_name from claimant where registration_id = ? order by position")
                .param(id)
                .query((rs, row) -> Map.entry(rs.getString("first_name"), rs.getObject("id", UUID.class)))
                .list()
                .forEach(claimant -> claimants.put(claimant.getKey(), claimant.getValue()));
        return new Dossier(
                client,
                email,
                (UUID) registration.get("account_id"),
                id,
                (String) registration.get("reference"),
                Map.copyOf(claimants));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
