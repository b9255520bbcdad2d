package nl.claimdesk.campaign.backoffice;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * How much of a multipart request the servlet container reads: twice the largest document, so that a file a little
 * too large still arrives whole and is refused on the form with the editor's other input kept ({@link
 * DocumentUpload}). A larger one is cut off by the container; the editor then sees the form again with the limit
 * named ({@link DocumentEditorController}, {@link OversizedUploadFilter}), but what they typed is lost with the unread
 * body.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** The form's own fields, far below this. */
    private static final long FIELDS = DataSize.ofKilobytes(64).toBytes();

    /** Before Spring Security's filters, whose CSRF check is the first to read a request's parameters. */
    @Bean
    FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter() {
        FilterRegistrationBean<OversizedUploadFilter> registration =
                new FilterRegistrationBean<>(new OversizedUploadFilter());
        registration.addUrlPatterns(ContentSection.PATH + "/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentUpload upload) {
        long file = 2 * upload.maximum().toBytes();
        return new MultipartConfigElement("", file, file + FIELDS, 0);
    }
}
