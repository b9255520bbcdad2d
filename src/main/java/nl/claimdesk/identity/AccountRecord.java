package nl.claimdesk.identity;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What is stored about an account, for its owner's data export: no token and no token hash. */
public record AccountRecord(
        String email,
        String language,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime emailVerifiedAt,
        List<Link> oneTimeLinks,
        List<EmailChange> emailChanges) {

    public record Link(
            String purpose,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            @Nullable OffsetDateTime usedAt) {}

    public record EmailChange(
            String newEmail,
            OffsetDateTime requestedAt,
            @Nullable OffsetDateTime confirmedAt) {}
}
