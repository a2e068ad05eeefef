package vn.cds.baocao.notification.service;

import java.util.Map;

/** Where e-mails go: an SMTP server and its credentials. */
public record MailServer(String host, Integer port, String username, String password, String protocol,
                         Map<String, String> properties) {

    public MailServer {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A plain SMTP server without authentication (a test server, a relay inside the network). */
    public static MailServer plain(String host, int port) {
        return new MailServer(host, port, null, null, "smtp", Map.of());
    }

    @Override
    public String toString() {
        return host + ":" + (port == null ? "default" : port) + (username == null ? "" : " as " + username);
    }
}
