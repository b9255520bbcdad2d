package nl.claimdesk.web;

import org.springframework.stereotype.Component;

/** Absolute addresses on this site, for links in mails. */
@Component
public class SiteUrls {

    private final String base;

    SiteUrls(WebSettings settings) {
        String base = settings.baseUrl();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String absolute(String path) {
        return base + path;
    }

    /** The host name, used to make Message-IDs. */
    public String host() {
        return java.net.URI.create(base).getHost();
    }
}
