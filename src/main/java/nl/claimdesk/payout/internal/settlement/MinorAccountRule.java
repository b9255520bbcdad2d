package nl.claimdesk.payout.internal.settlement;

/**
 * Whose account may receive a minor's share: only the child's own, or also the parent's as the child's legal
 * administrator. The settlement (or the court approving it) decides.
 */
public enum MinorAccountRule {
    CHILD_ONLY,
    CHILD_OR_PARENT
}
