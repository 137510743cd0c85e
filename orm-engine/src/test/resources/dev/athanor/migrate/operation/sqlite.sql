-- createTable
CREATE TABLE account (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(50) NOT NULL,
    "order" INTEGER DEFAULT 0,
    CONSTRAINT uq_account_name UNIQUE (name)
);
-- renameTable
ALTER TABLE account RENAME TO "user";
-- createTableComment
-- dropTableComment
-- addColumn
ALTER TABLE "user" ADD COLUMN age INTEGER DEFAULT 18 NOT NULL;
-- addColumn unique, indexed, referencing
ERROR CompileError: Operation addColumn(user.group_id) cannot run on sqlite: Cannot add UniqueConstraint[group_id] of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- alterColumn type
ERROR CompileError: Operation alterColumn(user.age) cannot run on sqlite: Cannot change the type of column 'age' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- alterColumn nullable
ERROR CompileError: Operation alterColumn(user.age) cannot run on sqlite: Cannot change the nullability of column 'age' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- alterColumn serverDefault
ERROR CompileError: Operation alterColumn(user.age) cannot run on sqlite: Cannot change the server default of column 'age' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- alterColumn drop serverDefault
ERROR CompileError: Operation alterColumn(user.age) cannot run on sqlite: Cannot change the server default of column 'age' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- alterColumn comment
-- alterColumn rename
ALTER TABLE "user" RENAME COLUMN age TO years;
-- dropColumn
ALTER TABLE "user" DROP COLUMN years;
-- createIndex
CREATE INDEX ix_user_name ON "user" (name);
-- createIndex unique partial
CREATE UNIQUE INDEX ix_user_order ON "user" ("order") WHERE "order" > 0;
-- dropIndex
DROP INDEX ix_user_name;
-- createUniqueConstraint
ERROR CompileError: Operation createUniqueConstraint(uq_user_order on user[order, name]) cannot run on sqlite: Cannot add UniqueConstraint 'uq_user_order' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- createCheckConstraint
ERROR CompileError: Operation createCheckConstraint(ck_user_order on user) cannot run on sqlite: Cannot add CheckConstraint 'ck_user_order' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- createForeignKey
ERROR CompileError: Operation createForeignKey(fk_user_parent on user[order] -> account_group[id]) cannot run on sqlite: Cannot add ForeignKeyConstraint 'fk_user_parent' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- createPrimaryKey
ERROR CompileError: Operation createPrimaryKey(pk_user on user[id]) cannot run on sqlite: Cannot add PrimaryKeyConstraint 'pk_user' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- dropConstraint foreign key
ERROR CompileError: Operation dropConstraint(fk_user_parent on user, FOREIGN_KEY) cannot run on sqlite: Cannot drop ForeignKeyConstraint 'fk_user_parent' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- dropConstraint unique
ERROR CompileError: Operation dropConstraint(uq_user_order on user, UNIQUE) cannot run on sqlite: Cannot drop UniqueConstraint 'uq_user_order' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- dropConstraint check
ERROR CompileError: Operation dropConstraint(ck_user_order on user, CHECK) cannot run on sqlite: Cannot drop CheckConstraint 'ck_user_order' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- dropConstraint primary key
ERROR CompileError: Operation dropConstraint(pk_user on user, PRIMARY_KEY) cannot run on sqlite: Cannot drop PrimaryKeyConstraint 'pk_user' of table 'user' on sqlite: the database has no ALTER TABLE for it; recreate the table with the change instead (in a migration: op.batchAlterTable("user", batch -> …))
-- createSequence
-- dropSequence
-- createEnumType
-- dropEnumType
-- execute text
UPDATE "user" SET name = 'x' WHERE id = 1;
-- execute Core update
UPDATE "user" SET name = 'renamed' WHERE "user".id = 1;
-- bulkInsert
INSERT INTO "user" (id, name) VALUES (1, 'Ann'), (2, 'O''Brien');
-- batchAlterTable with copyFrom
CREATE TABLE _athanor_tmp_user (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO _athanor_tmp_user (id, name) SELECT id, name FROM "user";
DROP TABLE "user";
ALTER TABLE _athanor_tmp_user RENAME TO "user";
-- batchAlterTable offline without copyFrom
ERROR InvalidRequestError: batchAlterTable("user") must recreate the table on sqlite and cannot reflect it in offline mode; pass the table's current definition: op.batchAlterTable(copyFrom, batch -> …)
-- dropTable
DROP TABLE "user";
