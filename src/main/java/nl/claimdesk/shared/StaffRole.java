package nl.claimdesk.shared;

/**
 * What a staff member of the back office may do. Access is denied unless a back-office section names one of the
 * member's roles.
 */
public enum StaffRole {
    /** Everything, plus staff management and the audit log. */
    ADMIN,
    /** Participants, files, withdrawals, duplicate reviews and exports. */
    CASE_HANDLER,
    /** The campaigns' public texts, timeline and FAQ. */
    EDITOR,
    /** Settlements, allocations, payment runs and the bank accounts' name checks; the payout reports. */
    FINANCE,
    /** Aggregate figures only: never a name, email address or date of birth. */
    VIEWER;

    /** The authority Spring Security checks for this role. */
    public String authority() {
        return "ROLE_STAFF_" + name();
    }
}
