package nl.claimdesk.browser.crawl;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public site and Mijn dossier in one language, walked as people get there: an anonymous visitor goes through
 * the sign-up funnel step by step (each step checked before it is filled in), the link in the confirmation mail makes
 * them a participant, whose file is then given children in every state; the links in the mails that follow (log in,
 * take over, change address) are checked as the visitor who opens them.
 */
final class SiteVisitors {

    /** The addresses of one language, where the public site words them differently. */
    private record Paths(
            String signUp,
            String details,
            String children,
            String use,
            String check,
            String logIn,
            String confirm,
            String confirmEmail,
            String takeOver,
            String dossier) {

        static Paths of(Language language) {
            return language == Language.NL
                    ? new Paths(
                            "aanmelden",
                            "gegevens",
                            "kinderen",
                            "gebruik",
                            "controleren",
                            "/nl/inloggen",
                            "/nl/bevestigen/",
                            "/nl/email-bevestigen/",
                            "/nl/overdracht/",
                            "/dossier")
                    : new Paths(
                            "sign-up",
                            "details",
                            "children",
                            "use",
                            "check",
                            "/en/log-in",
                            "/en/confirm/",
                            "/en/confirm-email/",
                            "/en/take-over/",
                            "/dossier?lang=en");
        }
    }

    private final int port;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TestCampaign campaign;
    private final Language language;
    private final Paths paths;
    private final String funnel;

    SiteVisitors(int port, JdbcClient jdbc, Clock clock, TestCampaign campaign, Language language) {
        this.port = port;
        this.clock = clock;
        this.jdbc = jdbc;
        this.campaign = campaign;
        this.language = language;
        this.paths = Paths.of(language);
        this.funnel = "/" + language.code() + "/" + campaign.slug() + "/" + paths.signUp();
    }

    /** Crawls the public site as an anonymous visitor, then Mijn dossier as the participant they become. */
    void crawl(Crawler anonymous, Crawler participantCrawler) {
        String code = language.code();
        anonymous.crawl("/");
        anonymous.crawl("/" + code);
        anonymous.crawl("/" + code + "/" + campaign.slug());
        anonymous.expect("/" + code + "/" + campaign.slug() + "/no-such-page", 404);
        anonymous.expectStaleForm(paths.logIn());
        String email = Dossiers.uniqueEmail("crawl-" + code);
        String lastName = Dossiers.uniqueLastName("Crawl").replace(" ", "");
        signUpChildren(anonymous, email, lastName);
        walkOwnUse(anonymous.in(new SiteClient(port)));

        String confirmation = CrawlMails.link(email, paths.confirm());
        anonymous.crawl(confirmation);
        SiteClient participant = new SiteClient(port);
        participant.get(confirmation);
        Funnel.expectRedirect(participant.post(confirmation));
        Dossiers.Dossier dossier = Dossiers.find(participant, jdbc, campaign.slug(), email);
        anonymous.in(new SiteClient(port)).crawl(inEveryState(dossier, lastName));

        Crawler participantCrawl = participantCrawler.in(participant);
        participantCrawl.crawl(paths.dossier());
        participantCrawl.expect("/dossier/registrations/" + UUID.randomUUID() + "/details", 404);

        participant.get("/dossier/email");
        String newAddress = Dossiers.uniqueEmail("crawl-new-" + code);
        participant.post("/dossier/email", "email", newAddress);
        participantCrawl.crawl(CrawlMails.link(newAddress, paths.confirmEmail()));

        SiteClient other = new SiteClient(port);
        other.get(paths.logIn());
        other.post(paths.logIn(), "email", email);
        anonymous.in(other).crawl(CrawlMails.link(email, paths.logIn() + "/"));
    }

    /** The funnel for children, every step checked before it is filled in, up to the page after sending. */
    private void signUpChildren(Crawler anonymous, String email, String lastName) {
        SiteClient client = anonymous.client();
        anonymous.crawl(funnel);
        client.get(funnel);
        Funnel.expectRedirect(client.post(funnel, "kind", "CHILDREN"));
        anonymous.crawl(funnel + "/" + paths.details());
        Funnel.expectRedirect(details(client, lastName, email, "3", "4", "1985"));
        anonymous.crawl(funnel + "/" + paths.children());
        String children = funnel + "/" + paths.children();
        client.get(children);
        client.post(children, "action", "add");
        client.post(children, "action", "add");
        LocalDate turns18Soon = LocalDate.now(clock).minusYears(18).plusDays(3);
        List<String> fields = new ArrayList<>();
        LocalDate lotteBorn = Ages.childBornYearsAgo(clock, 12).date();
        LocalDate daanBorn = Ages.childBornYearsAgo(clock, 10).date();
        fields.addAll(child(0, "Sem", lastName, turns18Soon, yearAtAge(turns18Soon, 11)));
        fields.addAll(child(1, "Lotte", lastName, lotteBorn, yearAtAge(lotteBorn, 6)));
        fields.addAll(child(2, "Daan", lastName, daanBorn, yearAtAge(daanBorn, 5)));
        fields.addAll(List.of("action", "continue"));
        Funnel.expectRedirect(client.post(children, fields.toArray(String[]::new)));
        anonymous.crawl(funnel + "/" + paths.check());
        client.get(funnel + "/" + paths.check());
        HttpResponse<String> sent = Funnel.expectRedirect(client.post(funnel + "/" + paths.check(), "privacy", "yes"));
        anonymous.crawl(sent.headers().firstValue("Location").orElseThrow());
    }

    /** The funnel of a young adult for their own use, up to the check page: the step children do not have. */
    private void walkOwnUse(Crawler anonymous) {
        SiteClient client = anonymous.client();
        client.get(funnel);
        Funnel.expectRedirect(client.post(funnel, "kind", "SELF"));
        client.get(funnel + "/" + paths.details());
        LocalDate born = LocalDate.now(clock).minusYears(19);
        Funnel.expectRedirect(details(
                client,
                Dossiers.uniqueLastName("Zelf").replace(" ", ""),
                Dossiers.uniqueEmail("crawl-zelf"),
                "" + born.getDayOfMonth(),
                "" + born.getMonthValue(),
                "" + born.getYear()));
        anonymous.crawl(funnel + "/" + paths.use());
    }

    private HttpResponse<String> details(
            SiteClient client, String lastName, String email, String day, String month, String year) {
        return client.post(
                funnel + "/" + paths.details(),
                "firstName",
                "Anna",
                "lastName",
                lastName,
                "email",
                email,
                "birthDay",
                day,
                "birthMonth",
                month,
                "birthYear",
                year,
                "country",
                "NL",
                "postcode",
                "1234 AB",
                "website",
                "");
    }

    /**
     * Returns the link of the hand-over mail. Sem's hand-over is pending (he counts as come of age), Lotte's agreement is accepted, Daan is withdrawn, and a
     * second sign-up for another campaign waits for confirmation.
     */
    private String inEveryState(Dossiers.Dossier dossier, String lastName) {
        SiteClient participant = dossier.client();
        TestAgreements.accept(dossier, "Lotte", "Anna " + lastName);
        participant.get(dossier.claimantPath("Daan") + "/withdraw");
        Funnel.expectRedirect(participant.post(dossier.claimantPath("Daan") + "/withdraw", "reason", ""));
        jdbc.sql("update claimant set came_of_age_on = ? where id = ?")
                .params(LocalDate.now(clock), dossier.claimant("Sem"))
                .update();
        participant.get("/dossier");
        String youngAdult = Dossiers.uniqueEmail("crawl-sem");
        Funnel.expectRedirect(participant.post(dossier.claimantPath("Sem") + "/handover", "email", youngAdult));
        Dossiers.signUp(
                port,
                jdbc,
                "tiktok",
                dossier.email(),
                Funnel.child("Mees", lastName, Ages.childBornYearsAgo(clock, 11), 6));
        return CrawlMails.link(youngAdult, paths.takeOver());
    }

    private static String yearAtAge(LocalDate born, int age) {
        return Integer.toString(born.getYear() + age);
    }

    private static List<String> child(int index, String firstName, String lastName, LocalDate born, String start) {
        String prefix = "child-" + index + "-";
        return List.of(
                prefix + "firstName",
                firstName,
                prefix + "lastName",
                lastName,
                prefix + "birthDay",
                "" + born.getDayOfMonth(),
                prefix + "birthMonth",
                "" + born.getMonthValue(),
                prefix + "birthYear",
                "" + born.getYear(),
                prefix + "startYear",
                start,
                prefix + "stillUsing",
                "yes",
                prefix + "endYear",
                "",
                prefix + "authority",
                "PARENT");
    }
}
