package nl.claimdesk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What one visitor must get from one route: a cell of the access matrix. */
sealed interface Answer {

    /** The page itself: 200. */
    static Answer page() {
        return new Page();
    }

    /** A redirect (302) to exactly this path. */
    static Answer redirect(String location) {
        return new Redirect(location);
    }

    /** A form sent with nothing filled in reached its handler, which answered it: the form again or where it leads. */
    static Answer handled() {
        return new Handled();
    }

    /** Refused by the security chain: 403, and nothing changed. */
    static Answer refused() {
        return new Refused();
    }

    /** Checks the response; {@code location} is its Location header without the server's address. */
    void check(int status, @Nullable String location, String request);

    record Page() implements Answer {
        @Override
        public void check(int status, @Nullable String location, String request) {
            assertThat(status).as(request + " answers the page").isEqualTo(200);
        }
    }

    record Redirect(String location) implements Answer {
        @Override
        public void check(int status, @Nullable String actual, String request) {
            assertThat(status).as(request + " redirects").isEqualTo(302);
            assertThat(actual).as(request + " redirects to").isEqualTo(location);
        }
    }

    record Handled() implements Answer {

        /**
         * A page, a redirect after the work, the form again with its problems (422), or with what someone else saved
         * meanwhile (409: an empty form names no version).
         */
        private static final Set<Integer> HANDLER_ANSWERS = Set.of(200, 302, 303, 409, 422);

        @Override
        public void check(int status, @Nullable String location, String request) {
            assertThat(status).as(request + " reaches its handler").isIn(HANDLER_ANSWERS);
            assertThat(location).as(request + " is not sent to a login page").isNotIn(AccessMatrix.LOGIN_PAGES);
        }
    }

    record Refused() implements Answer {
        @Override
        public void check(int status, @Nullable String location, String request) {
            assertThat(status).as(request + " is refused").isEqualTo(403);
        }
    }
}
