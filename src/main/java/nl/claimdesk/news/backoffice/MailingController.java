package nl.claimdesk.news.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.CampaignTimeline;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.internal.Mailing;
import nl.claimdesk.news.internal.MailingStore;
import nl.claimdesk.news.internal.Mailings;
import nl.claimdesk.news.view.ComposeView;
import nl.claimdesk.news.view.MailingListView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The mailings in the back office: the list, composing one, its page (previews, audience, approval, sending) and the
 * steps taken on it. Each step says on the page what it did, or why it was refused.
 */
@Controller
class MailingController {

    private static final List<String> NOTICES =
            List.of("composed", "tested", "approved", "sent", "paused", "resumed", "cancelled");

    private final BackofficePages frame;
    private final MailingPages pages;
    private final MailingStore store;
    private final Mailings mailings;
    private final Campaigns campaigns;
    private final CampaignTimeline timeline;

    MailingController(
            BackofficePages frame,
            MailingPages pages,
            MailingStore store,
            Mailings mailings,
            Campaigns campaigns,
            CampaignTimeline timeline) {
        this.frame = frame;
        this.pages = pages;
        this.store = store;
        this.mailings = mailings;
        this.campaigns = campaigns;
        this.timeline = timeline;
    }

    @GetMapping(NewsSection.PATH)
    ModelAndView list() {
        Texts t = pages.t();
        List<MailingListView.Row> rows = store.all().stream()
                .map(mailing -> new MailingListView.Row(
                        mailing.text(Language.NL).subject(),
                        MailingPages.path(mailing.id()),
                        pages.campaignName(mailing),
                        pages.kind(mailing.kind()),
                        pages.state(mailing.state()),
                        pages.moment(mailing.composedAt())))
                .toList();
        return Views.render(
                "news/backoffice/list",
                frame.page(t.get("news.title"), NewsSection.PATH),
                new MailingListView(rows, NewsSection.PATH + "/new"));
    }

    @GetMapping(NewsSection.PATH + "/new")
    ModelAndView compose() {
        return composePage(MailingForm.EMPTY, FormErrors.none());
    }

    @PostMapping(NewsSection.PATH + "/new")
    ModelAndView composed(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        MailingForm form = MailingForm.read(params);
        FormErrors errors = FormErrors.none();
        Optional<CampaignSummary> campaign = campaigns.bySlug(form.campaign());
        if (campaign.isEmpty()) {
            errors.add("campaign", pages.t().get("news.error.campaign"));
        }
        Optional<MailingForm.Checked> checked = form.check(pages.t(), errors);
        UUID item = checked.map(MailingForm.Checked::timelineItem).orElse(null);
        if (item != null
                && campaign.isPresent()
                && timeline.item(campaign.get().id(), item).isEmpty()) {
            errors.add("timelineItem", pages.t().get("news.error.timelineItemOfCampaign"));
        }
        if (checked.isEmpty() || campaign.isEmpty() || !errors.isEmpty()) {
            return composePage(form, errors);
        }
        MailingForm.Checked mailing = checked.get();
        UUID id = mailings.compose(
                StaffMember.require(),
                request.getRemoteAddr(),
                new Mailings.Draft(
                        campaign.get().id(),
                        mailing.kind(),
                        mailing.texts(),
                        mailing.timelineItem(),
                        mailing.publishOnSite(),
                        mailing.audience()));
        return done(id, "composed");
    }

    @GetMapping(NewsSection.PATH + "/{id}")
    ModelAndView mailing(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done) {
        return store.find(id)
                .map(mailing -> page(mailing, done != null && NOTICES.contains(done) ? notice(done) : null, null))
                .orElseGet(() -> frame.notFound(NewsSection.PATH));
    }

    @GetMapping(NewsSection.PATH + "/{id}/progress")
    ModelAndView progress(@PathVariable UUID id) {
        return store.find(id)
                .map(mailing -> Views.render(
                        "news/backoffice/progress",
                        frame.page(mailing.text(Language.NL).subject(), NewsSection.PATH),
                        pages.progress(mailing)))
                .orElseGet(() -> frame.notFound(NewsSection.PATH));
    }

    @PostMapping(NewsSection.PATH + "/{id}/{step}")
    ModelAndView step(@PathVariable UUID id, @PathVariable String step, HttpServletRequest request) {
        Optional<Mailing> found = store.find(id);
        if (found.isEmpty()) {
            return frame.notFound(NewsSection.PATH);
        }
        Mailing mailing = found.get();
        StaffMember member = StaffMember.require();
        String ip = request.getRemoteAddr();
        Mailings.@Nullable Refusal refusal;
        String notice = step;
        switch (step) {
            case "test-nl", "test-en" -> {
                mailings.sendTest(member, ip, mailing, step.endsWith("nl") ? Language.NL : Language.EN);
                refusal = null;
                notice = "tested";
            }
            case "approve" -> {
                refusal = mailings.approve(member, ip, mailing);
                notice = "approved";
            }
            case "send" -> refusal = mailings.send(member, ip, mailing);
            case "pause" -> {
                refusal = mailings.pause(member, ip, mailing);
                notice = "paused";
            }
            case "resume" -> {
                refusal = mailings.resume(member, ip, mailing);
                notice = "resumed";
            }
            case "cancel" -> {
                refusal = mailings.cancel(member, ip, mailing);
                notice = "cancelled";
            }
            default -> {
                return frame.notFound(NewsSection.PATH);
            }
        }
        if (refusal != null) {
            Mailing now = store.find(id).orElse(mailing);
            return page(now, null, pages.t().get("news.refused." + refusal.name()));
        }
        return done(id, "send".equals(step) ? "sent" : notice);
    }

    private ModelAndView page(Mailing mailing, @Nullable String notice, @Nullable String error) {
        return Views.render(
                "news/backoffice/mailing",
                frame.page(mailing.text(Language.NL).subject(), NewsSection.PATH),
                pages.view(mailing, notice, error));
    }

    private @Nullable String notice(String done) {
        return pages.t().get("news.done." + done);
    }

    private static ModelAndView done(UUID id, String what) {
        return new ModelAndView("redirect:" + MailingPages.path(id) + "?done=" + what);
    }

    private ModelAndView composePage(MailingForm form, FormErrors errors) {
        Texts t = pages.t();
        List<CampaignSummary> all = campaigns.all();
        List<Choice> campaignChoices = all.stream()
                .map(campaign -> new Choice(
                        campaign.slug(),
                        campaign.name(Language.NL),
                        null,
                        campaign.slug().equals(form.campaign())))
                .toList();
        List<Choice> kinds = List.of(MailingKind.values()).stream()
                .map(kind -> new Choice(
                        kind.name(),
                        t.get("news.kind." + kind.name()),
                        t.get("news.kind." + kind.name() + ".hint"),
                        kind.name().equals(form.kind())))
                .toList();
        List<Choice> audienceKinds = MailingPages.audienceKinds().stream()
                .map(kind -> new Choice(
                        kind.name(),
                        t.get("news.audience." + kind.name()),
                        null,
                        form.audienceKinds().contains(kind.name())))
                .toList();
        List<Choice> languages = List.of(Language.values()).stream()
                .map(language -> new Choice(
                        language.code(),
                        t.get("news.language." + language.code()),
                        null,
                        form.languages().contains(language.code())))
                .toList();
        ComposeView view = new ComposeView(
                NewsSection.PATH + "/new",
                errors,
                campaignChoices,
                kinds,
                audienceKinds,
                languages,
                form.completeOnly(),
                form.subjectNl(),
                form.bodyNl(),
                form.subjectEn(),
                form.bodyEn(),
                timelineItems(all, form.timelineItem()),
                List.of(new Choice("yes", t.get("news.field.publishOnSite.yes"), null, form.publishOnSite())));
        return Views.render("news/backoffice/compose", frame.page(t.get("news.compose.title"), NewsSection.PATH), view);
    }

    /** No item, then every campaign's timeline items, each named with its campaign (the check holds it to one). */
    private List<Choice> timelineItems(List<CampaignSummary> all, String chosen) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", pages.t().get("news.field.timelineItem.none"), null, chosen.isEmpty()));
        for (CampaignSummary campaign : all) {
            for (CampaignTimeline.Item item : timeline.items(campaign.id())) {
                choices.add(new Choice(
                        item.id().toString(),
                        campaign.name(Language.NL) + " · " + item.date() + " · " + item.title(),
                        null,
                        item.id().toString().equals(chosen)));
            }
        }
        return choices;
    }
}
