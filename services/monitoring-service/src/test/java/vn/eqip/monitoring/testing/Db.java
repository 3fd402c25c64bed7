package vn.eqip.monitoring.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the service's tables directly, to assert what was (not) written. */
public final class Db {

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> tx;

  public Db(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  public long count(String sql, Object... params) {
    return tx.executeRead(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  try (ResultSet rs = bind(statement, params).executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }

  /** The first column of the first row, or null if there is none. */
  public String string(String sql, Object... params) {
    return tx.executeRead(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  try (ResultSet rs = bind(statement, params).executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }

  private static PreparedStatement bind(PreparedStatement statement, Object... params)
      throws SQLException {
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement;
  }
}
