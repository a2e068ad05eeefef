package vn.cds.baocao.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An in-memory upload that never holds more than {@code maxBytes}: the Upload component's own size limit is only
 * checked in the browser, and Vaadin's in-memory handler reads a raw upload to its end whatever its size. A larger
 * body is refused after reading {@code maxBytes + 1} bytes; its sender is told why.
 */
public final class BoundedUploadHandler implements UploadHandler {

    private final int maxBytes;
    private final InMemoryUploadCallback received;
    private final SerializableConsumer<String> refused;

    /**
     * @param received called in the UI (under its lock) with the whole file
     * @param refused  called in the UI with the file name of a file over the limit
     */
    public BoundedUploadHandler(int maxBytes, InMemoryUploadCallback received, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(fileName, event.getContentType(), bytes.length);
        ui.access(() -> {
            try {
                received.complete(metadata, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void refuse(UploadEvent event, UI ui, String fileName) {
        event.reject();
        ui.access(() -> refused.accept(fileName));
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024L; // the file and its multipart headers
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
