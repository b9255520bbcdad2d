package nl.claimdesk.web;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public site's own address and contact.
 *
 * @param baseUrl the site's public address, used for links in mails
 * @param securityContact where to report a vulnerability (a mailto: or https: URI), published as
 *     /.well-known/security.txt; empty: no such file
 */
@ConfigurationProperties("claimdesk")
@Validated
record WebSettings(
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("") String securityContact) {}
