package nl.claimdesk.payout.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.payout.internal.settlement.MinorAccountRule;
import nl.claimdesk.payout.internal.settlement.NewSettlement;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.payout.internal.settlement.Settlements;
import nl.claimdesk.payout.internal.settlement.SourceKind;
import nl.claimdesk.payout.view.SettlementFormView;
import nl.claimdesk.payout.view.SettlementListView;
import nl.claimdesk.payout.view.SettlementView;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Settlements for finance: the list, entering one (the fee follows from the campaign's terms), approving it by a
 * second person, and recording the subdistrict court's approval for minors.
 */
@Controller
class SettlementController {

    private final Settlements settlements;
    private final Campaigns campaigns;
    private final SettlementFacts facts;
    private final BackofficePages pages;
    private final Clock clock;

    SettlementController(
            Settlements settlements, Campaigns campaigns, SettlementFacts facts, BackofficePages pages, Clock clock) {
        this.settlements = settlements;
        this.campaigns = campaigns;
        this.facts = facts;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(PayoutSection.PATH)
    ModelAndView list() {
        Texts t = pages.texts();
        List<SettlementListView.Row> rows = facts.rows(settlements.all(), PayoutSection::settlement, t);
        return Views.render(
                "payout/backoffice/settlements",
                pages.page(t.get("payout.list.title"), PayoutSection.PATH),
                new SettlementListView(rows, PayoutSection.SETTLEMENTS + "/new"));
    }

    @GetMapping(PayoutSection.SETTLEMENTS + "/new")
    ModelAndView newSettlement() {
        return form(SettlementForm.EMPTY, FormErrors.none());
    }

    @PostMapping(PayoutSection.SETTLEMENTS + "/new")
    ModelAndView enter(@Valid @ModelAttribute SettlementForm form, BindingResult bound, HttpServletRequest request) {
        Texts t = pages.texts();
        FormErrors errors = FormErrors.of(bound, t);
        Optional<CampaignSummary> campaign = campaigns.bySlug(form.campaign());
        if (campaign.isEmpty()) {
            errors.add("campaign", t.get("payout.settlement.campaign.missing"));
        }
        Optional<LocalDate> sourceDate = SettlementForm.date(form.sourceDate(), LocalDate.now(clock));
        if (sourceDate.isEmpty()) {
            errors.add("sourceDate", t.get("payout.settlement.sourceDate.invalid"));
        }
        OptionalLong gross = SettlementForm.amount(form.gross());
        if (gross.isEmpty() || gross.getAsLong() == 0) {
            errors.add("gross", t.get("payout.settlement.amount.invalid"));
        }
        OptionalLong costs = SettlementForm.amount(form.costs());
        if (costs.isEmpty()) {
            errors.add("costs", t.get("payout.settlement.amount.invalid"));
        }
        if (!errors.isEmpty()) {
            return form(form, errors);
        }
        Settlement entered = settlements.enter(
                new NewSettlement(
                        campaign.orElseThrow(),
                        SourceKind.valueOf(form.sourceKind()),
                        sourceDate.orElseThrow(),
                        form.sourceReference(),
                        gross.getAsLong(),
                        costs.getAsLong(),
                        form.minors(),
                        MinorAccountRule.valueOf(form.minorAccountRule())),
                StaffMember.require().id(),
                request.getRemoteAddr());
        return new ModelAndView("redirect:" + PayoutSection.settlement(entered.id()) + "?done=entered");
    }

    @GetMapping(PayoutSection.SETTLEMENTS + "/{id}")
    ModelAndView show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done) {
        return settlements
                .byId(id)
                .map(settlement -> page(settlement, notice(done), null, CourtApprovalForm.EMPTY, FormErrors.none()))
                .orElseGet(this::notFound);
    }

    @PostMapping(PayoutSection.SETTLEMENTS + "/{id}/approve")
    ModelAndView approve(@PathVariable UUID id, HttpServletRequest request) {
        Optional<Settlement> found = settlements.byId(id);
        if (found.isEmpty()) {
            return notFound();
        }
        return switch (settlements.approve(id, StaffMember.require().id(), request.getRemoteAddr())) {
            case APPROVED -> new ModelAndView("redirect:" + PayoutSection.settlement(id) + "?done=approved");
            case SAME_PERSON ->
                page(
                        found.get(),
                        null,
                        pages.texts().get("payout.approve.samePerson"),
                        CourtApprovalForm.EMPTY,
                        FormErrors.none());
            case ALREADY_APPROVED -> new ModelAndView("redirect:" + PayoutSection.settlement(id));
        };
    }

    @PostMapping(PayoutSection.SETTLEMENTS + "/{id}/court")
    ModelAndView recordCourt(
            @PathVariable UUID id,
            @Valid @ModelAttribute CourtApprovalForm form,
            BindingResult bound,
            HttpServletRequest request) {
        Optional<Settlement> found = settlements.byId(id);
        if (found.isEmpty()) {
            return notFound();
        }
        Texts t = pages.texts();
        FormErrors errors = FormErrors.of(bound, t);
        Optional<LocalDate> approvedOn = SettlementForm.date(form.approvedOn(), LocalDate.now(clock));
        if (approvedOn.isEmpty()) {
            errors.add("approvedOn", t.get("payout.court.approvedOn.invalid"));
        }
        if (!errors.isEmpty()) {
            return page(found.get(), null, null, form, errors);
        }
        settlements.recordCourtApproval(
                id,
                approvedOn.orElseThrow(),
                form.reference(),
                StaffMember.require().id(),
                request.getRemoteAddr());
        return new ModelAndView("redirect:" + PayoutSection.settlement(id) + "?done=court");
    }

    private ModelAndView form(SettlementForm form, FormErrors errors) {
        Texts t = pages.texts();
        SettlementFormView view = new SettlementFormView(
                PayoutSection.SETTLEMENTS + "/new",
                errors,
                campaigns.all().stream()
                        .map(campaign -> new Choice(
                                campaign.slug(),
                                campaign.name(t.language()),
                                null,
                                campaign.slug().equals(form.campaign())))
                        .toList(),
                Choices.of(Choices.names(SourceKind.values()), "payout.sourceKind.", form.sourceKind(), t),
                form.sourceDate(),
                form.sourceReference(),
                form.gross(),
                form.costs(),
                form.minors(),
                Choices.of(Choices.names(MinorAccountRule.values()), "payout.rule.", form.minorAccountRule(), t));
        return Views.render(
                "payout/backoffice/settlement-form",
                pages.page(t.get("payout.new.title"), PayoutSection.PATH),
                view,
                errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private ModelAndView page(
            Settlement settlement,
            @Nullable String notice,
            @Nullable String approveRefusal,
            CourtApprovalForm court,
            FormErrors errors) {
        Texts t = pages.texts();
        UUID id = settlement.id();
        SettlementView view = new SettlementView(
                t.get("payout.settlement.title", facts.campaign(settlement, t)),
                notice,
                facts.facts(settlement, t),
                settlement.approved() ? null : PayoutSection.settlement(id) + "/approve",
                approveRefusal,
                settlement.approved() && settlement.awaitingCourt() ? PayoutSection.settlement(id) + "/court" : null,
                court.approvedOn(),
                court.reference(),
                errors,
                settlement.approved() ? PayoutSection.allocation(id) : null,
                PayoutSection.report(id),
                PayoutSection.PATH);
        return Views.render(
                "payout/backoffice/settlement",
                pages.page(view.heading(), PayoutSection.PATH),
                view,
                errors.isEmpty() && approveRefusal == null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private @Nullable String notice(@Nullable String done) {
        return done != null && List.of("entered", "approved", "court").contains(done)
                ? pages.texts().get("payout.notice." + done)
                : null;
    }

    private ModelAndView notFound() {
        return pages.notFound(PayoutSection.PATH);
    }
}
