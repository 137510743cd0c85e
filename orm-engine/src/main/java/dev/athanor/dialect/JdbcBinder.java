package dev.athanor.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves values of one SQL type across JDBC for one dialect. Built once per type by the dialect
 * and reused for every parameter and every row, so no per-value type dispatch happens.
 *
 * @param <T> the Java type of the values
 */
public interface JdbcBinder<T> {

    /** Sets parameter {@code index} (1-based) to {@code value}, which may be {@code null}. */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;

    /** Reads column {@code index} (1-based) of the current row; SQL NULL reads as {@code null}. */
    T read(ResultSet resultSet, int index) throws SQLException;
}
