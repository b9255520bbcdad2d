package nl.claimdesk.browser.crawl;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the crawler leaves alone on purpose, each with its reason. Keep these short: a page that is neither reached
 * nor listed here fails the crawl, so a new page is checked from the day it is added.
 */
final class CrawlAllowList {

    /** GET routes that answer with something other than an HTML page: never followed, never checked as a page. */
    static final Map<String, String> NOT_PAGES = Map.ofEntries(
            Map.entry("/.well-known/security.txt", "plain text for security researchers (SecurityTxtTest)"),
            Map.entry(
                    "/backoffice/participants/export.csv",
                    "an export: CSV, audited and rate-limited (ParticipantExportTest)"),
            Map.entry(
                    "/backoffice/participants/claimants.csv",
                    "an export: CSV, audited and rate-limited (ParticipantExportTest)"),
            Map.entry(
                    "/backoffice/campaigns/{campaign}/class.csv",
                    "an export: the class list as CSV, audited (ClassPageTest)"),
            Map.entry(
                    "/backoffice/payout-reports/{id}.csv",
                    "a payout report as CSV, audited (SettlementAndAllocationTest)"),
            Map.entry("/dossier/registrations/{registration}/agreement.pdf", "a PDF (AgreementAcceptanceTest)"),
            Map.entry("/dossier/my-data", "the participant's data as a JSON download (PersonalDataExportTest)"),
            Map.entry(
                    "/backoffice/payment-runs/{id}/files/{number}", "a pain.001 payment file as XML (PaymentRunTest)"),
            Map.entry(
                    "/nl/{slug}/stichting/documenten/{id}", "a PDF the foundation publishes (FoundationDocumentsTest)"),
            Map.entry(
                    "/en/{slug}/foundation/documents/{id}", "a PDF the foundation publishes (FoundationDocumentsTest)"),
            Map.entry(
                    "/backoffice/news/{id}/progress",
                    "a fragment of the mailing's page that htmx polls while it is sent (MailingDeliveryTest)"));

    /** GET routes that are pages but that no visitor reaches by a link, a form or a mail. */
    static final Map<String, String> UNREACHED = Map.of(
            "/error",
            "the error page is shown at the address that failed; the crawler checks it there (404, 403)",
            "/backoffice/files/{registration}/undeliverable",
            "linked only from the file of an address that bounced, and the crawler's file is not one; the form is the"
                    + " reason form of the other file actions; StaffFileTest checks its HTML, axe-core does not see it",
            "/nl/nieuws/afmelden/{token}",
            "reached only from a news mail's unsubscribe link (UnsubscribeTest)",
            "/en/news/unsubscribe/{token}",
            "reached only from a news mail's unsubscribe link (UnsubscribeTest)",
            "/dossier/registrations/{registration}/claimants/{claimant}/class",
            "linked only for a claimant the class needs a fact about, which the crawl's participant has not;"
                    + " ClassQuestionJourneyTest checks the page in Chromium with axe-core",
            "/backoffice/registry/{list}",
            "reached after a registry list is uploaded, which the crawler's empty upload never is; BackofficeJourneyTest"
                    + " checks the preview and the report in Chromium with axe-core",
            "/dossier/bank-details/{claimant}",
            "linked for a claimant owed a share, which the crawl's participant has not; BankDetailsTest",
            "/dossier/bank-details/confirm/{token}",
            "reached only from the confirmation mail of new bank details; BankDetailsTest");

    /**
     * POST routes whose form is never sent, not even empty. Forms without a field to fill in (only hidden fields and
     * a button: confirm, log in with a link, log out, erase, deactivate, reset, delete) are not sent either: they
     * have no error state, and sending them does what they say.
     */
    static final Map<String, String> NOT_SUBMITTED = Map.of(
            "/dossier/registrations/{registration}/withdraw",
            "the reason is optional: the empty form withdraws the registration",
            "/dossier/registrations/{registration}/claimants/{claimant}/withdraw",
            "the reason is optional: the empty form withdraws the child",
            "/backoffice/content/{slug}/register",
            "an empty address is valid: it removes the campaign's link to the court's register",
            "/dossier/preferences",
            "every combination of choices is valid: there is no error state, sending changes the choices");

    /** Addresses never followed nor sent to: logging out ends the visit. */
    static final Set<String> NEVER_FOLLOWED = Set.of("/logout", "/backoffice/logout");

    private CrawlAllowList() {}

    static Optional<String> notSubmitted(String route) {
        return Optional.ofNullable(NOT_SUBMITTED.get(route));
    }
}
