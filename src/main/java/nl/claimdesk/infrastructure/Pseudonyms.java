package nl.claimdesk.infrastructure;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Forms of an IP address (or another identifying value) that serve a purpose without saying who it was (ADR 27):
 * the network it came from, or a keyed hash that can be compared with a known value but not read back.
 */
@Component
public class Pseudonyms {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

    private final SiteSecrets secrets;
    private final byte @Nullable [] configuredKey;

    Pseudonyms(SiteSecrets secrets, InfrastructureSettings settings) {
        String configuredKey = settings.privacy().pseudonymKey();
        this.secrets = secrets;
        this.configuredKey = configuredKey.isBlank() ? null : decode(configuredKey);
    }

    /**
     * HMAC-SHA256 of {@code value} with the site's key for {@code purpose}, as 43 characters of URL-safe Base64.
     * The same value gives the same pseudonym for the same purpose on every node; without the key it cannot be
     * turned back or guessed by trying every address.
     */
    public String keyed(String purpose, String value) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key(purpose), value));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /**
     * The key of one purpose: derived from the configured key, so that a copy of the database alone does not give it
     * away; without one (a demo), a random key the site keeps in its database.
     */
    private byte[] key(String purpose) throws GeneralSecurityException {
        return configuredKey == null
                ? secrets.key("pseudonym-" + purpose)
                : hmac(configuredKey, "claimdesk pseudonym " + purpose);
    }

    private static byte[] hmac(byte[] key, String value) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] decode(String configured) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length < 32) {
            throw new IllegalStateException(
                    "CLAIMDESK_PRIVACY_PSEUDONYM_KEY must be at least 32 random bytes in Base64 (openssl rand -base64 32)");
        }
        return key;
    }

    /**
     * The network an address belongs to: an IPv4 address with its last byte zeroed (/24), an IPv6 address with all
     * but its first 48 bits zeroed (/48). Null for null or for anything that is not an address.
     */
    public static @Nullable String network(@Nullable String address) {
        if (address == null) {
            return null;
        }
        Matcher v4 = IPV4.matcher(address);
        if (v4.matches()) {
            return valid(v4) ? v4.group(1) + "." + v4.group(2) + "." + v4.group(3) + ".0" : null;
        }
        String literal =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        literal = zone < 0 ? literal : literal.substring(0, zone);
        // Only a text with a colon is parsed, so that InetAddress never looks a name up in the DNS.
        if (!literal.contains(":") || !IPV6.matcher(literal).matches()) {
            return null;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet4Address) {
                return network(parsed.getHostAddress());
            }
            byte[] bytes = parsed.getAddress();
            return String.format(
                    "%x:%x:%x::",
                    ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
                    ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff),
                    ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff));
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    private static boolean valid(Matcher v4) {
        for (int group = 1; group <= 4; group++) {
            if (Integer.parseInt(v4.group(group)) > 255) {
                return false;
            }
        }
        return true;
    }
}
