package vn.cds.baocao.base.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means "the database cannot be reached" (server stopped, network down, pool exhausted while
 * waiting for a connection) rather than a fault of the application: then every channel shows the same sentence,
 * {@link #MESSAGE_KEY}, and nothing needs a stack trace.
 */
public final class DatabaseUnavailable {

    /** "Hệ thống tạm thời không kết nối được cơ sở dữ liệu…" on the screen, in the API and on the HTTP error page. */
    public static final String MESSAGE_KEY = "db.unavailable";

    /** SQLSTATE class 08: connection exception (SQL standard). */
    private static final String CONNECTION_SQL_STATE_CLASS = "08";

    private DatabaseUnavailable() {
    }

    /** True when the database being unreachable is anywhere in the cause chain of {@code error}. */
    public static boolean isCause(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_SQL_STATE_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
