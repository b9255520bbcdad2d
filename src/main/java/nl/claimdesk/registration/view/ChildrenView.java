package nl.claimdesk.registration.view;

import java.util.List;

/**
 * The children page: one group of fields per child with what the class asks of each ({@code classFields}, in the same
 * order) and the registrant's authority over each, a way to add or remove one, and the supporter route where a child
 * is refused.
 */
public record ChildrenView(
        Funnel funnel,
        List<ChildForm> children,
        List<ClassFields> classFields,
        boolean canAddMore,
        String defendant,
        boolean supporterOffered) {}
