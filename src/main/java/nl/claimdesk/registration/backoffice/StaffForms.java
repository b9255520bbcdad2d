package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditDetails;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.RegistrationFile;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.FileStore;
import nl.claimdesk.registration.view.StaffFormView;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every back-office action on a file shares: finding the file (or the back office's "not found" page), the
 * required reason, the page frame with its audit entry, and the way back to the file afterwards.
 */
@Component
public class StaffForms {

    /** Files are found through the participant search, so that section stays marked in the navigation. */
    static final String FILES_SECTION = "/backoffice/participants";

    private final FileStore files;
    private final BackofficePages pages;
    private final AuditLog audit;

    StaffForms(FileStore files, BackofficePages pages, AuditLog audit) {
        this.files = files;
        this.pages = pages;
        this.audit = audit;
    }

    Optional<RegistrationFile> file(UUID registration) {
        return files.file(registration);
    }

    ModelAndView notFound() {
        return pages.notFound(FILES_SECTION);
    }

    Texts t() {
        return pages.texts();
    }

    /** The staff member, their address and the reason they gave, for the history and the audit log. */
    static ChangedBy staff(HttpServletRequest request, StaffReason reason) {
        return new ChangedBy(Actor.staff(StaffMember.require().id()), request.getRemoteAddr(), reason.reason());
    }

    /**
     * Adds the problem with the bound {@link StaffReason}, if there is one, after the form's own: every staff action
     * says why it is taken.
     */
    FormErrors checkReason(BindingResult reason, FormErrors errors) {
        return errors.addAll(FormErrors.of(reason, t()));
    }

    ModelAndView render(StaffFormView view) {
        return Views.render("registration/backoffice/form", pages.page(view.heading(), FILES_SECTION), view);
    }

    /**
     * A form on the file of {@code file}, posting to {@code path} under it. The form shows the file's data, so
     * showing it is audited as a read of the file, like the file page itself.
     */
    StaffFormView form(
            RegistrationFile file,
            String heading,
            List<String> intro,
            String path,
            List<StaffFormView.Field> fields,
            String reason,
            String submit,
            FormErrors errors) {
        audit.record(
                Actor.staff(StaffMember.require().id()),
                currentRequest().getRemoteAddr(),
                "file.form-viewed",
                "registration",
                file.id(),
                AuditDetails.of(Map.of("form", path)));
        return new StaffFormView(
                heading,
                t().get("bo.file.caption", file.reference(), file.registrantName()),
                intro,
                FilePaths.of(file.id(), path),
                FilePaths.of(file.id()),
                fields,
                reason,
                submit,
                errors);
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    static String done(UUID registration, String notice) {
        return "redirect:" + FilePaths.of(registration) + "?done=" + notice;
    }
}
