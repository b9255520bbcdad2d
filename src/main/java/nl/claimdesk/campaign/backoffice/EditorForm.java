package nl.claimdesk.campaign.backoffice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.claimdesk.campaign.view.EditorView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.Markdown;
import nl.claimdesk.shared.SafeHtml;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The texts of a content editor form, in every language, exactly as typed. The same fields appear once per
 * language, named {@code <language>-<field>} (e.g. {@code nl-title}).
 */
final class EditorForm {

    /** Longest Markdown text accepted; far beyond any page section, it only keeps a pasted mistake out. */
    static final int MARKDOWN_MAXIMUM = 20_000;

    /**
     * One text the editor types per language.
     *
     * @param labelKey message key of the field's label
     * @param markdown Markdown (a textarea with preview) rather than a short plain text
     */
    record Field(String key, String labelKey, boolean markdown, boolean required, int maxLength) {

        static Field plain(String key, String labelKey, boolean required, int maxLength) {
            return new Field(key, labelKey, false, required, maxLength);
        }

        static Field markdown(String key, String labelKey, boolean required) {
            return new Field(key, labelKey, true, required, MARKDOWN_MAXIMUM);
        }
    }

    private final List<Field> fields;
    private final Map<Language, Map<String, String>> values;

    private EditorForm(List<Field> fields, Map<Language, Map<String, String>> values) {
        this.fields = fields;
        this.values = values;
    }

    /** The form as submitted; a missing field counts as empty. Line endings are normalised to {@code \n}. */
    static EditorForm read(List<Field> fields, Map<String, String> params) {
        Map<Language, Map<String, String>> values = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> typed = new LinkedHashMap<>();
            for (Field field : fields) {
                String value = params.getOrDefault(name(language, field.key()), "");
                typed.put(field.key(), value.replace("\r\n", "\n").replace('\r', '\n'));
            }
            values.put(language, typed);
        }
        return new EditorForm(fields, values);
    }

    /** The form filled with what is stored. */
    static EditorForm of(List<Field> fields, Map<Language, Map<String, String>> values) {
        return new EditorForm(fields, values);
    }

    static String name(Language language, String key) {
        return language.code() + "-" + key;
    }

    /** The text of one field, without surrounding white space, as it is saved. */
    String value(Language language, String key) {
        return values.get(language).getOrDefault(key, "").strip();
    }

    /** Adds a message for every required field left empty and every field that is too long. */
    void check(Texts t, FormErrors errors) {
        for (Language language : Language.values()) {
            String languageName = t.get("content.language." + language.code());
            for (Field field : fields) {
                String value = value(language, field.key());
                String label = t.get(field.labelKey());
                String name = name(language, field.key());
                if (field.required() && value.isEmpty()) {
                    errors.add(name, t.get("content.error.required", label, languageName));
                } else if (value.length() > field.maxLength()) {
                    errors.add(name, t.get("content.error.tooLong", label, languageName, field.maxLength()));
                } else if (!field.markdown() && value.contains("\n")) {
                    errors.add(name, t.get("content.error.oneLine", label, languageName));
                }
            }
        }
    }

    /**
     * The fields for the page, per language.
     *
     * @param preview whether to render each Markdown field as the public site would
     * @param stored what is stored now, to show next to the typed text after a refused save
     */
    List<EditorView.LanguageFields> view(Texts t, boolean preview, @Nullable EditorForm stored) {
        List<EditorView.LanguageFields> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            List<EditorView.Field> shown = new ArrayList<>();
            for (Field field : fields) {
                String typed = values.get(language).getOrDefault(field.key(), "");
                SafeHtml rendered = preview && field.markdown() ? Markdown.toHtml(typed) : null;
                shown.add(new EditorView.Field(
                        name(language, field.key()),
                        t.get(field.labelKey()),
                        typed,
                        field.markdown(),
                        language.code(),
                        rendered,
                        stored == null ? null : stored.value(language, field.key())));
            }
            languages.add(new EditorView.LanguageFields(
                    t.get("content.language." + language.code()), language.code(), List.copyOf(shown)));
        }
        return List.copyOf(languages);
    }
}
