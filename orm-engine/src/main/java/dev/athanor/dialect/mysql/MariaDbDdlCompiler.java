package dev.athanor.dialect.mysql;

/** MariaDB's DDL: MySQL's, plus sequences ({@code DEFAULT NEXT VALUE FOR seq}) and a native UUID type. */
public class MariaDbDdlCompiler extends MySqlDdlCompiler {

    public MariaDbDdlCompiler(MariaDbDialect dialect) {
        super(dialect, new MariaDbTypeCompiler());
    }

    @Override
    public boolean supportsSequences() {
        return true;
    }
}
