package vn.eqip.platform.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
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

  /** The number a {@code SELECT COUNT(*) ...} answers. */
  public long count(String sql, Object... params) {
    return query(
        sql,
        rs -> {
          rs.next();
          return rs.getLong(1);
        },
        params);
  }

  /** The first column of the first row, or null if there is none. */
  public String string(String sql, Object... params) {
    return query(sql, rs -> rs.next() ? rs.getString(1) : null, params);
  }

  /** Runs an INSERT, UPDATE or DELETE in a transaction of its own; returns the rows changed. */
  public int update(String sql, Object... params) {
    return tx.executeWrite(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  try {
                    bind(statement, params);
                    return statement.executeUpdate();
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }

  /** Reads whatever {@code reader} makes of the result set. */
  public <T> T query(String sql, RowReader<T> reader, Object... params) {
    return tx.executeRead(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  try {
                    bind(statement, params);
                    try (ResultSet rs = statement.executeQuery()) {
                      return reader.read(rs);
                    }
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }

  private static void bind(java.sql.PreparedStatement statement, Object... params)
      throws SQLException {
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
  }

  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
