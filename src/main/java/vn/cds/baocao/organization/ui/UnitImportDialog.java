package vn.cds.baocao.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;
import vn.cds.baocao.base.ui.BoundedUploadHandler;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.service.UnitImportProblem;
import vn.cds.baocao.organization.service.UnitImportRejectedException;
import vn.cds.baocao.organization.service.UnitImportService;
import vn.cds.baocao.organization.service.UnitImportService.PlannedUnit;
import vn.cds.baocao.organization.service.UnitImportService.TemplateFormat;
import vn.cds.baocao.organization.service.UnitImportService.UnitImportPreview;
import vn.cds.baocao.organization.service.UnitImportService.UnitImportResult;

/**
 * Units from a file: the templates, the upload, a preview of what would be created (or every problem, by row and
 * column), and the confirmation that creates them all at once.
 */
class UnitImportDialog extends Dialog {

    static final int MAX_BYTES = UploadedWorkbook.MAX_BYTES;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient UnitImportService imports;
    private final transient Map<String, UnitType> types;
    private final SerializableRunnable onImported;
    final Upload upload;
    final Div result = new Div();
    final Button confirm = new Button();
    final Grid<PlannedUnit> planned = new Grid<>();
    final Grid<UnitImportProblem> problems = new Grid<>();
    private String fileName;
    private byte[] content;

    UnitImportDialog(UnitImportService imports, List<UnitType> unitTypes, SerializableRunnable onImported) {
        this.imports = imports;
        this.types = unitTypes.stream().collect(Collectors.toMap(UnitType::getCode, Function.identity()));
        this.onImported = onImported;
        setHeaderTitle(getTranslation("admin.unitImport.title"));
        setWidth("min(95vw, 70em)");

        upload = new Upload(new BoundedUploadHandler(MAX_BYTES, (metadata, bytes) -> received(metadata.fileName(),
                bytes), name -> Notifications.error(getTranslation("upload.csv.tooLarge",
                String.valueOf(MAX_BYTES / 1024 / 1024)))));
        upload.setId("unit-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admin.unitImport.drop"))
                        .setMany(getTranslation("admin.unitImport.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admin.unitImport.add"))
                        .setMany(getTranslation("admin.unitImport.add")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("exchange.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("upload.csv.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024)))
                        .setIncorrectFileType(getTranslation("admin.unitImport.wrongType")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB")));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.setWidthFull();

        planned.addColumn(PlannedUnit::row).setHeader(getTranslation("admin.unitImport.row")).setAutoWidth(true)
                .setFlexGrow(0);
        planned.addColumn(PlannedUnit::code).setHeader(getTranslation("unit.code")).setAutoWidth(true);
        planned.addColumn(PlannedUnit::fullName).setHeader(getTranslation("admin.unitImport.column.fullName"))
                .setFlexGrow(3);
        planned.addColumn(PlannedUnit::shortName).setHeader(getTranslation("admin.unitImport.column.shortName"))
                .setFlexGrow(2);
        planned.addColumn(u -> types.get(u.typeCode()).name(getLocale())).setHeader(getTranslation("unit.type"))
                .setFlexGrow(2);
        planned.addColumn(PlannedUnit::parentCode).setHeader(getTranslation("admin.unit.parent")).setAutoWidth(true);
        planned.addColumn(u -> VnFormat.date(u.validFrom())).setHeader(getTranslation("admin.unitImport.validFrom"))
                .setAutoWidth(true);
        planned.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        planned.setId("unit-import-preview");
        planned.setAllRowsVisible(false);
        planned.setHeight("20em");
        problems.addColumn(p -> p.message(getLocale())).setHeader(getTranslation("admin.unitImport.problem"));
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setId("unit-import-problems");
        problems.setHeight("20em");
        result.setWidthFull();
        result.setId("unit-import-result");

        confirm.setText(getTranslation("admin.unitImport.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("unit-import-confirm");
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());
        Button close = new Button(getTranslation("admin.close"), e -> close());

        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("admin.unitImport.explanation")),
                new HorizontalLayout(download(TemplateFormat.XLSX), download(TemplateFormat.CSV)), upload, result);
        body.setPadding(false);
        add(body);
        getFooter().add(close, confirm);
    }

    /** Checks the file at once; nothing is saved until the confirmation. */
    void received(String name, byte[] bytes) {
        upload.clearFileList();
        result.removeAll();
        confirm.setEnabled(false);
        fileName = name;
        content = null;
        UnitImportPreview preview;
        try {
            preview = imports.preview(name, bytes);
        } catch (BusinessException refused) {
            result.add(box(refused.message(getLocale()), false));
            return;
        }
        if (preview.acceptable()) {
            content = bytes;
            planned.setItems(preview.units());
            result.add(box(getTranslation("admin.unitImport.previewReady", name,
                    VnFormat.integer(preview.units().size())), true), planned);
            confirm.setEnabled(true);
        } else {
            showProblems(name, preview.problems());
        }
    }

    private void confirm() {
        if (content == null) {
            return;
        }
        try {
            UnitImportResult done = imports.importUnits(fileName, content);
            Notifications.success(getTranslation("admin.unitImport.done", VnFormat.integer(done.created())));
            close();
            onImported.run();
        } catch (UnitImportRejectedException rejected) {
            // the database changed since the preview (e.g. another administrator created one of the codes)
            result.removeAll();
            confirm.setEnabled(false);
            content = null;
            showProblems(fileName, rejected.problems());
        } catch (BusinessException refused) {
            result.removeAll();
            confirm.setEnabled(false);
            content = null;
            result.add(box(refused.message(getLocale()), false));
        }
    }

    private void showProblems(String name, List<UnitImportProblem> found) {
        problems.setItems(found);
        result.add(box(getTranslation("admin.unitImport.previewProblems", name, VnFormat.integer(found.size())),
                false), problems);
    }

    private Anchor download(TemplateFormat format) {
        boolean csv = format == TemplateFormat.CSV;
        String file = csv ? "mau-nhap-don-vi.csv" : "mau-nhap-don-vi.xlsx";
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = imports.template(format);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, csv ? "text/csv" : XLSX, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(),
                new Span(getTranslation(csv ? "admin.unitImport.templateCsv" : "admin.unitImport.templateXlsx")));
        anchor.getElement().setAttribute("download", file);
        anchor.setId(csv ? "unit-import-template-csv" : "unit-import-template-xlsx");
        anchor.addClassName("cds-download");
        return anchor;
    }

    private Div box(String text, boolean success) {
        Div box = new Div(new Paragraph(text));
        box.addClassNames("cds-import-result", success ? "success" : "error");
        return box;
    }
}
