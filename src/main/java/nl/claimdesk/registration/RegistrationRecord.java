package nl.claimdesk.registration;

import java.util.List;

/**
 * Everything stored about one registration, for the participant's data export: the registration and its claimants,
 * the history, the young adults invited to take over, repeated sign-ups, and duplicate reviews.
 */
public record RegistrationRecord(
        RegistrationSummary registration,
        List<RegistrationEvent> history,
        List<String> handoverInvitationsSentTo,
        int repeatedSignUps,
        List<DuplicateReviewRecord> duplicateReviews) {}
