package nl.claimdesk.registration.backoffice.classes;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.claimdesk.campaign.AgeDuringUse;
import nl.claimdesk.campaign.ClassCriteria;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.CourtSource;
import nl.claimdesk.campaign.PeriodBoundary;
import nl.claimdesk.campaign.RegistryFiling;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.SubClass;
import nl.claimdesk.registration.eligibility.Countries;
import nl.claimdesk.registration.internal.FormFields;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The draft of a class version as the back-office form holds it: every field as typed, so a refused draft is shown
 * again as it was. A new draft starts as a copy of the current version.
 */
final class ClassDraftForm {

    static final int SUB_CLASS_ROWS = 3;
    static final List<String> REGIMES = List.of("OPT_OUT", "OPT_IN", "EXCLUDED");

    private final Map<String, String> values;

    private ClassDraftForm(Map<String, String> values) {
        this.values = values;
    }

    static ClassDraftForm blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("otherCountries", "EXCLUDED");
        values.put("majorityAge", "18");
        values.put("useFromInclusive", "true");
        values.put("useUntilInclusive", "true");
        values.put("optOut", Countries.NETHERLANDS);
        values.put("subClass1-age", "MINOR");
        return new ClassDraftForm(values);
    }

    static ClassDraftForm copyOf(ClassVersionDraft draft) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("effectiveOn", draft.effectiveOn().toString());
        values.put("court", draft.source().court());
        values.put("decidedOn", draft.source().decidedOn().toString());
        values.put("caseReference", orEmpty(draft.source().caseReference()));
        values.put(
                "url", draft.source().url() == null ? "" : draft.source().url().toString());
        ClassCriteria criteria = draft.criteria();
        for (ResidenceRegime regime : ResidenceRegime.values()) {
            List<String> countries = new ArrayList<>();
            criteria.residence().forEach((country, r) -> {
                if (r == regime) {
                    countries.add(country);
                }
            });
            values.put(field(regime), String.join(", ", countries));
        }
        values.put("otherCountries", criteria.otherCountries().name());
        values.put("registrantCountry", String.valueOf(criteria.registrantCountryStandsForResidence()));
        values.put("useFrom", criteria.useFrom().date().toString());
        values.put("useFromInclusive", String.valueOf(criteria.useFrom().inclusive()));
        values.put("useFromAssumed", String.valueOf(criteria.useFrom().inclusivenessAssumed()));
        PeriodBoundary until = criteria.useUntil();
        values.put("useUntil", until == null ? "" : until.date().toString());
        values.put("useUntilInclusive", String.valueOf(until == null || until.inclusive()));
        values.put("useUntilAssumed", String.valueOf(until != null && until.inclusivenessAssumed()));
        values.put("majorityAge", String.valueOf(criteria.majorityAge()));
        values.put("furtherNl", criteria.furtherRequirements().getOrDefault("nl", ""));
        values.put("furtherEn", criteria.furtherRequirements().getOrDefault("en", ""));
        RegistryFiling registry = draft.registry();
        if (registry != null) {
            values.put(
                    "optOutDeadline",
                    registry.optOutDeadline() == null
                            ? ""
                            : registry.optOutDeadline().toString());
            values.put(
                    "optInDeadline",
                    registry.optInDeadline() == null
                            ? ""
                            : registry.optInDeadline().toString());
            values.put("registryHowNl", registry.howTo().getOrDefault("nl", ""));
            values.put("registryHowEn", registry.howTo().getOrDefault("en", ""));
            values.put(
                    "registryUrl",
                    registry.registryUrl() == null ? "" : registry.registryUrl().toString());
        }
        for (int row = 1; row <= draft.subClasses().size() && row <= SUB_CLASS_ROWS; row++) {
            SubClass subClass = draft.subClasses().get(row - 1);
            values.put("subClass" + row + "-code", subClass.code());
            values.put("subClass" + row + "-nl", subClass.names().getOrDefault("nl", ""));
            values.put("subClass" + row + "-en", subClass.names().getOrDefault("en", ""));
            values.put("subClass" + row + "-representative", subClass.representative());
            values.put("subClass" + row + "-age", subClass.ageDuringUse().name());
        }
        return new ClassDraftForm(values);
    }

    static ClassDraftForm from(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("_csrf") && !name.equals("action")) {
                values.put(name, FormFields.field(request, name));
            }
        }
        return new ClassDraftForm(values);
    }

    Map<String, String> values() {
        return values;
    }

    /** The draft, or nothing with every problem added to {@code errors}. */
    Optional<ClassVersionDraft> parse(Texts t, FormErrors errors) {
        LocalDate effectiveOn = date("effectiveOn", true, t, errors);
        String court = required("court", t, errors);
        LocalDate decidedOn = date("decidedOn", true, t, errors);
        URI url = url("url", t, errors);
        LocalDate optOutDeadline = date("optOutDeadline", false, t, errors);
        LocalDate optInDeadline = date("optInDeadline", false, t, errors);
        URI registryUrl = url("registryUrl", t, errors);
        if (value("registryHowNl").isEmpty() != value("registryHowEn").isEmpty()) {
            errors.add("registryHowNl", t.get("bo.class.error.registryHow"));
        }
        Map<String, ResidenceRegime> residence = new TreeMap<>();
        for (ResidenceRegime regime : ResidenceRegime.values()) {
            for (String country : value(field(regime)).toUpperCase(Locale.ROOT).split("[,\\s]+")) {
                if (country.isEmpty()) {
                    continue;
                }
                if (!Countries.known(country) || residence.put(country, regime) != null) {
                    errors.add(field(regime), t.get("bo.class.error.countries", country));
                }
            }
        }
        ResidenceRegime other = REGIMES.contains(value("otherCountries"))
                ? ResidenceRegime.valueOf(value("otherCountries"))
                : ResidenceRegime.EXCLUDED;
        LocalDate from = date("useFrom", true, t, errors);
        LocalDate until = date("useUntil", false, t, errors);
        Integer majority = majorityAge(t, errors);
        List<SubClass> subClasses = subClasses(t, errors);
        if (from == null || majority == null || effectiveOn == null || decidedOn == null || !errors.isEmpty()) {
            return Optional.empty();
        }
        PeriodBoundary start = new PeriodBoundary(from, checked("useFromInclusive"), checked("useFromAssumed"));
        PeriodBoundary end = until == null
                ? null
                : new PeriodBoundary(until, checked("useUntilInclusive"), checked("useUntilAssumed"));
        if (end != null && end.lastDay().isBefore(start.firstDay())) {
            errors.add("useUntil", t.get("bo.class.error.period"));
            return Optional.empty();
        }
        Map<String, String> further = new LinkedHashMap<>();
        if (!value("furtherNl").isEmpty() || !value("furtherEn").isEmpty()) {
            further.put("nl", value("furtherNl"));
            further.put("en", value("furtherEn"));
        }
        return Optional.of(new ClassVersionDraft(
                effectiveOn,
                new CourtSource(court, decidedOn, emptyToNull(value("caseReference")), url),
                subClasses,
                new ClassCriteria(residence, other, checked("registrantCountry"), start, end, majority, further),
                registry(optOutDeadline, optInDeadline, registryUrl)));
    }

    private @Nullable RegistryFiling registry(
            @Nullable LocalDate optOutDeadline, @Nullable LocalDate optInDeadline, @Nullable URI registryUrl) {
        Map<String, String> howTo = value("registryHowNl").isEmpty()
                ? Map.of()
                : Map.of("nl", value("registryHowNl"), "en", value("registryHowEn"));
        if (optOutDeadline == null && optInDeadline == null && registryUrl == null && howTo.isEmpty()) {
            return null;
        }
        return new RegistryFiling(optOutDeadline, optInDeadline, howTo, registryUrl);
    }

    private List<SubClass> subClasses(Texts t, FormErrors errors) {
        List<SubClass> subClasses = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int row = 1; row <= SUB_CLASS_ROWS; row++) {
            String prefix = "subClass" + row;
            String code = value(prefix + "-code").toUpperCase(Locale.ROOT);
            String nl = value(prefix + "-nl");
            String en = value(prefix + "-en");
            String representative = value(prefix + "-representative");
            if (code.isEmpty() && nl.isEmpty() && en.isEmpty() && representative.isEmpty()) {
                continue;
            }
            if (!code.matches("[A-Z][A-Z0-9_]{0,39}") || codes.contains(code)) {
                errors.add(prefix + "-code", t.get("bo.class.error.code"));
                continue;
            }
            if (nl.isEmpty() || en.isEmpty() || representative.isEmpty()) {
                errors.add(prefix + "-nl", t.get("bo.class.error.subClass", code));
                continue;
            }
            codes.add(code);
            AgeDuringUse age = switch (value(prefix + "-age")) {
                case "ADULT" -> AgeDuringUse.ADULT;
                case "ANY" -> AgeDuringUse.ANY;
                default -> AgeDuringUse.MINOR;
            };
            subClasses.add(new SubClass(code, Map.of("nl", nl, "en", en), representative, age));
        }
        if (subClasses.isEmpty() && errors.isEmpty()) {
            errors.add("subClass1-code", t.get("bo.class.error.noSubClass"));
        }
        return subClasses;
    }

    private @Nullable Integer majorityAge(Texts t, FormErrors errors) {
        try {
            int age = Integer.parseInt(value("majorityAge"));
            if (age >= 1 && age <= 120) {
                return age;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the message
        }
        errors.add("majorityAge", t.get("bo.class.error.majorityAge"));
        return null;
    }

    private @Nullable URI url(String name, Texts t, FormErrors errors) {
        String url = value(name);
        if (url.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // falls through to the message
        }
        errors.add(name, t.get("bo.class.error.url"));
        return null;
    }

    private @Nullable LocalDate date(String name, boolean required, Texts t, FormErrors errors) {
        String value = value(name);
        if (value.isEmpty()) {
            if (required) {
                errors.add(name, t.get("bo.class.error.date"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            errors.add(name, t.get("bo.class.error.date"));
            return null;
        }
    }

    private String required(String name, Texts t, FormErrors errors) {
        String value = value(name);
        if (value.isEmpty() || value.length() > 200) {
            errors.add(name, t.get("bo.class.error.required"));
        }
        return value;
    }

    String value(String name) {
        return values.getOrDefault(name, "").strip();
    }

    boolean checked(String name) {
        return "true".equals(value(name));
    }

    static String field(ResidenceRegime regime) {
        return switch (regime) {
            case OPT_OUT -> "optOut";
            case OPT_IN -> "optIn";
            case EXCLUDED -> "excluded";
        };
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
