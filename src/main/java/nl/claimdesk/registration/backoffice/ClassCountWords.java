package nl.claimdesk.registration.backoffice;

import java.util.List;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.registration.view.ClassPageView;
import nl.claimdesk.web.Texts;

/** Class counts in the words of the back office: the sub-class by its name, a reason or missing fact in short. */
final class ClassCountWords {

    private ClassCountWords() {}

    /** {@code versions} newest first: a sub-class is named as the newest version that has it names it. */
    static List<ClassPageView.Count> of(List<ClassCount> counts, List<ClassVersion> versions, Texts t) {
        return counts.stream()
                .map(count -> new ClassPageView.Count(outcome(count, versions, t), count.claimants()))
                .toList();
    }

    private static String outcome(ClassCount count, List<ClassVersion> versions, Texts t) {
        if (count.status() == null) {
            return t.get("bo.class.count.NONE");
        }
        return switch (count.status()) {
            case IN_CLASS -> t.get("bo.class.count.IN_CLASS", subClassName(count.subClass(), versions, t));
            case OUTSIDE, INFORMATION_NEEDED -> t.get("bo.class.count." + count.status() + "." + count.detail());
        };
    }

    private static String subClassName(String code, List<ClassVersion> versions, Texts t) {
        return versions.stream()
                .flatMap(version -> version.subClass(code).stream())
                .findFirst()
                .map(subClass -> subClass.name(t.language()))
                .orElse(code);
    }
}
