package vn.cds.baocao.base.ui.form;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;

/**
 * A number typed the Vietnamese way: "1.517" (dot between thousands), "54,2" (comma before decimals). Shows its
 * value the same way. An empty field means no value.
 */
public class VnDecimalField extends TextField {

    private static final int DECIMALS = 4;

    public VnDecimalField(String label) {
        super(label);
        setAllowedCharPattern("[0-9.,\\-]");
        setHelperText(getTranslation("admin.form.numberHelp"));
    }

    public void setDecimal(BigDecimal value) {
        setValue(value == null ? "" : VnFormat.number(value, DECIMALS));
    }

    /** The value, or null when empty; refuses a malformed number with the field's name. */
    public BigDecimal getDecimal() {
        String text = getValue() == null ? "" : getValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal value = parse(text);
        if (value == null) {
            throw new BusinessException("admin.form.badNumber", getLabel(), text);
        }
        return value;
    }

    /** "1.517" → 1517; "54,2" → 54.2; "1.234,5" → 1234.5; null when malformed. */
    public static BigDecimal parse(String text) {
        String plain = text.strip();
        if (!plain.matches("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain.replace(".", "").replace(',', '.'));
    }
}
