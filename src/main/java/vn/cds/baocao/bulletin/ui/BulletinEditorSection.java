package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.base.ui.form.Confirm;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Picture;

/**
 * A section of free items (articles, news, directives): its heading, its items in print order with up/down and
 * delete, "Thêm mục" and "Sao chép từ bản tin trước" (the view asks which bulletin, then {@link #append}s).
 */
public class BulletinEditorSection extends Div implements BulletinEditorItem.Moves {

    static final int MAX_HEADING = 300;

    private final SectionKind kind;
    private final TextField heading = new TextField();
    private final Div itemsBox = new Div();
    private final Paragraph empty = new Paragraph();
    private final List<BulletinEditorItem> items = new ArrayList<>();
    private final Map<Long, Picture> pictures;
    private final SerializableFunction<byte[], Long> uploader;
    private final SerializableRunnable changed;

    BulletinEditorSection(SectionDraft section, Map<Long, Picture> pictures,
                          SerializableFunction<byte[], Long> uploader,
                          SerializableConsumer<BulletinEditorSection> copyRequested, SerializableRunnable changed) {
        this.kind = section.kind();
        this.pictures = pictures;
        this.uploader = uploader;
        this.changed = changed;
        addClassName("bulletin-editor-section");
        setId("bulletin-section-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        heading.setLabel(getTranslation("bulletinEditor.section.heading"));
        heading.setRequiredIndicatorVisible(true);
        heading.setMaxLength(MAX_HEADING);
        heading.setWidthFull();
        heading.addClassName("bulletin-editor-section-heading");
        heading.setValue(section.heading() == null ? "" : section.heading());
        heading.addValueChangeListener(e -> changed.run());
        empty.setText(getTranslation("bulletinEditor.section.empty"));
        empty.addClassName("bulletin-editor-hint");
        itemsBox.addClassName("bulletin-editor-items");
        Button add = new Button(getTranslation("bulletinEditor.item.add"), VaadinIcon.PLUS.create(), e -> {
            append(List.of(new ItemDraft("", "", "", null, null, null, null, null)));
            items.getLast().titleField().focus();
        });
        add.addClassName("bulletin-editor-item-add");
        Button copy = new Button(getTranslation("bulletinEditor.copy"), VaadinIcon.COPY_O.create(),
                e -> copyRequested.accept(this));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClassName("bulletin-editor-copy");
        Div actions = new Div(add, copy);
        actions.addClassName("bulletin-editor-section-actions");
        add(heading, empty, itemsBox, actions);
        section.items().forEach(item -> items.add(item(item)));
        layout();
    }

    public SectionKind kind() {
        return kind;
    }

    public List<BulletinEditorItem> items() {
        return List.copyOf(items);
    }

    SectionDraft value() {
        return new SectionDraft(kind, heading.getValue(), items.stream().map(BulletinEditorItem::value).toList());
    }

    /** Adds items at the end (a new one, or copies from an earlier bulletin). */
    public void append(List<ItemDraft> added) {
        added.forEach(item -> items.add(item(item)));
        layout();
        changed.run();
    }

    @Override
    public void up(BulletinEditorItem item) {
        move(item, -1);
    }

    @Override
    public void down(BulletinEditorItem item) {
        move(item, 1);
    }

    @Override
    public void delete(BulletinEditorItem item) {
        String title = item.titleField().getValue().isBlank()
                ? getTranslation("bulletinEditor.item.number", String.valueOf(items.indexOf(item) + 1))
                : item.titleField().getValue();
        Confirm.ask(getTranslation("bulletinEditor.item.deleteTitle"),
                getTranslation("bulletinEditor.item.deleteText", title),
                getTranslation("bulletinEditor.item.delete"), () -> remove(item));
    }

    /** Deletes without asking (what the confirmation does). */
    public void remove(BulletinEditorItem item) {
        items.remove(item);
        layout();
        changed.run();
    }

    private void move(BulletinEditorItem item, int by) {
        int from = items.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, item);
        layout();
        changed.run();
    }

    private BulletinEditorItem item(ItemDraft item) {
        return new BulletinEditorItem(kind, item, item.pictureId() == null ? null : pictures.get(item.pictureId()),
                uploader, this, changed);
    }

    private void layout() {
        itemsBox.removeAll();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setNumber(i + 1);
            itemsBox.add(items.get(i));
        }
        empty.setVisible(items.isEmpty());
    }
}
