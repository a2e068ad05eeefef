package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import vn.cds.baocao.base.ui.UserFacingError;

/**
 * Shown inside the main layout (with the menu) when opening a page fails: a refused action (an unknown id, a period
 * the unit does not report) in its own words, the database outage in one sentence, anything else as a general
 * sentence with a reference for the administrator. Replaces Vaadin's English "There was an exception while trying
 * to navigate"; page-not-found and access-denied keep their own views.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NavigationErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private String title = "";

    public NavigationErrorView() {
        addClassName("navigation-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        UserFacingError error = UserFacingError.of(parameter.getCaughtException());
        title = getTranslation(error.databaseUnavailable() ? "error.databaseUnavailable.title" : "error.navigation.title");
        removeAll();
        add(new H2(title));
        Paragraph message = new Paragraph(error.message());
        message.setId("navigation-error-message");
        add(message);
        add(new RouterLink(getTranslation("error.backHome"), HomeView.class));
        return error.status();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
