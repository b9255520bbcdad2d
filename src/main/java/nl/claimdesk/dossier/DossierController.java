package nl.claimdesk.dossier;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassStatus;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.campaign.RegistryNotice;
import nl.claimdesk.dossier.internal.Acceptances;
import nl.claimdesk.dossier.view.DossierView;
import nl.claimdesk.email.MailHistory;
import nl.claimdesk.identity.Participants;
import nl.claimdesk.payout.Euros;
import nl.claimdesk.payout.Payouts;
import nl.claimdesk.registration.Authority;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.ClassStanding;
import nl.claimdesk.registration.RegistrationEvent;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.web.Link;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The front page of Mijn dossier: each registration with the status of every claimant, what the participant can do
 * next, and the dated history of the file; then the mails sent and the links to the account's own settings.
 */
@Controller
class DossierController {

    private static final Set<String> NOTICES =
            Set.of("sent", "invalid", "open", "limit", "email", "news", "frozen", "adult");

    private final Participants participants;
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final ClassDefinitions classes;
    private final Acceptances acceptances;
    private final MailHistory mails;
    private final Payouts payouts;
    private final PageFactory pages;
    private final ZoneId zone;

    DossierController(
            Participants participants,
            Registrations registrations,
            Campaigns campaigns,
            ClassDefinitions classes,
            Acceptances acceptances,
            MailHistory mails,
            Payouts payouts,
            PageFactory pages,
            Clock clock) {
        this.participants = participants;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.classes = classes;
        this.acceptances = acceptances;
        this.mails = mails;
        this.payouts = payouts;
        this.pages = pages;
        this.zone = clock.getZone();
    }

    @GetMapping("/dossier")
    ModelAndView dossier(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String handover,
            @RequestParam(required = false) String claimant,
            @RequestParam(required = false) String done) {
        Participants.Current participant = participants.current(lang);
        Texts t = pages.texts(participant.language());
        String refusedHandover = "invalid".equals(handover) ? claimant : null;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(participant.language().locale());
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(participant.language().locale())
                .withZone(zone);
        List<DossierView.RegistrationCard> cards = registrations.of(participant.id()).stream()
                .map(registration -> card(participant, registration, t, dates, times, refusedHandover))
                .toList();
        List<DossierView.HistoryLine> mailLines = mails.of(participant.id().value()).stream()
                .map(mail -> new DossierView.HistoryLine(
                        times.format(mail.queuedAt()), t.get("dossier.mail." + mail.status(), mail.subject())))
                .toList();
        List<Link> accountLinks = List.of(
                new Link(t.get("dossier.link.email"), participant.link("/dossier/email")),
                new Link(t.get("dossier.link.preferences"), participant.link("/dossier/preferences")),
                new Link(t.get("dossier.link.news"), participant.link("/dossier/news")),
                new Link(t.get("dossier.link.bankDetails"), participant.link("/dossier/bank-details")),
                new Link(t.get("dossier.link.export"), participant.link("/dossier/my-data")),
                new Link(t.get("dossier.link.erase"), participant.link("/dossier/erase")));
        String notice = notice(t, handover, done);
        DossierView view = new DossierView(
                participant.account().email().value(), notice, cards, mailLines, accountLinks, "/logout");
        return Views.render(
                "dossier/dossier",
                pages.page(participant.language(), t.get("dossier.title"), other -> "/dossier?lang=" + other.code()),
                view);
    }

    private DossierView.RegistrationCard card(
            Participants.Current participant,
            RegistrationSummary registration,
            Texts t,
            DateTimeFormatter dates,
            DateTimeFormatter times,
            @Nullable String refusedHandover) {
        CampaignSummary campaign = campaigns.byId(registration.campaign()).orElseThrow();
        String base = "/dossier/registrations/" + registration.id();
        Map<UUID, String> names = registration.claimants().stream()
                .collect(Collectors.toMap(
                        RegistrationSummary.Claimant::id,
                        claimant -> claimant.name().strip()));
        Optional<ClassVersion> currentClass = classes.current(campaign.id());
        List<DossierView.ClaimantLine> claimants = registration.claimants().stream()
                .map(claimant -> claimantLine(
                        participant, registration, claimant, t, dates, base, refusedHandover, currentClass))
                .toList();
        List<Link> actions = new ArrayList<>();
        if (!registration.withdrawn()) {
            if (registration.kind() == RegistrationKind.CHILDREN) {
                actions.add(new Link(t.get("dossier.action.addChild"), participant.link(base + "/children/new")));
            }
            actions.add(new Link(t.get("dossier.action.details"), participant.link(base + "/details")));
        }
        if (!acceptances.ofRegistration(registration.id()).isEmpty()) {
            actions.add(new Link(t.get("dossier.action.pdf"), participant.link(base + "/agreement.pdf")));
        }
        if (!registration.withdrawn()) {
            actions.add(new Link(t.get("dossier.action.withdrawAll"), participant.link(base + "/withdraw")));
        }
        List<DossierView.HistoryLine> history = registrations.history(registration.id()).stream()
                .map(event -> historyLine(event, names, t, times))
                .toList();
        return new DossierView.RegistrationCard(
                registration.id().toString(),
                campaign.name(participant.language()),
                SitePaths.campaign(participant.language(), campaign.slug()),
                registration.reference(),
                t.get("dossier.kind." + registration.kind().name()),
                dates.format(registration.createdAt().atZoneSameInstant(zone)),
                registration.verified(),
                registration.withdrawn(),
                claimants,
                actions,
                history,
                RegistryNotice.of(currentClass, t).orElse(null));
    }

    private DossierView.ClaimantLine claimantLine(
            Participants.Current participant,
            RegistrationSummary registration,
            RegistrationSummary.Claimant claimant,
            Texts t,
            DateTimeFormatter dates,
            String base,
            @Nullable String refusedHandover,
            Optional<ClassVersion> currentClass) {
        String state = state(claimant);
        String path = base + "/claimants/" + claimant.id();
        Link accept = state.equals("REGISTERED") || (state.equals("UNDER_REVIEW") && !claimant.completed())
                ? new Link(
                        t.get(
                                claimant.child() ? "dossier.action.acceptChild" : "dossier.action.acceptSelf",
                                claimant.name().strip()),
                        participant.link(path + "/agreement"))
                : null;
        List<Link> actions = new ArrayList<>();
        if (!claimant.withdrawn()) {
            if (claimant.child() && claimant.cameOfAgeOn() == null) {
                actions.add(new Link(
                        t.get("dossier.action.correct", claimant.name().strip()), participant.link(path + "/edit")));
                if (claimant.authority() == null) {
                    actions.add(new Link(
                            t.get(
                                    "dossier.action.declareAuthority",
                                    claimant.name().strip()),
                            participant.link(path + "/edit")));
                }
            }
            ClassStanding standing = claimant.classStanding();
            boolean actsFor = !claimant.child() || claimant.cameOfAgeOn() == null;
            if (actsFor && standing != null && standing.status() == ClassStatus.INFORMATION_NEEDED) {
                actions.add(new Link(
                        t.get("dossier.action.answerClass", claimant.name().strip()),
                        participant.link(path + "/class")));
            }
            actions.add(new Link(
                    t.get("dossier.action.withdraw", claimant.name().strip()), participant.link(path + "/withdraw")));
        }
        String handoverAction = claimant.child() && claimant.cameOfAgeOn() != null && !claimant.withdrawn()
                ? participant.link(path + "/handover")
                : null;
        return new DossierView.ClaimantLine(
                claimant.id().toString(),
                claimant.name().strip(),
                claimant.dateOfBirth() == null ? "" : claimant.dateOfBirth().format(dates),
                claimant.child() ? t.get(Authority.messageKey(claimant.authority())) : null,
                t.get("dossier.claimant." + state),
                t.get("dossier.claimant." + state + ".explanation"),
                claimant.withdrawn() ? "status--closed" : "status--open",
                registration.withdrawn() ? null : accept,
                actions,
                handoverAction,
                handoverAction != null && claimant.id().toString().equals(refusedHandover)
                        ? t.get("dossier.notice.handover.invalid")
                        : null,
                currentClass.isEmpty() || claimant.withdrawn() ? null : classStanding(claimant, currentClass.get(), t),
                claimant.withdrawn() ? List.of() : payouts(claimant, t, dates));
    }

    private List<DossierView.Payout> payouts(RegistrationSummary.Claimant claimant, Texts t, DateTimeFormatter dates) {
        return payouts.expected(claimant.id()).stream()
                .map(expected -> new DossierView.Payout(
                        Euros.format(expected.amountCents(), t.language().locale()),
                        expected.stillToHappen().stream()
                                .map(step -> t.get("dossier.payout.step." + step))
                                .toList(),
                        expected.payment() == null
                                ? null
                                : t.get(
                                        expected.payment().accepted()
                                                ? "dossier.payout.paid"
                                                : "dossier.payout.onItsWay",
                                        Euros.format(
                                                expected.payment().amountCents(),
                                                t.language().locale()),
                                        expected.payment().date().format(dates))))
                .toList();
    }

    /** Where the claimant stands against the court's class, in plain words; "not assessed yet" before a version. */
    private static String classStanding(RegistrationSummary.Claimant claimant, ClassVersion current, Texts t) {
        ClassStanding standing = claimant.classStanding();
        if (standing == null) {
            return t.get("class.NONE");
        }
        String subClass = standing.subClass() == null
                ? ""
                : current.subClass(standing.subClass())
                        .map(found -> found.name(t.language()))
                        .orElse(standing.subClass());
        return t.get(standing.messageKey(), subClass);
    }

    /**
     * The status a participant sees: withdrawn, under review, registered twice, complete, of age, or waiting for the
     * agreement.
     */
    static String state(RegistrationSummary.Claimant claimant) {
        if (claimant.status() == ClaimantStatus.WITHDRAWN) {
            return "WITHDRAWN";
        }
        if (claimant.status() == ClaimantStatus.UNDER_REVIEW) {
            return "UNDER_REVIEW";
        }
        if (claimant.status() == ClaimantStatus.DUPLICATE) {
            return "DUPLICATE";
        }
        if (claimant.child() && claimant.cameOfAgeOn() != null) {
            return "CAME_OF_AGE";
        }
        return claimant.completed() ? "COMPLETE" : "REGISTERED";
    }

    private static DossierView.HistoryLine historyLine(
            RegistrationEvent event, Map<UUID, String> names, Texts t, DateTimeFormatter times) {
        String who = event.claimantId() == null ? "" : names.getOrDefault(event.claimantId(), "");
        return new DossierView.HistoryLine(times.format(event.occurredAt()), t.get("history." + event.kind(), who));
    }

    private static @Nullable String notice(Texts t, @Nullable String handover, @Nullable String done) {
        if (handover != null && NOTICES.contains(handover)) {
            return t.get("dossier.notice.handover." + handover);
        }
        if (done != null && NOTICES.contains(done)) {
            return t.get("dossier.notice." + done);
        }
        return null;
    }
}
