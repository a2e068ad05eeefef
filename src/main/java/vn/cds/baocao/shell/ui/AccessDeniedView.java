package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import vn.cds.baocao.security.ui.OpenBeforePasswordChange;

/** Shown when a signed-in user opens a page their role does not allow (e.g. by typing its address). */
@ParentLayout(MainLayout.class)
@PermitAll
@OpenBeforePasswordChange
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassName("access-denied");
        add(new H2(getTranslation("error.accessDenied.title")));
        add(new Paragraph(getTranslation("error.accessDenied")));
        add(new RouterLink(getTranslation("error.backHome"), HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
