package nl.claimdesk.payout.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.payout.Euros;
import nl.claimdesk.payout.internal.allocation.AllocationPlan;
import nl.claimdesk.payout.internal.allocation.AllocationScheme;
import nl.claimdesk.payout.internal.allocation.Allocations;
import nl.claimdesk.payout.internal.allocation.Division;
import nl.claimdesk.payout.internal.allocation.Preview;
import nl.claimdesk.payout.internal.allocation.PublishedAllocation;
import nl.claimdesk.payout.internal.ledger.Ledger;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.payout.internal.settlement.Settlements;
import nl.claimdesk.payout.view.AllocationView;
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
 * A settlement's allocation for finance: the published versions, a scheme to preview (per category: claimants,
 * amount each, total, reserve) and to publish as the next version, which freezes it.
 */
@Controller
class AllocationController {

    private final Settlements settlements;
    private final Allocations allocations;
    private final SettlementFacts facts;
    private final Ledger ledger;
    private final BackofficePages pages;
    private final Clock clock;

    AllocationController(
            Settlements settlements,
            Allocations allocations,
            SettlementFacts facts,
            Ledger ledger,
            BackofficePages pages,
            Clock clock) {
        this.settlements = settlements;
        this.allocations = allocations;
        this.facts = facts;
        this.ledger = ledger;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(PayoutSection.SETTLEMENTS + "/{id}/allocation")
    ModelAndView show(@PathVariable UUID id) {
        return settlements
                .byId(id)
                .filter(Settlement::approved)
                .map(settlement -> page(
                        settlement,
                        allocations
                                .current(id)
                                .map(current -> AllocationForm.of(current.scheme()))
                                .orElse(AllocationForm.START),
                        FormErrors.none(),
                        null))
                .orElseGet(() -> pages.notFound(PayoutSection.PATH));
    }

    @PostMapping(PayoutSection.SETTLEMENTS + "/{id}/allocation")
    ModelAndView submit(
            @PathVariable UUID id,
            @Valid @ModelAttribute AllocationForm form,
            BindingResult bound,
            @RequestParam(defaultValue = "") String action,
            HttpServletRequest request) {
        Optional<Settlement> found = settlements.byId(id).filter(Settlement::approved);
        if (found.isEmpty()) {
            return pages.notFound(PayoutSection.PATH);
        }
        Settlement settlement = found.get();
        Texts t = pages.texts();
        FormErrors errors = FormErrors.of(bound, t);
        Optional<AllocationScheme> scheme = form.parse(t, errors);
        boolean publish = action.equals("publish");
        if (publish && form.reason().isEmpty() && allocations.current(id).isPresent()) {
            errors.add("reason", t.get("payout.allocation.reason.missing"));
        }
        if (scheme.isEmpty() || !errors.isEmpty()) {
            return page(settlement, form, errors, null);
        }
        try {
            if (!publish) {
                return page(settlement, form, errors, allocations.preview(settlement, scheme.get()));
            }
            allocations.publish(
                    settlement,
                    scheme.get(),
                    form.reason().isEmpty() ? null : form.reason(),
                    StaffMember.require().id(),
                    request.getRemoteAddr());
            return new ModelAndView("redirect:" + PayoutSection.allocation(id));
        } catch (Division.Refused refused) {
            errors.add("reserve", t.get("payout.allocation.refused." + refused.reason()));
            return page(settlement, form, errors, null);
        }
    }

    private ModelAndView page(
            Settlement settlement, AllocationForm form, FormErrors errors, @Nullable Preview preview) {
        Texts t = pages.texts();
        Locale locale = t.language().locale();
        List<PublishedAllocation> versions = allocations.versions(settlement.id());
        AllocationView view = new AllocationView(
                t.get("payout.allocation.title", facts.campaign(settlement, t)),
                Euros.format(settlement.netCents(), locale),
                PayoutSection.allocation(settlement.id()),
                PayoutSection.settlement(settlement.id()),
                errors,
                form.values(),
                Choices.of(List.of("EQUAL", "AGE"), "payout.allocation.scheme.", form.scheme(), t),
                Choices.of(List.of("WEIGHTS", "FIXED"), "payout.allocation.valueKind.", form.valueKind(), t),
                AllocationForm.ROWS,
                !versions.isEmpty(),
                preview == null ? null : preview(preview, locale),
                versions.stream().map(version -> version(version, t)).toList(),
                ledger.paidAtAnotherAmount(settlement.id(), AllocationView.PAID_AT_ANOTHER_AMOUNT_SHOWN).stream()
                        .map(paid -> new AllocationView.PaidAtAnotherAmount(
                                paid.registration().toString(),
                                paid.claimant().toString(),
                                paid.paidUnderVersion(),
                                Euros.format(paid.paidCents(), locale),
                                Euros.format(paid.currentCents(), locale),
                                Euros.format(paid.differenceCents(), locale)))
                        .toList());
        return Views.render(
                "payout/backoffice/allocation",
                pages.page(view.heading(), PayoutSection.PATH),
                view,
                errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static AllocationView.Preview preview(Preview preview, Locale locale) {
        AllocationPlan plan = preview.plan();
        List<AllocationView.CategoryLine> lines = new ArrayList<>();
        for (int i = 0; i < plan.shares().size(); i++) {
            AllocationPlan.Share share = plan.shares().get(i);
            lines.add(line(
                    plan.scheme().categories().get(i).code(),
                    share.claimants(),
                    share.eachCents(),
                    share.withExtraCent() > 0 ? share.eachCents() + 1 : share.eachCents(),
                    share.totalCents(),
                    locale));
        }
        return new AllocationView.Preview(
                lines,
                preview.outsideCategories(),
                Euros.format(plan.distributedCents(), locale),
                Euros.format(plan.reserveCents(), locale));
    }

    private AllocationView.Version version(PublishedAllocation version, Texts t) {
        Locale locale = t.language().locale();
        String publishedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(version.publishedAt().atZoneSameInstant(clock.getZone()));
        List<AllocationView.CategoryLine> lines = allocations.totals(version).stream()
                .map(total -> line(
                        total.category(),
                        total.claimants(),
                        total.smallestCents(),
                        total.largestCents(),
                        total.totalCents(),
                        locale))
                .toList();
        return new AllocationView.Version(
                t.get(
                        version.current() ? "payout.allocation.version.current" : "payout.allocation.version",
                        version.version(),
                        publishedAt),
                version.reason(),
                lines,
                Euros.format(version.distributedCents(), locale),
                Euros.format(version.reserveCents(), locale));
    }

    static AllocationView.CategoryLine line(
            String category, long claimants, long smallest, long largest, long total, Locale locale) {
        String each = smallest == largest
                ? Euros.format(smallest, locale)
                : Euros.format(smallest, locale) + " – " + Euros.format(largest, locale);
        return new AllocationView.CategoryLine(category, claimants, each, Euros.format(total, locale));
    }
}
