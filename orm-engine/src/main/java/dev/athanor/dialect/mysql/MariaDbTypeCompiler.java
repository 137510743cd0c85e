package dev.athanor.dialect.mysql;

import dev.athanor.types.UuidType;

/** MariaDB's type names: MySQL's, plus the native {@code UUID} type of MariaDB 10.7+. */
public class MariaDbTypeCompiler extends MySqlTypeCompiler {

    @Override
    public String visitUuid(UuidType type) {
        return "UUID";
    }
}
