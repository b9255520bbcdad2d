package nl.claimdesk.registration;

import nl.claimdesk.campaign.ClassStatus;
import org.jspecify.annotations.Nullable;

/**
 * How many claimants of a campaign share one class outcome: a status, with its sub-class or its reason or missing
 * fact. A {@code null} status counts the claimants not evaluated yet.
 */
public record ClassCount(
        @Nullable ClassStatus status,
        @Nullable String subClass,
        @Nullable String detail,
        long claimants) {}
