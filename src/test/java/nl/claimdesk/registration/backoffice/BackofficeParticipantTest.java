package nl.claimdesk.registration.backoffice;

import java.time.Clock;
import nl.claimdesk.Ages;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.signup.SignUps;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What the participant search and export tests share: a case handler, and participants stored through sign-up. */
abstract class BackofficeParticipantTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignUps signUps;

    @Autowired
    Clock clock;

    @Autowired
    Campaigns campaigns;

    BackofficeParticipants participants;
    StaffMember handler;

    @BeforeEach
    void createHandler() {
        participants = new BackofficeParticipants(signUps, campaigns, jdbc, Ages.childBornYearsAgo(clock, 14));
        handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
    }
}
