package vn.cds.baocao.base.ui.form;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Grid cells that save width: a main line with a smaller secondary line under it. */
public final class Cells {

    private Cells() {
    }

    public static Div twoLines(String main, String secondary) {
        Span first = new Span(main);
        Span second = new Span(secondary == null ? "" : secondary);
        second.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(first, second);
        cell.getStyle().set("white-space", "normal").set("line-height", "var(--lumo-line-height-s)");
        return cell;
    }
}
