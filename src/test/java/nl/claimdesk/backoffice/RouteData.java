package nl.claimdesk.backoffice;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.Unique;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.EditedCampaign;
import nl.claimdesk.campaign.TestDocuments;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.TestMailings;
import nl.claimdesk.payout.TestAllocations;
import nl.claimdesk.payout.TestBankAccounts;
import nl.claimdesk.payout.TestPaymentRuns;
import nl.claimdesk.payout.TestSettlements;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Dossiers.Registrant;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real rows for every path variable of the access matrix, made the way the application makes them: a campaign with
 * a timeline item, an FAQ question and a published document, a participant's registration with two children (one agreement signed, one
 * open), the open one signed up by another parent too (a duplicate review), a colleague to manage, an invitation link, and an
 * admin's read of the file in the audit log. Routes get these ids, so an allowed request reaches its handler.
 */
final class RouteData {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final LocalDate PARENT_BORN = LocalDate.of(1979, 2, 28);

    private final EditedCampaign campaign;
    private final Registrant parent;
    private final String childFirstName;
    private final String signedFirstName;
    private final Dossier file;
    private final Dossier duplicate;
    private final UUID review;
    private final UUID colleague;
    private final String invitation;
    private final UUID document;
    private final UUID mailing;
    private final UUID settlement;
    private final LocalDate childBorn;
    private final LocalDate siblingBorn;
    private final UUID registryList;
    private final UUID bankAccount;
    private final UUID paymentRun;

    private RouteData(
            EditedCampaign campaign,
            Registrant parent,
            String childFirstName,
            String signedFirstName,
            Dossier file,
            Dossier duplicate,
            UUID review,
            UUID colleague,
            String invitation,
            UUID document,
            UUID mailing,
            UUID settlement,
            Ages.Birth childBorn,
            Ages.Birth siblingBorn,
            UUID registryList,
            UUID bankAccount,
            UUID paymentRun) {
        this.campaign = campaign;
        this.parent = parent;
        this.childFirstName = childFirstName;
        this.signedFirstName = signedFirstName;
        this.file = file;
        this.duplicate = duplicate;
        this.review = review;
        this.colleague = colleague;
        this.invitation = invitation;
        this.document = document;
        this.mailing = mailing;
        this.settlement = settlement;
        this.childBorn = childBorn.date();
        this.siblingBorn = siblingBorn.date();
        this.registryList = registryList;
        this.bankAccount = bankAccount;
        this.paymentRun = paymentRun;
    }

    static RouteData seed(int port, ApplicationContext context, JdbcClient jdbc) {
        EditedCampaign campaign = EditedCampaign.create(context, "access");
        TestAgreements.publish(context, campaign.id());
        String lastName = Dossiers.uniqueLastName("Zwaneveld");
        String childFirstName = "Isolde" + Unique.letters(6);
        Registrant parent = new Registrant(
                "Griselda" + Unique.letters(6), lastName, Dossiers.uniqueEmail("ouder"), dmy(PARENT_BORN));
        String signedFirstName = "Berthold" + Unique.letters(6);
        Clock clock = context.getBean(Clock.class);
        Ages.Birth childBorn = Ages.childBornYearsAgo(clock, 15);
        Ages.Birth siblingBorn = Ages.childBornYearsAgo(clock, 13);
        Funnel.Child child = child(childFirstName, lastName, childBorn, 8);
        Dossier file = Dossiers.confirmed(
                port, jdbc, campaign.slug(), parent, child, child(signedFirstName, lastName, siblingBorn, 7));
        // One child's agreement is signed (so there is a signed agreement to download), the other's is still open.
        TestAgreements.accept(file, signedFirstName, parent.firstName() + " " + lastName);
        Dossier duplicate =
                Dossiers.confirmed(port, jdbc, campaign.slug(), Dossiers.uniqueEmail("andere-ouder"), child);
        UUID review = jdbc.sql("select id from duplicate_review where claimant_id = ?")
                .param(duplicate.claimant(childFirstName))
                .query(UUID.class)
                .single();

        SiteClient admin = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.ADMIN));
        assertThat(admin.get("/backoffice/files/" + file.registration()).statusCode())
                .as("an admin reads the file, which the audit log records")
                .isEqualTo(200);
        UUID colleague = TestStaff.create(jdbc, StaffRole.CASE_HANDLER).id();
        // Both children are owed a share; the signed one's account is entered and confirmed, for its name check.
        UUID allocation = TestAllocations.publish(jdbc, file, 10_00, true, "CHILD_OR_PARENT", false);
        UUID bankAccount =
                TestBankAccounts.confirmed(jdbc, file, signedFirstName, "NL91ABNA0417164300", signedFirstName);
        // A run that pays it, created by one finance officer and approved by another, so that it has a file.
        UUID paymentRun = TestPaymentRuns.approved(context, jdbc, allocation);
        return new RouteData(
                campaign,
                parent,
                childFirstName,
                signedFirstName,
                file,
                duplicate,
                review,
                colleague,
                invitation(admin),
                TestDocuments.publishStatutes(context, campaign.id()),
                TestMailings.draft(
                        context, campaign.id(), TestStaff.create(jdbc, StaffRole.EDITOR), MailingKind.NEWS_UPDATE),
                TestSettlements.approved(context, campaign.id()),
                childBorn,
                siblingBorn,
                registryList(jdbc, campaign),
                bankAccount,
                paymentRun);
    }

    /** A registry's list of opt-outs uploaded for the campaign, not imported yet. */
    private static UUID registryList(JdbcClient jdbc, EditedCampaign campaign) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registry_import (id, campaign_id, file_name, content, uploaded_by, uploaded_at)
                        select ?, ?, 'griffie.csv', ?, id, current_timestamp from staff_account
                        fetch first 1 rows only""")
                .params(
                        id,
                        campaign.id().value(),
                        "registry_reference,choice,last_name,date_of_birth,postcode\nR-1,opt-out,Niemand,2001-01-01,1234 AB")
                .update();
        return id;
    }

    /** An admin invites a new colleague through the back office; the token of the link in the mail. */
    private static String invitation(SiteClient admin) {
        String email = Unique.email("invited");
        admin.get("/backoffice/staff/invite");
        HttpResponse<String> invited =
                admin.post("/backoffice/staff/invite", "name", "Nieuwe Collega", "email", email, "roles", "VIEWER");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(302);
        String prefix = "/backoffice/invitation/";
        return TestMailServer.linkPath(TestMailServer.awaitMail(email), prefix).substring(prefix.length());
    }

    /** The participant who owns the file, for a login of their own. */
    String participantEmail() {
        return parent.email();
    }

    /** The route's pattern with the id of a real row for every path variable; a variable without a row fails. */
    String path(Route route) {
        String pattern = route.pattern();
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(value(pattern, variable.group(1))));
        }
        return variable.appendTail(path).toString();
    }

    private String value(String pattern, String variable) {
        return switch (variable) {
            case "registration" -> file.registration().toString();
            case "claimant" -> file.claimant(childFirstName).toString();
            case "review" -> review.toString();
            case "slug", "campaign" -> campaign.slug();
            case "key" -> ContentBlock.INTRO.key();
            case "token" -> invitation;
            case "list" -> registryList.toString();
            case "number" -> "1";
            case "id" -> idIn(pattern).toString();
            case "step" -> "pause";
            default -> throw new AssertionError(pattern + " names {" + variable + "}: seed a row for it in RouteData");
        };
    }

    private UUID idIn(String pattern) {
        if (pattern.startsWith("/backoffice/payment-runs/")) {
            return paymentRun;
        }
        if (pattern.startsWith("/backoffice/bank-accounts/")) {
            return bankAccount;
        }
        if (pattern.startsWith("/backoffice/staff/")) {
            return colleague;
        }
        if (pattern.contains("/timeline/")) {
            return campaign.timelineItem("Start");
        }
        if (pattern.contains("/faq/")) {
            return campaign.faqItem("Wat kost het?");
        }
        if (pattern.contains("/documents/")) {
            return document;
        }
        if (pattern.startsWith("/backoffice/news/")) {
            return mailing;
        }
        if (pattern.startsWith("/backoffice/payout")) {
            return settlement;
        }
        throw new AssertionError(pattern + " names {id}: say in RouteData which row it is");
    }

    /** The rows the routes address, whose state a refused request must leave alone. */
    List<UUID> ids() {
        return List.of(
                campaign.id().value(),
                campaign.timelineItem("Start"),
                campaign.faqItem("Wat kost het?"),
                file.account(),
                file.registration(),
                file.claimant(childFirstName),
                file.claimant(signedFirstName),
                duplicate.account(),
                duplicate.registration(),
                duplicate.claimant(childFirstName),
                review,
                colleague,
                document,
                mailing,
                settlement,
                bankAccount,
                paymentRun);
    }

    /** What identifies the parent and the child: a page a viewer may open shows none of it. */
    List<String> personalData() {
        List<String> values = new ArrayList<>(List.of(
                parent.firstName(),
                parent.lastName(),
                childFirstName,
                signedFirstName,
                parent.email(),
                duplicate.email(),
                file.reference(),
                duplicate.reference()));
        for (LocalDate born : List.of(childBorn, siblingBorn, PARENT_BORN)) {
            values.addAll(List.of(dmy(born), born.toString(), longDate(born)));
        }
        return values;
    }

    /** What the file page shows a case handler, in the form pages write it: proof that the values above are apt. */
    List<String> shownOnTheFile() {
        return List.of(parent.firstName(), childFirstName, parent.email(), file.reference());
    }

    /** The child's date of birth in each form a page may write it. */
    List<String> childBirthDate() {
        return List.of(dmy(childBorn), childBorn.toString(), longDate(childBorn));
    }

    /** The participant's file in the back office. */
    String filePath() {
        return "/backoffice/files/" + file.registration();
    }

    private static String dmy(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d-M-yyyy"));
    }

    private static String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")));
    }
}
