package nl.claimdesk.registration.backoffice.classes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ClassCriteria;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.PeriodBoundary;
import nl.claimdesk.campaign.RegistryFiling;
import nl.claimdesk.campaign.SubClass;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.registration.RegistrationFigures;
import nl.claimdesk.registration.backoffice.CsvWriter;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import nl.claimdesk.registration.view.CampaignClassListView;
import nl.claimdesk.registration.view.ClassPageView;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The class of a campaign for administrators: its published versions, where the claimants stand, and a draft of
 * the next version (a copy of the current one) to dry-run and publish. Publishing re-classifies every claimant.
 */
@Controller
class ClassController {

    private final Campaigns campaigns;
    private final ClassDefinitions classes;
    private final ClassPublication publication;
    private final ClassListExport export;
    private final RegistrationFigures figures;
    private final BackofficePages pages;
    private final Clock clock;

    ClassController(
            Campaigns campaigns,
            ClassDefinitions classes,
            ClassPublication publication,
            ClassListExport export,
            RegistrationFigures figures,
            BackofficePages pages,
            Clock clock) {
        this.campaigns = campaigns;
        this.classes = classes;
        this.publication = publication;
        this.export = export;
        this.figures = figures;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(ClassSection.CAMPAIGNS)
    ModelAndView campaigns() {
        Texts t = pages.texts();
        List<CampaignClassListView.Row> rows = campaigns.all().stream()
                .map(campaign -> new CampaignClassListView.Row(
                        campaign.name(t.language()),
                        ClassSection.classPage(campaign.slug()),
                        classes.current(campaign.id()).map(ClassVersion::number).orElse(0)))
                .toList();
        return Views.render(
                "registration/backoffice/campaign-classes",
                pages.page(t.get("bo.class.campaigns.title"), ClassSection.CAMPAIGNS),
                new CampaignClassListView(rows));
    }

    @GetMapping(ClassSection.CAMPAIGNS + "/{campaign}/class")
    ModelAndView page(@PathVariable String campaign, @RequestParam(required = false) @Nullable Integer published) {
        return campaigns
                .bySlug(campaign)
                .map(found -> {
                    ClassDraftForm form = classes.current(found.id())
                            .map(current -> ClassDraftForm.copyOf(current.definition()))
                            .orElseGet(ClassDraftForm::blank);
                    String notice = published == null ? null : pages.texts().get("bo.class.published", published);
                    return render(found, form, FormErrors.none(), null, notice);
                })
                .orElseGet(this::notFound);
    }

    @PostMapping(ClassSection.CAMPAIGNS + "/{campaign}/class")
    ModelAndView draft(
            @PathVariable String campaign, @RequestParam(defaultValue = "") String action, HttpServletRequest request) {
        Optional<CampaignSummary> found = campaigns.bySlug(campaign);
        if (found.isEmpty()) {
            return notFound();
        }
        Texts t = pages.texts();
        ClassDraftForm form = ClassDraftForm.from(request);
        FormErrors errors = FormErrors.none();
        Optional<ClassVersionDraft> draft = form.parse(t, errors);
        if (draft.isEmpty()) {
            return render(found.get(), form, errors, null, null);
        }
        if (!action.equals("publish")) {
            return render(found.get(), form, errors, publication.dryRun(found.get(), draft.get()), null);
        }
        try {
            ClassPublication.Publication done = publication.publish(
                    found.get(), draft.get(), Actor.staff(StaffMember.require().id()), request.getRemoteAddr());
            return new ModelAndView("redirect:" + ClassSection.classPage(campaign) + "?published="
                    + done.version().number());
        } catch (DuplicateKeyException publishedMeanwhile) {
            errors.add("effectiveOn", t.get("bo.class.error.conflict"));
            return render(found.get(), form, errors, null, null);
        }
    }

    @GetMapping(ClassSection.CAMPAIGNS + "/{campaign}/class.csv")
    @Nullable
    ModelAndView export(@PathVariable String campaign, HttpServletRequest request, HttpServletResponse response) {
        Optional<CampaignSummary> found = campaigns.bySlug(campaign);
        if (found.isEmpty()) {
            return notFound();
        }
        try {
            Writer out = CsvWriter.download(response, "groep-" + campaign + "-" + LocalDate.now(clock));
            export.write(
                    found.get(),
                    classes.versions(found.get().id()),
                    out,
                    pages.texts(),
                    StaffMember.require(),
                    request.getRemoteAddr());
        } catch (IOException | UncheckedIOException clientGone) {
            // The client went away mid-way; the export's audit entry says how many rows it got.
        }
        return null;
    }

    private ModelAndView render(
            CampaignSummary campaign,
            ClassDraftForm form,
            FormErrors errors,
            ClassPublication.@Nullable Outcome dryRun,
            @Nullable String notice) {
        Texts t = pages.texts();
        List<ClassVersion> versions = classes.versions(campaign.id());
        ClassPageView view = new ClassPageView(
                campaign.name(t.language()),
                ClassSection.classPage(campaign.slug()),
                ClassSection.classPage(campaign.slug()) + ".csv",
                notice,
                versions.stream()
                        .map(version -> version(version, version == versions.getFirst(), t))
                        .toList(),
                // A dry run has just counted them; counting 1.5 million claimants twice would double its time.
                counts(dryRun != null ? dryRun.before() : figures.classCounts(campaign.id()), versions, t),
                form.values(),
                selects(form, t),
                ClassDraftForm.SUB_CLASS_ROWS,
                errors,
                dryRun == null
                        ? null
                        : new ClassPageView.DryRun(
                                counts(dryRun.before(), versions, t),
                                counts(dryRun.after(), versions, t),
                                dryRun.changed(),
                                dryRun.total()));
        return Views.render(
                "registration/backoffice/class",
                pages.page(t.get("bo.class.title") + " – " + campaign.name(t.language()), ClassSection.CAMPAIGNS),
                view,
                errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static List<ClassPageView.Count> counts(List<ClassCount> counts, List<ClassVersion> versions, Texts t) {
        return counts.stream()
                .map(count -> new ClassPageView.Count(count.label(versions, t), count.claimants()))
                .toList();
    }

    private ClassPageView.Version version(ClassVersion version, boolean current, Texts t) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(t.language().locale());
        List<String> lines = new ArrayList<>();
        var source = version.source();
        lines.add(t.get(
                "bo.class.line.source",
                source.court(),
                dates.format(source.decidedOn()),
                source.caseReference() == null ? t.get("bo.class.line.noReference") : source.caseReference()));
        if (source.url() != null) {
            lines.add(source.url().toString());
        }
        ClassCriteria criteria = version.criteria();
        lines.add(t.get("bo.class.line.from", boundary(criteria.useFrom(), dates, t)));
        lines.add(
                criteria.useUntil() == null
                        ? t.get("bo.class.line.open")
                        : t.get("bo.class.line.until", boundary(criteria.useUntil(), dates, t)));
        List<String> residence = new ArrayList<>();
        criteria.residence()
                .forEach((country, regime) -> residence.add(country + " " + t.get("bo.class.regime." + regime)));
        residence.add(t.get("bo.class.line.other", t.get("bo.class.regime." + criteria.otherCountries())));
        lines.add(t.get("bo.class.line.residence", String.join(", ", residence)));
        lines.add(t.get(
                criteria.registrantCountryStandsForResidence()
                        ? "bo.class.line.registrantCountry"
                        : "bo.class.line.ownResidence"));
        for (SubClass subClass : version.subClasses()) {
            lines.add(t.get(
                    "bo.class.line.subClass",
                    subClass.name(t.language()),
                    subClass.code(),
                    t.get("bo.class.age." + subClass.ageDuringUse(), criteria.majorityAge()),
                    subClass.representative()));
        }
        String further = criteria.furtherRequirements(t.language());
        if (!further.isEmpty()) {
            lines.add(t.get("bo.class.line.further", further));
        }
        RegistryFiling registry = version.definition().registry();
        if (registry != null) {
            lines.add(t.get(
                    "bo.class.line.registry",
                    registry.optOutDeadline() == null
                            ? t.get("bo.class.line.noDeadline")
                            : dates.format(registry.optOutDeadline()),
                    registry.optInDeadline() == null
                            ? t.get("bo.class.line.noDeadline")
                            : dates.format(registry.optInDeadline()),
                    registry.registryUrl() == null
                            ? "-"
                            : registry.registryUrl().toString()));
        }
        String heading = t.get(
                current ? "bo.class.version.current" : "bo.class.version",
                version.number(),
                dates.format(version.definition().effectiveOn()),
                dates.format(
                        version.publishedAt().atZoneSameInstant(clock.getZone()).toLocalDate()));
        return new ClassPageView.Version(version.number(), heading, lines);
    }

    private static String boundary(PeriodBoundary boundary, DateTimeFormatter dates, Texts t) {
        return t.get(
                        boundary.inclusive() ? "bo.class.line.inclusive" : "bo.class.line.exclusive",
                        dates.format(boundary.date()))
                + (boundary.inclusivenessAssumed() ? " " + t.get("bo.class.line.assumed") : "");
    }

    private static Map<String, List<Choice>> selects(ClassDraftForm form, Texts t) {
        Map<String, List<Choice>> selects = new LinkedHashMap<>();
        selects.put(
                "otherCountries",
                ClassDraftForm.REGIMES.stream()
                        .map(regime -> new Choice(
                                regime,
                                t.get("bo.class.regime." + regime),
                                null,
                                regime.equals(form.value("otherCountries"))))
                        .toList());
        for (int row = 1; row <= ClassDraftForm.SUB_CLASS_ROWS; row++) {
            String name = "subClass" + row + "-age";
            selects.put(
                    name,
                    List.of("MINOR", "ADULT", "ANY").stream()
                            .map(age -> new Choice(
                                    age, t.get("bo.class.age." + age, 18), null, age.equals(form.value(name))))
                            .toList());
        }
        return selects;
    }

    private ModelAndView notFound() {
        return pages.notFound(ClassSection.CAMPAIGNS);
    }
}
