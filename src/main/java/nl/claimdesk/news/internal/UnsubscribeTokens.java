package nl.claimdesk.news.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.claimdesk.infrastructure.SiteSecrets;
import org.springframework.stereotype.Component;

/**
 * The token in a news mail's unsubscribe link: the account id and an HMAC-SHA256 over it with a key every node
 * shares ({@link SiteSecrets}), so the link works without login and nobody can make one for another account.
 */
@Component
public class UnsubscribeTokens {

    private static final String KEY = "news-unsubscribe";
    private static final int ID_BYTES = 16;
    private static final int MAC_BYTES = 16;

    private final SiteSecrets secrets;

    UnsubscribeTokens(SiteSecrets secrets) {
        this.secrets = secrets;
    }

    public String token(UUID account) {
        byte[] id = bytes(account);
        ByteBuffer token = ByteBuffer.allocate(ID_BYTES + MAC_BYTES);
        token.put(id).put(mac(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /** The account the token was made for, or empty when it is not one of ours. */
    public Optional<UUID> account(String token) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (raw.length != ID_BYTES + MAC_BYTES) {
            return Optional.empty();
        }
        byte[] id = Arrays.copyOf(raw, ID_BYTES);
        byte[] given = Arrays.copyOfRange(raw, ID_BYTES, raw.length);
        if (!MessageDigest.isEqual(given, mac(id))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(id);
        return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
    }

    private byte[] mac(byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key(KEY), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(id), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(ID_BYTES)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
