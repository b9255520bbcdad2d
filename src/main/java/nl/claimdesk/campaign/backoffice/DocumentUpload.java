package nl.claimdesk.campaign.backoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.claimdesk.campaign.CampaignSettings;
import nl.claimdesk.campaign.internal.FileSize;
import nl.claimdesk.campaign.internal.PdfFile;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file of a document upload: at most {@code claimdesk.documents.maximum-size} and a PDF by its own bytes, whatever
 * name or content type the browser gave it.
 */
@Component
class DocumentUpload {

    static final String FIELD = "file";

    private final DataSize maximum;

    DocumentUpload(CampaignSettings settings) {
        this.maximum = settings.documents().maximumSize();
    }

    DataSize maximum() {
        return maximum;
    }

    /**
     * The uploaded PDF; {@code null} when none was chosen and none is {@code required}, or after adding the reason
     * it is refused to {@code errors}.
     */
    @Nullable
    PdfFile check(@Nullable MultipartFile file, boolean required, Texts t, FormErrors errors) {
        if (file == null || file.isEmpty()) {
            if (required) {
                errors.add(FIELD, t.get("document.error.noFile"));
            }
            return null;
        }
        if (file.getSize() > maximum.toBytes()) {
            errors.add(FIELD, tooLarge(t));
            return null;
        }
        PdfFile pdf = PdfFile.read(bytes(file)).orElse(null);
        if (pdf == null) {
            errors.add(FIELD, t.get("document.error.notPdf"));
        }
        return pdf;
    }

    String tooLarge(Texts t) {
        return t.get("document.error.tooLarge", limit(t));
    }

    String limit(Texts t) {
        return FileSize.format(maximum.toBytes(), t.language().locale());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded document", e);
        }
    }
}
