package vn.cds.baocao.report.service;

import vn.cds.baocao.base.error.BusinessException;

/** Values were refused; the result says which field and why, so the form can show it next to each field. */
public class ValidationFailedException extends BusinessException {

    private final transient ValidationResult result;

    public ValidationFailedException(String messageKey, ValidationResult result, Object... args) {
        super(messageKey, args);
        this.result = result;
    }

    public ValidationResult getResult() {
        return result;
    }
}
