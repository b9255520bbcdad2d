package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.ServerTest;
import nl.claimdesk.TestToday;
import nl.claimdesk.Unique;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member of staff joins by invitation, enrols an authenticator app, and logs in with both factors. */
@ServerTest
class StaffLoginTest {

    private static final Pattern SECRET = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE =
            Pattern.compile("<li><code>([a-z0-9]{6}(?:-[a-z0-9]{6}){3})</code></li>");
    private static final String PASSWORD = "het paard eet elke ochtend haver";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffInvitations invitations;

    @Autowired
    StaffAdministration administration;

    @Test
    void anInvitedMemberChoosesAPasswordThatMeetsTheRules() {
        String email = Unique.email("invitee");
        UUID id = invite(email, StaffRole.CASE_HANDLER);
        SiteClient browser = new SiteClient(port);
        String link = invitationLink(email);

        assertThat(browser.get(link).body()).contains("Kies uw wachtwoord");
        HttpResponse<String> tooShort = browser.post(link, "password", "veertien teken", "repeated", "veertien teken");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("minstens 15 tekens");
        HttpResponse<String> breached =
                browser.post(link, "password", "1qaz2wsx3edc4rfv", "repeated", "1qaz2wsx3edc4rfv");
        assertThat(breached.body()).contains("gelekte wachtwoorden");
        HttpResponse<String> different = browser.post(link, "password", PASSWORD, "repeated", PASSWORD + "!");
        assertThat(different.body()).contains("niet gelijk");
        assertThat(passwordHash(id)).isEmpty();

        String nonLatin = "Съешь же ещё этих мягких французских булок да выпей чаю, прошу!!";
        assertThat(nonLatin.codePointCount(0, nonLatin.length())).isEqualTo(64);
        HttpResponse<String> accepted = browser.post(link, "password", nonLatin, "repeated", nonLatin);
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/backoffice/login?passwordSet"));
        assertThat(passwordHash(id)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");

        assertThat(browser.get(link).statusCode()).isEqualTo(410);
        assertThat(passwordCheckRedirect(new SiteClient(port), email, nonLatin)).endsWith("/backoffice/login/enrol");
    }

    @Test
    void theFirstLoginEnrolsTheAppAndLaterLoginsNeedAFreshCode() {
        String email = Unique.email("enrol");
        invite(email, StaffRole.CASE_HANDLER);
        SiteClient invitee = new SiteClient(port);
        String link = invitationLink(email);
        invitee.get(link);
        invitee.post(link, "password", PASSWORD, "repeated", PASSWORD);

        SiteClient browser = new SiteClient(port);
        assertThat(passwordCheckRedirect(browser, email, PASSWORD)).endsWith("/backoffice/login/enrol");
        String enrolPage = browser.get("/backoffice/login/enrol").body();
        assertThat(enrolPage).contains("<svg class=\"qr-code\"");
        Matcher secretMatch = SECRET.matcher(enrolPage);
        assertThat(secretMatch.find()).isTrue();
        String secret = secretMatch.group(1).replace(" ", "");

        assertThat(browser.post("/backoffice/login/enrol", "code", wrong(secret))
                        .statusCode())
                .isEqualTo(422);
        long step = Totp.step(TestToday.now());
        HttpResponse<String> enrolled = browser.post("/backoffice/login/enrol", "code", Totp.code(secret, step));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        List<String> recoveryCodes = RECOVERY_CODE
                .matcher(enrolled.body())
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(recoveryCodes).hasSize(StaffLogin.RECOVERY_CODES).doesNotHaveDuplicates();
        assertThat(location(browser.get("/backoffice"))).endsWith("/backoffice/dashboard");

        browser.post("/backoffice/logout");
        assertThat(location(browser.get("/backoffice"))).endsWith("/backoffice/login");

        SiteClient again = new SiteClient(port);
        assertThat(passwordCheckRedirect(again, email, PASSWORD)).endsWith("/backoffice/login/code");
        again.get("/backoffice/login/code");
        HttpResponse<String> replay = again.post("/backoffice/login/code", "code", Totp.code(secret, step));
        assertThat(replay.statusCode()).as("the code of a step already used").isEqualTo(422);
        assertThat(replay.body()).contains("al gebruikt");
        HttpResponse<String> fresh = again.post("/backoffice/login/code", "code", Totp.code(secret, step + 1));
        assertThat(location(fresh)).endsWith("/backoffice/dashboard");
        assertThat(location(again.get("/backoffice"))).endsWith("/backoffice/dashboard");

        SiteClient lostPhone = new SiteClient(port);
        passwordCheckRedirect(lostPhone, email, PASSWORD);
        lostPhone.get("/backoffice/login/code");
        String recovery = recoveryCodes.getFirst().toUpperCase().replace("-", " ");
        assertThat(location(lostPhone.post("/backoffice/login/code", "code", recovery)))
                .endsWith("/backoffice/dashboard");

        SiteClient reused = new SiteClient(port);
        passwordCheckRedirect(reused, email, PASSWORD);
        reused.get("/backoffice/login/code");
        assertThat(reused.post("/backoffice/login/code", "code", recoveryCodes.getFirst())
                        .statusCode())
                .as("a recovery code works once")
                .isEqualTo(422);
    }

    @Test
    void wrongPasswordsAndUnknownAddressesGetTheSameAnswer() {
        SiteClient browser = new SiteClient(port);
        browser.get("/backoffice/login");
        String nobody = Unique.email("nobody");
        HttpResponse<String> unknown = browser.post("/backoffice/login", "email", nobody, "password", PASSWORD);
        StaffMember known = TestStaff.create(jdbc, StaffRole.VIEWER);
        HttpResponse<String> wrong = browser.post("/backoffice/login", "email", known.email(), "password", PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(422).isEqualTo(wrong.statusCode());
        assertThat(SiteClient.withoutCsrf(unknown.body()).replace(nobody, ""))
                .isEqualTo(SiteClient.withoutCsrf(wrong.body()).replace(known.email(), ""));
    }

    @Test
    void fiveWrongCodesSendTheMemberBackToThePassword() {
        TestStaff.Login login = TestStaff.enrolled(jdbc, StaffRole.VIEWER);
        SiteClient browser = new SiteClient(port);
        assertThat(passwordCheckRedirect(browser, login.member().email(), login.password()))
                .endsWith("/backoffice/login/code");
        browser.get("/backoffice/login/code");
        for (int i = 0; i < PendingStaffLogin.MAXIMUM_WRONG_CODES - 1; i++) {
            assertThat(browser.post("/backoffice/login/code", "code", wrong(login.secret()))
                            .statusCode())
                    .isEqualTo(422);
        }
        assertThat(location(browser.post("/backoffice/login/code", "code", wrong(login.secret()))))
                .endsWith("/backoffice/login");
        assertThat(location(browser.post("/backoffice/login/code", "code", login.currentCode())))
                .endsWith("/backoffice/login");
    }

    @Test
    void aMemberWhoseCodesWereWrongTooOftenIsToldHowLongToWait() {
        TestStaff.Login login = TestStaff.enrolled(jdbc, StaffRole.VIEWER);
        SiteClient browser = new SiteClient(port);
        passwordCheckRedirect(browser, login.member().email(), login.password());
        browser.get("/backoffice/login/code");
        jdbc.sql("""
                        update staff_account set second_factor_failures = ?, second_factor_wait_until = ?
                        where id = ?""")
                .params(
                        SecondFactorThrottle.FREE_FAILURES,
                        java.time.OffsetDateTime.ofInstant(TestToday.now(), java.time.ZoneOffset.UTC)
                                .plusSeconds(30),
                        login.member().id())
                .update();

        HttpResponse<String> refused = browser.post("/backoffice/login/code", "code", login.currentCode());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(29, 30));
        assertThat(refused.body()).containsPattern("Wacht nog (29|30) seconden");
        assertThat(location(browser.get("/backoffice"))).endsWith("/backoffice/login");
    }

    @Test
    void attemptsAtAnUnknownAddressAreAuditedUnderAKeyedHashThatTellsThemApart() {
        String nobody = Unique.email("niemand");
        String someoneElse = Unique.email("iemand-anders");
        SiteClient browser = new SiteClient(port);
        browser.get("/backoffice/login");
        browser.post("/backoffice/login", "email", nobody, "password", PASSWORD);
        browser.post("/backoffice/login", "email", " " + nobody.toUpperCase() + " ", "password", PASSWORD);
        browser.post("/backoffice/login", "email", someoneElse, "password", PASSWORD);

        List<String> subjects = jdbc.sql("""
                        select subject_id from audit_entry
                        where action = 'staff.login.failed' and subject_type = 'staff-address'
                        order by occurred_at desc, id desc fetch first 3 rows only""").query(String.class).list();
        assertThat(subjects).hasSize(3).allMatch(subject -> subject.matches("hmac-[A-Za-z0-9_-]{20}"));
        assertThat(subjects.get(1)).as("the same address, however typed").isEqualTo(subjects.get(2));
        assertThat(subjects.get(0)).isNotEqualTo(subjects.get(1));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id like ? or subject_id like ?")
                        .params("%" + nobody.substring(0, nobody.indexOf('@')) + "%", "%" + someoneElse + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void deactivationEndsTheMembersSessionAtOnce() {
        TestStaff.Login login = TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER);
        SiteClient browser = TestStaff.logIn(port, login);
        assertThat(location(browser.get("/backoffice"))).endsWith("/backoffice/dashboard");

        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        assertThat(administration.setActive(admin, "127.0.0.1", login.member().id(), false))
                .isTrue();

        assertThat(location(browser.get("/backoffice"))).endsWith("/backoffice/login");
        assertThat(passwordCheckRedirect(new SiteClient(port), login.member().email(), login.password()))
                .as("a deactivated account cannot log in again")
                .isEmpty();
    }

    private UUID invite(String email, StaffRole role) {
        return invitations
                .invite("Nieuwe Collega", EmailAddress.parse(email).orElseThrow(), EnumSet.of(role))
                .orElseThrow();
    }

    private static String invitationLink(String email) {
        MimeMessage mail = TestMailServer.awaitMail(email);
        return TestMailServer.linkPath(mail, StaffInvitations.PATH);
    }

    private static String passwordCheckRedirect(SiteClient browser, String email, String password) {
        browser.get("/backoffice/login");
        HttpResponse<String> response = browser.post("/backoffice/login", "email", email, "password", password);
        return response.statusCode() == 302 ? location(response) : "";
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    private static String wrong(String secret) {
        String right = Totp.code(secret, Totp.step(TestToday.now()));
        return right.equals("000000") ? "111111" : "000000";
    }

    private String passwordHash(UUID id) {
        return jdbc.sql("select coalesce(password_hash, '') from staff_account where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
