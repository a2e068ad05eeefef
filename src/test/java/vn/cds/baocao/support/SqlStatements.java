package vn.cds.baocao.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application sends to the database, at the JDBC level: every statement executed (each entry of
 * a batch counts as one) and every transaction command (commit, rollback, auto-commit and read-only switches,
 * which the driver sends as statements too). Hibernate's statistics would miss plain JDBC and the transaction
 * commands; this sees everything that goes through the application's connection pool.
 *
 * <p>Counts only what the calling thread does inside {@link #during}, so work of other threads (the pool's
 * housekeeping, other tests' leftovers) never gets in. The data source stays an instance of its own class (a
 * class-based proxy), so code that expects the pool's type still finds it.
 */
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<Statement>> RECORDING = new ThreadLocal<>();
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate");
    private static final Set<String> TRANSACTION_COMMANDS = Set.of("commit", "rollback", "setAutoCommit",
            "setReadOnly", "setTransactionIsolation");

    /**
     * A statement sent (transaction commands as "-- commit" etc.), how long the database took for it, and the
     * parameters it was executed with (by position, from 1; empty for a plain statement or a batch entry).
     */
    public record Statement(String sql, long nanos, Map<Integer, Object> parameters) {

        public Statement(String sql, long nanos) {
            this(sql, nanos, Map.of());
        }

        public Statement {
            parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        }

        @Override
        public String toString() {
            return "%7.2f ms  %s".formatted(nanos / 1e6, sql);
        }
    }

    /** The statements of one piece of work, in order. */
    public record Recording<T>(T result, List<Statement> statements) {

        public int count() {
            return statements.size();
        }

        /** Time spent waiting for the database, in nanoseconds. */
        public long databaseNanos() {
            return statements.stream().mapToLong(Statement::nanos).sum();
        }

        @Override
        public String toString() {
            return count() + " statements:\n  " + String.join("\n  ", statements.stream().map(Statement::toString)
                    .toList());
        }
    }

    /** Runs the work on this thread and returns what it sent to the database. Not reentrant. */
    public static <T> Recording<T> during(Supplier<T> work) {
        List<Statement> statements = Collections.synchronizedList(new ArrayList<>());
        RECORDING.set(statements);
        try {
            T result = work.get();
            return new Recording<>(result, List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    public static Recording<Void> during(Runnable work) {
        return during(() -> {
            work.run();
            return null;
        });
    }

    private static void record(String statement, long nanos) {
        record(statement, nanos, Map.of());
    }

    private static void record(String statement, long nanos, Map<Integer, Object> parameters) {
        List<Statement> statements = RECORDING.get();
        if (statements != null) {
            statements.add(new Statement(statement, nanos, parameters));
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            return result instanceof Connection connection && invocation.getMethod().getName().equals("getConnection")
                    ? proxy(Connection.class, new ConnectionHandler(connection)) : result;
        });
        return factory.getProxy();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            Object result;
            if (TRANSACTION_COMMANDS.contains(name)) {
                long start = System.nanoTime();
                result = call(target, method, args);
                record("-- " + name + (args == null ? "" : "(" + args[0] + ")"), System.nanoTime() - start);
            } else {
                result = call(target, method, args);
            }
            if (result instanceof CallableStatement statement) {
                return proxy(CallableStatement.class, new StatementHandler(statement, (String) args[0]));
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, new StatementHandler(statement, (String) args[0]));
            }
            if (result instanceof java.sql.Statement statement) {
                return proxy(java.sql.Statement.class, new StatementHandler(statement, null));
            }
            return result;
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final java.sql.Statement target;
        private final String preparedSql;
        private final List<String> batch = new ArrayList<>();
        private final Map<Integer, Object> parameters = new HashMap<>();

        StatementHandler(java.sql.Statement target, String preparedSql) {
            this.target = target;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (EXECUTE.contains(name)) {
                boolean plain = args != null && args.length > 0 && args[0] instanceof String;
                String sql = plain ? (String) args[0] : preparedSql;
                long start = System.nanoTime();
                try {
                    return call(target, method, args);
                } finally {
                    record(sql, System.nanoTime() - start, plain ? Map.of() : parameters);
                }
            } else if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index
                    && target instanceof PreparedStatement) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.equals("addBatch")) {
                batch.add(args != null && args.length > 0 ? (String) args[0] : preparedSql);
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                long start = System.nanoTime();
                try {
                    return call(target, method, args);
                } finally {
                    long each = (System.nanoTime() - start) / Math.max(1, batch.size());
                    batch.forEach(sql -> record(sql, each));
                    batch.clear();
                }
            } else if (name.equals("clearBatch")) {
                batch.clear();
            }
            return call(target, method, args);
        }
    }
}
