package nl.claimdesk.payout.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;

/** Entering a claimant's bank account: the form as typed, whose account it may be, and what was wrong. */
public record BankDetailsFormView(
        String claimantName,
        String action,
        String cancelHref,
        String iban,
        String holderName,
        List<Choice> holders,
        FormErrors errors) {}
