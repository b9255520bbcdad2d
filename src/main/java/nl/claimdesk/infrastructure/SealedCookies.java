package nl.claimdesk.infrastructure;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Cookies whose value is encrypted and authenticated (AES-GCM) with a key all nodes share, so a form that spans
 * several pages can keep what was typed in the visitor's own browser instead of in a server session. A cookie that
 * was changed, comes from another purpose, or cannot be read is treated as absent.
 */
@Component
public class SealedCookies {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private final SiteSecrets secrets;
    private final SiteCookies site;
    private volatile SecretKeySpec key;

    SealedCookies(SiteSecrets secrets, SiteCookies site) {
        this.secrets = secrets;
        this.site = site;
    }

    public Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(site.name(name))) {
                return open(name, cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public void write(HttpServletResponse response, String name, String value, Duration maxAge) {
        response.addHeader("Set-Cookie", cookie(name, seal(name, value), maxAge).toString());
    }

    public void clear(HttpServletResponse response, String name) {
        response.addHeader("Set-Cookie", cookie(name, "", Duration.ZERO).toString());
    }

    private ResponseCookie cookie(String name, String value, Duration maxAge) {
        return ResponseCookie.from(site.name(name), value)
                .path("/")
                .httpOnly(true)
                .secure(site.secure())
                .sameSite("Lax")
                .maxAge(maxAge)
                .build();
    }

    String seal(String purpose, String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    Optional<String> open(String purpose, String value) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException unreadable) {
            return Optional.empty();
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            current = new SecretKeySpec(secrets.key("sealed-cookies"), "AES");
            key = current;
        }
        return current;
    }
}
