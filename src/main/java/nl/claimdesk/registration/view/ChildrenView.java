package nl.claimdesk.registration.view;

import java.util.List;

/** The children page: one group of fields per child, a way to add or remove one, and the declaration. */
public record ChildrenView(
        Funnel funnel, List<ChildForm> children, boolean authorityDeclared, boolean canAddMore, String defendant) {}
