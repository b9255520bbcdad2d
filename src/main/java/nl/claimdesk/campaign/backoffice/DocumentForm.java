package nl.claimdesk.campaign.backoffice;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.claimdesk.campaign.internal.DocumentKind;
import nl.claimdesk.campaign.internal.FoundationDocument;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The description of a document exactly as typed on the upload form: kind, title per language, date (day, month,
 * year) and the language the document is in. The file is checked apart ({@link DocumentUpload}).
 */
record DocumentForm(String kind, String nlTitle, String enTitle, TimelineDate date, String language) {

    static final int TITLE_MAXIMUM = 300;

    static DocumentForm read(Map<String, String> params) {
        return new DocumentForm(
                params.getOrDefault("kind", "").strip(),
                params.getOrDefault(EditorForm.name(Language.NL, "title"), "").strip(),
                params.getOrDefault(EditorForm.name(Language.EN, "title"), "").strip(),
                TimelineDate.read(params),
                params.getOrDefault("language", "").strip());
    }

    static DocumentForm empty() {
        return new DocumentForm("", "", "", TimelineDate.empty(), "");
    }

    static DocumentForm of(FoundationDocument document) {
        return new DocumentForm(
                document.kind().name(),
                document.title().get(Language.NL),
                document.title().get(Language.EN),
                TimelineDate.of(document.date()),
                document.language().code());
    }

    /** The description, or {@code null} after adding every problem to {@code errors}. */
    FoundationDocument.@Nullable Description check(Texts t, FormErrors errors) {
        DocumentKind checkedKind = DocumentKind.fromName(kind).orElse(null);
        if (checkedKind == null) {
            errors.add("kind", t.get("document.error.kind"));
        }
        Map<Language, String> title = new EnumMap<>(Language.class);
        title.put(Language.NL, checkTitle(t, errors, Language.NL, nlTitle));
        title.put(Language.EN, checkTitle(t, errors, Language.EN, enTitle));
        LocalDate checkedDate = date.check(t, errors);
        Language checkedLanguage = Language.fromCode(language).orElse(null);
        if (checkedLanguage == null) {
            errors.add("language", t.get("document.error.language"));
        }
        if (checkedKind == null || checkedDate == null || checkedLanguage == null || !errors.isEmpty()) {
            return null;
        }
        return new FoundationDocument.Description(checkedKind, Map.copyOf(title), checkedDate, checkedLanguage);
    }

    private static String checkTitle(Texts t, FormErrors errors, Language language, String value) {
        String field = EditorForm.name(language, "title");
        String label = t.get("document.title");
        String languageName = t.get("content.language." + language.code());
        if (value.isEmpty()) {
            errors.add(field, t.get("content.error.required", label, languageName));
        } else if (value.length() > TITLE_MAXIMUM) {
            errors.add(field, t.get("content.error.tooLong", label, languageName, TITLE_MAXIMUM));
        } else if (value.contains("\n") || value.contains("\r")) {
            errors.add(field, t.get("content.error.oneLine", label, languageName));
        }
        return value;
    }
}
