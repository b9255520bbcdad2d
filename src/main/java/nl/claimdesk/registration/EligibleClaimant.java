package nl.claimdesk.registration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A claimant who shares in a payout: participation complete, in the class, neither withdrawn, under review, a
 * duplicate nor suspected of fraud. Only what the allocation needs: no name.
 */
public record EligibleClaimant(UUID claimant, UUID registration, LocalDate dateOfBirth, int useStartedYear) {}
