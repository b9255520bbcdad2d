package nl.claimdesk.browser.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import nl.claimdesk.browser.Browser;
import nl.claimdesk.browser.BrowserTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.campaign.TestDocuments;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.TestMailings;
import nl.claimdesk.payout.TestSettlements;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of the application, reached the way its visitors reach it, is valid HTML (Nu) and meets WCAG 2.2 A/AA
 * (axe-core in Chromium), in its normal state and in the error state of each form; and no page is left out: every GET
 * route Spring MVC maps is reached by some visitor or named in {@link CrawlAllowList} with its reason.
 */
@BrowserTest
class PageCrawlerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyPageIsValidAndAccessibleForEveryVisitor() {
        RouteCatalogue routes = new RouteCatalogue(mapping);
        CrawlReport report = new CrawlReport();
        PageChecks checks = new PageChecks(Browser.shared(), "http://localhost:" + port);
        TestCampaign campaign = TestCampaign.create(context, "crawl");
        TestAgreements.publish(context, campaign.id());
        TestDocuments.publishStatutes(context, campaign.id());
        TestSettlements.approved(context, campaign.id());
        TestMailings.draft(context, campaign.id(), TestStaff.create(jdbc, StaffRole.EDITOR), MailingKind.NEWS_UPDATE);
        StaffVisitors staff = new StaffVisitors(port, jdbc, clock);
        staff.duplicateToReview(campaign.slug());

        try {
            Crawler anonymous = crawler("anonymous", routes, checks, report);
            Crawler participant = crawler("participant", routes, checks, report);
            for (Language language : Language.values()) {
                new SiteVisitors(port, jdbc, clock, campaign, language).crawl(anonymous, participant);
            }
            staff.crawlLogin(crawler("staff logging in", routes, checks, report));
            for (StaffRole role : StaffRole.values()) {
                staff.crawl(role, crawler("staff " + role, routes, checks, report));
            }
        } finally {
            System.out.println(report.summary());
        }

        Set<String> missed = new TreeSet<>(routes.getRoutes());
        missed.removeAll(report.reachedRoutes());
        missed.removeAll(CrawlAllowList.NOT_PAGES.keySet());
        missed.removeAll(CrawlAllowList.UNREACHED.keySet());
        missed.forEach(route -> report.problem("nobody", route, "neither reached nor allow-listed"));
        assertThat(report.problems()).as("problems found by the page crawler").isEmpty();
    }

    private Crawler crawler(String visitor, RouteCatalogue routes, PageChecks checks, CrawlReport report) {
        return new Crawler(visitor, new SiteClient(port), routes, checks, report);
    }
}
