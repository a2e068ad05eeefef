package vn.cds.baocao.base.error;

import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/**
 * A rule of the application refused an action. Carries a message key so every screen shows the same clear,
 * translated sentence; never a stack trace.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args.clone();
    }

    /** The sentence in the reader's language: a view passes its UI's locale. */
    public String message(Locale locale) {
        return Messages.get(locale, messageKey, args);
    }

    /** In Vietnamese, the language of the logs and the console; a screen shows {@link #message(Locale)}. */
    @Override
    public String getLocalizedMessage() {
        return message(Messages.VIETNAMESE);
    }
}
