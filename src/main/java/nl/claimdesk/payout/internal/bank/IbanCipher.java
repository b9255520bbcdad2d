package nl.claimdesk.payout.internal.bank;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import nl.claimdesk.payout.Iban;
import org.springframework.stereotype.Component;

/**
 * Seals an IBAN for storage (AES-256-GCM, a random 96-bit nonce each time) and opens it again. The bank account's id
 * is authenticated with it, so an IBAN copied onto another claimant's row does not open.
 */
@Component
class IbanCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /**
     * One cipher per thread, initialised afresh for every IBAN: looking the algorithm up costs more than opening the
     * IBAN, and a payment file opens one for each of its payments.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    });

    private final IbanKeys keys;

    IbanCipher(IbanKeys keys) {
        this.keys = keys;
    }

    /** An IBAN as stored: nonce and ciphertext in base64, and the id of the key that sealed it. */
    record Sealed(String value, String keyId) {}

    Sealed seal(UUID bankAccount, Iban iban) {
        String keyId = keys.currentId();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keyId, nonce, bankAccount)
                    .doFinal(iban.electronic().getBytes(StandardCharsets.US_ASCII));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new Sealed(Base64.getEncoder().encodeToString(stored), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The IBAN; throws when the key is gone or the stored value was altered, naming the row but never the IBAN. */
    Iban open(UUID bankAccount, Sealed sealed) {
        try {
            byte[] stored = Base64.getDecoder().decode(sealed.value());
            byte[] plain = cipher(
                            Cipher.DECRYPT_MODE,
                            sealed.keyId(),
                            java.util.Arrays.copyOf(stored, NONCE_BYTES),
                            bankAccount)
                    .doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return Iban.ofStored(new String(plain, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("The IBAN of bank account " + bankAccount + " does not open with key '"
                    + sealed.keyId() + "': it was altered, or the key is not the one in " + IbanKeys.SETTING + ".");
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] nonce, UUID bankAccount) throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        cipher.init(
                mode,
                keys.key(keyId)
                        .orElseThrow(() -> new IllegalStateException("An IBAN is sealed with the key '" + keyId
                                + "', which " + IbanKeys.SETTING + " no longer holds: add it back after the first.")),
                new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("bank-account:" + bankAccount).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
