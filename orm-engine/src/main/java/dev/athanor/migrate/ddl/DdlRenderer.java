package dev.athanor.migrate.ddl;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.CompileError;
import dev.athanor.schema.ddl.DdlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the DDL elements of one migration operation through the dialect's DDL compiler; an
 * element the dialect cannot express fails naming the operation as the migration wrote it.
 */
public final class DdlRenderer {
    private DdlRenderer() {
    }

    /**
     * The SQL statements of {@code elements} on {@code dialect}, in order.
     *
     * @param operation the operation, for the error message, e.g. {@code alterColumn(users.age)}
     * @throws CompileError naming the operation and dialect when the dialect cannot express an element
     */
    public static List<String> render(Dialect dialect, String operation, List<DdlElement> elements) {
        List<String> statements = new ArrayList<>();
        for (DdlElement element : elements) {
            try {
                statements.addAll(dialect.ddlCompiler().compile(element));
            } catch (CompileError e) {
                throw new CompileError("Operation " + operation + " cannot run on " + dialect.name() + ": "
                        + e.getMessage());
            }
        }
        return statements;
    }
}
