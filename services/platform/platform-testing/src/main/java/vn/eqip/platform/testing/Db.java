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

  private <T> T query(String sql, RowReader<T> reader, Object... params) {
    return tx.executeRead(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  try {
                    for (int i = 0; i < params.length; i++) {
                      statement.setObject(i + 1, params[i]);
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                      return reader.read(rs);
                    }
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
