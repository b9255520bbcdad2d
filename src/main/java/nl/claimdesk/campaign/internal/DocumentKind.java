package nl.claimdesk.campaign.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a published document is. The first five are the documents the claim code and art. 3:305a BW ask a claim
 * foundation to publish; the foundation page lists them in this order.
 */
public enum DocumentKind {
    STATUTES,
    ANNUAL_REPORT,
    BOARD_PAY,
    RULING,
    RULING_TRANSLATION,
    OTHER;

    /** The message key of its name: {@code document.kind.<NAME>}. */
    public String labelKey() {
        return "document.kind." + name();
    }

    public static Optional<DocumentKind> fromName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
