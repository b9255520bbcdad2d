package nl.claimdesk.campaign;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.claimdesk.web.Texts;

/** Says in words what a campaign's rules and fee terms are, so the pages never repeat a figure by hand. */
public final class CampaignTerms {

    private CampaignTerms() {}

    public static List<String> of(Campaign campaign, Texts t) {
        List<String> terms = new ArrayList<>();
        terms.add(t.get("terms.free"));
        terms.addAll(fee(campaign.fee(), t));
        terms.addAll(eligibility(campaign, t));
        return List.copyOf(terms);
    }

    public static List<String> fee(FeeTerms fee, Texts t) {
        List<String> sentences = new ArrayList<>();
        NumberFormat numbers = NumberFormat.getNumberInstance(t.language().locale());
        String share = numbers.format(fee.funderPercentage());
        sentences.add(t.get(fee.plusCosts() ? "terms.fee.plusCosts" : "terms.fee", share));
        if (fee.plusCosts() || fee.capPercentage().compareTo(fee.funderPercentage()) != 0) {
            String cap = numbers.format(fee.capPercentage());
            sentences.add(t.get(fee.capIncludesVat() ? "terms.cap.vat" : "terms.cap", cap));
        }
        if (fee.noCureNoPay()) {
            sentences.add(t.get("terms.noCureNoPay"));
        }
        return sentences;
    }

    private static List<String> eligibility(Campaign campaign, Texts t) {
        EligibilityRules rules = campaign.eligibility();
        String since = rules.useReferenceDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(t.language().locale()));
        List<String> sentences = new ArrayList<>();
        sentences.add(
                rules.claimantMinorDuringUse()
                        ? t.get("terms.claimant.minor", campaign.defendant(), since, rules.majorityAge())
                        : t.get("terms.claimant", campaign.defendant(), since));
        sentences.add(t.get("terms.age", rules.registrantMinimumAge()));
        if (rules.supportersAllowed()) {
            sentences.add(t.get("terms.supporters"));
        }
        return sentences;
    }
}
