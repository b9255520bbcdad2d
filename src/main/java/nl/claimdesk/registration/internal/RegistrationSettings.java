package nl.claimdesk.registration.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-up, hand-over, retention and exports.
 *
 * @param signUp the sign-up funnel
 * @param rateLimits the limits of the sign-up and new-link forms and of exports (0: no limit)
 * @param handover hand-over invitations
 * @param retention how long data without a claim behind it is kept
 * @param export CSV exports of the back office
 */
@ConfigurationProperties("claimdesk")
@Validated
public record RegistrationSettings(
        @DefaultValue @Valid SignUp signUp,
        @DefaultValue @Valid RateLimits rateLimits,
        @DefaultValue @Valid Handover handover,
        @DefaultValue @Valid Retention retention,
        @DefaultValue @Valid Export export) {

    /** @param minimumFillTime a sign-up sent sooner after opening the funnel is asked to check and send again */
    public record SignUp(
            @DefaultValue("5s") @DurationMin(nanos = 0) Duration minimumFillTime) {}

    /**
     * @param signUpPerIp sign-ups per IP address per 10 minutes
     * @param signUpPerAddress sign-ups per email address per hour
     * @param resendPerIp new-confirmation-link requests per IP address per 15 minutes
     * @param resendPerAddress new-confirmation-link requests per email address per hour
     * @param exportPerStaff CSV exports per staff member per hour
     */
    public record RateLimits(
            @DefaultValue("100") @PositiveOrZero int signUpPerIp,
            @DefaultValue("5") @PositiveOrZero int signUpPerAddress,
            @DefaultValue("30") @PositiveOrZero int resendPerIp,
            @DefaultValue("5") @PositiveOrZero int resendPerAddress,
            @DefaultValue("20") @PositiveOrZero int exportPerStaff) {}

    /** @param maximumOpenInvitations hand-over invitations an account may have open (not accepted, not expired) */
    public record Handover(@DefaultValue("5") @Positive int maximumOpenInvitations) {}

    /**
     * @param unconfirmed unconfirmed sign-ups are erased after this (one reminder halfway)
     * @param afterWithdrawal personal data of withdrawn claimants is erased after this; proof of the agreement stays
     */
    public record Retention(
            @DefaultValue("30d") @DurationMin(nanos = 0, inclusive = false)
            Duration unconfirmed,

            @DefaultValue("30d") @DurationMin(nanos = 0, inclusive = false)
            Duration afterWithdrawal) {}

    /** @param batchSize registrations a CSV export reads per query (keyset batches in one snapshot) */
    public record Export(@DefaultValue("5000") @Positive int batchSize) {}
}
