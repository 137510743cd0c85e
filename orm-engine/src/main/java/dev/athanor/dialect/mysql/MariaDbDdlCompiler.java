package dev.athanor.dialect.mysql;

import dev.athanor.sql.compiler.IdentifierPreparer;

/** MariaDB's DDL: MySQL's, plus sequences ({@code DEFAULT NEXT VALUE FOR seq}) and a native UUID type. */
public class MariaDbDdlCompiler extends MySqlDdlCompiler {

    public MariaDbDdlCompiler(IdentifierPreparer preparer) {
        super(preparer, new MariaDbTypeCompiler());
    }

    @Override
    protected String dialectName() {
        return "mariadb";
    }

    @Override
    public boolean supportsSequences() {
        return true;
    }
}
