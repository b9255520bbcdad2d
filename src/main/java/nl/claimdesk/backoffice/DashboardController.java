package nl.claimdesk.backoffice;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.claimdesk.backoffice.view.DashboardView;
import nl.claimdesk.backoffice.view.DashboardView.Figure;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.registration.RegistrationTotals;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The dashboard: sign-ups over time and the totals, of all campaigns or one. Every role sees it. */
@Controller
class DashboardController {

    static final List<Integer> PERIODS = List.of(30, 90, 365);
    private static final DateTimeFormatter READ_AT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final Dashboard dashboard;
    private final Campaigns campaigns;
    private final ClassDefinitions classes;
    private final BackofficePages pages;

    DashboardController(Dashboard dashboard, Campaigns campaigns, ClassDefinitions classes, BackofficePages pages) {
        this.dashboard = dashboard;
        this.campaigns = campaigns;
        this.classes = classes;
        this.pages = pages;
    }

    /** The chosen campaign's claimants by class outcome; nothing for all campaigns, whose classes differ. */
    private List<Figure> classFigures(
            Optional<CampaignSummary> chosen, List<ClassCount> counts, NumberFormat numbers, Texts t) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<ClassVersion> versions = classes.versions(chosen.get().id());
        return counts.stream()
                .map(count -> new Figure(count.label(versions, t), numbers.format(count.claimants())))
                .toList();
    }

    @GetMapping(BackofficeSections.DASHBOARD)
    ModelAndView dashboard(
            @RequestParam(defaultValue = "") String campaign, @RequestParam(defaultValue = "30") String days) {
        Texts t = pages.texts();
        NumberFormat numbers = NumberFormat.getIntegerInstance(Language.NL.locale());
        // Anything but a known campaign or period (an old link, a hand-made URL) shows the default.
        Optional<CampaignSummary> chosen = campaigns.bySlug(campaign);
        int period = PERIODS.stream()
                .filter(choice -> String.valueOf(choice).equals(days))
                .findFirst()
                .orElse(PERIODS.getFirst());
        DashboardFigures figures =
                dashboard.figures(chosen.map(CampaignSummary::id).orElse(null), period);
        RegistrationTotals totals = figures.totals();

        List<Choice> campaignChoices = new ArrayList<>();
        campaignChoices.add(new Choice("", t.get("dashboard.allCampaigns"), null, chosen.isEmpty()));
        campaigns.all().stream()
                .sorted(Comparator.comparing(summary -> summary.name(Language.NL)))
                .forEach(summary -> campaignChoices.add(new Choice(
                        summary.slug(),
                        summary.name(Language.NL),
                        null,
                        chosen.map(c -> c.id().equals(summary.id())).orElse(false))));
        List<Choice> periodChoices = PERIODS.stream()
                .map(choice ->
                        new Choice(String.valueOf(choice), t.get("dashboard.period", choice), null, choice == period))
                .toList();

        DashboardView view = new DashboardView(
                campaignChoices,
                periodChoices,
                chosen.map(c -> c.name(Language.NL)).orElse(t.get("dashboard.allCampaigns")),
                figures.readAt().atZone(dashboard.zone()).format(READ_AT),
                SignUpChart.of(figures.perDay(), t, numbers),
                registrationFigures(totals, t, numbers),
                claimantFigures(totals, t, numbers),
                List.of(
                        new Figure(t.get("dashboard.category.SELF"), numbers.format(totals.selfClaimants())),
                        new Figure(t.get("dashboard.category.CHILD"), numbers.format(totals.childClaimants())),
                        new Figure(t.get("dashboard.category.SUPPORTER"), numbers.format(totals.supporters()))),
                perCampaign(totals, numbers, t),
                classFigures(chosen, figures.classCounts(), numbers, t),
                List.of(
                        new Figure(t.get("dashboard.work.reviews"), numbers.format(totals.openReviews())),
                        new Figure(
                                t.get("dashboard.work.mailPending"),
                                numbers.format(figures.mail().pending())),
                        new Figure(
                                t.get("dashboard.work.mailRetrying"),
                                numbers.format(figures.mail().retrying())),
                        new Figure(
                                t.get("dashboard.work.mailFailed"),
                                numbers.format(figures.mail().failed())),
                        new Figure(
                                t.get("dashboard.work.undeliverable"),
                                numbers.format(figures.undeliverableAddresses()))));
        return Views.render(
                "backoffice/dashboard", pages.page(t.get("dashboard.title"), BackofficeSections.DASHBOARD), view);
    }

    private static List<Figure> registrationFigures(RegistrationTotals totals, Texts t, NumberFormat numbers) {
        return byStatus(totals.registrations(), "dashboard.registration.", null, 0, t, numbers);
    }

    private static List<Figure> claimantFigures(RegistrationTotals totals, Texts t, NumberFormat numbers) {
        return byStatus(
                totals.claimants(),
                "dashboard.claimant.",
                ClaimantStatus.REGISTERED,
                totals.participationComplete(),
                t,
                numbers);
    }

    /**
     * A row per status and one with the total; after the row of {@code detailed}, if any, how many of those
     * {@code detail} counts (the claimants who signed the agreement).
     */
    private static <S extends Enum<S>> List<Figure> byStatus(
            Map<S, Long> counts, String keyPrefix, @Nullable S detailed, long detail, Texts t, NumberFormat numbers) {
        List<Figure> figures = new ArrayList<>();
        counts.forEach((status, count) -> {
            figures.add(new Figure(t.get(keyPrefix + status.name()), numbers.format(count)));
            if (status == detailed) {
                figures.add(new Figure(t.get("dashboard.claimant.complete"), numbers.format(detail)));
            }
        });
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        figures.add(new Figure(t.get("dashboard.total"), numbers.format(all)));
        return figures;
    }

    private List<DashboardView.CampaignRow> perCampaign(RegistrationTotals totals, NumberFormat numbers, Texts t) {
        return totals.campaigns().stream()
                .map(row -> new DashboardView.CampaignRow(
                        campaigns
                                .byId(row.campaign())
                                .map(c -> c.name(Language.NL))
                                .orElse(t.get("dashboard.unknownCampaign")),
                        numbers.format(row.registrations()),
                        numbers.format(row.claimants()),
                        numbers.format(row.supporters())))
                .sorted(Comparator.comparing(DashboardView.CampaignRow::name))
                .toList();
    }
}
