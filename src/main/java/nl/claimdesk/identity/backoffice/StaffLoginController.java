package nl.claimdesk.identity.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.identity.view.RecoveryCodesView;
import nl.claimdesk.identity.view.StaffCodeView;
import nl.claimdesk.identity.view.StaffEnrolView;
import nl.claimdesk.identity.view.StaffLoginView;
import nl.claimdesk.infrastructure.RateLimiter;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePage;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff login in two steps: email and password, then the second factor — or, at the first login, enrolling an
 * authenticator app and receiving recovery codes. Guessing is slowed per IP address and per account from one IP
 * address, and guessing the second factor also per account across addresses ({@link SecondFactorThrottle}); no count
 * locks an account, so nobody can lock a colleague out.
 */
@Controller
class StaffLoginController {

    static final String CODE = BackofficeSecurity.LOGIN + "/code";
    static final String ENROL = BackofficeSecurity.LOGIN + "/enrol";
    private static final String HOME = "/backoffice/dashboard";
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

    private final StaffLogin login;
    private final StaffSessions sessions;
    private final BackofficePages pages;
    private final RateLimiter limiter;
    private final Clock clock;
    private final RateLimiter.Limit perIp;
    private final RateLimiter.Limit perAccountAndIp;

    StaffLoginController(
            StaffLogin login,
            StaffSessions sessions,
            BackofficePages pages,
            RateLimiter limiter,
            Clock clock,
            IdentitySettings settings) {
        this.login = login;
        this.sessions = sessions;
        this.pages = pages;
        this.limiter = limiter;
        this.clock = clock;
        this.perIp = new RateLimiter.Limit(
                "staff-login-ip", settings.rateLimits().staffLoginPerIp(), Duration.ofMinutes(15));
        this.perAccountAndIp = new RateLimiter.Limit(
                "staff-login-address-ip", settings.rateLimits().staffLoginPerAddressAndIp(), Duration.ofMinutes(15));
    }

    @GetMapping(BackofficeSecurity.LOGIN)
    Object form(
            @RequestParam(required = false) @Nullable String loggedOut,
            @RequestParam(required = false) @Nullable String passwordSet) {
        if (StaffMember.current().isPresent()) {
            return "redirect:" + HOME;
        }
        String notice =
                loggedOut != null ? "staff.login.loggedOut" : passwordSet != null ? "staff.login.passwordSet" : null;
        return loginPage("", FormErrors.none(), notice, HttpStatus.OK);
    }

    @PostMapping(BackofficeSecurity.LOGIN)
    Object checkPassword(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request) {
        Texts t = pages.texts();
        FormErrors errors = FormErrors.none();
        if (email.isBlank()) {
            errors.add("email", t.get("staff.login.email.missing"));
        }
        if (password.isEmpty()) {
            errors.add("password", t.get("staff.login.password.missing"));
        }
        if (!errors.isEmpty()) {
            return loginPage(email, errors, null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String ip = request.getRemoteAddr();
        limiter.check(perIp, ip);
        limiter.check(perAccountAndIp, email.strip().toLowerCase(Locale.ROOT) + "|" + ip);
        Optional<PendingStaffLogin> pending = login.checkPassword(email, password, ip);
        if (pending.isEmpty()) {
            return loginPage(
                    email,
                    FormErrors.none().add("email", t.get("staff.login.wrong")),
                    null,
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        request.getSession().invalidate();
        request.getSession(true).setAttribute(PendingStaffLogin.ATTRIBUTE, pending.get());
        return "redirect:" + (pending.get().enrolled() ? CODE : ENROL);
    }

    @GetMapping(CODE)
    Object codeForm(HttpServletRequest request) {
        Optional<PendingStaffLogin> pending = pending(request);
        if (pending.isEmpty() || !pending.get().enrolled()) {
            return startAgain(request);
        }
        return codePage(FormErrors.none(), HttpStatus.OK);
    }

    @PostMapping(CODE)
    Object checkCode(
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<PendingStaffLogin> pending = pending(request);
        if (pending.isEmpty() || !pending.get().enrolled()) {
            return startAgain(request);
        }
        Texts t = pages.texts();
        if (code.isBlank()) {
            return codePage(
                    FormErrors.none().add("code", t.get("staff.code.missing")), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String ip = request.getRemoteAddr();
        limiter.check(perIp, ip);
        return switch (login.checkSecondFactor(pending.get().staffId(), code, ip)) {
            case SecondFactorResult.LoggedIn(StaffMember member) -> {
                sessions.logIn(member, request, response);
                request.getSession().removeAttribute(PendingStaffLogin.ATTRIBUTE);
                yield "redirect:" + HOME;
            }
            case SecondFactorResult.Wrong() -> {
                FormErrors errors = FormErrors.none().add("code", t.get("staff.code.wrong"));
                yield countWrongCode(pending.get(), request)
                        .map(counted -> (Object) codePage(errors, HttpStatus.UNPROCESSABLE_CONTENT))
                        .orElseGet(() -> startAgain(request));
            }
            case SecondFactorResult.Wait(Duration remaining) -> {
                long seconds = Math.max(1, remaining.toSeconds() + (remaining.toMillisPart() > 0 ? 1 : 0));
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                yield codePage(
                        FormErrors.none().add("code", t.get("staff.code.wait", seconds)), HttpStatus.TOO_MANY_REQUESTS);
            }
        };
    }

    @GetMapping(ENROL)
    Object enrolForm(HttpServletRequest request) {
        Optional<PendingStaffLogin> pending = pending(request);
        if (pending.isEmpty() || pending.get().enrolled()) {
            return startAgain(request);
        }
        PendingStaffLogin withSecret =
                pending.get().newSecret() == null ? pending.get().withSecret(Totp.newSecret()) : pending.get();
        request.getSession().setAttribute(PendingStaffLogin.ATTRIBUTE, withSecret);
        return enrolPage(withSecret, FormErrors.none(), HttpStatus.OK);
    }

    @PostMapping(ENROL)
    Object enrol(
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<PendingStaffLogin> pending = pending(request);
        String secret = pending.map(PendingStaffLogin::newSecret).orElse(null);
        if (pending.isEmpty() || pending.get().enrolled() || secret == null) {
            return startAgain(request);
        }
        Texts t = pages.texts();
        if (code.isBlank()) {
            return enrolPage(
                    pending.get(),
                    FormErrors.none().add("code", t.get("staff.code.missing")),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String ip = request.getRemoteAddr();
        limiter.check(perIp, ip);
        Optional<List<String>> recoveryCodes = login.enrol(pending.get().staffId(), secret, code, ip);
        Optional<StaffMember> member =
                recoveryCodes.flatMap(codes -> login.member(pending.get().staffId()));
        if (recoveryCodes.isEmpty() || member.isEmpty()) {
            FormErrors errors = FormErrors.none().add("code", t.get("staff.code.wrong"));
            return countWrongCode(pending.get(), request)
                    .map(counted -> (Object) enrolPage(counted, errors, HttpStatus.UNPROCESSABLE_CONTENT))
                    .orElseGet(() -> startAgain(request));
        }
        sessions.logIn(member.get(), request, response);
        request.getSession().removeAttribute(PendingStaffLogin.ATTRIBUTE);
        BackofficePage page = pages.page(t.get("staff.recovery.title"), HOME);
        return Views.render("identity/backoffice/recovery-codes", page, new RecoveryCodesView(recoveryCodes.get()));
    }

    /** Counts a wrong code; after a few the login starts again from the password (empty). */
    private Optional<PendingStaffLogin> countWrongCode(PendingStaffLogin pending, HttpServletRequest request) {
        PendingStaffLogin counted = pending.withWrongCode();
        if (counted.exhausted()) {
            return Optional.empty();
        }
        request.getSession().setAttribute(PendingStaffLogin.ATTRIBUTE, counted);
        return Optional.of(counted);
    }

    /** The login half-way, if it has not lapsed. */
    private Optional<PendingStaffLogin> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(PendingStaffLogin.ATTRIBUTE) instanceof PendingStaffLogin pending
                && pending.passwordCheckedAt().plus(PENDING_LIFETIME).isAfter(clock.instant())) {
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    private String startAgain(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingStaffLogin.ATTRIBUTE);
        }
        return "redirect:" + BackofficeSecurity.LOGIN;
    }

    private ModelAndView loginPage(String email, FormErrors errors, @Nullable String notice, HttpStatus status) {
        BackofficePage page = pages.anonymousPage(pages.texts().get("staff.login.title"));
        return Views.render("identity/backoffice/login", page, new StaffLoginView(email, errors, notice), status);
    }

    private ModelAndView codePage(FormErrors errors, HttpStatus status) {
        BackofficePage page = pages.anonymousPage(pages.texts().get("staff.code.title"));
        return Views.render("identity/backoffice/code", page, new StaffCodeView(errors), status);
    }

    private ModelAndView enrolPage(PendingStaffLogin pending, FormErrors errors, HttpStatus status) {
        Texts t = pages.texts();
        String secret = Objects.requireNonNull(pending.newSecret());
        String account = login.email(pending.staffId()).orElse("");
        String uri = Totp.uri(t.get("backoffice.name"), account, secret);
        BackofficePage page = pages.anonymousPage(t.get("staff.enrol.title"));
        StaffEnrolView view =
                new StaffEnrolView(QrCodeSvg.of(uri, t.get("staff.enrol.qrCode")), secret, account, errors);
        return Views.render("identity/backoffice/enrol", page, view, status);
    }
}
