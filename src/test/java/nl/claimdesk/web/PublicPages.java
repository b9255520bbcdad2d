package nl.claimdesk.web;

import java.util.List;

/** Every public page of the demo site, in both languages, including the error page. */
public final class PublicPages {

    public static final List<String> ALL = List.of(
            "/nl",
            "/en",
            "/nl/tiktok",
            "/en/tiktok",
            "/nl/tiktok/tijdlijn",
            "/en/tiktok/timeline",
            "/nl/tiktok/privacy",
            "/en/tiktok/privacy",
            "/nl/tiktok/stichting",
            "/en/tiktok/foundation",
            "/nl/energiecontract",
            "/en/energiecontract",
            "/nl/toegankelijkheid",
            "/en/accessibility",
            "/nl/bestaat-niet",
            "/en/does-not-exist");

    private PublicPages() {}
}
