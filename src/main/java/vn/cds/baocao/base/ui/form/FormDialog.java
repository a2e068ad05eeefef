package vn.cds.baocao.base.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.ui.Notifications;

/**
 * A dialog with a form and Save/Cancel. Saving runs the action; a refused action ({@link BusinessException}) keeps
 * the dialog open with the reason under the form, so nothing typed is lost.
 */
public class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Paragraph error = new Paragraph();
    private final Button save;
    private SerializableRunnable action = () -> { };

    public FormDialog(String title, String saveLabel) {
        setHeaderTitle(title);
        setWidth("min(760px, 95vw)");
        setCloseOnOutsideClick(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        error.addClassName("cds-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "500");
        error.setVisible(false);
        add(form, error);
        save = new Button(saveLabel, e -> run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("dialog-save");
        Button cancel = new Button(getTranslation("admin.form.cancel"), e -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, save);
    }

    public FormLayout form() {
        return form;
    }

    /** An explanation above the form. */
    public void setIntro(String text) {
        Paragraph intro = new Paragraph(text);
        intro.getStyle().set("margin-top", "0").set("max-width", "60em");
        addComponentAtIndex(0, intro);
    }

    /** Adds fields to the form, one column each. */
    public FormDialog addFields(Component... fields) {
        form.add(fields);
        return this;
    }

    /** Adds a field that spans both columns. */
    public FormDialog addWide(Component field) {
        form.add(field, 2);
        return this;
    }

    /** What saving does: call the service. A refusal keeps the dialog open; success closes it. */
    public void setAction(SerializableRunnable action) {
        this.action = action;
    }

    public Button saveButton() {
        return save;
    }

    /** The reason shown under the form after a refused save; empty when none. */
    public String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    private void run() {
        try {
            action.run();
            close();
        } catch (BusinessException refused) {
            error.setText(refused.message(getLocale()));
            error.setVisible(true);
            Notifications.error(refused.message(getLocale()));
        }
    }
}
