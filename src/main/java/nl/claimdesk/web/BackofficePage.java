package nl.claimdesk.web;

import java.util.List;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * The frame of a back-office page: title, the logged-in staff member and the navigation to the sections their roles
 * allow. Back-office templates take this as {@code page}, like public ones take {@link Page}.
 */
public record BackofficePage(
        Language language,
        String title,
        Texts t,
        @Nullable StaffMember member,
        List<NavItem> navigation,
        String stylesheet)
        implements Frame {

    public String lang() {
        return language.code();
    }

    /** A navigation entry; {@code current} marks the section the page belongs to. */
    public record NavItem(String label, String href, boolean current) {}
}
