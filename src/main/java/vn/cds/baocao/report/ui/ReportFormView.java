package vn.cds.baocao.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.FieldIssue;
import vn.cds.baocao.report.service.FormLine;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportHistoryService;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.service.ValidationFailedException;

/**
 * The entry form of the reporter's unit for one period: sections as in the monthly report, each value with its
 * unit and the last approved value; save draft, submit, withdraw; the reviewer's reason when returned.
 */
@Route("bao-cao-don-vi/ky")
@RolesAllowed("REPORTER")
public class ReportFormView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReportWorkflowService workflow;
    private final ReportHistoryService history;
    private final PeriodService periods;
    private final List<ReportFieldRow> rows = new ArrayList<>();
    private ReportForm form;
    private long periodId;

    public ReportFormView(ReportWorkflowService workflow, ReportHistoryService history, PeriodService periods) {
        this.workflow = workflow;
        this.history = history;
        this.periods = periods;
        addClassName("report-form-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long periodId) {
        this.periodId = periodId;
        show(workflow.form(periodId));
    }

    private void show(ReportForm newForm) {
        this.form = newForm;
        removeAll();
        rows.clear();
        add(new ViewTitle(getTranslation("form.title", form.period().label(getLocale()))));
        add(header());
        if (form.reviewReason() != null) {
            Div reason = new Div(new Span(getTranslation("form.returnedReason", form.reviewReason())));
            reason.addClassName("form-returned-reason");
            add(reason);
        }
        if (form.sections().isEmpty()) {
            add(new Paragraph(getTranslation("form.nothingToReport")));
        }
        for (ReportForm.Section section : form.sections()) {
            add(new H3(section.section().name(getLocale())));
            Div fields = new Div();
            fields.addClassName("report-section");
            for (FormLine line : section.lines()) {
                ReportFieldRow row = new ReportFieldRow(line, form.editable());
                rows.add(row);
                fields.add(row);
            }
            add(fields);
        }
        add(actions());
        if (form.reportId() != null) {
            add(new ReportTimeline(history.timeline(form.reportId(), getLocale())));
        }
    }

    private Div header() {
        Div header = new Div();
        header.addClassName("form-header");
        header.add(new Span(getTranslation("form.unit", form.unit().getFullName())));
        header.add(StatusBadge.of(form.status()));
        header.add(new Span(getTranslation("form.window", VnFormat.date(form.period().getDataFrom()),
                VnFormat.date(form.period().getDataTo()))));
        String deadline = getTranslation("form.deadline", VnFormat.date(form.deadline()));
        if (form.editable()) {
            long days = ChronoUnit.DAYS.between(periods.today(), form.deadline());
            deadline += " · " + (days >= 0 ? getTranslation("deadline.daysLeft", String.valueOf(days))
                    : getTranslation("deadline.overdue", String.valueOf(-days)));
        }
        header.add(new Span(deadline));
        return header;
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("form-actions");
        if (form.editable()) {
            Button save = new Button(getTranslation("form.saveDraft"), e -> saveDraft());
            save.setId("save-draft");
            Button submit = new Button(getTranslation("form.submit"), e -> confirmSubmit());
            submit.setId("submit-report");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save, submit);
        }
        if (form.canWithdraw()) {
            Button withdraw = new Button(getTranslation("form.withdraw"), e -> withdraw());
            withdraw.setId("withdraw-report");
            actions.add(withdraw);
        }
        Button back = new Button(getTranslation("form.back"), e -> getUI().ifPresent(ui -> ui.navigate(UnitReportsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(back);
        return actions;
    }

    private Map<Long, FieldInput> inputs() {
        Map<Long, FieldInput> inputs = new HashMap<>();
        for (ReportFieldRow row : rows) {
            if (!row.isComputed() || !row.input().explanation().isBlank()) {
                inputs.put(row.indicator().getId(), row.input());
            }
        }
        return inputs;
    }

    /** Saves; returns the saved form, or null when the values were refused (the typed text stays). */
    private ReportForm save() {
        try {
            return workflow.saveDraft(periodId, form.version(), inputs());
        } catch (ValidationFailedException e) {
            mark(e.getResult().issues());
            Notifications.error(e.message(getLocale()));
            return null;
        } catch (BusinessException e) {
            Notifications.error(e.message(getLocale()));
            return null;
        }
    }

    private void saveDraft() {
        ReportForm saved = save();
        if (saved != null) {
            show(saved);
            Notifications.success(getTranslation("form.saved"));
        }
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("form.submit.confirmTitle"),
                getTranslation("form.submit.confirmText", form.period().label(getLocale())),
                getTranslation("form.submit"), e -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("dialog.cancel"));
        dialog.open();
    }

    private void submit() {
        ReportForm saved = save();
        if (saved == null) {
            return;
        }
        try {
            show(workflow.submit(saved.reportId(), saved.version()));
            Notifications.success(getTranslation("form.submitted"));
        } catch (ValidationFailedException e) {
            show(saved);
            mark(e.getResult().issues());
            Notifications.error(e.message(getLocale()));
        }
    }

    private void withdraw() {
        show(workflow.withdraw(form.reportId(), form.version()));
        Notifications.success(getTranslation("form.withdrawn"));
    }

    private void mark(List<FieldIssue> issues) {
        for (ReportFieldRow row : rows) {
            row.showIssues(issues.stream().filter(i -> i.indicatorId() == row.indicator().getId()).toList());
        }
    }

    @Override
    public String getPageTitle() {
        return form == null ? getTranslation("menu.unitReports")
                : getTranslation("form.title", form.period().label(getLocale())) + " · " + getTranslation("app.name");
    }

    ReportStatus status() {
        return form.status();
    }
}
