package nl.claimdesk.registration.view;

import nl.claimdesk.web.FormErrors;

/** Adding a child to a registration, or correcting one: the same fields and rules as in the sign-up funnel. */
public record ChildEditView(
        String heading,
        String action,
        String cancelHref,
        ChildForm form,
        FormErrors errors,
        String defendant,
        boolean adding) {}
