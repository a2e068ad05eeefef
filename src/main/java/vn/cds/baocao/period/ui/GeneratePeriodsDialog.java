package vn.cds.baocao.period.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodAdminService;

/** Creates the missing monthly periods of a range on the province's rhythm, with the deadline per the rules. */
class GeneratePeriodsDialog extends FormDialog {

    final Select<Integer> fromMonth = month();
    final IntegerField fromYear = new IntegerField();
    final Select<Integer> toMonth = month();
    final IntegerField toYear = new IntegerField();

    GeneratePeriodsDialog(PeriodAdminService service, SerializableRunnable onSaved) {
        super(Messages.get("admin.period.generateTitle"), Messages.get("admin.period.generate"));
        setIntro(getTranslation("admin.period.generateExplanation"));
        fromMonth.setLabel(getTranslation("admin.period.fromMonth"));
        fromYear.setLabel(getTranslation("admin.period.fromYear"));
        toMonth.setLabel(getTranslation("admin.period.toMonth"));
        toYear.setLabel(getTranslation("admin.period.toYear"));
        List<ReportingPeriod> existing = service.periods().stream().map(PeriodAdminService.PeriodRow::period).toList();
        YearMonth next = existing.isEmpty() ? YearMonth.now() : existing.getFirst().yearMonth().plusMonths(1);
        fromMonth.setValue(next.getMonthValue());
        fromYear.setValue(next.getYear());
        toMonth.setValue(12);
        toYear.setValue(next.getYear());
        addFields(fromMonth, fromYear, toMonth, toYear);
        setAction(() -> {
            List<ReportingPeriod> created = service.generate(yearMonth(fromYear, fromMonth), yearMonth(toYear, toMonth));
            Notifications.success(getTranslation("admin.period.generated", String.valueOf(created.size())));
            onSaved.run();
        });
    }

    private Select<Integer> month() {
        Select<Integer> select = new Select<>();
        select.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        select.setItemLabelGenerator(m -> Messages.get("admin.period.monthLabel", String.valueOf(m)));
        return select;
    }

    private static YearMonth yearMonth(IntegerField year, Select<Integer> month) {
        return year.getValue() == null || month.getValue() == null || year.getValue() < 1 || year.getValue() > 9999
                ? null : YearMonth.of(year.getValue(), month.getValue());
    }
}
