package dev.athanor.autoconfigure;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Thrown at startup when the application's DataSource gives no connection to detect the database. */
public class DataSourceConnectionException extends RuntimeException {

    DataSourceConnectionException(DataSource dataSource, SQLException cause) {
        super("Athanor could not get a connection from the DataSource (" + dataSource.getClass().getName()
                + ") to detect the database: " + DatabaseUrls.masked(cause.getMessage()), cause);
    }
}
