package dev.athanor.autoconfigure;

import java.util.List;

/** Thrown at startup when Athanor finds neither {@code athanor.url} nor a single DataSource. */
public class AthanorDatabaseNotConfiguredException extends RuntimeException {
    private final List<String> dataSourceBeans;

    AthanorDatabaseNotConfiguredException(List<String> dataSourceBeans) {
        super(dataSourceBeans.isEmpty()
                ? "Athanor has no database: athanor.url is not set and there is no DataSource bean"
                : "Athanor cannot choose between " + dataSourceBeans.size() + " DataSource beans "
                        + dataSourceBeans + " and athanor.url is not set");
        this.dataSourceBeans = List.copyOf(dataSourceBeans);
    }

    /** The names of the DataSource beans found (none, or more than one without a primary). */
    public List<String> dataSourceBeans() {
        return dataSourceBeans;
    }
}
