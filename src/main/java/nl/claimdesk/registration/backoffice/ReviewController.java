package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditDetails;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.view.ReviewQueueView;
import nl.claimdesk.registration.view.StaffFormView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The queue of duplicate-child reviews (oldest first, paged by position rather than offset, so a page is as quick
 * at the end of the queue as at its start), and resolving one: the same child, or two different children.
 */
@Controller
class ReviewController {

    static final int PAGE_SIZE = 25;

    private final ReviewStore reviewStore;
    private final FileActions actions;
    private final StaffForms forms;
    private final BackofficePages pages;
    private final AuditLog audit;
    private final ZoneId zone;

    ReviewController(
            ReviewStore reviewStore,
            FileActions actions,
            StaffForms forms,
            BackofficePages pages,
            AuditLog audit,
            Clock clock) {
        this.reviewStore = reviewStore;
        this.actions = actions;
        this.forms = forms;
        this.pages = pages;
        this.audit = audit;
        this.zone = clock.getZone();
    }

    @GetMapping(ReviewSection.REVIEWS)
    ModelAndView queue(
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String done,
            HttpServletRequest request) {
        Optional<ReviewCursor.Position> position = after == null ? Optional.empty() : ReviewCursor.parse(after);
        List<QueuedReview> reviews = reviewStore.openReviews(position.orElse(null), PAGE_SIZE + 1);
        boolean more = reviews.size() > PAGE_SIZE;
        List<QueuedReview> shown = more ? reviews.subList(0, PAGE_SIZE) : reviews;
        // The queue shows the names and dates of birth of both sides: a read of each of those reviewStore.
        audit.recordEach(
                Actor.staff(StaffMember.require().id()),
                request.getRemoteAddr(),
                "duplicate-reviews.viewed",
                "registration",
                shown.stream()
                        .flatMap(review -> Stream.of(
                                review.later().registration(), review.earlier().registration()))
                        .distinct()
                        .toList(),
                null);
        Texts t = pages.texts();
        ReviewQueueView view = new ReviewQueueView(
                reviewStore.openReviewCount(),
                "resolved".equals(done),
                shown.stream().map(review -> row(review, t)).toList(),
                more ? ReviewSection.REVIEWS + "?after=" + ReviewCursor.of(shown.getLast()) : null,
                position.isPresent() ? ReviewSection.REVIEWS : null);
        return Views.render(
                "registration/backoffice/reviews", pages.page(t.get("bo.reviews.title"), ReviewSection.REVIEWS), view);
    }

    @GetMapping(ReviewSection.REVIEWS + "/{review}")
    ModelAndView resolveForm(@PathVariable UUID review, HttpServletRequest request) {
        return open(review)
                .map(found -> resolvePage(found, "", "", FormErrors.none(), request))
                .orElseGet(this::notFound);
    }

    @PostMapping(ReviewSection.REVIEWS + "/{review}")
    ModelAndView resolve(
            @PathVariable UUID review,
            @Valid @ModelAttribute ResolutionForm form,
            BindingResult bound,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        Optional<QueuedReview> found = open(review);
        if (found.isEmpty()) {
            return notFound();
        }
        FormErrors errors = forms.checkReason(boundReason, FormErrors.of(bound, forms.t()));
        if (!errors.isEmpty()) {
            return resolvePage(found.get(), form.resolution(), reason.reason(), errors, request);
        }
        actions.resolve(
                found.get(), FileActions.Resolution.valueOf(form.resolution()), StaffForms.staff(request, reason));
        return new ModelAndView("redirect:" + ReviewSection.REVIEWS + "?done=resolved");
    }

    private Optional<QueuedReview> open(UUID review) {
        return reviewStore.review(review).filter(found -> !found.resolved());
    }

    private ModelAndView notFound() {
        return pages.notFound(ReviewSection.REVIEWS);
    }

    private ModelAndView resolvePage(
            QueuedReview review, String resolution, String reason, FormErrors errors, HttpServletRequest request) {
        audit.recordEach(
                Actor.staff(StaffMember.require().id()),
                request.getRemoteAddr(),
                "duplicate-review.viewed",
                "registration",
                Stream.of(review.later().registration(), review.earlier().registration())
                        .distinct()
                        .toList(),
                AuditDetails.of(Map.of("review", review.id())));
        Texts t = forms.t();
        List<Choice> choices = List.of(
                new Choice(
                        "SAME_CHILD",
                        t.get("bo.review.SAME_CHILD"),
                        t.get("bo.review.SAME_CHILD.hint"),
                        resolution.equals("SAME_CHILD")),
                new Choice(
                        "DIFFERENT_CHILDREN",
                        t.get("bo.review.DIFFERENT_CHILDREN"),
                        t.get("bo.review.DIFFERENT_CHILDREN.hint"),
                        resolution.equals("DIFFERENT_CHILDREN")));
        QueuedReview.Side later = review.later();
        QueuedReview.Side earlier = review.earlier();
        StaffFormView view = new StaffFormView(
                t.get("bo.review.title", later.name()),
                t.get("bo.reviews.title"),
                List.of(
                        t.get("bo.review.reason." + review.reason()),
                        t.get("bo.review.later", later.name(), born(later), later.reference(), later.registrantName()),
                        t.get(
                                "bo.review.earlier",
                                earlier.name(),
                                born(earlier),
                                earlier.reference(),
                                earlier.registrantName())),
                ReviewSection.REVIEWS + "/" + review.id(),
                ReviewSection.REVIEWS,
                List.of(new StaffFormView.Radios("resolution", t.get("bo.review.resolution"), choices)),
                reason,
                t.get("bo.review.submit"),
                errors);
        return Views.render("registration/backoffice/form", pages.page(view.heading(), ReviewSection.REVIEWS), view);
    }

    private ReviewQueueView.Row row(QueuedReview review, Texts t) {
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Language.NL.locale())
                .withZone(zone);
        return new ReviewQueueView.Row(
                ReviewSection.REVIEWS + "/" + review.id(),
                t.get("bo.review.reason." + review.reason()),
                times.format(review.createdAt()),
                side(review.later(), t, times),
                side(review.earlier(), t, times));
    }

    private static ReviewQueueView.Side side(QueuedReview.Side side, Texts t, DateTimeFormatter times) {
        return new ReviewQueueView.Side(
                side.name(),
                born(side),
                t.get("bo.status." + side.status().name()),
                side.reference(),
                side.registrantName(),
                times.format(side.signedUpAt()),
                FilePaths.of(side.registration()));
    }

    private static String born(QueuedReview.Side side) {
        return side.dateOfBirth() == null ? "" : side.dateOfBirth().format(DateTimeFormatter.ofPattern("d-M-yyyy"));
    }
}
