package nl.claimdesk.web.backoffice;

import java.util.Comparator;
import java.util.List;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.ErrorView;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Builds the {@link BackofficePage} frame for the logged-in staff member. */
@Component
public class BackofficePages {

    private final List<BackofficeSection> sections;
    private final PageFactory pages;

    BackofficePages(List<BackofficeSection> sections, PageFactory pages) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(BackofficeSection::order))
                .toList();
        this.pages = pages;
    }

    /**
     * The frame of a page of the section whose navigation link is {@code sectionPath}, in the language of the back
     * office (Dutch).
     */
    public BackofficePage page(String title, String sectionPath) {
        StaffMember member = StaffMember.require();
        Texts texts = pages.texts(Language.NL);
        List<BackofficePage.NavItem> navigation = sections.stream()
                .filter(section -> member.hasAnyRole(section.roles()))
                .map(section -> new BackofficePage.NavItem(
                        texts.get(section.titleKey()),
                        section.path(),
                        section.path().equals(sectionPath)))
                .toList();
        return new BackofficePage(Language.NL, title, texts, member, navigation, pages.stylesheetUrl());
    }

    /** The frame of a page shown before login (the staff login itself): no navigation. */
    public BackofficePage anonymousPage(String title) {
        return new BackofficePage(Language.NL, title, texts(), null, List.of(), pages.stylesheetUrl());
    }

    /**
     * The page for an address in the section that names nothing that exists (e.g. a file id nobody has), in the
     * back-office frame, with status 404 and a way back to the section.
     */
    public ModelAndView notFound(String sectionPath) {
        Texts texts = texts();
        String heading = texts.get("bo.notFound.title");
        return Views.render(
                "web/backoffice-not-found",
                page(heading, sectionPath),
                new ErrorView(404, heading, texts.get("bo.notFound.explanation"), sectionPath),
                HttpStatus.NOT_FOUND);
    }

    public Texts texts() {
        return pages.texts(Language.NL);
    }
}
