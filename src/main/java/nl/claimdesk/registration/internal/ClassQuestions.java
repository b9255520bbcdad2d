package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.claimdesk.campaign.ClaimantFacts;
import nl.claimdesk.campaign.ClassCriteria;
import nl.claimdesk.campaign.ClassMembership;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.Classification;
import nl.claimdesk.campaign.MissingFact;
import nl.claimdesk.campaign.OutsideReason;
import nl.claimdesk.registration.eligibility.Countries;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.view.ClassFields;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What the campaign's current class version asks of a claimant beyond the years of use, and what it says of the
 * answers (docs/adr/0047): the claimant's own residence where the version tells residences apart, and the month use
 * started or ended only where the years leave the class undecided. Nothing here names a campaign: a version that
 * needs nothing more asks nothing more.
 */
public final class ClassQuestions {

    private static final Pattern MONTH = Pattern.compile("[0-9]{1,2}");

    private final @Nullable ClassVersionDraft version;
    private final Texts t;
    private final LocalDate today;
    private final String defendant;

    public ClassQuestions(@Nullable ClassVersionDraft version, Texts t, LocalDate today, String defendant) {
        this.version = version;
        this.t = t;
        this.today = today;
        this.defendant = defendant;
    }

    /**
     * Whether a child's own residence is asked: the version tells countries apart, or does not let the registrant's
     * country stand for the child's.
     */
    public boolean asksResidence() {
        if (version == null) {
            return false;
        }
        ClassCriteria criteria = version.criteria();
        return !criteria.registrantCountryStandsForResidence()
                || criteria.residence().values().stream().anyMatch(regime -> regime != criteria.otherCountries());
    }

    /**
     * The class's problems with one claimant whose years of use are valid, under field names starting with
     * {@code prefix}: a month or residence that is not one, a month the years leave open (asked by a message next to
     * the month), or the reason the claimant is outside the class (next to {@code use} or {@code residence}).
     *
     * @param subject how the messages name the claimant: their first name, or "you"
     * @param residence the claimant's own country as typed; empty where it is not asked (or, for {@code check}s
     *     that do not require the class's facts, not known)
     * @param check which of the class's answers are problems: a missing fact, and being outside the class
     */
    public FormErrors problems(
            String prefix,
            String subject,
            LocalDate birth,
            UsePeriod years,
            String startMonth,
            String endMonth,
            String residence,
            String registrantCountry,
            ClaimantCheck check) {
        FormErrors errors = FormErrors.none();
        if (version == null) {
            return errors;
        }
        ClassVersionDraft version = version();
        if (!startMonth.isBlank() && month(startMonth) == null) {
            errors.add(prefix + "startMonth", t.get("form.month.invalid"));
        }
        if (years.endYear() != null && !endMonth.isBlank() && month(endMonth) == null) {
            errors.add(prefix + "endMonth", t.get("form.month.invalid"));
        }
        boolean residenceGiven = !residence.isBlank() || check.classFactsRequired();
        if (asksResidence() && residenceGiven && !Countries.known(residence)) {
            errors.add(prefix + "residence", t.get("form.residence.missing"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        UsePeriod use = years.withMonths(month(startMonth), month(endMonth));
        monthProblem(use.startYear(), use.startMonth(), birth)
                .ifPresent(problem -> errors.add(prefix + "startMonth", t.get("form.month." + problem)));
        if (use.endYear() != null) {
            monthProblem(use.endYear(), use.endMonth(), birth)
                    .ifPresent(problem -> errors.add(prefix + "endMonth", t.get("form.month." + problem)));
            if (use.endYear() == use.startYear()
                    && use.startMonth() != null
                    && use.endMonth() != null
                    && use.endMonth() < use.startMonth()) {
                errors.add(prefix + "endMonth", t.get("form.month.beforeStart"));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        ClaimantFacts facts = new ClaimantFacts(
                birth,
                use.startYear(),
                use.startMonth(),
                use.endYear(),
                use.endMonth(),
                asksResidence() && residenceGiven ? residence : null,
                registrantCountry);
        switch (ClassMembership.evaluateFacts(version, facts, today)) {
            case Classification.InClass in -> {}
            case Classification.Outside outside -> {
                if (check.outsideRefused()) {
                    errors.add(
                            prefix + (outside.reason() == OutsideReason.RESIDENCE_EXCLUDED ? "residence" : "use"),
                            outsideMessage(outside.reason(), subject, residence));
                }
            }
            case Classification.InformationNeeded needed when !check.classFactsRequired() -> {}
            case Classification.InformationNeeded needed -> {
                if (needed.missing() == MissingFact.RESIDENCE) {
                    errors.add(prefix + "residence", t.get("form.residence.missing"));
                } else {
                    boolean start = needed.missing() == MissingFact.USE_START_MONTH;
                    int year = start ? use.startYear() : use.endYear();
                    errors.add(
                            prefix + (start ? "startMonth" : "endMonth"),
                            t.get(
                                    start ? "signUp.class.startMonth" : "signUp.class.endMonth",
                                    subject,
                                    Integer.toString(year),
                                    defendant,
                                    boundaryIn(year, birth, subject)));
                }
            }
        }
        return errors;
    }

    /**
     * The problem with an answer to the question the class still has about a stored claimant, or none: a month of
     * {@code year} that is one and possible, or a country.
     */
    public Optional<String> answerProblem(MissingFact fact, String answer, int year, LocalDate birth) {
        if (fact == MissingFact.RESIDENCE) {
            return Countries.known(answer) ? Optional.empty() : Optional.of(t.get("form.residence.missing"));
        }
        Integer month = month(answer);
        if (month == null) {
            return Optional.of(t.get("form.month.invalid"));
        }
        return monthProblem(year, month, birth).map(problem -> t.get("form.month." + problem));
    }

    /** The use with the months as typed; call only after {@link #check} found nothing wrong with them. */
    public static UsePeriod withMonths(UsePeriod years, String startMonth, String endMonth) {
        return years.withMonths(month(startMonth), month(endMonth));
    }

    /** The residence as typed where it is asked; none otherwise, or when none was chosen. */
    public @Nullable String residence(String typed) {
        return asksResidence() && !typed.isBlank() ? typed : null;
    }

    /**
     * The questions the class asks of one claimant on a form that shows its own problems: a month once the class
     * found its year undecided ({@code errors} has the question) or once answered, and the claimant's own residence
     * (showing {@code residence} chosen) where the class asks it; none for the registrant's own claim.
     */
    public ClassFields fields(
            String prefix, String startMonth, String endMonth, @Nullable String residence, FormErrors errors) {
        return new ClassFields(
                monthsWhereAsked(errors, prefix + "startMonth", startMonth),
                monthsWhereAsked(errors, prefix + "endMonth", endMonth),
                residence != null && asksResidence() ? residences(t.language(), residence) : null);
    }

    private @Nullable List<Choice> monthsWhereAsked(FormErrors errors, String field, String typed) {
        return typed.isBlank() && !errors.has(field) ? null : months(t, typed);
    }

    /** The countries to choose a residence from, {@code selected} chosen. */
    public static List<Choice> residences(Language language, String selected) {
        return Countries.in(language).stream()
                .map(country -> new Choice(
                        country.code(), country.name(), null, country.code().equals(selected)))
                .toList();
    }

    /** The months of the year to choose from, with an empty first choice. */
    public static List<Choice> months(Texts t, String typed) {
        List<Choice> months = new ArrayList<>();
        months.add(new Choice("", t.get("form.month.choose"), null, typed.isBlank()));
        for (Month month : Month.values()) {
            String value = Integer.toString(month.getValue());
            months.add(new Choice(
                    value,
                    month.getDisplayName(TextStyle.FULL_STANDALONE, t.language().locale()),
                    null,
                    value.equals(typed.strip())));
        }
        return months;
    }

    /** What is wrong with a month of use, by its message key's last part: before the birth, or still to come. */
    private Optional<String> monthProblem(int year, @Nullable Integer month, LocalDate birth) {
        if (month == null) {
            return Optional.empty();
        }
        YearMonth typed = YearMonth.of(year, month);
        if (typed.isBefore(YearMonth.from(birth))) {
            return Optional.of("beforeBirth");
        }
        return typed.isAfter(YearMonth.from(today)) ? Optional.of("inFuture") : Optional.empty();
    }

    static @Nullable Integer month(String typed) {
        String stripped = typed.strip();
        if (!MONTH.matcher(stripped).matches()) {
            return null;
        }
        int month = Integer.parseInt(stripped);
        return month >= 1 && month <= 12 ? month : null;
    }

    /** The boundary of the class that falls in {@code year}, in words: the period's start or end, or the 18th birthday. */
    private String boundaryIn(int year, LocalDate birth, String subject) {
        ClassCriteria criteria = version().criteria();
        if (criteria.firstDay().getYear() == year) {
            return t.get("signUp.class.boundary.from", date(criteria.firstDay()));
        }
        if (criteria.useUntil() != null && criteria.lastDay().getYear() == year) {
            return t.get("signUp.class.boundary.until", date(criteria.lastDay()));
        }
        LocalDate majority = ClassMembership.dayOfMajority(birth, criteria.majorityAge());
        return t.get("signUp.class.boundary.majority", subject, date(majority), criteria.majorityAge());
    }

    private String outsideMessage(OutsideReason reason, String subject, String residence) {
        ClassCriteria criteria = version().criteria();
        String period = criteria.useUntil() == null
                ? t.get("signUp.class.period.open", date(criteria.firstDay()))
                : t.get("signUp.class.period", date(criteria.firstDay()), date(criteria.lastDay()));
        return switch (reason) {
            case RESIDENCE_EXCLUDED ->
                t.get("signUp.class.outside.RESIDENCE_EXCLUDED", subject, Countries.name(residence, t.language()));
            case USE_OUTSIDE_PERIOD -> t.get("signUp.class.outside.USE_OUTSIDE_PERIOD", subject, defendant, period);
            case AGE_DURING_USE ->
                t.get("signUp.class.outside.AGE_DURING_USE", subject, defendant, period, subClassNames());
            case OPTED_OUT, NOT_OPTED_IN -> t.get("class.OUTSIDE." + reason.name());
        };
    }

    private String subClassNames() {
        return String.join(
                "; ",
                version().subClasses().stream()
                        .map(subClass -> subClass.name(t.language()))
                        .toList());
    }

    private ClassVersionDraft version() {
        if (version == null) {
            throw new IllegalStateException("no class version");
        }
        return version;
    }

    private String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(t.language().locale()));
    }
}
