package nl.claimdesk.identity.view;

import nl.claimdesk.web.FormErrors;

/**
 * Enrolling an authenticator app: the QR code (an SVG we draw ourselves), the same secret to type in by hand, and
 * the field for the first code.
 */
public record StaffEnrolView(String qrCodeSvg, String secret, String account, FormErrors errors) {

    /** The secret in groups of four, easier to type. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
