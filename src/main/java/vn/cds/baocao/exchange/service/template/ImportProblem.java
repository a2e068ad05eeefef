package vn.cds.baocao.exchange.service.template;

import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/**
 * One reason an uploaded template was refused, where it is: sheet, row (as Excel numbers it), column letter and
 * the indicator; any of them may be empty when the problem concerns a whole row or sheet.
 */
public record ImportProblem(String sheet, Integer row, String column, String indicator, String unit,
                            String messageKey, Object[] args) {

    /** The sentence in the reader's language. */
    public String message(Locale locale) {
        return Messages.get(locale, messageKey, args);
    }
}
