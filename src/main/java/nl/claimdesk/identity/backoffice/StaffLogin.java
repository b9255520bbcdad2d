package nl.claimdesk.identity.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditDetails;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.infrastructure.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks of a staff login: the password, then the second factor (a code from the authenticator app, each step
 * usable once, or a one-time recovery code), and enrolling the authenticator at the first login. Every outcome is
 * in the audit log.
 */
@Component
class StaffLogin {

    static final int RECOVERY_CODES = 10;

    private final JdbcClient jdbc;
    private final StaffPasswordHasher hasher;
    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final StaffTotpSecrets secrets;
    private final SecondFactorThrottle throttle;
    private final UnknownStaffAddresses unknownAddresses;
    private final Clock clock;

    StaffLogin(
            JdbcClient jdbc,
            StaffPasswordHasher hasher,
            StaffAccounts accounts,
            AuditLog audit,
            StaffTotpSecrets secrets,
            SecondFactorThrottle throttle,
            UnknownStaffAddresses unknownAddresses,
            Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.accounts = accounts;
        this.audit = audit;
        this.secrets = secrets;
        this.throttle = throttle;
        this.unknownAddresses = unknownAddresses;
        this.clock = clock;
    }

    /** The password is right for an active account: the login goes on to the second factor. */
    @Transactional
    Optional<PendingStaffLogin> checkPassword(String email, String password, @Nullable String ip) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        Optional<Credentials> credentials = jdbc.sql("""
                        select id, password_hash, enrolled_at is not null as enrolled from staff_account
                        where email_normalised = ? and active""")
                .param(normalised)
                .query((rs, row) -> new Credentials(
                        rs.getObject("id", UUID.class), rs.getString("password_hash"), rs.getBoolean("enrolled")))
                .optional();
        String hash = credentials.map(Credentials::passwordHash).orElse(null);
        if (credentials.isEmpty() || hash == null) {
            hasher.spendTime(password);
            // An account still waiting for its invitation to be accepted is named by its id; any other address by
            // a keyed hash, never as typed.
            if (credentials.isPresent()) {
                audit.record(
                        Actor.system("staff-login"),
                        ip,
                        "staff.login.failed",
                        "staff",
                        credentials.get().id(),
                        null);
            } else {
                audit.record(
                        Actor.system("staff-login"),
                        ip,
                        "staff.login.failed",
                        UnknownStaffAddresses.SUBJECT_TYPE,
                        unknownAddresses.pseudonym(normalised),
                        null);
            }
            return Optional.empty();
        }
        UUID id = credentials.get().id();
        if (!hasher.matches(password, hash)) {
            failed(id, ip, "password");
            return Optional.empty();
        }
        return Optional.of(new PendingStaffLogin(id, credentials.get().enrolled(), clock.instant(), null, 0));
    }

    /**
     * The second factor: a code from the app whose time step has not been used before, or an unused recovery code —
     * unless too many wrong ones came before it (see {@link SecondFactorThrottle}).
     */
    @Transactional
    SecondFactorResult checkSecondFactor(UUID id, String code, @Nullable String ip) {
        Optional<Duration> wait = throttle.begin(id);
        if (wait.isPresent()) {
            return new SecondFactorResult.Wait(wait.get());
        }
        String typed = code.strip();
        boolean accepted =
                typed.replace(" ", "").matches("\\d+") ? useAppCode(id, typed) : useRecoveryCode(id, typed, ip);
        if (!accepted) {
            failed(id, ip, "second");
            throttle.failed(id, ip);
            return new SecondFactorResult.Wrong();
        }
        throttle.succeeded(id);
        Optional<StaffMember> member = accounts.active(id);
        member.ifPresent(m -> audit.record(Actor.staff(id), ip, "staff.login.succeeded", "staff", id, null));
        return member.<SecondFactorResult>map(SecondFactorResult.LoggedIn::new)
                .orElseGet(SecondFactorResult.Wrong::new);
    }

    private boolean useAppCode(UUID id, String code) {
        Optional<String> secret = secrets.secret(id);
        OptionalLong step =
                secret.isPresent() ? Totp.matchingStep(secret.get(), code, clock.instant()) : OptionalLong.empty();
        // One update decides, so the same code used twice at the same moment on two nodes still logs in only once.
        return step.isPresent()
                && jdbc.sql("""
                                update staff_account set totp_last_step = ?
                                where id = ? and (totp_last_step is null or totp_last_step < ?)""").params(step.getAsLong(), id, step.getAsLong()).update() == 1;
    }

    private boolean useRecoveryCode(UUID id, String code, @Nullable String ip) {
        int used = jdbc.sql("""
                        update staff_recovery_code set used_at = ?
                        where staff_id = ? and code_hash = ? and used_at is null""")
                .params(OffsetDateTime.now(clock), id, OneTimeTokens.hash(RecoveryCodes.normalise(code)))
                .update();
        if (used == 1) {
            audit.record(Actor.staff(id), ip, "staff.recoveryCode.used", "staff", id, null);
        }
        return used == 1;
    }

    /**
     * Enrols the authenticator whose first code proves it holds {@code secret}; returns the new recovery codes, to be
     * shown once, or empty when the code was wrong.
     */
    @Transactional
    Optional<List<String>> enrol(UUID id, String secret, String code, @Nullable String ip) {
        OptionalLong step = Totp.matchingStep(secret, code.strip(), clock.instant());
        if (step.isEmpty()) {
            failed(id, ip, "enrolment");
            return Optional.empty();
        }
        TotpSecretCipher.Stored sealed = secrets.sealed(id, secret);
        int updated = jdbc.sql("""
                        update staff_account set totp_secret = ?, totp_key_id = ?, totp_last_step = ?, enrolled_at = ?,
                            second_factor_failures = 0, second_factor_wait_until = null
                        where id = ? and active and enrolled_at is null""")
                .params(sealed.value(), sealed.keyId(), step.getAsLong(), OffsetDateTime.now(clock), id)
                .update();
        if (updated != 1) {
            return Optional.empty();
        }
        List<String> codes = newRecoveryCodes(id);
        audit.record(Actor.staff(id), ip, "staff.enrolled", "staff", id, null);
        return Optional.of(codes);
    }

    private List<String> newRecoveryCodes(UUID id) {
        jdbc.sql("delete from staff_recovery_code where staff_id = ?").param(id).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = RecoveryCodes.newCode();
            codes.add(code);
            jdbc.sql("insert into staff_recovery_code (staff_id, code_hash) values (?, ?)")
                    .params(id, OneTimeTokens.hash(code))
                    .update();
        }
        return codes;
    }

    private void failed(UUID id, @Nullable String ip, String factor) {
        audit.record(Actor.staff(id), ip, "staff.login.failed", "staff", id, AuditDetails.of(Map.of("factor", factor)));
    }

    Optional<StaffMember> member(UUID id) {
        return accounts.active(id);
    }

    Optional<String> email(UUID id) {
        return jdbc.sql("select email from staff_account where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    private record Credentials(UUID id, @Nullable String passwordHash, boolean enrolled) {}
}
