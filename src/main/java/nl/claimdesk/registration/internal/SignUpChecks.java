package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.EligibilityRules;
import nl.claimdesk.registration.Authority;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.eligibility.Countries;
import nl.claimdesk.registration.eligibility.DateCheck;
import nl.claimdesk.registration.eligibility.DateInput;
import nl.claimdesk.registration.eligibility.Eligibility;
import nl.claimdesk.registration.eligibility.Refusal;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.eligibility.UseYears;
import nl.claimdesk.registration.eligibility.UseYearsCheck;
import nl.claimdesk.registration.form.PersonName;
import nl.claimdesk.registration.form.PersonNameValidator;
import nl.claimdesk.registration.view.ChildForm;
import nl.claimdesk.registration.view.RegistrantForm;
import nl.claimdesk.registration.view.UseForm;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Checks what the form constraints cannot (docs/adr/0034) and says what is wrong in words the person can act on, next
 * to the field it is about: the campaign's rules for the registrant, the children's repeated fields and the period of
 * use. Eligibility comes from the campaign's rules; nothing here knows which campaign it is.
 */
public final class SignUpChecks {

    private static final Pattern DUTCH_POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern OTHER_POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,10}");

    private final CampaignSummary campaign;
    private final Texts t;
    private final LocalDate today;
    private final Eligibility eligibility;
    private final ClassQuestions classQuestions;
    private final String registrantCountry;

    /** Checks by the campaign's rules alone. */
    public SignUpChecks(CampaignSummary campaign, Texts t, LocalDate today) {
        this(campaign, t, today, null, "");
    }

    /**
     * Checks by the campaign's rules and, where {@code classVersion} is given, by the class: what it asks beyond the
     * years (docs/adr/0047), and whether the claimant is in it, with {@code registrantCountry} standing for a
     * residence that is not asked.
     */
    public SignUpChecks(
            CampaignSummary campaign,
            Texts t,
            LocalDate today,
            @Nullable ClassVersionDraft classVersion,
            String registrantCountry) {
        this.campaign = campaign;
        this.t = t;
        this.today = today;
        this.eligibility = new Eligibility(campaign.eligibility(), today);
        this.classQuestions = new ClassQuestions(classVersion, t, today, campaign.defendant());
        this.registrantCountry = registrantCountry;
    }

    /**
     * The child's residence as chosen. When none was sent: the registrant's country, which the form offers first; for
     * staff, whose form offers no country first, not known.
     */
    private String residenceOf(ChildForm child, ClaimantCheck check) {
        return child.residence().isBlank() && check.classFactsRequired() ? registrantCountry : child.residence();
    }

    public ClassQuestions classQuestions() {
        return classQuestions;
    }

    /**
     * Adds the campaign's rules for the registrant to the problems {@code errors} the form's own constraints found
     * ({@link RegistrantForm}): the age, once the date of birth is a date, and the country and postcode.
     */
    public FormErrors registrant(RegistrantForm draft, FormErrors errors) {
        date(birthDate(draft))
                .flatMap(eligibility::registrant)
                .ifPresent(refusal -> errors.add("birth", refusal(refusal, "")));
        if (!Countries.known(draft.country())) {
            errors.add("country", t.get("form.country.missing"));
        }
        if (draft.postcode().isBlank()) {
            errors.add("postcode", t.get("form.postcode.missing"));
        } else if (postcode(draft.postcode(), draft.country()) == null) {
            errors.add("postcode", t.get("form.postcode.invalid"));
        }
        return errors;
    }

    /**
     * The problems with corrected registrant details: as in the funnel, and when the registrant also claims for
     * themself, whether their own claim still meets the campaign's rules with the corrected date of birth.
     */
    public FormErrors correctedRegistrant(RegistrantForm draft, RegistrationSummary registration, FormErrors errors) {
        registrant(draft, errors);
        Optional<RegistrationSummary.Claimant> self = selfOf(registration);
        if (errors.isEmpty() && self.isPresent()) {
            UsePeriod use =
                    new UsePeriod(self.get().useStartedYear(), self.get().useEndedYear());
            eligibility
                    .self(registrantOf(draft).dateOfBirth(), use)
                    .ifPresent(refusal -> errors.add("birth", refusal(refusal, "")));
        }
        return errors;
    }

    /** The registrant's own claimant, while it takes part. */
    public static Optional<RegistrationSummary.Claimant> selfOf(RegistrationSummary registration) {
        return registration.claimants().stream()
                .filter(claimant -> !claimant.child() && !claimant.withdrawn())
                .findFirst();
    }

    /** The problems with the children's forms, as strict as {@code check} says. */
    public FormErrors children(List<ChildForm> children, ClaimantCheck check) {
        FormErrors errors = FormErrors.none();
        for (int i = 0; i < children.size(); i++) {
            ChildForm child = children.get(i);
            String field = "child-" + i + "-";
            name(errors, field + "firstName", child.firstName());
            name(errors, field + "lastName", child.lastName());
            if (check.authorityAsked() && Authority.of(child.authority()).isEmpty()) {
                errors.add(field + "authority", t.get("form.childAuthority.missing"));
            }
            Optional<LocalDate> dateOfBirth = date(birthDate(child));
            if (dateOfBirth.isEmpty()) {
                errors.add(field + "birth", dateProblem(birthDate(child)));
                continue;
            }
            String name = child.firstName().strip();
            if (child.stillUsing().isBlank()) {
                errors.add(field + "stillUsing", t.get("form.stillUsing.missing"));
            }
            use(
                    errors,
                    field,
                    useYears(child),
                    dateOfBirth.get(),
                    name,
                    true,
                    child.startMonth(),
                    child.endMonth(),
                    residenceOf(child, check),
                    check);
        }
        return errors;
    }

    /** The problems with the registrant's own period of use; a refusal is reported under {@code use}. */
    public FormErrors self(UseForm draft, LocalDate registrantBirth) {
        FormErrors errors = FormErrors.none();
        if (draft.stillUsing().isBlank()) {
            errors.add("stillUsing", t.get("form.stillUsing.missing"));
        }
        use(
                errors,
                "",
                useYears(draft),
                registrantBirth,
                "",
                false,
                draft.startMonth(),
                draft.endMonth(),
                "",
                ClaimantCheck.NEW);
        return errors;
    }

    private void use(
            FormErrors errors,
            String prefix,
            UseYears years,
            LocalDate dateOfBirth,
            String name,
            boolean child,
            String startMonth,
            String endMonth,
            String residence,
            ClaimantCheck check) {
        switch (years.check(dateOfBirth, today)) {
            case UseYearsCheck.Invalid invalid -> {
                String field = invalid.field() == UseYears.Field.START ? "startYear" : "endYear";
                errors.add(
                        prefix + field,
                        t.get("form.year." + field + "." + invalid.problem().name()));
            }
            case UseYearsCheck.Valid valid -> {
                Optional<Refusal> refusal = child
                        ? eligibility.child(dateOfBirth, valid.period())
                        : eligibility.self(dateOfBirth, valid.period());
                refusal.ifPresent(reason -> errors.add(
                        prefix + (reason == Refusal.CHILD_ALREADY_ADULT ? "birth" : "use"), refusal(reason, name)));
                if (refusal.isEmpty()) {
                    errors.addAll(classQuestions.problems(
                            prefix,
                            child ? name : t.get("signUp.class.you"),
                            dateOfBirth,
                            valid.period(),
                            startMonth,
                            endMonth,
                            child ? residence : registrantCountry,
                            registrantCountry,
                            check));
                }
            }
        }
    }

    public Registrant registrantOf(RegistrantForm draft) {
        return new Registrant(
                draft.firstName().strip(),
                draft.lastName().strip(),
                EmailAddress.parse(draft.email()).orElseThrow(),
                date(birthDate(draft)).orElseThrow(),
                postcodeOrThrow(draft.postcode(), draft.country()),
                draft.country());
    }

    /** The children of forms {@link #children} found nothing wrong with, as {@code check} checked them. */
    public List<ClaimantEntry> childrenOf(List<ChildForm> children, ClaimantCheck check) {
        List<ClaimantEntry> entries = new ArrayList<>();
        for (ChildForm child : children) {
            LocalDate dateOfBirth = date(birthDate(child)).orElseThrow();
            entries.add(new ClaimantEntry(
                    ClaimantKind.CHILD,
                    child.firstName().strip(),
                    child.lastName().strip(),
                    dateOfBirth,
                    ClassQuestions.withMonths(
                            period(useYears(child), dateOfBirth), child.startMonth(), child.endMonth()),
                    classQuestions.residence(residenceOf(child, check)),
                    true,
                    Authority.of(child.authority()).orElse(null)));
        }
        return entries;
    }

    public ClaimantEntry selfOf(Registrant registrant, UseForm use) {
        return new ClaimantEntry(
                ClaimantKind.SELF,
                registrant.firstName(),
                registrant.lastName(),
                registrant.dateOfBirth(),
                ClassQuestions.withMonths(
                        period(useYears(use), registrant.dateOfBirth()), use.startMonth(), use.endMonth()),
                null,
                false,
                null);
    }

    public Optional<LocalDate> date(DateInput input) {
        return input.check(today) instanceof DateCheck.Valid valid ? Optional.of(valid.date()) : Optional.empty();
    }

    private UsePeriod period(UseYears years, LocalDate dateOfBirth) {
        if (years.check(dateOfBirth, today) instanceof UseYearsCheck.Valid valid) {
            return valid.period();
        }
        throw new IllegalStateException("period of use was not checked");
    }

    private String dateProblem(DateInput input) {
        if (input.check(today) instanceof DateCheck.Invalid invalid) {
            return t.get("form.date." + invalid.problem().name());
        }
        throw new IllegalStateException("the date is valid");
    }

    private String refusal(Refusal refusal, String name) {
        EligibilityRules rules = campaign.eligibility();
        String since = rules.useReferenceDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(t.language().locale()));
        return t.get(
                "refusal." + refusal.name(),
                name,
                rules.registrantMinimumAge(),
                rules.majorityAge(),
                since,
                campaign.defendant());
    }

    private void name(FormErrors errors, String field, String value) {
        PersonNameValidator.Problem problem = PersonNameValidator.problem(value, PersonName.MAXIMUM_LENGTH);
        if (problem == PersonNameValidator.Problem.MISSING) {
            errors.add(field, t.get("form." + baseName(field) + ".missing"));
        } else if (problem == PersonNameValidator.Problem.INVALID) {
            errors.add(field, t.get(PersonNameValidator.INVALID, PersonName.MAXIMUM_LENGTH));
        }
    }

    private static String baseName(String field) {
        return field.substring(field.lastIndexOf('-') + 1);
    }

    /** The postcode in its usual form (Dutch: "1234 AB"), or null when it cannot be one. */
    static @Nullable String postcode(String typed, String country) {
        String stripped = typed.strip();
        if (Countries.NETHERLANDS.equals(country)) {
            var matcher = DUTCH_POSTCODE.matcher(stripped);
            return matcher.matches() ? matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT) : null;
        }
        return OTHER_POSTCODE.matcher(stripped).matches() ? stripped.toUpperCase(Locale.ROOT) : null;
    }

    private static String postcodeOrThrow(String typed, String country) {
        String postcode = postcode(typed, country);
        if (postcode == null) {
            throw new IllegalStateException("postcode was not checked");
        }
        return postcode;
    }

    public static DateInput birthDate(RegistrantForm registrant) {
        return new DateInput(registrant.birthDay(), registrant.birthMonth(), registrant.birthYear());
    }

    public static DateInput birthDate(ChildForm child) {
        return new DateInput(child.birthDay(), child.birthMonth(), child.birthYear());
    }

    public static UseYears useYears(ChildForm child) {
        return new UseYears(child.startYear(), "yes".equals(child.stillUsing()), child.endYear());
    }

    public static UseYears useYears(UseForm use) {
        return new UseYears(use.startYear(), "yes".equals(use.stillUsing()), use.endYear());
    }
}
