package nl.claimdesk.web.backoffice;

import java.util.List;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Frame;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.Texts;
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
