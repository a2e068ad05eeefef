package vn.cds.baocao.base.database;

/** The embedded MariaDB could not start; the message says why in words an operator can act on. */
public class EmbeddedDatabaseStartException extends RuntimeException {

    private final String action;

    public EmbeddedDatabaseStartException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String getAction() {
        return action;
    }
}
