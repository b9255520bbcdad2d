package nl.claimdesk.dossier.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.dossier.internal.Acceptance;
import nl.claimdesk.dossier.internal.Acceptances;
import nl.claimdesk.dossier.view.StaffFileView;
import nl.claimdesk.email.MailHistory;
import nl.claimdesk.email.MailPreferences;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.NewsArchive;
import nl.claimdesk.registration.Authority;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.RegistrationEvent;
import nl.claimdesk.registration.RegistrationFile;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Link;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A participant's file in the back office: everything known about one registration, on one page, in a handful of
 * queries by indexed keys. Every look at a file is in the audit log.
 */
@Controller
class StaffFileController {

    private static final String SECTION = "/backoffice/participants";
    private static final Set<String> NOTICES = Set.of(
            "corrected",
            "mailed",
            "sessions",
            "withdrawn",
            "suspected",
            "cleared",
            "undeliverable",
            "registry",
            "objection",
            "resolved");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Registrations registrations;
    private final Acceptances acceptances;
    private final Accounts accounts;
    private final MailHistory mails;
    private final MailPreferences preferences;
    private final UndeliverableAddresses undeliverable;
    private final NewsArchive news;
    private final Campaigns campaigns;
    private final BackofficePages pages;
    private final AuditLog audit;
    private final DateTimeFormatter times;

    StaffFileController(
            Registrations registrations,
            Acceptances acceptances,
            Accounts accounts,
            MailHistory mails,
            MailPreferences preferences,
            UndeliverableAddresses undeliverable,
            NewsArchive news,
            Campaigns campaigns,
            BackofficePages pages,
            AuditLog audit,
            Clock clock) {
        this.registrations = registrations;
        this.acceptances = acceptances;
        this.accounts = accounts;
        this.mails = mails;
        this.preferences = preferences;
        this.undeliverable = undeliverable;
        this.news = news;
        this.campaigns = campaigns;
        this.pages = pages;
        this.audit = audit;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Language.NL.locale())
                .withZone(clock.getZone());
    }

    @GetMapping(FilePaths.FILE)
    ModelAndView file(
            @PathVariable UUID registration,
            @RequestParam(required = false) @Nullable String done,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        RegistrationFile file = registrations.file(registration).orElse(null);
        if (file == null) {
            return pages.notFound(SECTION);
        }
        StaffMember member = StaffMember.require();
        audit.record(Actor.staff(member.id()), request.getRemoteAddr(), "file.viewed", "registration", file.id(), null);
        Texts t = pages.texts();
        Account account = accounts.find(file.account()).orElseThrow();
        Map<UUID, String> names = file.claimants().stream()
                .collect(Collectors.toMap(RegistrationFile.Claimant::id, RegistrationFile.Claimant::name));
        String heading = file.registrantName().isEmpty() ? file.reference() : file.registrantName();
        Optional<UndeliverableAddresses.Mark> mark =
                undeliverable.find(account.email().value());
        StaffFileView view = new StaffFileView(
                heading,
                done != null && NOTICES.contains(done) ? t.get("bo.file.done." + done) : null,
                registrant(file, account, mark, t),
                registration(file, t),
                actions(file, mark.isPresent(), t),
                file.claimants().stream()
                        .map(claimant -> claimant(file, claimant, t))
                        .toList(),
                file.reviews().stream().map(review -> review(review, names, t)).toList(),
                acceptances.ofRegistration(file.id()).stream()
                        .map(this::acceptance)
                        .toList(),
                mails.of(account.id().value()).stream()
                        .map(mail -> new StaffFileView.Mail(
                                times.format(mail.queuedAt()),
                                mail.subject(),
                                mail.kind(),
                                t.get("bo.mail.status." + mail.status()),
                                mail.attempts(),
                                mail.sentAt() != null
                                        ? times.format(mail.sentAt())
                                        : mail.failedAt() != null ? times.format(mail.failedAt()) : ""))
                        .toList(),
                file.history().stream().map(event -> event(event, names, t)).toList());
        return Views.render("dossier/backoffice/file", pages.page(heading, SECTION), view);
    }

    private List<StaffFileView.Row> registrant(
            RegistrationFile file, Account account, Optional<UndeliverableAddresses.Mark> mark, Texts t) {
        List<StaffFileView.Row> rows = new ArrayList<>();
        rows.add(row(t.get("bo.field.name"), file.registrantName()));
        rows.add(row(t.get("bo.field.email"), account.email().value()));
        mark.ifPresent(found -> rows.add(new StaffFileView.Row(
                t.get("bo.field.undeliverable"),
                t.get(
                        "bo.undeliverable.value",
                        times.format(found.markedAt()),
                        t.get("bo.undeliverable.source." + found.source().name()),
                        found.reason()),
                true)));
        rows.add(row(t.get("bo.field.birth"), day(file.registration().dateOfBirth())));
        rows.add(row(
                t.get("bo.field.postcode"),
                file.registration().postcode() == null
                        ? ""
                        : file.registration().postcode()));
        rows.add(row(t.get("bo.field.country"), file.registration().country()));
        rows.add(row(
                t.get("bo.field.language"),
                t.get("bo.language." + file.registration().language().code())));
        rows.add(row(
                t.get("bo.field.verified"),
                !file.verified()
                        ? t.get("bo.no")
                        : t.get("bo.yesSince", times.format(file.registration().verifiedAt()))));
        rows.add(row(
                t.get("bo.field.news"),
                preferences.wantsNews(account.id().value()) ? t.get("bo.yes") : t.get("bo.no")));
        for (NewsArchive.Received received : news.receivedBy(account.id().value())) {
            rows.add(row(
                    t.get("news.file.received"), received.subject() + " (" + times.format(received.sentAt()) + ")"));
        }
        return rows;
    }

    private List<StaffFileView.Row> registration(RegistrationFile file, Texts t) {
        List<StaffFileView.Row> rows = new ArrayList<>();
        rows.add(row(
                t.get("bo.field.campaign"),
                campaigns
                        .byId(file.registration().campaign())
                        .map(campaign -> campaign.name(Language.NL))
                        .orElse("")));
        rows.add(row(t.get("bo.field.reference"), file.reference()));
        rows.add(row(
                t.get("bo.field.kind"),
                t.get("dossier.kind." + file.registration().kind().name())));
        rows.add(
                row(t.get("bo.field.signedUp"), times.format(file.registration().createdAt())));
        if (file.withdrawn()) {
            rows.add(row(
                    t.get("bo.field.withdrawn"),
                    t.get(
                            "bo.withdrawnVia",
                            times.format(file.registration().withdrawnAt()),
                            t.get("bo.channel." + file.withdrawalChannel()))));
        }
        if (file.anonymisedAt() != null) {
            rows.add(row(t.get("bo.field.anonymised"), times.format(file.anonymisedAt())));
        }
        if (file.fraud() != null) {
            rows.add(new StaffFileView.Row(t.get("bo.field.fraud"), suspicion(file.fraud(), t), true));
        }
        return rows;
    }

    private List<Link> actions(RegistrationFile file, boolean undeliverable, Texts t) {
        String base = FilePaths.of(file.id());
        List<Link> actions = new ArrayList<>();
        if (file.anonymisedAt() == null) {
            actions.add(new Link(t.get("bo.action.details"), base + "/details"));
        }
        actions.add(new Link(t.get(file.verified() ? "bo.action.login" : "bo.action.verify"), base + "/mail"));
        actions.add(new Link(t.get("bo.action.endSessions"), base + "/sessions"));
        if (undeliverable) {
            actions.add(new Link(t.get("bo.action.clearUndeliverable"), base + "/undeliverable"));
        }
        if (!file.withdrawn()) {
            actions.add(new Link(t.get("bo.action.withdraw"), base + "/withdraw"));
        }
        actions.add(
                new Link(t.get(file.fraud() == null ? "bo.action.fraud" : "bo.action.clearFraud"), base + "/fraud"));
        return actions;
    }

    private StaffFileView.Claimant claimant(RegistrationFile file, RegistrationFile.Claimant claimant, Texts t) {
        RegistrationSummary.Claimant details = claimant.details();
        List<String> flags = new ArrayList<>();
        if (claimant.child()) {
            flags.add(t.get("check.authority") + ": " + t.get(Authority.messageKey(details.authority())));
        }
        if (claimant.fraud() != null) {
            flags.add(t.get("bo.field.fraud") + ": " + suspicion(claimant.fraud(), t));
        }
        if (details.participationCompletedAt() != null) {
            flags.add(t.get("bo.claimant.accepted", times.format(details.participationCompletedAt())));
        }
        if (details.withdrawnAt() != null) {
            flags.add(t.get("bo.claimant.withdrawn", times.format(details.withdrawnAt())));
        }
        if (details.cameOfAgeOn() != null) {
            flags.add(t.get("bo.claimant.cameOfAge", day(details.cameOfAgeOn())));
        }
        if (details.frozen()) {
            flags.add(t.get("objection.flag"));
        }
        if (details.registryChoice() != null) {
            flags.add(t.get("registry.flag." + details.registryChoice()));
        }
        String path = FilePaths.of(file.id(), "/claimants/" + claimant.id());
        List<Link> actions = new ArrayList<>();
        if (claimant.child() && claimant.active() && !details.frozen() && file.anonymisedAt() == null) {
            actions.add(new Link(t.get("bo.action.correctClaimant", claimant.name()), path + "/edit"));
        }
        actions.add(new Link(
                t.get(
                        claimant.fraud() == null ? "bo.action.fraudClaimant" : "bo.action.clearFraudClaimant",
                        claimant.name()),
                path + "/fraud"));
        if (claimant.active() && file.anonymisedAt() == null) {
            actions.add(new Link(t.get("registry.action", claimant.name()), path + "/registry"));
            if (claimant.child()) {
                actions.add(new Link(
                        t.get(
                                details.frozen() ? "objection.action.resolve" : "objection.action.record",
                                claimant.name()),
                        path + "/objection"));
            }
        }
        Integer ended = details.useEndedYear();
        return new StaffFileView.Claimant(
                claimant.id().toString(),
                claimant.name(),
                day(details.dateOfBirth()),
                details.useStartedYear() + " – " + (ended == null ? t.get("bo.claimant.stillUsing") : ended),
                status(details.status(), t),
                flags,
                actions);
    }

    private static String status(ClaimantStatus status, Texts t) {
        return t.get("bo.status." + status.name());
    }

    private StaffFileView.Review review(RegistrationFile.Review review, Map<UUID, String> names, Texts t) {
        String self = names.getOrDefault(review.claimant(), "");
        String text = t.get(
                review.later() ? "bo.file.review.later" : "bo.file.review.earlier",
                self,
                review.otherName(),
                review.otherReference(),
                times.format(review.createdAt()));
        String state = review.open()
                ? t.get("bo.file.review.open")
                : t.get("bo.file.review." + review.resolution(), times.format(review.resolvedAt()));
        return new StaffFileView.Review(
                text + " " + state,
                new Link(review.otherReference(), FilePaths.of(review.otherRegistration())),
                review.open() ? "/backoffice/reviews/" + review.id() : null);
    }

    private StaffFileView.Acceptance acceptance(Acceptance acceptance) {
        return new StaffFileView.Acceptance(
                acceptance.claimantName(),
                acceptance.version(),
                acceptance.textSha256(),
                times.format(acceptance.acceptedAt()),
                acceptance.ip(),
                acceptance.userAgent(),
                acceptance.signerName(),
                acceptance.language().code());
    }

    private StaffFileView.Event event(RegistrationEvent event, Map<UUID, String> names, Texts t) {
        String who = event.claimantId() == null ? "" : names.getOrDefault(event.claimantId(), "");
        return new StaffFileView.Event(
                times.format(event.occurredAt()),
                t.get("history." + event.kind(), who),
                t.get("bo.actor." + event.actor()),
                event.detail() == null ? "" : event.detail());
    }

    private String suspicion(RegistrationFile.Suspicion suspicion, Texts t) {
        return t.get("bo.suspicion", suspicion.reason(), times.format(suspicion.since()));
    }

    private static StaffFileView.Row row(String label, String value) {
        return new StaffFileView.Row(label, value, false);
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }
}
