package vn.cds.baocao.base.error;

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

    /** The sentence in the current user's language. */
    @Override
    public String getLocalizedMessage() {
        return Messages.get(messageKey, args);
    }
}
