package vn.cds.baocao.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.report.service.FieldIssue;
import vn.cds.baocao.report.service.ReportHistoryService;
import vn.cds.baocao.report.service.ReportValues;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.ui.ReportTimeline;
import vn.cds.baocao.report.ui.StatusBadge;
import vn.cds.baocao.review.service.ReviewDetails;
import vn.cds.baocao.review.service.ReviewLine;
import vn.cds.baocao.review.service.ReviewService;

/**
 * The review of one report: every value beside the previous period, the target verdict, warnings with the
 * reporter's explanation, what changed since the last review; approve, return with a reason, or reopen.
 */
@Route("duyet-bao-cao/bao-cao")
@RolesAllowed("REVIEWER")
public class ReviewReportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReviewService review;
    private final ReportWorkflowService workflow;
    private final ReportHistoryService history;
    private final Map<Long, TextField> notes = new HashMap<>();
    private ReviewDetails details;

    public ReviewReportView(ReviewService review, ReportWorkflowService workflow, ReportHistoryService history) {
        this.review = review;
        this.workflow = workflow;
        this.history = history;
        addClassName("review-report-view");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long reportId) {
        show(review.details(reportId));
    }

    private void show(ReviewDetails newDetails) {
        this.details = newDetails;
        removeAll();
        notes.clear();
        add(new ViewTitle(getTranslation("review.title", details.unitName(), details.periodName())));
        Div header = new Div();
        header.addClassName("form-header");
        header.add(StatusBadge.of(details.status()));
        if (details.submittedAt() != null) {
            header.add(new Span(getTranslation("review.submitted", VnFormat.dateTime(details.submittedAt()),
                    details.submittedBy())));
        }
        header.add(new Span(getTranslation("form.deadline", VnFormat.date(details.deadline()))));
        if (details.late()) {
            Span late = new Span(getTranslation("deadline.submittedLate"));
            late.getElement().getThemeList().add("badge error");
            header.add(late);
        }
        if (details.changedCount() > 0) {
            Span changed = new Span(getTranslation("review.changedCount", String.valueOf(details.changedCount())));
            changed.getElement().getThemeList().add("badge");
            header.add(changed);
        }
        Grid<ReviewLine> lines = grid();
        add(header, GridCsv.link(lines, "tham-dinh-bao-cao"), lines, actions(), new ReportTimeline(history.timeline(details.reportId(), getLocale())));
    }

    private Grid<ReviewLine> grid() {
        Grid<ReviewLine> grid = new Grid<>();
        grid.addClassName("review-grid");
        // full names, wrapped: payment rows differ only at the end of their names ("...: số giao dịch" / "số tiền")
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::label).setKey("indicator").setHeader(getTranslation("indicator.name"))
                .setFlexGrow(3).setTooltipGenerator(l -> l.note() == null ? "" : l.note());
        grid.addColumn(this::valueText).setKey("value").setHeader(getTranslation("review.value")).setAutoWidth(true);
        grid.addColumn(l -> l.previous() == null || l.previous().number() == null ? "" :
                        ValueParser.display(l.indicator(), l.previous().number()) + " ("
                                + l.previous().period().label(getLocale()) + ")")
                .setKey("previous").setHeader(getTranslation("review.previous")).setAutoWidth(true);
        grid.addColumn(l -> l.change().in(getLocale())).setHeader(getTranslation("review.change")).setAutoWidth(true);
        grid.addComponentColumn(this::verdict).setKey("verdict").setHeader(getTranslation("review.verdict")).setAutoWidth(true);
        grid.addComponentColumn(this::issues).setKey("issues").setHeader(getTranslation("review.issues")).setFlexGrow(2);
        grid.addComponentColumn(this::changed).setKey("changed").setHeader(getTranslation("review.changed")).setAutoWidth(true);
        if (details.canReturn()) {
            grid.addComponentColumn(l -> {
                TextField note = new TextField();
                note.setPlaceholder(getTranslation("review.note.placeholder"));
                note.setMaxLength(ReportValues.MAX_EXPLANATION_LENGTH);
                note.setWidthFull();
                notes.put(l.indicator().getId(), note);
                return note;
            }).setHeader(getTranslation("review.note")).setFlexGrow(2);
        }
        grid.setItems(details.lines());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The indicator's whole name under its section's name. */
    private Div label(ReviewLine line) {
        Span section = new Span(line.indicator().getSection().name(getLocale()));
        section.addClassName("review-line-section");
        Span name = new Span(line.indicator().name(getLocale()));
        name.addClassName("review-line-name");
        Div label = new Div(section, name);
        label.addClassName("review-line-label");
        return label;
    }

    /** The figure as the dashboards print it, or the reporter's "no figure" mark with the reason. */
    private String valueText(ReviewLine l) {
        return l.noFigure() != null ? l.noFigure().text(getLocale()) : l.value();
    }

    private Span verdict(ReviewLine line) {
        if (line.verdict() == Verdict.NONE) {
            return new Span();
        }
        Span verdict = new Span(getTranslation("verdict." + line.verdict().name()));
        verdict.getElement().getThemeList().add(line.verdict() == Verdict.MET ? "badge success" : "badge error");
        return verdict;
    }

    private Div issues(ReviewLine line) {
        Div issues = new Div();
        for (FieldIssue issue : line.issues()) {
            Span text = new Span(issue.message(getLocale()));
            text.addClassName(issue.isError() ? "report-field-issue-error" : "report-field-issue-warning");
            issues.add(new Div(text));
        }
        if (line.explanation() != null) {
            issues.add(new Div(new Span(getTranslation("review.explanation", line.explanation()))));
        }
        return issues;
    }

    private Span changed(ReviewLine line) {
        if (!line.changedSinceBaseline()) {
            return new Span();
        }
        Span changed = new Span(getTranslation("review.changedFrom",
                line.baselineValue().isEmpty() ? getTranslation("timeline.empty") : line.baselineValue()));
        changed.getElement().getThemeList().add("badge contrast");
        return changed;
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        if (details.canApprove()) {
            Button approve = new Button(getTranslation("review.approve"), e -> confirmApprove());
            approve.setId("approve-report");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            actions.add(approve);
        }
        if (details.canReturn()) {
            Button reject = new Button(getTranslation("review.return"),
                    e -> askReason("review.return", reason -> act(() -> workflow.returnReport(details.reportId(),
                            details.version(), reason, typedNotes()), "review.returned")));
            reject.setId("return-report");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reject);
        }
        if (details.canReopen()) {
            Button reopen = new Button(getTranslation("review.reopen"),
                    e -> askReason("review.reopen", reason -> act(() -> workflow.reopen(details.reportId(),
                            details.version(), reason), "review.reopened")));
            reopen.setId("reopen-report");
            actions.add(reopen);
        }
        Button back = new Button(getTranslation("review.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(back);
        return actions;
    }

    private Map<Long, String> typedNotes() {
        Map<Long, String> typed = new HashMap<>();
        notes.forEach((id, field) -> typed.put(id, field.getValue()));
        return typed;
    }

    private void confirmApprove() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("review.approve.confirmTitle"),
                getTranslation("review.approve.confirmText", details.unitName(), details.periodName()),
                getTranslation("review.approve"),
                e -> act(() -> workflow.approve(details.reportId(), details.version()), "review.approved"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("dialog.cancel"));
        dialog.open();
    }

    /** A dialog that will not go on without a reason. */
    private void askReason(String actionKey, Consumer<String> onReason) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(actionKey + ".dialogTitle"));
        TextArea reason = new TextArea(getTranslation("review.reason"));
        reason.setId("review-reason");
        reason.setRequired(true);
        reason.setMaxLength(ReportWorkflowService.MAX_REASON_LENGTH);
        reason.setWidth("32rem");
        reason.setMaxWidth("100%");
        Button confirm = new Button(getTranslation(actionKey), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("workflow.reason.required"));
                return;
            }
            dialog.close();
            onReason.accept(reason.getValue());
        });
        confirm.setId("confirm-reason");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("dialog.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Runs a review action; on a concurrent change the reviewer sees the report as it is now. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
        } catch (BusinessException e) {
            Notifications.error(e.message(getLocale()));
        }
        show(review.details(details.reportId()));
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("menu.reviewQueue")
                : getTranslation("review.title", details.unitName(), details.periodName());
    }
}
