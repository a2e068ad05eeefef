package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.domain.BulletinTransitions;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinComposer;
import vn.cds.baocao.bulletin.service.BulletinDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.HighlightDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.BulletinRoutes;
import vn.cds.baocao.bulletin.service.BulletinSummary;
import vn.cds.baocao.bulletin.service.BulletinWorkflow;
import vn.cds.baocao.bulletin.service.BulletinWorkflow.HistoryLine;
import vn.cds.baocao.bulletin.service.render.BulletinContent;
import vn.cds.baocao.bulletin.service.render.BulletinHtml;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * One bulletin ("soan-ban-tin/{id}"). A composer (REVIEWER) edits a draft or a returned bulletin here: the header,
 * the sections and their items, the highlight sentences; saves, previews it as it prints, submits it. The approver
 * (PUBLISHER) reads it as it prints and publishes or returns it. A published bulletin is read-only; a composer can
 * start its correction. A save from an older version is refused and the typed text stays on screen.
 */
@Route(BulletinRoutes.COMPOSE_LIST + "/:" + BulletinEditorView.PARAMETER + "([0-9]{1,18})")
@RolesAllowed({"REVIEWER", "PUBLISHER"})
@StyleSheet("context://cds/bulletin-editor.css")
@StyleSheet("context://cds/bulletin.css")
public class BulletinEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    static final String PARAMETER = "bulletinId";
    static final String CHANGED_KEY = "bulletin.error.changed";
    static final int MAX_TITLE = 300;
    static final int MAX_SUBTITLE = 500;
    static final int MAX_OPENING = 20_000;
    static final int MAX_CLOSING = 1000;
    static final int MAX_RECIPIENTS = 5000;
    static final int MAX_NUMBER = 9999;

    private final transient BulletinComposer composer;
    private final transient BulletinWorkflow workflow;
    private final boolean reviewer;
    private final boolean publisher;

    /** The bulletin as last loaded or saved. */
    private BulletinDraft draft;
    /** What the fields held right after showing {@link #draft}: a difference is an unsaved change. */
    private BulletinDraft baseline;
    private boolean editing;

    // the header's fields, new for every bulletin shown
    private IntegerField number;
    private VnDatePicker issuedOn;
    private TextField title;
    private TextField subtitle;
    private BulletinEditorBody opening;
    private TextArea closing;
    private TextArea recipients;
    private TextArea correctionNote;
    private final Map<SectionKind, BulletinEditorSection> sections = new HashMap<>();
    private BulletinEditorStatistics statistics;
    private final Div conflict = new Div();
    private final Span unsaved = new Span();

    public BulletinEditorView(BulletinComposer composer, BulletinWorkflow workflow, CurrentUser currentUser) {
        this.composer = composer;
        this.workflow = workflow;
        var user = currentUser.require();
        this.reviewer = user.hasRole(Role.REVIEWER);
        this.publisher = user.hasRole(Role.PUBLISHER);
        addClassName("bulletin-editor-view");
        setWidthFull();
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PARAMETER).orElse(-1L);
        try {
            show(composer.draft(id));
        } catch (BusinessException refused) {
            removeAll();
            draft = null;
            add(new ViewTitle(getTranslation("bulletinEditor.menu")), new Paragraph(refused.message(getLocale())),
                    backButton());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("bulletinEditor.leave.title"));
        dialog.setText(getTranslation("bulletinEditor.leave.text"));
        dialog.setConfirmText(getTranslation("bulletinEditor.leave.save"));
        dialog.addConfirmListener(e -> {
            if (save()) {
                action.proceed();
            }
        });
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("bulletinEditor.leave.discard"));
        dialog.addRejectListener(e -> {
            baseline = collect();
            action.proceed();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("bulletinEditor.leave.stay"));
        dialog.open();
    }

    /** True when the fields differ from what was loaded or saved. */
    public boolean isDirty() {
        return editing && draft != null && !collect().equals(baseline);
    }

    private void show(BulletinDraft shown) {
        draft = shown;
        removeAll();
        sections.clear();
        statistics = null;
        editing = reviewer && BulletinTransitions.isEditable(shown.status());
        BulletinContent content = composer.preview(shown);
        add(new ViewTitle(getTranslation("bulletinEditor.title", shown.periodLabel(), shown.numberPreview())));
        add(statusLine());
        conflict.removeAll();
        conflict.setVisible(false);
        conflict.setId("bulletin-conflict");
        conflict.addClassName("bulletin-editor-conflict");
        add(conflict);
        if (editing) {
            add(headerForm());
            Map<Long, BulletinContent.Picture> pictures = pictures(content);
            for (SectionDraft section : shown.sections()) {
                if (section.kind() == SectionKind.STATISTICS) {
                    statistics = new BulletinEditorStatistics(section, shown.highlights(), shown.statisticsTakenAt(),
                            content.statistics(), this::refreshStatistics, this::changed);
                    add(sectionTitle(section), statistics);
                } else {
                    BulletinEditorSection editor = new BulletinEditorSection(section, pictures,
                            bytes -> composer.uploadPicture(draft.id(), bytes), this::copyInto, this::changed);
                    sections.put(section.kind(), editor);
                    add(sectionTitle(section), editor);
                }
            }
        } else {
            add(readOnly(content));
        }
        add(actions(), history());
        baseline = editing ? collect() : null;
        changed();
    }

    private Div statusLine() {
        Div line = new Div(BulletinEditorStatusBadge.of(draft.status()));
        line.addClassName("bulletin-editor-status");
        if (draft.edition() > 1) {
            Span correction = new Span(getTranslation("bulletinEditor.correction", String.valueOf(draft.edition())));
            correction.getElement().getThemeList().add("badge contrast");
            line.add(correction);
        }
        if (!editing) {
            line.add(new Span(getTranslation(reviewer && BulletinTransitions.isEditable(draft.status())
                    ? "bulletinEditor.readOnly" : hintKey())));
        }
        unsaved.setText(getTranslation("bulletinEditor.unsaved"));
        unsaved.setId("bulletin-unsaved");
        unsaved.getElement().getThemeList().add("badge error");
        line.add(unsaved);
        return line;
    }

    private String hintKey() {
        return switch (draft.status()) {
            case SUBMITTED -> publisher ? "bulletinEditor.hint.approve" : "bulletinEditor.hint.submitted";
            case PUBLISHED -> "bulletinEditor.hint.published";
            case SUPERSEDED -> "bulletinEditor.hint.superseded";
            default -> "bulletinEditor.hint.withComposers";
        };
    }

    private Div headerForm() {
        number = new IntegerField();
        issuedOn = new VnDatePicker(getTranslation("bulletinEditor.header.issuedOn"));
        title = new TextField();
        subtitle = new TextField();
        closing = new TextArea();
        recipients = new TextArea();
        correctionNote = new TextArea();
        number.setLabel(getTranslation("bulletinEditor.header.number"));
        number.setMin(1);
        number.setMax(MAX_NUMBER);
        number.setStepButtonsVisible(false);
        number.setHelperText(getTranslation("bulletinEditor.header.numberHelper", draft.numberPreview()));
        number.setValue(draft.number());
        number.setId("bulletin-number");
        issuedOn.setValue(draft.issuedOn());
        issuedOn.setId("bulletin-issued-on");
        issuedOn.setRequiredIndicatorVisible(true);
        text(title, "bulletinEditor.header.title", draft.title(), MAX_TITLE, "bulletin-title");
        text(subtitle, "bulletinEditor.header.subtitle", draft.subtitle(), MAX_SUBTITLE, "bulletin-subtitle");
        opening = new BulletinEditorBody(getTranslation("bulletinEditor.header.opening"), MAX_OPENING);
        opening.setValue(draft.opening());
        opening.setId("bulletin-opening");
        area(closing, "bulletinEditor.header.closing", draft.closing(), MAX_CLOSING, "bulletin-closing");
        area(recipients, "bulletinEditor.header.recipients", draft.recipients(), MAX_RECIPIENTS,
                "bulletin-recipients");
        recipients.setHelperText(getTranslation("bulletinEditor.header.recipientsHelper"));
        Div dates = new Div(number, issuedOn);
        dates.addClassName("bulletin-editor-row");
        Div form = new Div(new H3(getTranslation("bulletinEditor.header.section")));
        form.addClassName("bulletin-editor-header");
        if (draft.edition() > 1) {
            area(correctionNote, "bulletinEditor.header.correctionNote", draft.correctionNote(),
                    BulletinEditorDialogs.MAX_NOTE, "bulletin-correction-note");
            correctionNote.setRequiredIndicatorVisible(true);
            form.add(correctionNote);
        }
        form.add(dates, title, subtitle, opening, closing, recipients);
        List.of(title, subtitle).forEach(f -> f.addValueChangeListener(e -> changed()));
        List.of(closing, recipients, correctionNote).forEach(f -> f.addValueChangeListener(e -> changed()));
        opening.textArea().addValueChangeListener(e -> changed());
        number.addValueChangeListener(e -> changed());
        issuedOn.addValueChangeListener(e -> changed());
        return form;
    }

    private void text(TextField field, String labelKey, String value, int max, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        field.setValue(value == null ? "" : value);
        field.setId(id);
    }

    private void area(TextArea field, String labelKey, String value, int max, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setWidthFull();
        field.setValue(value == null ? "" : value);
        field.setId(id);
    }

    private H3 sectionTitle(SectionDraft section) {
        H3 heading = new H3(getTranslation("bulletin.section." + section.kind().name()));
        heading.addClassName("bulletin-editor-section-title");
        return heading;
    }

    /** The bulletin as it prints, and what the approver must see of the edited sentences. */
    private Div readOnly(BulletinContent content) {
        Div page = new Div(printed(content));
        page.addClassName("bulletin-editor-read-only");
        page.setId("bulletin-printed");
        if (draft.highlights().stream().anyMatch(HighlightDraft::isEdited)) {
            page.add(new H3(getTranslation("bulletinEditor.diff.title")),
                    BulletinEditorDialogs.editedHighlights(draft.highlights()));
        }
        return page;
    }

    /** The HTML is the render helper's sanitised fragment: shown as it is, inside a wrapper of our own. */
    private static Html printed(BulletinContent content) {
        return new Html("<div class=\"bulletin-editor-printed\">" + BulletinHtml.render(content) + "</div>");
    }

    private Div actions() {
        Div bar = new Div();
        bar.addClassName("bulletin-editor-actions");
        bar.setId("bulletin-actions");
        if (editing) {
            Button save = new Button(getTranslation("bulletin.action.SAVE"), VaadinIcon.CHECK.create(), e -> save());
            save.setId("bulletin-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button preview = new Button(getTranslation("bulletinEditor.preview"), VaadinIcon.EYE.create(),
                    e -> preview());
            preview.setId("bulletin-preview");
            Button submit = new Button(getTranslation("bulletin.action.SUBMIT"), VaadinIcon.PAPERPLANE.create(),
                    e -> confirmSubmit());
            submit.setId("bulletin-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            bar.add(save, preview, submit);
        }
        if (publisher && draft.status() == BulletinStatus.SUBMITTED) {
            Button publish = new Button(getTranslation("bulletin.action.PUBLISH"), VaadinIcon.CHECK_CIRCLE.create(),
                    e -> checkAndPublish());
            publish.setId("bulletin-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button back = new Button(getTranslation("bulletin.action.RETURN"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> BulletinEditorDialogs.askText("bulletinEditor.return.title", "bulletinEditor.return.intro",
                            "bulletinEditor.return.reason", "bulletin.action.RETURN", "bulletin.error.reasonRequired",
                            reason -> act(() -> workflow.returnToComposers(draft.id(), draft.version(), reason),
                                    "bulletinEditor.done.RETURN")));
            back.setId("bulletin-return");
            back.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(publish, back);
        }
        if (reviewer && draft.status() == BulletinStatus.PUBLISHED) {
            Button correct = new Button(getTranslation("bulletin.action.CORRECT"), VaadinIcon.EDIT.create(),
                    e -> BulletinEditorDialogs.askText("bulletinEditor.correct.title", "bulletinEditor.correct.intro",
                            "bulletinEditor.correct.note", "bulletin.action.CORRECT", "bulletin.error.noteRequired",
                            this::correct));
            correct.setId("bulletin-correct");
            bar.add(correct);
        }
        if (!editing) {
            Button preview = new Button(getTranslation("bulletinEditor.preview"), VaadinIcon.EYE.create(),
                    e -> preview());
            preview.setId("bulletin-preview");
            bar.add(preview);
        }
        bar.add(backButton());
        return bar;
    }

    private Button backButton() {
        Button back = new Button(getTranslation("bulletinEditor.backToList"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(BulletinComposeListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("bulletin-back");
        return back;
    }

    private Details history() {
        Grid<HistoryLine> grid = new Grid<>();
        grid.addClassName("bulletin-editor-history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(h -> VnFormat.dateTime(h.at())).setHeader(getTranslation("bulletinEditor.history.at"))
                .setKey("at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryLine::actor).setHeader(getTranslation("bulletinEditor.history.actor")).setKey("actor")
                .setAutoWidth(true);
        grid.addColumn(h -> getTranslation("bulletin.action." + h.action().name()))
                .setHeader(getTranslation("bulletinEditor.history.action")).setKey("action").setAutoWidth(true);
        grid.addColumn(h -> h.reason() == null ? "" : h.reason())
                .setHeader(getTranslation("bulletinEditor.history.reason")).setKey("reason").setFlexGrow(2);
        grid.setItems(workflow.history(draft.id()));
        grid.setAllRowsVisible(true);
        grid.setId("bulletin-history");
        Details details = new Details(getTranslation("bulletinEditor.history"), grid);
        details.setWidthFull();
        return details;
    }

    private void changed() {
        unsaved.setVisible(isDirty());
    }

    /** What the fields hold, as the service saves it. */
    BulletinDraft collect() {
        List<SectionDraft> held = new ArrayList<>();
        for (SectionDraft section : draft.sections()) {
            if (section.kind() == SectionKind.STATISTICS) {
                held.add(statistics == null ? section : statistics.value());
            } else {
                BulletinEditorSection editor = sections.get(section.kind());
                held.add(editor == null ? section : editor.value());
            }
        }
        List<HighlightDraft> highlights = statistics == null ? draft.highlights() : statistics.highlights();
        return new BulletinDraft(draft.id(), draft.version(), draft.status(), draft.periodId(), draft.periodLabel(),
                draft.edition(), draft.edition() > 1 ? correctionNote.getValue() : null,
                number.getValue() == null ? 0 : number.getValue(), draft.numberPreview(), issuedOn.getValue(),
                title.getValue(), subtitle.getValue(), opening == null ? "" : opening.getValue(), closing.getValue(),
                recipients.getValue(), List.copyOf(held), highlights, draft.statisticsTakenAt());
    }

    /**
     * Saves what the fields hold. Refused: the reason is shown and the fields keep the text; refused because
     * someone else saved first, the screen says so and offers to reload.
     */
    boolean save() {
        try {
            BulletinDraft saved = composer.save(collect());
            show(saved);
            Notifications.success(getTranslation("bulletinEditor.saved"));
            return true;
        } catch (BusinessException refused) {
            refused(refused);
            return false;
        }
    }

    private void refused(BusinessException refused) {
        if (CHANGED_KEY.equals(refused.getMessageKey())) {
            showConflict(refused.message(getLocale()));
        }
        Notifications.error(refused.message(getLocale()));
    }

    private void showConflict(String message) {
        conflict.removeAll();
        Button reload = new Button(getTranslation("bulletinEditor.reload"), VaadinIcon.REFRESH.create(),
                e -> confirmReload());
        reload.setId("bulletin-reload");
        conflict.add(new Span(message), reload);
        conflict.setVisible(true);
        conflict.scrollIntoView();
    }

    private void confirmReload() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("bulletinEditor.reload"),
                getTranslation("bulletinEditor.reload.text"), getTranslation("bulletinEditor.reload"),
                e -> reload());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("bulletinEditor.cancel"));
        dialog.open();
    }

    private void reload() {
        show(composer.draft(draft.id()));
    }

    /** Saves first when something changed: the move needs the saved version. */
    private boolean savedIfDirty() {
        return !isDirty() || save();
    }

    private void refreshStatistics() {
        if (!savedIfDirty()) {
            return;
        }
        try {
            show(composer.refreshStatistics(draft.id(), draft.version()));
            Notifications.success(getTranslation("bulletinEditor.done.REFRESH_STATISTICS"));
        } catch (BusinessException refused) {
            refused(refused);
        }
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("bulletin.action.SUBMIT"),
                getTranslation("bulletinEditor.submit.text"), getTranslation("bulletin.action.SUBMIT"),
                e -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("bulletinEditor.cancel"));
        dialog.open();
    }

    void submit() {
        if (!savedIfDirty()) {
            return;
        }
        act(() -> workflow.submit(draft.id(), draft.version()), "bulletinEditor.done.SUBMIT");
    }

    private void checkAndPublish() {
        try {
            BulletinEditorDialogs.publication(workflow.publicationCheck(draft.id()), draft.highlights(),
                    () -> act(() -> workflow.publish(draft.id(), draft.version()), "bulletinEditor.done.PUBLISH"));
        } catch (BusinessException refused) {
            refused(refused);
        }
    }

    private void correct(String note) {
        try {
            long correction = composer.correct(draft.id(), note);
            Notifications.success(getTranslation("bulletinEditor.done.CORRECT"));
            getUI().ifPresent(ui -> ui.navigate(BulletinRoutes.editor(correction)));
        } catch (BusinessException refused) {
            refused(refused);
        }
    }

    /** A workflow move; afterwards the bulletin as it is now (also when refused: it may have moved meanwhile). */
    private void act(SerializableRunnable move, String doneKey) {
        try {
            move.run();
            Notifications.success(getTranslation(doneKey));
        } catch (BusinessException refused) {
            Notifications.error(refused.message(getLocale()));
        }
        reload();
    }

    /** The whole bulletin as it prints, with what the fields hold now (saved or not). */
    private void preview() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bulletinEditor.preview.title"));
        dialog.addClassName("bulletin-editor-preview-dialog");
        dialog.setWidth("min(60rem, 96vw)");
        Div page = new Div();
        page.setId("bulletin-preview-page");
        SerializableRunnable render = () -> {
            page.removeAll();
            page.add(printed(composer.preview(editing ? collect() : draft)));
        };
        render.run();
        dialog.add(page);
        Button refresh = new Button(getTranslation("bulletinEditor.preview.refresh"), VaadinIcon.REFRESH.create(),
                e -> render.run());
        dialog.getFooter().add(refresh, new Button(getTranslation("bulletinEditor.close"), e -> dialog.close()));
        dialog.open();
    }

    /** Copies the items of the same section of an earlier bulletin to the end of this one. */
    private void copyInto(BulletinEditorSection section) {
        try {
            List<BulletinSummary> sources = composer.copySources(draft.id());
            BulletinEditorDialogs.copySource(sources, getTranslation("bulletin.section." + section.kind().name()),
                    source -> {
                        try {
                            List<ItemDraft> copied = composer.copyItems(draft.id(), source.id(), section.kind());
                            if (copied.isEmpty()) {
                                Notifications.error(getTranslation("bulletinEditor.copy.empty"));
                                return;
                            }
                            section.append(copied);
                            Notifications.success(getTranslation("bulletinEditor.copy.done",
                                    String.valueOf(copied.size())));
                        } catch (BusinessException refused) {
                            refused(refused);
                        }
                    });
        } catch (BusinessException refused) {
            refused(refused);
        }
    }

    private static Map<Long, BulletinContent.Picture> pictures(BulletinContent content) {
        Map<Long, BulletinContent.Picture> pictures = new HashMap<>();
        content.sections().forEach(section -> section.items().stream()
                .filter(item -> item.picture() != null)
                .forEach(item -> pictures.put(item.picture().id(), item.picture())));
        return pictures;
    }

    /** The editors of the free sections, for tests and the view's own use. */
    public BulletinEditorSection section(SectionKind kind) {
        return sections.get(kind);
    }

    public BulletinEditorStatistics statistics() {
        return statistics;
    }

    @Override
    public String getPageTitle() {
        return draft == null ? getTranslation("bulletinEditor.menu")
                : getTranslation("bulletinEditor.title", draft.periodLabel(), draft.numberPreview());
    }
}
