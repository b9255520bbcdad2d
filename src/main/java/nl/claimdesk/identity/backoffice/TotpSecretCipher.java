package nl.claimdesk.identity.backoffice;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts a staff member's TOTP secret for storage (AES-256-GCM, a random 96-bit nonce per secret) and opens it
 * again. The member's id is authenticated with it, so a stored secret copied onto another account does not open.
 */
@Component
class TotpSecretCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final TotpSecretKeys keys;

    TotpSecretCipher(TotpSecretKeys keys) {
        this.keys = keys;
    }

    /** A secret as it is stored: the ciphertext and the id of the key that made it. */
    record Stored(String value, @Nullable String keyId) {

        boolean encryptedWith(String id) {
            return id.equals(keyId);
        }
    }

    /** The base32 secret encrypted with the current key. */
    Stored seal(UUID staffId, String secret) {
        String keyId = keys.currentId();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyId, nonce, staffId);
            byte[] sealed = cipher.doFinal(Base32.decode(secret));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new Stored(Base64.getEncoder().encodeToString(stored), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The base32 secret of a stored one; a secret stored before encryption (no key id) is returned as it is. Throws
     * when the key is no longer configured or the stored value was altered: no code can be checked then.
     */
    String open(UUID staffId, Stored stored) {
        String keyId = stored.keyId();
        if (keyId == null) {
            return stored.value();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.value());
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keyId, Arrays.copyOf(bytes, NONCE_BYTES), staffId);
            return Base32.encode(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("The TOTP secret of staff member " + staffId + " does not open with key '"
                    + keyId + "': it was altered, or the key is not the one in " + TotpSecretKeys.SETTING + ".");
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] nonce, UUID staffId) throws GeneralSecurityException {
        SecretKeySpec key = keys.key(keyId)
                .orElseThrow(() -> new IllegalStateException("A TOTP secret is encrypted with the key '" + keyId
                        + "', which " + TotpSecretKeys.SETTING + " no longer holds. Add it back (after the first"
                        + " key) until every secret has been re-encrypted."));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("staff-totp:" + staffId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
