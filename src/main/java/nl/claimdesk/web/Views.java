package nl.claimdesk.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/** Every page template takes two parameters: the page frame ({@link Page}, or {@code web.backoffice.BackofficePage} in the back office) and the page's own {@code view}. */
public final class Views {

    private Views() {}

    public static ModelAndView render(String template, Frame page, Object view) {
        ModelAndView modelAndView = new ModelAndView(template);
        modelAndView.addObject("page", page);
        modelAndView.addObject("view", view);
        return modelAndView;
    }

    public static ModelAndView render(String template, Frame page, Object view, HttpStatusCode status) {
        ModelAndView modelAndView = render(template, page, view);
        modelAndView.setStatus(status);
        return modelAndView;
    }
}
