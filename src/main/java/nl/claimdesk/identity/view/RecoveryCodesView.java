package nl.claimdesk.identity.view;

import java.util.List;

/** The recovery codes, shown once right after enrolment. */
public record RecoveryCodesView(List<String> codes) {}
