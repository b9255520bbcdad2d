package nl.claimdesk.registration.view;

import nl.claimdesk.web.FormErrors;

/**
 * Adding a child to a registration, or correcting one: the same fields and rules as in the sign-up funnel, with what
 * the current class asks of the child ({@code asked}, docs/adr/0047).
 */
public record ChildEditView(
        String heading,
        String action,
        String cancelHref,
        ChildForm form,
        ClassFields asked,
        FormErrors errors,
        String defendant) {}
