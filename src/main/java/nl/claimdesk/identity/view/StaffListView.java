package nl.claimdesk.identity.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The staff list, with the notice (message key) of what was just done. */
public record StaffListView(List<StaffRow> staff, @Nullable String notice) {}
