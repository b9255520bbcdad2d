package nl.claimdesk.registration.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import nl.claimdesk.campaign.EligibilityRules;

/**
 * Decides, from a campaign's {@link EligibilityRules} and the date of today, who may register and as what. Every
 * method returns the reason for a refusal, or nothing when the registration is allowed.
 *
 * <p>Ages are full years in {@link Period} terms: someone born on 29 February gains a year on 1 March in a non-leap
 * year.
 */
public final class Eligibility {

    private final EligibilityRules rules;
    private final LocalDate today;

    public Eligibility(EligibilityRules rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    /** Whether someone born on {@code dateOfBirth} is old enough to sign up. */
    public Optional<Refusal> registrant(LocalDate dateOfBirth) {
        if (ageOn(dateOfBirth, today) < rules.registrantMinimumAge()) {
            return Optional.of(Refusal.REGISTRANT_TOO_YOUNG);
        }
        return Optional.empty();
    }

    /**
     * Whether a parent may register this child as claimant. {@code use} must have been checked against the same date
     * of birth (see {@link UseYears#check}).
     */
    public Optional<Refusal> child(LocalDate dateOfBirth, UsePeriod use) {
        if (ageOn(dateOfBirth, today) >= rules.majorityAge()) {
            return Optional.of(Refusal.CHILD_ALREADY_ADULT);
        }
        return claimant(dateOfBirth, use);
    }

    /**
     * Whether the registrant may claim for their own use. {@code use} must have been checked against the same date of
     * birth (see {@link UseYears#check}).
     */
    public Optional<Refusal> self(LocalDate dateOfBirth, UsePeriod use) {
        return claimant(dateOfBirth, use);
    }

    /** Whether the campaign takes supporters. */
    Optional<Refusal> supporter() {
        if (!rules.supportersAllowed()) {
            return Optional.of(Refusal.SUPPORTERS_NOT_ALLOWED);
        }
        return Optional.empty();
    }

    /** A claimant needs a possible day of use on or after the reference date, while a minor where the rules say so. */
    private Optional<Refusal> claimant(LocalDate dateOfBirth, UsePeriod use) {
        LocalDate lastUse = use.lastPossibleDay(today);
        if (lastUse.isBefore(rules.useReferenceDate())) {
            return Optional.of(Refusal.USE_ONLY_BEFORE_REFERENCE_DATE);
        }
        LocalDate firstCountingDay = latest(latest(rules.useReferenceDate(), use.firstPossibleDay()), dateOfBirth);
        if (firstCountingDay.isAfter(lastUse)) {
            // UseYears.check rules this out; reaching here means unchecked input, not a person to turn away.
            throw new IllegalArgumentException(
                    "period of use " + use + " has no day between birth on " + dateOfBirth + " and " + today);
        }
        // Age only grows, so the claimant was a minor on some counting day exactly when they were on the first one.
        if (rules.claimantMinorDuringUse() && ageOn(dateOfBirth, firstCountingDay) >= rules.majorityAge()) {
            return Optional.of(Refusal.NOT_A_MINOR_DURING_USE);
        }
        return Optional.empty();
    }

    private static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
