package nl.claimdesk.campaign.view;

import java.util.List;
import nl.claimdesk.shared.SafeHtml;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * A back-office form that edits one piece of campaign content in every language: a text, a timeline item or a FAQ
 * question. {@code conflict} explains why a save was refused because someone else saved first; the fields then show
 * what is stored now next to what the editor typed.
 */
public record EditorView(
        String heading,
        String campaignName,
        String action,
        String backHref,
        FormErrors errors,
        @Nullable String conflict,
        long version,
        @Nullable DateFields date,
        @Nullable SelectField select,
        List<LanguageFields> languages,
        @Nullable String deleteHref) {

    /** What a kind of item has besides its texts: a date (timeline) or a choice (FAQ topic). */
    public record Extra(@Nullable DateFields date, @Nullable SelectField select) {}

    /** A date typed as day, month and year; the fields are named {@code dateDay}, {@code dateMonth}, {@code dateYear}. */
    public record DateFields(String legend, String day, String month, String year) {}

    public record SelectField(String name, String label, List<Choice> choices) {}

    /** The fields of one language. */
    public record LanguageFields(String legend, String lang, List<Field> fields) {}

    /**
     * @param preview the sanitised HTML the site would show, when the editor asked for a preview
     * @param stored what is stored now, when a save was refused because someone else saved first
     */
    public record Field(
            String name,
            String label,
            String value,
            boolean markdown,
            String lang,
            @Nullable SafeHtml preview,
            @Nullable String stored) {}
}
