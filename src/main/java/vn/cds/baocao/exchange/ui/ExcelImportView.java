package vn.cds.baocao.exchange.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletionException;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;
import vn.cds.baocao.base.ui.BoundedUploadHandler;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.exchange.service.WorkQueue;
import vn.cds.baocao.exchange.service.WorkQueue.Ticket;
import vn.cds.baocao.exchange.service.template.ImportProblem;
import vn.cds.baocao.exchange.service.template.ImportRejectedException;
import vn.cds.baocao.exchange.service.template.TemplateService;
import vn.cds.baocao.exchange.service.template.TemplateService.ImportResult;
import vn.cds.baocao.exchange.service.template.TemplateService.PeriodChoice;
import vn.cds.baocao.exchange.service.template.TemplateService.TemplateFile;
import vn.cds.baocao.report.ui.ReportFormView;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * "Nhập số liệu từ Excel": a reporter downloads the template of their unit for a period, a reviewer the template of
 * every unit; the filled file is uploaded here and saved as draft reports, or refused with every problem listed by
 * sheet, row, column and indicator.
 */
@Route("nhap-excel")
@RolesAllowed({"REPORTER", "REVIEWER"})
@Menu(order = 40, title = "exchange.menu.excelImport", icon = "vaadin:file-table")
@StyleSheet("context://cds/exchange.css")
public class ExcelImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = UploadedWorkbook.MAX_BYTES;
    static final int POLL_MILLIS = 1000;

    private final transient TemplateService templates;
    private final transient WorkQueue work;
    private transient Ticket<ImportResult> waitingFor;
    private Registration polling;
    private final boolean reviewer;
    private final Select<PeriodChoice> period = new Select<>();
    private final Div result = new Div();
    private Upload upload;

    public ExcelImportView(TemplateService templates, WorkQueue work, CurrentUser currentUser) {
        this.templates = templates;
        this.work = work;
        this.reviewer = currentUser.require().hasRole(Role.REVIEWER);
        setWidthFull();
        setMaxWidth("70em");
        add(new ViewTitle(getTranslation("exchange.menu.excelImport")),
                new Paragraph(getTranslation(reviewer ? "exchange.import.introReviewer" : "exchange.import.introReporter")));

        List<PeriodChoice> periods = templates.periods();
        if (periods.isEmpty()) {
            add(new Paragraph(getTranslation("exchange.import.noPeriods")));
            return;
        }
        period.setLabel(getTranslation("analytics.dashboard.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(p -> getTranslation(p.open() ? "exchange.import.periodOpen"
                : "exchange.import.periodClosed", p.label(getLocale())));
        period.setId("import-period");
        period.setWidth("min(100%, 22em)");
        period.setValue(periods.stream().filter(PeriodChoice::open).findFirst().orElse(periods.getFirst()));
        period.addValueChangeListener(e -> result.removeAll());

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            TemplateFile file = reviewer ? templates.allUnitsTemplate(period.getValue().id())
                    : templates.unitTemplate(period.getValue().id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.content().length);
        }), "");
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(reviewer
                ? "exchange.import.downloadAll" : "exchange.import.downloadUnit")));
        template.getElement().setAttribute("download", true);
        template.setId("import-template");
        template.addClassName("cds-download");

        upload = new Upload(new BoundedUploadHandler(MAX_BYTES, (metadata, bytes) -> imported(metadata.fileName(),
                bytes), this::tooLarge));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.setWidthFull();
        result.setId("import-result");
        result.setWidthFull();

        add(period, new H3(getTranslation("exchange.import.step1")), template,
                new H3(getTranslation("exchange.import.step2")), upload, result);
    }

    /**
     * Imports at once when the server has a free place for heavy work; otherwise says "Đang xử lý, vui lòng chờ…"
     * with the file's place in the queue, and shows the outcome when its turn has come.
     */
    private void imported(String fileName, byte[] bytes) {
        result.removeAll();
        upload.clearFileList(); // ready for the corrected file at once
        if (waitingFor != null) {
            waitingFor.withdraw(); // a newer file replaces the one still waiting
        }
        stopWaiting();
        long periodId = period.getValue().id();
        UI ui = UI.getCurrent();
        Ticket<ImportResult> ticket;
        try {
            ticket = work.runOrQueue(() -> {
                UI previous = UI.getCurrent();
                UI.setCurrent(ui); // the texts of the outcome in the user's language, also on a queue thread
                try {
                    return templates.importFile(periodId, fileName, bytes);
                } finally {
                    UI.setCurrent(previous);
                }
            });
        } catch (BusinessException queueFull) {
            result.add(box(queueFull.message(getLocale()), false));
            return;
        }
        if (ticket.isDone()) {
            showOutcome(ticket);
            return;
        }
        waitingFor = ticket;
        Paragraph waitingText = new Paragraph();
        Div waiting = new Div(waitingText);
        waiting.addClassNames("cds-import-result", "waiting");
        waiting.setId("import-waiting");
        result.add(waiting);
        showPosition(waitingText, ticket);
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> showPosition(waitingText, ticket));
        ticket.result().whenComplete((saved, failure) -> ui.access(() -> {
            if (waitingFor == ticket) {
                stopWaiting();
                result.removeAll();
                showOutcome(ticket);
            }
        }));
    }

    private void showPosition(Paragraph text, Ticket<ImportResult> ticket) {
        int position = ticket.position();
        text.setText(position > 0 ? getTranslation("exchange.work.queued", String.valueOf(position))
                : getTranslation("exchange.work.running"));
    }

    private void stopWaiting() {
        waitingFor = null;
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void showOutcome(Ticket<ImportResult> ticket) {
        try {
            showSaved(ticket.result().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof ImportRejectedException rejected) {
                showProblems(rejected);
            } else if (e.getCause() instanceof BusinessException refused) {
                result.add(box(refused.message(getLocale()), false));
            } else if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected; // to the application's error handler: a sentence, never a stack trace
            } else {
                throw e;
            }
        }
    }

    private void tooLarge(String fileName) {
        result.removeAll();
        upload.clearFileList();
        result.add(box(getTranslation("exchange.import.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024)), false));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (waitingFor != null) {
            waitingFor.withdraw(); // the user left: the file no longer waits for a place
        }
        stopWaiting();
        super.onDetach(event);
    }

    private void showSaved(ImportResult saved) {
        String message;
        if (saved.savedUnits().isEmpty()) {
            message = getTranslation("exchange.import.nothingChanged");
        } else if (reviewer) {
            message = getTranslation("exchange.import.savedUnits", String.valueOf(saved.savedUnits().size()),
                    String.join(", ", saved.savedUnits()));
        } else {
            message = getTranslation("exchange.import.savedDraft");
        }
        Div box = box(message, true);
        if (!saved.toFix().isEmpty()) {
            box.add(new Paragraph(getTranslation("exchange.import.toFix")));
            UnorderedList list = new UnorderedList();
            saved.toFix().forEach(text -> list.add(new ListItem(text.in(getLocale()))));
            box.add(list);
        }
        result.add(box);
        if (!reviewer && !saved.savedUnits().isEmpty()) {
            Button open = new Button(getTranslation("exchange.import.openForm"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ReportFormView.class, period.getValue().id())));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("import-open-form");
            result.add(open);
        }
        Notifications.success(message);
    }

    private void showProblems(ImportRejectedException rejected) {
        result.add(box(rejected.message(getLocale()), false));
        Grid<ImportProblem> problems = new Grid<>();
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(ImportProblem::sheet).setHeader(getTranslation("exchange.import.col.sheet")).setWidth("12em")
                .setFlexGrow(0);
        problems.addColumn(p -> p.row() == null ? "" : String.valueOf(p.row()))
                .setHeader(getTranslation("exchange.import.col.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("exchange.import.col.column")).setAutoWidth(true).setFlexGrow(0);
        if (reviewer) {
            problems.addColumn(p -> p.unit() == null ? "" : p.unit())
                    .setHeader(getTranslation("analytics.column.unit")).setWidth("11em").setFlexGrow(0);
        }
        problems.addColumn(p -> p.indicator() == null ? "" : p.indicator())
                .setHeader(getTranslation("exchange.import.col.indicator")).setWidth("14em").setFlexGrow(1);
        problems.addColumn(p -> p.message(getLocale())).setHeader(getTranslation("exchange.import.col.problem"))
                .setWidth("20em").setFlexGrow(3);
        problems.setItems(rejected.getProblems());
        problems.setAllRowsVisible(rejected.getProblems().size() <= 30);
        problems.setWidthFull();
        result.add(GridCsv.link(problems, "loi-nhap-excel"), problems);
    }

    private Div box(String text, boolean success) {
        Div box = new Div(new Paragraph(text));
        box.addClassNames("cds-import-result", success ? "success" : "error");
        box.setId(success ? "import-success" : "import-error");
        return box;
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("exchange.upload.drop"))
                        .setMany(getTranslation("exchange.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("exchange.upload.add"))
                        .setMany(getTranslation("exchange.upload.add")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("exchange.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("exchange.import.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024)))
                        .setIncorrectFileType(getTranslation("exchange.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("exchange.upload.connecting"))
                                .setProcessing(getTranslation("exchange.upload.processing"))
                                .setStalled(getTranslation("exchange.upload.stalled"))
                                .setHeld(getTranslation("exchange.upload.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("exchange.upload.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("exchange.upload.serverError"))
                                .setForbidden(getTranslation("exchange.upload.forbidden"))
                                .setFileTooLarge(getTranslation("exchange.import.tooLarge",
                                        String.valueOf(MAX_BYTES / 1024 / 1024)))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.menu.excelImport");
    }
}
