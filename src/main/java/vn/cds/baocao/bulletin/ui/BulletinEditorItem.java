package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.ui.BoundedUploadHandler;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Picture;

/**
 * One article, news item or directive of a section: title, text (Markdown with its preview), source, an optional
 * picture with its caption; a directive also has its number, date and issuer. The buttons of its head move it,
 * or delete it after a confirmation (the section does both).
 */
public class BulletinEditorItem extends Div {

    /** The picture limit shown to the user; the service checks the bytes again. */
    static final int MAX_PICTURE_BYTES = 2 * 1024 * 1024;
    static final int MAX_TITLE = 500;
    static final int MAX_BODY = 200_000;
    static final int MAX_SOURCE = 500;
    static final int MAX_CAPTION = 500;

    /** What the section does for the buttons of an item's head. */
    interface Moves {
        void up(BulletinEditorItem item);

        void down(BulletinEditorItem item);

        void delete(BulletinEditorItem item);
    }

    private final SectionKind kind;
    private final Span heading = new Span();
    private final TextField title = new TextField();
    private final BulletinEditorBody body;
    private final TextField source = new TextField();
    private final TextField docNumber = new TextField();
    private final VnDatePicker docDate;
    private final TextField docIssuer = new TextField();
    private final TextField caption = new TextField();
    private final Div picture = new Div();
    private final Button removePicture;
    private final SerializableFunction<byte[], Long> uploader;
    private final SerializableRunnable changed;
    private Long pictureId;

    /**
     * @param shown    the picture of the item as saved (null when none)
     * @param uploader stores a picture for the bulletin and answers its id (refuses with the reason)
     */
    BulletinEditorItem(SectionKind kind, ItemDraft item, Picture shown, SerializableFunction<byte[], Long> uploader,
                       Moves moves, SerializableRunnable changed) {
        this.kind = kind;
        this.uploader = uploader;
        this.changed = changed;
        addClassName("bulletin-editor-item");
        heading.addClassName("bulletin-editor-item-heading");
        Div head = new Div(heading, button(VaadinIcon.ARROW_UP, "bulletinEditor.item.up", () -> moves.up(this)),
                button(VaadinIcon.ARROW_DOWN, "bulletinEditor.item.down", () -> moves.down(this)),
                button(VaadinIcon.TRASH, "bulletinEditor.item.delete", () -> moves.delete(this)));
        head.addClassName("bulletin-editor-item-head");

        title.setLabel(getTranslation("bulletinEditor.item.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(MAX_TITLE);
        title.setWidthFull();
        title.addClassName("bulletin-editor-item-title");
        body = new BulletinEditorBody(getTranslation(kind == SectionKind.DIRECTIVES
                ? "bulletinEditor.item.summary" : "bulletinEditor.item.body"), MAX_BODY);
        source.setLabel(getTranslation("bulletinEditor.item.source"));
        source.setPlaceholder(getTranslation("bulletinEditor.item.sourcePlaceholder"));
        source.setMaxLength(MAX_SOURCE);
        source.setWidthFull();
        source.addClassName("bulletin-editor-item-source");
        add(head, title);
        docDate = new VnDatePicker(getTranslation("bulletinEditor.item.docDate"));
        if (kind == SectionKind.DIRECTIVES) {
            docNumber.setLabel(getTranslation("bulletinEditor.item.docNumber"));
            docNumber.setPlaceholder(getTranslation("bulletinEditor.item.docNumberPlaceholder"));
            docNumber.setMaxLength(100);
            docIssuer.setLabel(getTranslation("bulletinEditor.item.docIssuer"));
            docIssuer.setPlaceholder(getTranslation("bulletinEditor.item.docIssuerPlaceholder"));
            docIssuer.setMaxLength(300);
            Div directive = new Div(docNumber, docDate, docIssuer);
            directive.addClassName("bulletin-editor-directive");
            add(directive);
        }
        add(body, source);

        caption.setLabel(getTranslation("bulletinEditor.item.caption"));
        caption.setMaxLength(MAX_CAPTION);
        caption.setWidthFull();
        caption.addClassName("bulletin-editor-item-caption");
        removePicture = new Button(getTranslation("bulletinEditor.picture.remove"), VaadinIcon.CLOSE_SMALL.create(),
                e -> showPicture(null, null));
        removePicture.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removePicture.addClassName("bulletin-editor-picture-remove");
        picture.addClassName("bulletin-editor-picture");
        Div pictureBox = new Div(new Span(getTranslation("bulletinEditor.picture.label")), picture, upload(),
                removePicture, caption);
        pictureBox.addClassName("bulletin-editor-picture-box");
        add(pictureBox);

        title.setValue(text(item.title()));
        body.setValue(item.body());
        source.setValue(text(item.source()));
        docNumber.setValue(text(item.docNumber()));
        docDate.setValue(item.docDate());
        docIssuer.setValue(text(item.docIssuer()));
        caption.setValue(text(item.pictureCaption()));
        showPicture(item.pictureId(), shown == null ? null : shown.content());
        List.of(title, source, docNumber, docIssuer, caption).forEach(f -> f.addValueChangeListener(e -> changed.run()));
        body.textArea().addValueChangeListener(e -> changed.run());
        docDate.addValueChangeListener(e -> changed.run());
    }

    /** "Mục 2" (its place in the section). */
    void setNumber(int number) {
        heading.setText(getTranslation("bulletinEditor.item.number", String.valueOf(number)));
    }

    ItemDraft value() {
        boolean directive = kind == SectionKind.DIRECTIVES;
        return new ItemDraft(title.getValue(), body.getValue(), source.getValue(),
                directive ? docNumber.getValue() : null, directive ? docDate.getValue() : null,
                directive ? docIssuer.getValue() : null, pictureId, pictureId == null ? null : caption.getValue());
    }

    public TextField titleField() {
        return title;
    }

    public BulletinEditorBody body() {
        return body;
    }

    public Long pictureId() {
        return pictureId;
    }

    private Upload upload() {
        Upload upload = new Upload(new BoundedUploadHandler(MAX_PICTURE_BYTES,
                (metadata, bytes) -> uploaded(bytes), name -> Notifications.error(tooLarge())));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_PICTURE_BYTES);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addClassName("bulletin-editor-upload");
        return upload;
    }

    private void uploaded(byte[] bytes) {
        try {
            showPicture(uploader.apply(bytes), bytes);
        } catch (BusinessException refused) {
            Notifications.error(refused.message(getLocale()));
        }
    }

    private void showPicture(Long id, byte[] bytes) {
        boolean changedPicture = !java.util.Objects.equals(id, pictureId);
        pictureId = id;
        picture.removeAll();
        if (id != null && bytes != null) {
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "anh-" + id, mediaType(bytes), bytes.length)).inline(),
                    getTranslation("bulletinEditor.picture.alt"));
            image.addClassName("bulletin-editor-picture-image");
            picture.add(image);
        } else if (id != null) {
            picture.add(new Span(getTranslation("bulletinEditor.picture.uploaded")));
        }
        removePicture.setVisible(id != null);
        caption.setVisible(id != null);
        if (changedPicture) {
            changed.run();
        }
    }

    /** The service accepted only PNG (its signature starts with 0x89) and JPEG. */
    private static String mediaType(byte[] bytes) {
        return bytes.length > 0 && (bytes[0] & 0xFF) == 0x89 ? "image/png" : "image/jpeg";
    }

    private Button button(VaadinIcon icon, String key, SerializableRunnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("bulletin-editor-item-" + key.substring(key.lastIndexOf('.') + 1));
        return button;
    }

    private String tooLarge() {
        return getTranslation("bulletinEditor.picture.tooLarge", String.valueOf(MAX_PICTURE_BYTES / (1024 * 1024)));
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("bulletinEditor.upload.drop"))
                        .setMany(getTranslation("bulletinEditor.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("bulletinEditor.upload.add"))
                        .setMany(getTranslation("bulletinEditor.upload.add")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("bulletinEditor.upload.tooMany"))
                        .setFileIsTooBig(tooLarge())
                        .setIncorrectFileType(getTranslation("bulletinEditor.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("bulletinEditor.upload.connecting"))
                                .setProcessing(getTranslation("bulletinEditor.upload.processing"))
                                .setStalled(getTranslation("bulletinEditor.upload.stalled"))
                                .setHeld(getTranslation("bulletinEditor.upload.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("bulletinEditor.upload.serverError"))
                                .setUnexpectedServerError(getTranslation("bulletinEditor.upload.serverError"))
                                .setForbidden(getTranslation("bulletinEditor.upload.forbidden"))
                                .setFileTooLarge(tooLarge())))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
