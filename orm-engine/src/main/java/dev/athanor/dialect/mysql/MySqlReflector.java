package dev.athanor.dialect.mysql;

import dev.athanor.dialect.DeclaredType;
import dev.athanor.dialect.JdbcSchemaReflector;
import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MySQL and MariaDB reflection. Their schemas are databases, which JDBC calls catalogs. Columns
 * come from {@code information_schema.COLUMNS}, whose full {@code COLUMN_TYPE}
 * ({@code tinyint(1)}, {@code enum('a','b')}, {@code decimal(10,2)}) says more than JDBC's type
 * name; where the two servers differ, {@link MySqlServer} holds the difference. A unique
 * constraint is a unique index here, so unique indexes are reported both as indexes and as unique
 * constraints.
 */
public class MySqlReflector extends JdbcSchemaReflector {
    /** MySQL's primary key is always called {@code PRIMARY}, whatever name it was declared with. */
    private static final String PRIMARY = "PRIMARY";

    public MySqlReflector(IdentifierPreparer preparer) {
        super(preparer);
    }

    @Override
    protected boolean schemasAreCatalogs() {
        return true;
    }

    @Override
    protected boolean readHasSequence(Connection connection, String schema, String name) throws SQLException {
        return exists(connection, "SELECT 1 FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND TABLE_TYPE = 'SEQUENCE'", schema, name);
    }

    @Override
    protected List<ColumnInfo> readColumns(Connection connection, TableRef table) throws SQLException {
        MySqlServer server = MySqlServer.of(connection);
        return query(connection, server.columnsQuery(), rs -> column(server, rs), table.schema(), table.name());
    }

    private ColumnInfo column(MySqlServer server, ResultSet rs) throws SQLException {
        String columnType = rs.getString(2);
        String extra = rs.getString(5);
        SqlType<?> type = rs.getBoolean(8) ? Types.JSON : resolveType(DeclaredType.parse(columnType));
        return new ColumnInfo(rs.getString(1), type, columnType, rs.getBoolean(3),
                server.serverDefault(rs.getString(4), extra, rs.getString(7)),
                extra.toLowerCase(Locale.ROOT).contains("auto_increment"), emptyToNull(rs.getString(6)));
    }

    /**
     * Adds MySQL's own spellings: {@code tinyint(1)} and {@code bit(1)} are booleans, an
     * {@code enum} is text as wide as its longest label (there is no Java enum to map it to), and
     * {@code unsigned} does not change the kind of number.
     */
    @Override
    protected SqlType<?> resolveType(DeclaredType type) {
        String name = type.name().replace(" UNSIGNED", "").replace(" ZEROFILL", "");
        Integer size = type.intArg(0);
        if ((name.equals("TINYINT") || name.equals("BIT")) && size != null && size == 1) {
            return Types.BOOLEAN;
        }
        if (name.equals("ENUM")) {
            return Types.string(type.args().stream().mapToInt(String::length).max().orElse(1));
        }
        return super.resolveType(new DeclaredType(type.text(), name, type.args()));
    }

    @Override
    protected PrimaryKeyInfo readPrimaryKey(Connection connection, TableRef table) throws SQLException {
        return new PrimaryKeyInfo(null, super.readPrimaryKey(connection, table).columns());
    }

    /** MySQL's default action is {@code RESTRICT}, which it treats as no action. */
    @Override
    protected String referentialAction(int rule) {
        return rule == DatabaseMetaData.importedKeyRestrict ? null : super.referentialAction(rule);
    }

    /** Only the primary key's index can be told apart; a unique constraint is a unique index. */
    @Override
    protected Set<String> readConstraintIndexNames(Connection connection, TableRef table) {
        return Set.of(PRIMARY);
    }

    @Override
    protected List<CheckConstraintInfo> readCheckConstraints(Connection connection, TableRef table)
            throws SQLException {
        return query(connection, MySqlServer.of(connection).checksQuery(),
                rs -> new CheckConstraintInfo(rs.getString(1), checkText(rs.getString(2))),
                table.schema(), table.name());
    }
}
