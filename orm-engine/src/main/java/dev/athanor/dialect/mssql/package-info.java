/** The mssql dialect. */
package dev.athanor.dialect.mssql;
