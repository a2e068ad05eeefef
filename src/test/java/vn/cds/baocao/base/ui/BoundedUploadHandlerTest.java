package vn.cds.baocao.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * A raw upload (Vaadin 25's Upload sends the file as the request body, where no multipart limit applies) of 50 MB
 * without a declared size is read no further than the limit + 1 byte, then refused: the server never holds it.
 */
@CdsSpringTest
class BoundedUploadHandlerTest extends SpringBrowserlessTest {

    private static final int LIMIT = UploadedWorkbook.MAX_BYTES;

    @Test
    void anUploadOverTheLimitIsReadNoFurtherThanTheLimitAndRefused() throws Exception {
        AtomicLong read = new AtomicLong();
        List<String> refused = new ArrayList<>();
        List<byte[]> received = new ArrayList<>();
        BoundedUploadHandler handler = new BoundedUploadHandler(LIMIT, (metadata, bytes) -> received.add(bytes),
                refused::add);
        UploadEvent fiftyMegabytes = event("so-lieu.xlsx", -1, zeros(50L * 1024 * 1024, read));

        handler.handleUploadRequest(fiftyMegabytes);
        MockVaadin.clientRoundtrip();

        assertThat(read.get()).as("bytes read from the request").isEqualTo(LIMIT + 1L);
        assertThat(fiftyMegabytes.isRejected()).isTrue();
        assertThat(refused).containsExactly("so-lieu.xlsx");
        assertThat(received).isEmpty();

        // a declared size over the limit is refused before reading anything
        AtomicLong none = new AtomicLong();
        handler.handleUploadRequest(event("lon.xlsx", LIMIT + 1L, zeros(LIMIT + 1L, none)));
        MockVaadin.clientRoundtrip();
        assertThat(none.get()).isZero();
        assertThat(refused).containsExactly("so-lieu.xlsx", "lon.xlsx");

        // a file within the limit is handed over whole
        handler.handleUploadRequest(event("mau.xlsx", 1000, zeros(1000, new AtomicLong())));
        MockVaadin.clientRoundtrip();
        assertThat(received).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(1000));
    }

    private static UploadEvent event(String name, long size, InputStream body) {
        UI ui = UI.getCurrent();
        return new UploadEvent(null, null, null, name, size, "application/octet-stream", ui.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }

            @Override
            public UI getUI() {
                return ui;
            }
        };
    }

    /** {@code length} zero bytes, generated as read (never held), counting what is read. */
    private static InputStream zeros(long length, AtomicLong read) {
        return new InputStream() {
            @Override
            public int read() {
                if (read.get() >= length) {
                    return -1;
                }
                read.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                long left = length - read.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                read.addAndGet(n);
                return n;
            }
        };
    }
}
