package nl.claimdesk.dossier.view;

import java.util.List;

/** Asking for erasure (what will go, what must stay and why), or, once done, what happened. */
public record ErasureView(String action, String cancelHref, boolean done, List<String> erased, List<String> kept) {}
