package nl.claimdesk.campaign;

import java.time.LocalDate;

/**
 * Who may take part in a campaign, as data. A claimant must have used the defendant's service on or after
 * {@code useReferenceDate}; where {@code claimantMinorDuringUse} holds, they must also have been younger than
 * {@code majorityAge} on some day of that use. Only people of at least {@code registrantMinimumAge} sign up.
 */
public record EligibilityRules(
        LocalDate useReferenceDate,
        int registrantMinimumAge,
        int majorityAge,
        boolean claimantMinorDuringUse,
        boolean supportersAllowed) {

    public EligibilityRules {
        if (registrantMinimumAge < 16 || registrantMinimumAge > 120) {
            throw new IllegalArgumentException("registrant minimum age out of range: " + registrantMinimumAge);
        }
        if (majorityAge < 1 || majorityAge > 120) {
            throw new IllegalArgumentException("majority age out of range: " + majorityAge);
        }
    }
}
