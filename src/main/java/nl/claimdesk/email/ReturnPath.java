package nl.claimdesk.email;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.claimdesk.infrastructure.SiteSecrets;
import org.springframework.stereotype.Component;

/**
 * The envelope sender of every mail, VERP-style: {@code bounces+<row><signature>@domain}, where {@code row} is the
 * outbox row's id and {@code signature} the first eight bytes of its HMAC-SHA256 under a key every node shares. A
 * bounce comes back to that address, so it names the mail it is about even when the bounce quotes nothing of it;
 * the signature keeps a forged bounce from marking someone else's address. Lower-case hex only, because some mail
 * servers change the case of a local part.
 */
@Component
class ReturnPath {

    private static final String KEY = "mail-return-path";
    private static final int SIGNATURE_BYTES = 8;
    private static final HexFormat HEX = HexFormat.of();

    private final String localPart;
    private final String domain;
    private final Pattern token;
    private final SiteSecrets secrets;

    ReturnPath(EmailSettings settings, SiteSecrets secrets) {
        String address = settings.returnPath().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        this.localPart = at < 0 ? "" : address.substring(0, at);
        this.domain = at < 0 ? "" : address.substring(at + 1);
        this.token = Pattern.compile(Pattern.quote(localPart) + "\\+([0-9a-f]{32})([0-9a-f]{" + SIGNATURE_BYTES * 2
                + "})@" + Pattern.quote(domain));
        this.secrets = secrets;
    }

    /** The envelope sender for the mail of outbox row {@code mail}; empty when no return path is set. */
    Optional<String> of(UUID mail) {
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        String row = hex(mail);
        return Optional.of(localPart + "+" + row + signature(row) + "@" + domain);
    }

    /** The outbox row a bounce address names, if it is one of ours and its signature holds. */
    Optional<UUID> mailOf(String address) {
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        Matcher found = token.matcher(address.strip().toLowerCase(Locale.ROOT));
        if (!found.matches()
                || !MessageDigest.isEqual(
                        signature(found.group(1)).getBytes(StandardCharsets.US_ASCII),
                        found.group(2).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String row = found.group(1);
        return Optional.of(new UUID(
                Long.parseUnsignedLong(row.substring(0, 16), 16), Long.parseUnsignedLong(row.substring(16), 16)));
    }

    private static String hex(UUID id) {
        return HEX.toHexDigits(id.getMostSignificantBits()) + HEX.toHexDigits(id.getLeastSignificantBits());
    }

    private String signature(String row) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key(KEY), "HmacSHA256"));
            byte[] full = mac.doFinal(row.getBytes(StandardCharsets.US_ASCII));
            return HEX.formatHex(full, 0, SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
