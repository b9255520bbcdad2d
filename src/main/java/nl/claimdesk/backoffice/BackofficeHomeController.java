package nl.claimdesk.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's address leads to the dashboard, which every role may see. */
@Controller
class BackofficeHomeController {

    @GetMapping("/backoffice")
    String home() {
        return "redirect:" + BackofficeSections.DASHBOARD;
    }
}
