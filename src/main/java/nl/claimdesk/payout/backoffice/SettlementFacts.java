package nl.claimdesk.payout.backoffice;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.payout.Euros;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.payout.view.Fact;
import nl.claimdesk.payout.view.SettlementListView;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Component;

/** A settlement in words and euros, the way its page, its report and the list show it. */
@Component
class SettlementFacts {

    private final Campaigns campaigns;

    SettlementFacts(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The settlements as list rows, each linking to {@code href} of the settlement. */
    List<SettlementListView.Row> rows(List<Settlement> settlements, Function<UUID, String> href, Texts t) {
        Locale locale = t.language().locale();
        return settlements.stream()
                .map(settlement -> new SettlementListView.Row(
                        campaign(settlement, t),
                        source(settlement, t),
                        Euros.format(settlement.grossCents(), locale),
                        Euros.format(settlement.netCents(), locale),
                        state(settlement, t),
                        href.apply(settlement.id())))
                .toList();
    }

    String campaign(Settlement settlement, Texts t) {
        return campaigns
                .byId(settlement.campaign())
                .map(found -> found.name(t.language()))
                .orElse("");
    }

    String source(Settlement settlement, Texts t) {
        return t.get(
                "payout.source." + settlement.sourceKind(),
                dates(t).format(settlement.sourceDate()),
                settlement.sourceReference());
    }

    String state(Settlement settlement, Texts t) {
        if (!settlement.approved()) {
            return t.get("payout.state.entered");
        }
        return t.get(settlement.awaitingCourt() ? "payout.state.awaitingCourt" : "payout.state.approved");
    }

    List<Fact> facts(Settlement settlement, Texts t) {
        Locale locale = t.language().locale();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.get("payout.fact.campaign"), campaign(settlement, t)));
        facts.add(new Fact(t.get("payout.fact.source"), source(settlement, t)));
        facts.add(new Fact(t.get("payout.fact.gross"), Euros.format(settlement.grossCents(), locale)));
        facts.add(new Fact(t.get("payout.fact.costs"), Euros.format(settlement.costsCents(), locale)));
        facts.add(new Fact(t.get("payout.fact.fee"), Euros.format(settlement.feeCents(), locale)));
        facts.add(new Fact(t.get("payout.fact.net"), Euros.format(settlement.netCents(), locale)));
        facts.add(new Fact(t.get("payout.fact.minorAccounts"), t.get("payout.rule." + settlement.minorAccountRule())));
        facts.add(new Fact(t.get("payout.fact.court"), court(settlement, t)));
        facts.add(new Fact(t.get("payout.fact.state"), state(settlement, t)));
        return facts;
    }

    private static String court(Settlement settlement, Texts t) {
        if (!settlement.minorsNeedCourtApproval()) {
            return t.get("payout.court.notNeeded");
        }
        if (settlement.courtApprovedAt() == null) {
            return t.get("payout.court.awaited");
        }
        return t.get(
                "payout.court.approved",
                dates(t).format(settlement.courtApprovedAt()),
                settlement.courtApprovalReference());
    }

    static DateTimeFormatter dates(Texts t) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(t.language().locale());
    }
}
