package nl.claimdesk.payout.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;

/**
 * One bank account's name check: what is known about the account and the form that records the bank's answer; when
 * a no-match holds the account and the staff member is a case handler, the form also offers to release it.
 */
public record NameCheckView(
        String holderName,
        String account,
        String holder,
        String check,
        String action,
        List<Choice> results,
        String reason,
        String backHref,
        FormErrors errors) {}
