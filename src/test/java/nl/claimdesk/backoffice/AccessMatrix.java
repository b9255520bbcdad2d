package nl.claimdesk.backoffice;

import static nl.claimdesk.backoffice.Answer.handled;
import static nl.claimdesk.backoffice.Answer.page;
import static nl.claimdesk.backoffice.Answer.redirect;
import static nl.claimdesk.backoffice.Answer.refused;
import static nl.claimdesk.backoffice.Route.get;
import static nl.claimdesk.backoffice.Route.post;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.claimdesk.shared.StaffRole;

/**
 * Who may use which route of the back office and of Mijn dossier, written down apart from the sections and security
 * chains the code declares, so that a wrong declaration fails: one entry per route and method, with the answer every
 * visitor must get. A role the table does not name for a route is refused.
 *
 * <p>Forms are sent with nothing filled in, so that a visitor who may use one sees the handler's answer without
 * changing anything, where the handler checks its input. The entries run in the order written: the forms that end
 * something (a withdrawal, the erasure of the account) come last.
 */
final class AccessMatrix {

    static final String STAFF_LOGIN = "/backoffice/login";
    static final String PARTICIPANT_LOGIN = "/nl/inloggen";
    static final Set<String> LOGIN_PAGES = Set.of(STAFF_LOGIN, PARTICIPANT_LOGIN);

    /** Where the table applies: every route mapped below these paths needs an entry. */
    static final List<String> SCOPE = List.of("/backoffice", "/dossier");

    private static final Set<StaffRole> EVERY_ROLE = EnumSet.allOf(StaffRole.class);
    private static final Set<StaffRole> CASE_WORK = EnumSet.of(StaffRole.ADMIN, StaffRole.CASE_HANDLER);
    private static final Set<StaffRole> CONTENT = EnumSet.of(StaffRole.ADMIN, StaffRole.EDITOR);
    private static final Set<StaffRole> ADMINS = EnumSet.of(StaffRole.ADMIN);
    private static final Set<StaffRole> FINANCE = EnumSet.of(StaffRole.ADMIN, StaffRole.FINANCE);
    private static final Set<StaffRole> PAYOUT_FIGURES =
            EnumSet.of(StaffRole.ADMIN, StaffRole.FINANCE, StaffRole.VIEWER);
    private static final String SETTLEMENT = "/backoffice/payout/settlements/{id}";
    private static final Set<StaffRole> BANK_WORK =
            EnumSet.of(StaffRole.ADMIN, StaffRole.CASE_HANDLER, StaffRole.FINANCE);

    private static final String FILE = "/backoffice/files/{registration}";
    private static final String OWN_FILE = "/dossier/registrations/{registration}";

    static final List<Expectation> ENTRIES = List.of(
            // The staff login and the invitation link: open to everyone; a logged-in member goes on to the dashboard.
            open(get(STAFF_LOGIN), page(), redirect("/backoffice/dashboard")),
            open(post(STAFF_LOGIN), handled(), handled()),
            open(get(STAFF_LOGIN + "/code"), redirect(STAFF_LOGIN), redirect(STAFF_LOGIN)),
            open(post(STAFF_LOGIN + "/code"), redirect(STAFF_LOGIN), redirect(STAFF_LOGIN)),
            open(get(STAFF_LOGIN + "/enrol"), redirect(STAFF_LOGIN), redirect(STAFF_LOGIN)),
            open(post(STAFF_LOGIN + "/enrol"), redirect(STAFF_LOGIN), redirect(STAFF_LOGIN)),
            open(get("/backoffice/invitation/{token}"), page(), page()),
            open(post("/backoffice/invitation/{token}"), handled(), handled()),
            // Aggregate figures: every role.
            staff(get("/backoffice"), EVERY_ROLE, redirect("/backoffice/dashboard")),
            staff(get("/backoffice/dashboard"), EVERY_ROLE, page()),
            // Participants, their files and the duplicate reviews: personal data, case work only.
            staff(get("/backoffice/participants"), CASE_WORK, page()),
            staff(get("/backoffice/participants/export.csv"), CASE_WORK, page()),
            staff(get("/backoffice/participants/claimants.csv"), CASE_WORK, page()),
            staff(get(FILE), CASE_WORK, page()),
            staff(get(FILE + "/mail"), CASE_WORK, page()),
            staff(post(FILE + "/mail"), CASE_WORK, handled()),
            staff(get(FILE + "/sessions"), CASE_WORK, page()),
            staff(post(FILE + "/sessions"), CASE_WORK, handled()),
            staff(get(FILE + "/undeliverable"), CASE_WORK, page()),
            staff(post(FILE + "/undeliverable"), CASE_WORK, handled()),
            staff(get(FILE + "/details"), CASE_WORK, page()),
            staff(post(FILE + "/details"), CASE_WORK, handled()),
            staff(get(FILE + "/claimants/{claimant}/edit"), CASE_WORK, page()),
            staff(post(FILE + "/claimants/{claimant}/edit"), CASE_WORK, handled()),
            staff(get(FILE + "/fraud"), CASE_WORK, page()),
            staff(post(FILE + "/fraud"), CASE_WORK, handled()),
            staff(get(FILE + "/claimants/{claimant}/fraud"), CASE_WORK, page()),
            staff(post(FILE + "/claimants/{claimant}/fraud"), CASE_WORK, handled()),
            staff(get(FILE + "/withdraw"), CASE_WORK, page()),
            staff(post(FILE + "/withdraw"), CASE_WORK, handled()),
            staff(get(FILE + "/claimants/{claimant}/registry"), CASE_WORK, page()),
            staff(post(FILE + "/claimants/{claimant}/registry"), CASE_WORK, handled()),
            staff(get(FILE + "/claimants/{claimant}/objection"), CASE_WORK, page()),
            staff(post(FILE + "/claimants/{claimant}/objection"), CASE_WORK, handled()),
            staff(get("/backoffice/participants/not-taken-over"), CASE_WORK, page()),
            staff(get("/backoffice/registry"), CASE_WORK, page()),
            staff(post("/backoffice/registry"), CASE_WORK, handled()),
            staff(get("/backoffice/registry/{list}"), CASE_WORK, page()),
            staff(post("/backoffice/registry/{list}"), CASE_WORK, handled()),
            staff(get("/backoffice/reviews"), CASE_WORK, page()),
            staff(get("/backoffice/reviews/{review}"), CASE_WORK, page()),
            staff(post("/backoffice/reviews/{review}"), CASE_WORK, handled()),
            // The campaigns' public texts: editors.
            // Mailings to participants (news updates, legal notices): editors.
            staff(get("/backoffice/news"), CONTENT, page()),
            staff(get("/backoffice/news/new"), CONTENT, page()),
            staff(post("/backoffice/news/new"), CONTENT, handled()),
            staff(get("/backoffice/news/{id}"), CONTENT, page()),
            staff(get("/backoffice/news/{id}/progress"), CONTENT, page()),
            staff(post("/backoffice/news/{id}/{step}"), CONTENT, handled()),
            staff(get("/backoffice/content"), CONTENT, page()),
            staff(get("/backoffice/content/{slug}/texts/{key}"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/texts/{key}"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/timeline/new"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/timeline/new"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/timeline/{id}"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/timeline/{id}"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/timeline/{id}/delete"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/timeline/{id}/delete"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/faq/new"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/faq/new"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/faq/{id}"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/faq/{id}"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/faq/{id}/delete"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/faq/{id}/delete"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/documents/new"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/documents/new"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/documents/{id}"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/documents/{id}"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/documents/{id}/delete"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/documents/{id}/delete"), CONTENT, handled()),
            staff(get("/backoffice/content/{slug}/register"), CONTENT, page()),
            staff(post("/backoffice/content/{slug}/register"), CONTENT, handled()),
            // Settlements and allocations: finance, and admins who may approve; the payout figures: viewers too.
            staff(get("/backoffice/payout"), FINANCE, page()),
            staff(get("/backoffice/payout/settlements/new"), FINANCE, page()),
            staff(post("/backoffice/payout/settlements/new"), FINANCE, handled()),
            staff(get(SETTLEMENT), FINANCE, page()),
            staff(post(SETTLEMENT + "/approve"), FINANCE, handled()),
            staff(post(SETTLEMENT + "/court"), FINANCE, handled()),
            staff(get(SETTLEMENT + "/allocation"), FINANCE, page()),
            staff(post(SETTLEMENT + "/allocation"), FINANCE, handled()),
            staff(get("/backoffice/payout-reports"), PAYOUT_FIGURES, page()),
            staff(get("/backoffice/payout-reports/{id}"), PAYOUT_FIGURES, page()),
            staff(get("/backoffice/payout-reports/{id}.csv"), PAYOUT_FIGURES, page()),
            // The bank accounts' name checks: case handlers and finance.
            staff(get("/backoffice/bank-accounts"), BANK_WORK, page()),
            staff(get("/backoffice/bank-accounts/{id}"), BANK_WORK, page()),
            staff(post("/backoffice/bank-accounts/{id}"), BANK_WORK, handled()),
            // Payment runs and their files: finance (and admins).
            staff(get("/backoffice/payment-runs"), FINANCE, page()),
            staff(post("/backoffice/payment-runs"), FINANCE, handled()),
            staff(get("/backoffice/payment-runs/reports"), FINANCE, page()),
            staff(post("/backoffice/payment-runs/reports"), FINANCE, handled()),
            staff(get("/backoffice/payment-runs/{id}"), FINANCE, page()),
            staff(post("/backoffice/payment-runs/{id}/approve"), FINANCE, handled()),
            staff(get("/backoffice/payment-runs/{id}/files/{number}"), FINANCE, page()),
            // The audit log and staff management: admins.
            staff(get("/backoffice/audit"), ADMINS, page()),
            staff(get("/backoffice/campaigns"), ADMINS, page()),
            staff(get("/backoffice/campaigns/{campaign}/class"), ADMINS, page()),
            staff(post("/backoffice/campaigns/{campaign}/class"), ADMINS, handled()),
            staff(get("/backoffice/campaigns/{campaign}/class.csv"), ADMINS, page()),
            staff(get("/backoffice/staff"), ADMINS, page()),
            staff(get("/backoffice/staff/invite"), ADMINS, page()),
            staff(post("/backoffice/staff/invite"), ADMINS, handled()),
            staff(get("/backoffice/staff/{id}"), ADMINS, page()),
            staff(post("/backoffice/staff/{id}/roles"), ADMINS, handled()),
            staff(post("/backoffice/staff/{id}/reset"), ADMINS, handled()),
            staff(post("/backoffice/staff/{id}/deactivate"), ADMINS, handled()),
            staff(post("/backoffice/staff/{id}/reactivate"), ADMINS, handled()),
            // Mijn dossier: the participant's own file only, never a staff member.
            participant(get("/dossier"), page()),
            participant(get("/dossier/my-data"), page()),
            participant(get("/dossier/preferences"), page()),
            participant(post("/dossier/preferences"), handled()),
            participant(get("/dossier/news"), page()),
            participant(get("/dossier/email"), page()),
            participant(get("/dossier/bank-details"), page()),
            participant(get("/dossier/bank-details/{claimant}"), page()),
            participant(post("/dossier/bank-details/{claimant}"), handled()),
            participant(get("/dossier/bank-details/confirm/{token}"), page()),
            participant(post("/dossier/bank-details/confirm/{token}"), handled()),
            participant(post("/dossier/email"), handled()),
            participant(post("/dossier/email/proof"), handled()),
            participant(get(OWN_FILE + "/agreement.pdf"), page()),
            participant(get(OWN_FILE + "/claimants/{claimant}/agreement"), page()),
            participant(post(OWN_FILE + "/claimants/{claimant}/agreement"), handled()),
            participant(get(OWN_FILE + "/details"), page()),
            participant(post(OWN_FILE + "/details"), handled()),
            participant(get(OWN_FILE + "/children/new"), page()),
            participant(post(OWN_FILE + "/children/new"), handled()),
            participant(get(OWN_FILE + "/claimants/{claimant}/edit"), page()),
            participant(post(OWN_FILE + "/claimants/{claimant}/edit"), handled()),
            participant(post(OWN_FILE + "/claimants/{claimant}/handover"), handled()),
            participant(get(OWN_FILE + "/claimants/{claimant}/class"), page()),
            participant(post(OWN_FILE + "/claimants/{claimant}/class"), handled()),
            participant(get(OWN_FILE + "/claimants/{claimant}/withdraw"), page()),
            participant(get(OWN_FILE + "/withdraw"), page()),
            participant(get("/dossier/erase"), page()),
            participant(post(OWN_FILE + "/claimants/{claimant}/withdraw"), handled()),
            participant(post(OWN_FILE + "/withdraw"), handled()),
            participant(post("/dossier/erase"), handled()));

    private AccessMatrix() {}

    /** A route and the answer each visitor must get from it. */
    record Expectation(Route route, Map<Visitor, Answer> answers) {

        Answer answerFor(Visitor visitor) {
            return answers.get(visitor);
        }

        /** Whether the visitor is kept out: refused, or sent to a login page. */
        boolean keepsOut(Visitor visitor) {
            Answer answer = answerFor(visitor);
            return answer instanceof Answer.Refused
                    || answer instanceof Answer.Redirect(String location) && LOGIN_PAGES.contains(location);
        }
    }

    /** Open to everyone: the same answer for anonymous visitors and participants, another for staff. */
    private static Expectation open(Route route, Answer notStaff, Answer staff) {
        return entry(route, visitor -> visitor.role() == null ? notStaff : staff);
    }

    /** A back-office route for {@code roles}: anonymous visitors go to the staff login, everyone else is refused. */
    private static Expectation staff(Route route, Set<StaffRole> roles, Answer answer) {
        return entry(
                route,
                visitor -> visitor.equals(Visitor.ANONYMOUS)
                        ? redirect(STAFF_LOGIN)
                        : visitor.role() != null && roles.contains(visitor.role()) ? answer : refused());
    }

    /** A route of Mijn dossier: anonymous visitors go to the participant login, staff members are refused. */
    private static Expectation participant(Route route, Answer answer) {
        return entry(
                route,
                visitor -> visitor.equals(Visitor.ANONYMOUS)
                        ? redirect(PARTICIPANT_LOGIN)
                        : visitor.equals(Visitor.PARTICIPANT) ? answer : refused());
    }

    private static Expectation entry(Route route, Function<Visitor, Answer> answers) {
        Map<Visitor, Answer> table = new LinkedHashMap<>();
        Visitor.all().forEach(visitor -> table.put(visitor, answers.apply(visitor)));
        return new Expectation(route, table);
    }
}
