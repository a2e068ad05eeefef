package vn.cds.baocao.bulletin.service.render;

import java.io.IOException;
import java.io.OutputStream;

/** PLACEHOLDER of the lead (replaced by the render helper's class on merge). */
public final class BulletinDocxWriter {

    public void write(BulletinContent content, OutputStream out) throws IOException {
        out.write(content.header().title().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
