package nl.claimdesk.payout.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;

/** The form that enters a settlement, with what was typed and its problems. */
public record SettlementFormView(
        String action,
        FormErrors errors,
        List<Choice> campaigns,
        List<Choice> sourceKinds,
        String sourceDate,
        String sourceReference,
        String gross,
        String costs,
        boolean minorsNeedCourtApproval,
        List<Choice> minorAccountRules) {}
