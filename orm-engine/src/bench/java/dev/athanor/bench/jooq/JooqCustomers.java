package dev.athanor.bench.jooq;

import static org.jooq.impl.DSL.unquotedName;

import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The {@code bench_customer} table as jOOQ's code generator would describe it, written by hand
 * (the bench build runs no code generation): what {@code batchStore} needs to know the primary
 * key and the identity column of {@link JooqCustomerRecord}.
 */
public final class JooqCustomers extends TableImpl<JooqCustomerRecord> {
    /** The table. */
    public static final JooqCustomers CUSTOMER = new JooqCustomers();

    /** The identity key. */
    public final TableField<JooqCustomerRecord, Long> id = createField(unquotedName("id"),
            SQLDataType.BIGINT.nullable(false).identity(true), this, "");
    /** The name. */
    public final TableField<JooqCustomerRecord, String> name = createField(unquotedName("name"),
            SQLDataType.VARCHAR(255), this, "");
    /** The description. */
    public final TableField<JooqCustomerRecord, String> description = createField(unquotedName("description"),
            SQLDataType.VARCHAR(255), this, "");

    private JooqCustomers() {
        super(unquotedName("bench_customer"));
    }

    @Override
    public Class<JooqCustomerRecord> getRecordType() {
        return JooqCustomerRecord.class;
    }

    @Override
    public UniqueKey<JooqCustomerRecord> getPrimaryKey() {
        return Internal.createUniqueKey(this, unquotedName("bench_customer_pkey"), new TableField[] {id}, true);
    }
}
