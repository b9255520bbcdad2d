package nl.claimdesk.payout.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.payout.Euros;
import nl.claimdesk.payout.internal.allocation.AllocationFigures;
import nl.claimdesk.payout.internal.allocation.Allocations;
import nl.claimdesk.payout.internal.allocation.PublishedAllocation;
import nl.claimdesk.payout.internal.ledger.Ledger;
import nl.claimdesk.payout.internal.ledger.PaymentFigures;
import nl.claimdesk.payout.internal.ledger.Tally;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.payout.internal.settlement.Settlements;
import nl.claimdesk.payout.view.Fact;
import nl.claimdesk.payout.view.ReportListView;
import nl.claimdesk.payout.view.ReportView;
import nl.claimdesk.payout.view.SettlementListView;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The figures per settlement, on screen and as CSV: gross, fee, net, reserve, what the current allocation divides,
 * and its payments (paid, in flight, rejected, returned, unclaimed; amounts and counts). Aggregates only, so viewers
 * see them too.
 */
@Controller
class ReportController {

    private final Settlements settlements;
    private final Allocations allocations;
    private final Campaigns campaigns;
    private final SettlementFacts facts;
    private final Ledger ledger;
    private final BackofficePages pages;
    private final AuditLog audit;

    ReportController(
            Settlements settlements,
            Allocations allocations,
            Campaigns campaigns,
            SettlementFacts facts,
            Ledger ledger,
            BackofficePages pages,
            AuditLog audit) {
        this.settlements = settlements;
        this.allocations = allocations;
        this.campaigns = campaigns;
        this.facts = facts;
        this.ledger = ledger;
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping(PayoutSection.REPORTS)
    ModelAndView list() {
        Texts t = pages.texts();
        List<Settlement> all = settlements.all();
        List<SettlementListView.Row> rows = facts.rows(all, PayoutSection::report, t);
        Map<CampaignId, CampaignSum> sums = new LinkedHashMap<>();
        Map<CampaignId, String> names = new LinkedHashMap<>();
        for (Settlement settlement : all) {
            names.putIfAbsent(settlement.campaign(), facts.campaign(settlement, t));
            sums.merge(
                    settlement.campaign(),
                    CampaignSum.of(settlement, ledger.figures(settlement.id())),
                    CampaignSum::plus);
        }
        List<ReportListView.CampaignTotals> campaigns = sums.entrySet().stream()
                .map(sum -> sum.getValue()
                        .shown(names.get(sum.getKey()), t.language().locale()))
                .toList();
        return Views.render(
                "payout/backoffice/reports",
                pages.page(t.get("payout.reports.title"), PayoutSection.REPORTS),
                new ReportListView(campaigns, rows));
    }

    /** A campaign's settlements added up, in cents. */
    private record CampaignSum(
            long gross, long fee, long net, long paid, long inFlight, long rejected, long returned, long unclaimed) {

        static CampaignSum of(Settlement settlement, PaymentFigures payments) {
            return new CampaignSum(
                    settlement.grossCents(),
                    settlement.feeCents(),
                    settlement.netCents(),
                    payments.paid().cents(),
                    payments.inFlight().cents(),
                    payments.rejected().cents(),
                    payments.returned().cents(),
                    payments.unclaimed() == null ? 0 : payments.unclaimed().cents());
        }

        CampaignSum plus(CampaignSum other) {
            return new CampaignSum(
                    gross + other.gross,
                    fee + other.fee,
                    net + other.net,
                    paid + other.paid,
                    inFlight + other.inFlight,
                    rejected + other.rejected,
                    returned + other.returned,
                    unclaimed + other.unclaimed);
        }

        ReportListView.CampaignTotals shown(String campaign, Locale locale) {
            return new ReportListView.CampaignTotals(
                    campaign,
                    Euros.format(gross, locale),
                    Euros.format(fee, locale),
                    Euros.format(net, locale),
                    Euros.format(paid, locale),
                    Euros.format(inFlight, locale),
                    Euros.format(rejected, locale),
                    Euros.format(returned, locale),
                    Euros.format(unclaimed, locale));
        }
    }

    @GetMapping(PayoutSection.REPORTS + "/{id}")
    ModelAndView report(@PathVariable UUID id) {
        Optional<Settlement> found = settlements.byId(id);
        if (found.isEmpty()) {
            return pages.notFound(PayoutSection.REPORTS);
        }
        Texts t = pages.texts();
        Locale locale = t.language().locale();
        List<Fact> figures = new ArrayList<>();
        figures.add(new Fact(t.get("payout.fact.campaign"), facts.campaign(found.get(), t)));
        figures.add(new Fact(t.get("payout.fact.source"), facts.source(found.get(), t)));
        figures(found.get())
                .forEach((key, cents) -> figures.add(new Fact(
                        t.get("payout.report." + key),
                        cents == null ? t.get("payout.report.notAllocated") : amountOrCount(key, cents, locale))));
        ReportView view = new ReportView(
                t.get("payout.report.title", facts.campaign(found.get(), t)),
                figures,
                PayoutSection.report(id) + ".csv",
                PayoutSection.REPORTS);
        return Views.render("payout/backoffice/report", pages.page(view.heading(), PayoutSection.REPORTS), view);
    }

    @GetMapping(PayoutSection.REPORTS + "/{id}.csv")
    @Nullable
    ModelAndView csv(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Settlement> found = settlements.byId(id);
        if (found.isEmpty()) {
            return pages.notFound(PayoutSection.REPORTS);
        }
        Settlement settlement = found.get();
        audit.record(
                Actor.staff(StaffMember.require().id()),
                request.getRemoteAddr(),
                "payout.report.downloaded",
                "settlement",
                id,
                null);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payout-" + id + ".csv\"");
        // Every field is a fixed figure name, a slug, an id, a date or a number: nothing needs quoting.
        Writer out = response.getWriter();
        out.write("figure,value\r\n");
        out.write("campaign,"
                + campaigns.byId(settlement.campaign()).orElseThrow().slug() + "\r\n");
        out.write("settlement," + id + "\r\n");
        out.write("source_kind," + settlement.sourceKind() + "\r\n");
        out.write("source_date," + settlement.sourceDate() + "\r\n");
        for (Map.Entry<String, @Nullable Long> figure : figures(settlement).entrySet()) {
            out.write(figure.getKey() + "," + (figure.getValue() == null ? "" : figure.getValue()) + "\r\n");
        }
        out.flush();
        return null;
    }

    /** The figures by their CSV name; an allocation's are null before one is published. */
    private Map<String, @Nullable Long> figures(Settlement settlement) {
        Map<String, @Nullable Long> figures = new LinkedHashMap<>();
        figures.put("gross_cents", settlement.grossCents());
        figures.put("costs_cents", settlement.costsCents());
        figures.put("fee_cents", settlement.feeCents());
        figures.put("net_cents", settlement.netCents());
        Optional<PublishedAllocation> current = allocations.current(settlement.id());
        Optional<AllocationFigures> allocated = current.map(allocations::figures);
        figures.put(
                "allocation_version",
                current.map(found -> (long) found.version()).orElse(null));
        figures.put(
                "reserve_cents", current.map(PublishedAllocation::reserveCents).orElse(null));
        figures.put(
                "allocated_cents",
                allocated.map(AllocationFigures::allocatedCents).orElse(null));
        figures.put(
                "allocated_claimants",
                allocated.map(AllocationFigures::claimants).orElse(null));
        figures.put("allocated_minors", allocated.map(AllocationFigures::minors).orElse(null));
        PaymentFigures payments = ledger.figures(settlement.id());
        put(figures, "paid", payments.paid());
        put(figures, "in_flight", payments.inFlight());
        put(figures, "rejected", payments.rejected());
        put(figures, "returned", payments.returned());
        put(figures, "unclaimed", payments.unclaimed());
        figures.put("changed_after_payment_count", payments.changedAfterPayment());
        figures.put("owed_after_payment_cents", payments.owedAfterPaymentCents());
        figures.put("overpaid_cents", payments.overpaidCents());
        return figures;
    }

    private static void put(Map<String, @Nullable Long> figures, String name, @Nullable Tally tally) {
        figures.put(name + "_cents", tally == null ? null : tally.cents());
        figures.put(name + "_count", tally == null ? null : tally.count());
    }

    private static String amountOrCount(String key, long value, Locale locale) {
        return key.endsWith("_cents") ? Euros.format(value, locale) : String.valueOf(value);
    }
}
