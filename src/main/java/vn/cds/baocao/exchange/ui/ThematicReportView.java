package vn.cds.baocao.exchange.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.exchange.service.WorkQueue.Ticket;
import vn.cds.baocao.exchange.service.document.DocumentFormat;
import vn.cds.baocao.exchange.service.document.DocumentJobs;
import vn.cds.baocao.exchange.service.document.ReportDocumentService;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.DocumentRequest;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.GeneratedFile;

/**
 * "Báo cáo chuyên đề": the month's consolidated report with one click, from approved data, as Word (to add the
 * narrative sections), Excel and PDF. Generation runs in the background with a progress bar; the screen stays
 * usable and other users are not held up.
 */
@Route("bao-cao-chuyen-de")
@RolesAllowed({"LEADER", "REVIEWER"})
@Menu(order = 35, title = "exchange.menu.thematicReport", icon = "vaadin:file-text-o")
@StyleSheet("context://cds/exchange.css")
public class ThematicReportView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 500;

    private final transient ReportDocumentService documents;
    private final transient DocumentJobs jobs;
    final Select<PeriodRef> period = new Select<>();
    final IntegerField number = new IntegerField();
    final VnDatePicker issuedOn = new VnDatePicker("");
    final CheckboxGroup<DocumentFormat> formats = new CheckboxGroup<>();
    final Button generate = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span step = new Span();
    final Div results = new Div();
    private transient Ticket<List<GeneratedFile>> running;
    private Registration queuePolling;

    public ThematicReportView(PeriodTableService tables, ReportDocumentService documents, DocumentJobs jobs) {
        this.documents = documents;
        this.jobs = jobs;
        setWidthFull();
        setMaxWidth("60em");
        add(new ViewTitle(getTranslation("exchange.menu.thematicReport")),
                new Paragraph(getTranslation("exchange.thematic.intro")));

        List<PeriodRef> periods = tables.periods();
        if (periods.isEmpty()) {
            add(new Paragraph(getTranslation("analytics.dashboard.noPeriods")));
            return;
        }
        period.setLabel(getTranslation("analytics.dashboard.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(p -> getTranslation("analytics.dashboard.periodItem", p.label(getLocale()),
                String.valueOf(p.approvedReports()), String.valueOf(p.expectedUnits())));
        period.setId("thematic-period");
        period.setWidth("min(100%, 22em)");
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                number.setValue(documents.defaults(e.getValue().id()).number());
            }
            results.removeAll();
        });

        number.setLabel(getTranslation("exchange.thematic.number"));
        number.setMin(1);
        number.setMax(ReportDocumentService.MAX_REPORT_NUMBER);
        number.setStepButtonsVisible(true);
        number.setId("thematic-number");
        number.setWidth("15em");
        number.addValueChangeListener(e -> showNumber());
        issuedOn.setLabel(getTranslation("exchange.thematic.issuedOn"));
        issuedOn.setId("thematic-date");
        issuedOn.addValueChangeListener(e -> showNumber());

        formats.setLabel(getTranslation("exchange.thematic.formats"));
        formats.setItems(DocumentFormat.values());
        formats.setItemLabelGenerator(f -> getTranslation("exchange.thematic.format." + f.name()));
        formats.setValue(EnumSet.allOf(DocumentFormat.class));
        formats.setId("thematic-formats");

        generate.setText(getTranslation("exchange.thematic.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setId("thematic-generate");
        generate.addClickListener(e -> start());

        progress.setVisible(false);
        progress.setId("thematic-progress");
        step.setId("thematic-step");
        step.addClassName("cds-hint");
        results.setId("thematic-results");

        HorizontalLayout fields = new HorizontalLayout(period, number, issuedOn);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(fields, formats, generate, progress, step, results);

        period.setValue(tables.latestWithApprovedReports().orElse(periods.getFirst()));
        issuedOn.setValue(documents.defaults(period.getValue().id()).issuedOn());
    }

    private void showNumber() {
        if (number.getValue() != null && issuedOn.getValue() != null && number.getValue() >= 1
                && number.getValue() <= ReportDocumentService.MAX_REPORT_NUMBER) {
            number.setHelperText(getTranslation("exchange.thematic.numberPreview",
                    documents.reportNumber(number.getValue(), issuedOn.getValue())));
        } else {
            number.setHelperText(null);
        }
    }

    private void start() {
        if (period.getValue() == null) {
            return;
        }
        Set<DocumentFormat> chosen = formats.getValue();
        DocumentRequest request = new DocumentRequest(period.getValue().id(),
                number.getValue() == null ? 0 : number.getValue(), issuedOn.getValue());
        UI ui = UI.getCurrent();
        results.removeAll();
        generate.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        step.setText(getTranslation("exchange.thematic.waiting"));
        ui.setPollInterval(POLL_MILLIS);
        try {
            running = jobs.submit(request, chosen, (fraction, stepKey) -> ui.access(() -> {
                progress.setValue(fraction);
                step.setText(getTranslation(stepKey));
            }));
        } catch (BusinessException queueFull) {
            finished(ui, null, queueFull);
            return;
        }
        showQueuePosition();
        queuePolling = ui.addPollListener(e -> showQueuePosition());
        running.result().whenComplete((files, failure) -> ui.access(() -> finished(ui, files, failure)));
    }

    /** While every place of the server's work queue is taken: "Đang xử lý, vui lòng chờ… vị trí thứ 2". */
    private void showQueuePosition() {
        Ticket<List<GeneratedFile>> ticket = running;
        int position = ticket == null ? 0 : ticket.position();
        if (position > 0) {
            step.setText(getTranslation("exchange.work.queued", String.valueOf(position)));
        }
    }

    private void finished(UI ui, List<GeneratedFile> files, Throwable failure) {
        ui.setPollInterval(-1);
        if (queuePolling != null) {
            queuePolling.remove();
            queuePolling = null;
        }
        generate.setEnabled(true);
        progress.setVisible(false);
        running = null;
        if (failure != null) {
            step.setText("");
            Notifications.error(message(failure));
            return;
        }
        step.setText(getTranslation("exchange.thematic.ready"));
        for (GeneratedFile file : files) {
            results.add(link(file));
        }
    }

    private Anchor link(GeneratedFile file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.content()), file.fileName(), file.format().mimeType(),
                file.content().length)), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("exchange.thematic.download",
                getTranslation("exchange.thematic.format." + file.format().name()), file.fileName(),
                VnFormat.integer(Math.max(1, file.content().length / 1024)))));
        anchor.getElement().setAttribute("download", file.fileName());
        anchor.setId("download-" + file.format().extension());
        anchor.addClassName("cds-download");
        return anchor;
    }

    private String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return getTranslation(business.getMessageKey(), business.getArgs());
            }
            if (t instanceof org.springframework.security.access.AccessDeniedException) {
                return getTranslation("error.accessDenied");
            }
        }
        return getTranslation("error.unexpected");
    }


    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (running != null) {
            running.withdraw(); // nobody is waiting for it any more
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.menu.thematicReport");
    }
}
