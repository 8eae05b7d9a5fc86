package org.photonledger.processing.store;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One connection in manual-commit mode shared by every caller, as a JTA transaction shares one connection in the
 * application; {@link #commit()} ends the "transaction". Lets projection tests run the projections' transaction guard.
 */
public final class TransactionalTestDatabase implements DataSource {

    private final Connection connection;
    private final Connection shared;

    public TransactionalTestDatabase(DataSource db) throws SQLException {
        connection = db.getConnection();
        connection.setAutoCommit(false);
        shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> "close".equals(method.getName()) ? null : method.invoke(connection, args));
    }

    public void commit() throws SQLException {
        connection.commit();
    }

    @Override
    public Connection getConnection() {
        return shared;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return shared;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
