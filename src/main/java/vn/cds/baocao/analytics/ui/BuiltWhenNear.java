package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * A part of a long screen that is built only when it comes near the browser's viewport (an IntersectionObserver
 * tells the server): the first answer then holds the tables in view, not every table of the period with its columns
 * and first page of rows. Until then it is an empty box of a table's height, so the page can be scrolled as usual.
 */
class BuiltWhenNear extends Div {

    /** How far outside the viewport a part is built already, so that scrolling rarely meets an empty box. */
    private static final String MARGIN = "600px 0px";

    private Supplier<Component[]> content;

    BuiltWhenNear(Supplier<Component[]> content) {
        this.content = content;
        setWidthFull();
        addClassName("cds-built-when-near");
        addAttachListener(event -> {
            if (this.content != null) {
                getElement().executeJs("const box = this;"
                        + "if (!('IntersectionObserver' in window)) { box.$server.near(); return; }"
                        + "const watch = new IntersectionObserver(entries => {"
                        + "  if (entries.some(e => e.isIntersecting)) { watch.disconnect(); box.$server.near(); }"
                        + "}, {rootMargin: $0});"
                        + "watch.observe(box);", MARGIN);
            }
        });
    }

    /** Called by the browser when the box comes near the viewport; builds the content once. */
    @ClientCallable
    void near() {
        if (content != null) {
            Supplier<Component[]> build = content;
            content = null;
            removeClassName("cds-built-when-near");
            add(build.get());
        }
    }

    boolean built() {
        return content == null;
    }
}
