package vn.eqip.reporting.readmodel;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on the current transaction's connection. Callers run inside a transaction (an event
 * handler's, or a {@code @ReadOnly} read).
 */
@Singleton
public class Jdbc {

  /** Maps one row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final JdbcOperations jdbc;

  public Jdbc(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Runs an INSERT/UPDATE; returns the matched rows. */
  public int update(String sql, Object... params) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          try {
            return bind(statement, params).executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("SQL update failed: " + e.getMessage(), e);
          }
        });
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          try (ResultSet rs = bind(statement, params).executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
              rows.add(mapper.map(rs));
            }
            return rows;
          } catch (SQLException e) {
            throw new IllegalStateException("SQL query failed: " + e.getMessage(), e);
          }
        });
  }

  private static PreparedStatement bind(PreparedStatement statement, Object... params)
      throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      if (value instanceof Instant instant) {
        statement.setTimestamp(i + 1, Timestamp.from(instant));
      } else {
        statement.setObject(i + 1, value);
      }
    }
    return statement;
  }

  /** Integer column that may be NULL. */
  public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
