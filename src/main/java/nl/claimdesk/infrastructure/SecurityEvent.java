package nl.claimdesk.infrastructure;

import java.util.Arrays;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The security events the application logs (OWASP ASVS chapter 16), each as one structured line on the logger
 * {@code claimdesk.security}: the event's name and a few fields that identify no person — never a token, password,
 * email address, name or IBAN. docs/security.md lists every event; a test keeps that list and this one equal.
 */
public enum SecurityEvent {
    PARTICIPANT_LOGIN_SUCCEEDED("participant.login.succeeded", Level.INFO),
    ACCESS_WITHOUT_LOGIN("access.without-login", Level.INFO),
    AUTHORISATION_FAILED("authorisation.failed", Level.WARN),
    RATE_LIMIT_REFUSED("rate-limit.refused", Level.WARN),
    RATE_LIMIT_MAIL_SUPPRESSED("rate-limit.mail-suppressed", Level.WARN),
    RATE_LIMIT_UNAVAILABLE("rate-limit.unavailable", Level.ERROR),
    SIGN_UP_DISCARDED("sign-up.discarded", Level.INFO),
    TOKEN_MISUSED("token.misused", Level.WARN),
    PARTICIPANT_SESSIONS_ENDED("participant.sessions.ended", Level.INFO),
    STAFF_SECOND_FACTOR_THROTTLED("staff.second-factor.throttled", Level.WARN);

    private static final Logger log = LoggerFactory.getLogger("claimdesk.security");

    private final String eventName;
    private final Level level;

    SecurityEvent(String eventName, Level level) {
        this.eventName = eventName;
        this.level = level;
    }

    public String eventName() {
        return eventName;
    }

    /** Logs this event; {@code fields} alternate name and value, and must not name or identify a person. */
    public void log(Object... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name/value pairs: " + Arrays.toString(fields));
        }
        LoggingEventBuilder line = log.atLevel(level).addKeyValue("event.action", eventName);
        StringJoiner text = new StringJoiner(" ", eventName + (fields.length > 0 ? " " : ""), "");
        for (int i = 0; i < fields.length; i += 2) {
            line = line.addKeyValue(fields[i].toString(), fields[i + 1]);
            text.add(fields[i] + "=" + fields[i + 1]);
        }
        line.log(text.toString());
    }
}
