package vn.cds.baocao.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
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

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate");
    private static final Set<String> TRANSACTION_COMMANDS = Set.of("commit", "rollback", "setAutoCommit",
            "setReadOnly", "setTransactionIsolation");

    /** The statements of one piece of work, in order; transaction commands as "-- commit" etc. */
    public record Recording<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }

        /** Statements only, without the transaction commands. */
        public int sqlCount() {
            return (int) statements.stream().filter(s -> !s.startsWith("-- ")).count();
        }

        @Override
        public String toString() {
            return count() + " statements:\n  " + String.join("\n  ", statements);
        }
    }

    /** Runs the work on this thread and returns what it sent to the database. Not reentrant. */
    public static <T> Recording<T> during(Supplier<T> work) {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
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

    private static void record(String statement) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(statement);
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
            if (TRANSACTION_COMMANDS.contains(name)) {
                record("-- " + name + (args == null ? "" : "(" + args[0] + ")"));
            }
            Object result = call(target, method, args);
            if (result instanceof CallableStatement statement) {
                return proxy(CallableStatement.class, new StatementHandler(statement, (String) args[0]));
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, new StatementHandler(statement, (String) args[0]));
            }
            if (result instanceof Statement statement) {
                return proxy(Statement.class, new StatementHandler(statement, null));
            }
            return result;
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final Statement target;
        private final String preparedSql;
        private final List<String> batch = new ArrayList<>();

        StatementHandler(Statement target, String preparedSql) {
            this.target = target;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (EXECUTE.contains(name)) {
                record(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
            } else if (name.equals("addBatch")) {
                batch.add(args != null && args.length > 0 ? (String) args[0] : preparedSql);
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                batch.forEach(SqlStatements::record);
                batch.clear();
            } else if (name.equals("clearBatch")) {
                batch.clear();
            }
            return call(target, method, args);
        }
    }
}
