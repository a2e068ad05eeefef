package vn.cds.baocao.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.EnumSet;
import java.util.Set;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.UserAdminService;
import vn.cds.baocao.security.service.UserAdminService.NewUser;
import vn.cds.baocao.security.service.UserAdminService.UserChanges;

/** Create an account (with an initial password) or edit one (name, e-mail, roles, reporter's unit). */
class UserDialog extends FormDialog {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<Unit> unit = new ComboBox<>();
    final TextField password = new TextField();

    UserDialog(UserAdminService service, AppUser user, SerializableRunnable onSaved) {
        super(Messages.get(user == null ? "admin.user.createTitle" : "admin.user.editTitle"),
                Messages.get("admin.save"));
        username.setLabel(getTranslation("user.username"));
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("admin.user.usernameHelp"));
        fullName.setLabel(getTranslation("user.fullName"));
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("admin.user.email"));
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setRequiredIndicatorVisible(true);
        unit.setLabel(getTranslation("admin.user.reporterUnit"));
        unit.setItems(service.assignableUnits());
        unit.setItemLabelGenerator(Unit::getFullName);
        unit.setHelperText(getTranslation("admin.user.reporterUnitHelp"));
        roles.addValueChangeListener(e -> unit.setEnabled(e.getValue().contains(Role.REPORTER)));
        unit.setEnabled(false);

        addFields(username, fullName, email, roles);
        addWide(unit);
        if (user == null) {
            password.setLabel(getTranslation("admin.user.initialPassword"));
            password.setRequiredIndicatorVisible(true);
            password.setHelperText(getTranslation("admin.password.rules"));
            Button generate = new Button(getTranslation("admin.user.generatePassword"),
                    e -> password.setValue(service.generatePassword(username.getValue())));
            generate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(password, generate);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            password.setWidth("20em");
            addWide(row);
        } else {
            username.setValue(user.getUsername());
            username.setReadOnly(true);
            username.setHelperText(getTranslation("admin.user.usernameFixed"));
            fullName.setValue(user.getFullName());
            email.setValue(user.getEmail() == null ? "" : user.getEmail());
            roles.setValue(user.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(user.getRoles()));
            if (user.getUnit() != null) {
                unit.getListDataView().getItems().filter(u -> u.getId().equals(user.getUnit().getId())).findFirst()
                        .ifPresentOrElse(unit::setValue, () -> {
                            unit.setItems(user.getUnit());
                            unit.setValue(user.getUnit());
                        });
            }
        }
        setAction(() -> {
            Long unitId = unit.getValue() == null ? null : unit.getValue().getId();
            if (user == null) {
                AppUser created = service.create(new NewUser(username.getValue(), fullName.getValue(),
                        email.getValue(), roles.getValue(), unitId, password.getValue()));
                Notifications.success(getTranslation("admin.user.created", created.getUsername()));
            } else {
                service.update(user.getId(), new UserChanges(fullName.getValue(), email.getValue(), roles.getValue(),
                        unitId));
                Notifications.success(getTranslation("admin.saved"));
            }
            onSaved.run();
        });
    }
}
