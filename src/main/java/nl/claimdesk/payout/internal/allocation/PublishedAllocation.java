package nl.claimdesk.payout.internal.allocation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A published version of a settlement's allocation; {@code supersededAt} is set once a newer version replaces it. */
public record PublishedAllocation(
        UUID id,
        UUID settlement,
        int version,
        AllocationScheme scheme,
        long reserveCents,
        long distributedCents,
        @Nullable String reason,
        UUID publishedBy,
        OffsetDateTime publishedAt,
        @Nullable OffsetDateTime supersededAt) {

    public boolean current() {
        return supersededAt == null;
    }
}
