package nl.claimdesk.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One random AES-256 key per person (a registration, a claimant, an account) whose personal values the audit log
 * holds. The values are sealed with it (AES-GCM, bound to the person's id); forgetting the key is what erases them
 * from the append-only log (ADR 28).
 */
@Repository
public class SubjectKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private final JdbcClient jdbc;
    private final Clock clock;

    SubjectKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code plain} sealed with the subject's key, made now if the subject has none yet. */
    public String seal(UUID subject, String plain) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        // The first transaction to insert wins; a concurrent one waits for it and then reads the same key.
        jdbc.sql(
                        "insert into audit_subject_key (subject_id, secret, created_at) values (?, ?, ?) on conflict do nothing")
                .params(subject, Base64.getEncoder().encodeToString(fresh), OffsetDateTime.now(clock))
                .update();
        byte[] key = keys(List.of(subject)).get(subject);
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, subject, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The keys that still exist among those of {@code subjects}, by subject. */
    public Map<UUID, byte[]> keys(Collection<UUID> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        String marks = subjects.stream().map(subject -> "?").collect(Collectors.joining(", "));
        return jdbc
                .sql("select subject_id, secret from audit_subject_key where subject_id in (" + marks + ")")
                .params(List.copyOf(subjects))
                .query((rs, row) -> Map.entry(
                        rs.getObject("subject_id", UUID.class),
                        Base64.getDecoder().decode(rs.getString("secret"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The plain text of {@code sealed}, or empty when it was not sealed for {@code subject} with this key. */
    public static Optional<String> open(UUID subject, byte[] key, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, subject, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            return Optional.of(
                    new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException unreadable) {
            return Optional.empty();
        }
    }

    /** Deletes the keys of {@code subjects}: whatever was sealed with them can no longer be read, by anyone. */
    public void forget(Collection<UUID> subjects) {
        for (UUID subject : subjects) {
            jdbc.sql("delete from audit_subject_key where subject_id = ?")
                    .param(subject)
                    .update();
        }
    }

    private static Cipher cipher(int mode, byte[] key, UUID subject, GCMParameterSpec spec)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), spec);
        cipher.updateAAD(subject.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
