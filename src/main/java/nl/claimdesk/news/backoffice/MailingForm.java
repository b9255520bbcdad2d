package nl.claimdesk.news.backoffice;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.internal.Audience;
import nl.claimdesk.news.internal.Mailing;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * A mailing exactly as typed on the compose form. Read from the request parameters rather than bound, because a
 * body is longer than the binder's cap on a field (like the content editor's texts); its limits are checked here.
 */
record MailingForm(
        String campaign,
        String kind,
        List<String> audienceKinds,
        boolean completeOnly,
        List<String> languages,
        String subjectNl,
        String bodyNl,
        String subjectEn,
        String bodyEn,
        String timelineItem,
        boolean publishOnSite) {

    static final int SUBJECT_MAXIMUM = 200;
    static final int BODY_MAXIMUM = 20_000;

    static final MailingForm EMPTY = new MailingForm(
            "",
            MailingKind.NEWS_UPDATE.name(),
            List.of(RegistrationKind.CHILDREN.name(), RegistrationKind.SELF.name(), RegistrationKind.SUPPORTER.name()),
            false,
            List.of(Language.NL.code(), Language.EN.code()),
            "",
            "",
            "",
            "",
            "",
            false);

    static MailingForm read(MultiValueMap<String, String> params) {
        return new MailingForm(
                one(params, "campaign"),
                one(params, "kind"),
                List.copyOf(params.getOrDefault("audienceKinds", List.of())),
                "yes".equals(one(params, "completeOnly")),
                List.copyOf(params.getOrDefault("languages", List.of())),
                one(params, "subjectNl"),
                body(params, "bodyNl"),
                one(params, "subjectEn"),
                body(params, "bodyEn"),
                one(params, "timelineItem"),
                "yes".equals(one(params, "publishOnSite")));
    }

    /** What the form describes, or empty after adding every problem to {@code errors}. */
    Optional<Checked> check(Texts t, FormErrors errors) {
        Optional<MailingKind> checkedKind = parse(MailingKind.class, kind);
        if (checkedKind.isEmpty()) {
            errors.add("kind", t.get("news.error.kind"));
        }
        Set<RegistrationKind> kinds = EnumSet.noneOf(RegistrationKind.class);
        audienceKinds.forEach(name -> parse(RegistrationKind.class, name).ifPresent(kinds::add));
        if (kinds.isEmpty()) {
            errors.add("audienceKinds", t.get("news.error.audienceKinds"));
        }
        Set<Language> chosen = EnumSet.noneOf(Language.class);
        languages.forEach(code -> Language.fromCode(code).ifPresent(chosen::add));
        if (chosen.isEmpty()) {
            errors.add("languages", t.get("news.error.languages"));
        }
        Map<Language, Mailing.Text> texts = new EnumMap<>(Language.class);
        texts.put(Language.NL, text(t, errors, "Nl", subjectNl, bodyNl));
        texts.put(Language.EN, text(t, errors, "En", subjectEn, bodyEn));
        Optional<UUID> item = timelineItem.isEmpty() ? Optional.empty() : Ids.parse(timelineItem);
        if (!timelineItem.isEmpty() && item.isEmpty()) {
            errors.add("timelineItem", t.get("news.error.timelineItem"));
        }
        if (publishOnSite && checkedKind.isPresent() && checkedKind.get() != MailingKind.LEGAL_NOTICE) {
            errors.add("publishOnSite", t.get("news.error.publishOnSite"));
        }
        if (!errors.isEmpty() || checkedKind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Checked(
                checkedKind.get(), texts, item.orElse(null), publishOnSite, new Audience(kinds, completeOnly, chosen)));
    }

    private static Mailing.Text text(Texts t, FormErrors errors, String suffix, String subject, String body) {
        if (subject.isBlank()) {
            errors.add("subject" + suffix, t.get("news.error.subject"));
        } else if (subject.length() > SUBJECT_MAXIMUM) {
            errors.add("subject" + suffix, t.get("news.error.subjectLength", SUBJECT_MAXIMUM));
        }
        if (body.isBlank()) {
            errors.add("body" + suffix, t.get("news.error.body"));
        } else if (body.length() > BODY_MAXIMUM) {
            errors.add("body" + suffix, t.get("news.error.bodyLength", BODY_MAXIMUM));
        }
        return new Mailing.Text(subject, body);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** A body keeps its line breaks, but not more characters than anyone may store, whatever is sent. */
    private static String body(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        if (value == null) {
            return "";
        }
        return value.length() > BODY_MAXIMUM + 1 ? value.substring(0, BODY_MAXIMUM + 1) : value.strip();
    }

    /** The checked mailing, without its campaign (the controller resolves it). */
    record Checked(
            MailingKind kind,
            Map<Language, Mailing.Text> texts,
            @Nullable UUID timelineItem,
            boolean publishOnSite,
            Audience audience) {}
}
