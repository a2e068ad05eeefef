package vn.cds.baocao.base.ui;

import com.vaadin.flow.component.html.H2;

/** The heading of a page, styled the same on every view. */
public class ViewTitle extends H2 {

    public ViewTitle(String text) {
        super(text);
        addClassName("cds-view-title");
    }
}
