package vn.cds.baocao.base.ui.form;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** A date field that reads and writes dd/MM/yyyy, with Vietnamese month and day names, weeks starting on Monday. */
public class VnDatePicker extends DatePicker {

    public VnDatePicker(String label) {
        super(label);
        setI18n(new DatePickerI18n()
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "d/M/yy")
                .setMonthNames(list("admin.form.monthNames"))
                .setWeekdays(list("admin.form.weekdays"))
                .setWeekdaysShort(list("admin.form.weekdaysShort"))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("admin.form.today"))
                .setCancel(getTranslation("admin.form.cancel"))
                .setBadInputErrorMessage(getTranslation("admin.form.badDate")));
        setPlaceholder("dd/mm/yyyy");
    }

    private List<String> list(String key) {
        return Arrays.stream(getTranslation(key).split(",")).map(String::strip).toList();
    }
}
