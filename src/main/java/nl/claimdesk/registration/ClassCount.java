package nl.claimdesk.registration;

import java.util.List;
import nl.claimdesk.campaign.ClassStatus;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * How many claimants of a campaign share one class outcome: a status, with its sub-class or its reason or missing
 * fact. A {@code null} status counts the claimants not evaluated yet.
 */
public record ClassCount(
        @Nullable ClassStatus status,
        @Nullable String subClass,
        @Nullable String detail,
        long claimants) {

    /** From the stored columns. */
    public static ClassCount of(
            @Nullable String status, @Nullable String subClass, @Nullable String detail, long claimants) {
        return new ClassCount(status == null ? null : ClassStatus.valueOf(status), subClass, detail, claimants);
    }

    /**
     * The outcome in the back office's short words: the sub-class by the name the newest of {@code versions} (newest
     * first) that has it gives it, a reason or missing fact in a few words.
     */
    public String label(List<ClassVersion> versions, Texts t) {
        if (status == null) {
            return t.get("bo.class.count.NONE");
        }
        return switch (status) {
            case IN_CLASS ->
                t.get(
                        "bo.class.count.IN_CLASS",
                        versions.stream()
                                .flatMap(version -> version.subClass(String.valueOf(subClass)).stream())
                                .findFirst()
                                .map(found -> found.name(t.language()))
                                .orElse(String.valueOf(subClass)));
            case OUTSIDE, INFORMATION_NEEDED -> t.get("bo.class.count." + status + "." + detail);
        };
    }
}
