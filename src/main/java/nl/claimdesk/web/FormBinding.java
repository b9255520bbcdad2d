package nl.claimdesk.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form object ({@code @ModelAttribute}) is bound: a text field is cut to {@link #MAXIMUM_LENGTH}
 * characters, which no field needs, so a flood of text costs nothing further on; each form's own limits, lower, are
 * checked by its constraints and answered with a message. Single request parameters are left as they come.
 */
@ControllerAdvice
class FormBinding {

    static final int MAXIMUM_LENGTH = 500;

    @InitBinder
    void capText(WebDataBinder binder) {
        if (binder.getTarget() != null || binder.getTargetType() != null) {
            binder.registerCustomEditor(String.class, new CappedText());
        }
    }

    private static final class CappedText extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text.length() > MAXIMUM_LENGTH ? text.substring(0, MAXIMUM_LENGTH) : text);
        }

        @Override
        public String getAsText() {
            return getValue() instanceof String text ? text : "";
        }
    }
}
