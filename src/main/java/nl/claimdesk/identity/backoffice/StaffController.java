package nl.claimdesk.identity.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.identity.view.StaffFormView;
import nl.claimdesk.identity.view.StaffListView;
import nl.claimdesk.identity.view.StaffRow;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Staff management for admins: the list, inviting, roles, deactivation and resetting a login. */
@Controller
class StaffController {

    static final String PATH = "/backoffice/staff";
    private static final Set<String> NOTICES = Set.of("invited", "roles", "deactivated", "reactivated", "reset");

    private final StaffAdministration administration;
    private final BackofficePages pages;

    StaffController(StaffAdministration administration, BackofficePages pages) {
        this.administration = administration;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ModelAndView list(@RequestParam(required = false) @Nullable String done) {
        String notice = done != null && NOTICES.contains(done) ? "staff.done." + done : null;
        return Views.render(
                "identity/backoffice/staff",
                pages.page(pages.texts().get("staff.title"), PATH),
                new StaffListView(administration.all(), notice));
    }

    @GetMapping(PATH + "/invite")
    ModelAndView inviteForm() {
        return invitePage(new StaffFormView(null, "", "", Set.of(), FormErrors.none(), false), HttpStatus.OK);
    }

    @PostMapping(PATH + "/invite")
    Object invite(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") List<String> roles,
            HttpServletRequest request) {
        Texts t = pages.texts();
        Set<StaffRole> chosen = roles(roles);
        FormErrors errors = FormErrors.none();
        if (name.isBlank()) {
            errors.add("name", t.get("staff.form.name.missing"));
        } else if (name.strip().length() > 200) {
            errors.add("name", t.get("staff.form.name.tooLong"));
        }
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (address.isEmpty()) {
            errors.add("email", t.get(email.isBlank() ? "form.email.missing" : "form.email.invalid"));
        }
        if (chosen.isEmpty()) {
            errors.add("roles", t.get("staff.form.roles.missing"));
        }
        if (errors.isEmpty()
                && administration
                        .invite(StaffMember.require(), request.getRemoteAddr(), name.strip(), address.get(), chosen)
                        .isEmpty()) {
            errors.add("email", t.get("staff.form.email.taken"));
        }
        if (!errors.isEmpty()) {
            return invitePage(
                    new StaffFormView(null, name, email, chosen, errors, false), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return "redirect:" + PATH + "?done=invited";
    }

    @GetMapping(PATH + "/{id}")
    ModelAndView member(@PathVariable UUID id) {
        StaffRow row = find(id);
        return memberPage(row, row.roles(), FormErrors.none(), HttpStatus.OK);
    }

    @PostMapping(PATH + "/{id}/roles")
    Object changeRoles(
            @PathVariable UUID id, @RequestParam(defaultValue = "") List<String> roles, HttpServletRequest request) {
        StaffRow row = find(id);
        Texts t = pages.texts();
        Set<StaffRole> chosen = roles(roles);
        if (chosen.isEmpty()) {
            return memberPage(
                    row,
                    chosen,
                    FormErrors.none().add("roles", t.get("staff.form.roles.missing")),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (!administration.changeRoles(StaffMember.require(), request.getRemoteAddr(), id, chosen)) {
            return memberPage(
                    row,
                    chosen,
                    FormErrors.none().add("roles", t.get("staff.form.roles.ownAdmin")),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return "redirect:" + PATH + "?done=roles";
    }

    @PostMapping(PATH + "/{id}/deactivate")
    Object deactivate(@PathVariable UUID id, HttpServletRequest request) {
        return setActive(id, false, request);
    }

    @PostMapping(PATH + "/{id}/reactivate")
    Object reactivate(@PathVariable UUID id, HttpServletRequest request) {
        return setActive(id, true, request);
    }

    @PostMapping(PATH + "/{id}/reset")
    Object resetLogin(@PathVariable UUID id, HttpServletRequest request) {
        find(id);
        administration.resetLogin(StaffMember.require(), request.getRemoteAddr(), id);
        return "redirect:" + PATH + "?done=reset";
    }

    private Object setActive(UUID id, boolean active, HttpServletRequest request) {
        StaffRow row = find(id);
        if (!administration.setActive(StaffMember.require(), request.getRemoteAddr(), id, active)) {
            return memberPage(
                    row,
                    row.roles(),
                    FormErrors.none().add("active", pages.texts().get("staff.form.ownAccount")),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return "redirect:" + PATH + "?done=" + (active ? "reactivated" : "deactivated");
    }

    private StaffRow find(UUID id) {
        return administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView invitePage(StaffFormView view, HttpStatus status) {
        return Views.render(
                "identity/backoffice/staff-invite",
                pages.page(pages.texts().get("staff.invite.title"), PATH),
                view,
                status);
    }

    private ModelAndView memberPage(StaffRow row, Set<StaffRole> roles, FormErrors errors, HttpStatus status) {
        boolean self = row.id().equals(StaffMember.require().id());
        StaffFormView view = new StaffFormView(row, row.name(), row.email(), roles, errors, self);
        return Views.render("identity/backoffice/staff-member", pages.page(row.name(), PATH), view, status);
    }

    private static Set<StaffRole> roles(List<String> names) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String name : names) {
            for (StaffRole role : StaffRole.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
