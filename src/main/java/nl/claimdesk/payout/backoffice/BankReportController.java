package nl.claimdesk.payout.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.payout.internal.reconciliation.BankReports;
import nl.claimdesk.payout.view.BankReportView;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** Uploading the bank's pain.002 and camt.054 reports, with a summary of what matched. */
@Controller
class BankReportController {

    static final String PATH = PaymentRunSection.PATH + "/reports";

    private final BankReports reports;
    private final BackofficePages pages;

    BankReportController(BankReports reports, BackofficePages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ModelAndView form() {
        return page(null, null);
    }

    @PostMapping(PATH)
    ModelAndView upload(@RequestParam(required = false) @Nullable MultipartFile file, HttpServletRequest request) {
        Texts t = pages.texts();
        if (file == null || file.isEmpty()) {
            return page(null, t.get("bo.bankReports.noFile"));
        }
        Optional<BankReports.Result> result = reports.importReport(
                () -> {
                    try {
                        return file.getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                StaffMember.require().id(),
                request.getRemoteAddr());
        return result.map(done -> page(
                        t.get(
                                done.repeated() ? "bo.bankReports.repeated" : "bo.bankReports.result",
                                done.kind() == nl.claimdesk.payout.internal.reconciliation.BankReportReader.Kind.PAIN002
                                        ? "pain.002"
                                        : "camt.054",
                                done.matched(),
                                done.unmatched()),
                        null))
                .orElseGet(() -> page(null, t.get("bo.bankReports.notAReport")));
    }

    private ModelAndView page(@Nullable String result, @Nullable String error) {
        Texts t = pages.texts();
        return Views.render(
                "payout/backoffice/bank-report",
                pages.page(t.get("bo.bankReports.title"), PaymentRunSection.PATH),
                new BankReportView(PATH, PaymentRunSection.PATH, result, error));
    }
}
