package nl.claimdesk.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Logins and sessions of participants and staff, and the first admin.
 *
 * @param session participants' sessions
 * @param staff staff members' sessions, passwords and second factor
 * @param admin the first admin, invited at start-up
 * @param emailChange a participant's change of email address
 * @param rateLimits the limits of the login forms and of the mails a participant can have sent (0: no limit)
 */
@ConfigurationProperties("claimdesk")
@Validated
public record IdentitySettings(
        @DefaultValue @Valid Session session,
        @DefaultValue @Valid Staff staff,
        @DefaultValue Admin admin,
        @DefaultValue @Valid EmailChange emailChange,
        @DefaultValue @Valid RateLimits rateLimits) {

    /** @param absoluteTimeout a participant's session ends this long after logging in, whatever happens */
    public record Session(
            @DefaultValue("12h") @DurationMin(nanos = 0, inclusive = false)
            Duration absoluteTimeout) {}

    /**
     * @param session staff sessions
     * @param breachedPasswordsFile extra list of refused staff passwords, one per line
     * @param totpKeys keys that encrypt the staff's TOTP secrets, "id:key,id:key", each key 32 random bytes in
     *     base64; the first encrypts, the others only decrypt; empty: a demo key kept in the database, refused under
     *     prod
     */
    public record Staff(
            @DefaultValue @Valid StaffSession session,
            @DefaultValue("") String breachedPasswordsFile,
            @DefaultValue("") String totpKeys) {}

    /** @param absoluteTimeout a staff session ends this long after login */
    public record StaffSession(
            @DefaultValue("10h") @DurationMin(nanos = 0, inclusive = false)
            Duration absoluteTimeout) {}

    /**
     * @param email invites this address as the first admin at start-up, until an admin has logged in
     * @param name the first admin's name
     */
    public record Admin(
            @DefaultValue("") String email,
            @DefaultValue("Beheerder") String name) {}

    /**
     * @param freshLogin changing the email address needs a login at most this long ago; otherwise Mijn dossier first
     *     sends a login link to the current address
     */
    public record EmailChange(
            @DefaultValue("10m") @DurationMin(nanos = 0) Duration freshLogin) {}

    /**
     * @param loginPerIp login-link requests per IP address per 15 minutes
     * @param loginPerAddress login-link requests per email address per 15 minutes
     * @param staffLoginPerIp staff password and code attempts per IP address per 15 minutes
     * @param staffLoginPerAddressAndIp staff password attempts per account from one IP address per 15 minutes
     * @param mailPerAccount mails a participant can have sent from Mijn dossier per account per day
     */
    public record RateLimits(
            @DefaultValue("30") @PositiveOrZero int loginPerIp,
            @DefaultValue("5") @PositiveOrZero int loginPerAddress,
            @DefaultValue("30") @PositiveOrZero int staffLoginPerIp,
            @DefaultValue("10") @PositiveOrZero int staffLoginPerAddressAndIp,
            @DefaultValue("10") @PositiveOrZero int mailPerAccount) {}
}
