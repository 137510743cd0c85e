-- createTable
CREATE TABLE account (
    id INTEGER NOT NULL IDENTITY(1,1),
    name VARCHAR(50) NOT NULL,
    [order] INTEGER DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_name UNIQUE (name)
);
-- renameTable
EXEC sp_rename 'account', 'user';
-- createTableComment
-- dropTableComment
-- addColumn
ALTER TABLE [user] ADD age INTEGER DEFAULT 18 NOT NULL;
-- addColumn unique, indexed, referencing
ALTER TABLE [user] ADD group_id INTEGER;
ALTER TABLE [user] ADD UNIQUE (group_id);
ALTER TABLE [user] ADD CONSTRAINT fk_user_group FOREIGN KEY (group_id) REFERENCES account_group (id);
CREATE INDEX ix_user_group_id ON [user] (group_id);
-- alterColumn type
ALTER TABLE [user] ALTER COLUMN age BIGINT NOT NULL;
-- alterColumn nullable
ALTER TABLE [user] ALTER COLUMN age BIGINT NULL;
-- alterColumn serverDefault
DECLARE @const_name NVARCHAR(256);
SELECT @const_name = QUOTENAME(name) FROM sys.default_constraints WHERE parent_object_id = OBJECT_ID('[user]') AND COL_NAME(parent_object_id, parent_column_id) = 'age';
EXEC('ALTER TABLE [user] DROP CONSTRAINT ' + @const_name);
ALTER TABLE [user] ADD DEFAULT 21 FOR age;
-- alterColumn drop serverDefault
DECLARE @const_name NVARCHAR(256);
SELECT @const_name = QUOTENAME(name) FROM sys.default_constraints WHERE parent_object_id = OBJECT_ID('[user]') AND COL_NAME(parent_object_id, parent_column_id) = 'age';
EXEC('ALTER TABLE [user] DROP CONSTRAINT ' + @const_name);
-- alterColumn comment
-- alterColumn rename
EXEC sp_rename '[user].age', 'years', 'COLUMN';
-- dropColumn
ALTER TABLE [user] DROP COLUMN years;
-- createIndex
CREATE INDEX ix_user_name ON [user] (name);
-- createIndex unique partial
ERROR CompileError: Operation createIndex(ix_user_order on user[order]) cannot run on mssql: Cannot create partial index 'ix_user_order' on mssql: the database has no CREATE INDEX … WHERE; drop where(…) or index all rows
-- dropIndex
DROP INDEX ix_user_name ON [user];
-- createUniqueConstraint
ALTER TABLE [user] ADD CONSTRAINT uq_user_order UNIQUE ([order], name);
-- createCheckConstraint
ALTER TABLE [user] ADD CONSTRAINT ck_user_order CHECK ("order" >= 0);
-- createForeignKey
ALTER TABLE [user] ADD CONSTRAINT fk_user_parent FOREIGN KEY ([order]) REFERENCES account_group (id) ON DELETE CASCADE ON UPDATE SET NULL;
-- createPrimaryKey
ALTER TABLE [user] ADD CONSTRAINT pk_user PRIMARY KEY (id);
-- dropConstraint foreign key
ALTER TABLE [user] DROP CONSTRAINT fk_user_parent;
-- dropConstraint unique
ALTER TABLE [user] DROP CONSTRAINT uq_user_order;
-- dropConstraint check
ALTER TABLE [user] DROP CONSTRAINT ck_user_order;
-- dropConstraint primary key
ALTER TABLE [user] DROP CONSTRAINT pk_user;
-- createSequence
CREATE SEQUENCE user_seq START WITH 100 INCREMENT BY 10;
-- dropSequence
DROP SEQUENCE user_seq;
-- createEnumType
-- dropEnumType
-- execute text
UPDATE "user" SET name = 'x' WHERE id = 1;
-- execute Core update
UPDATE [user] SET name = 'renamed' WHERE [user].id = 1;
-- bulkInsert
INSERT INTO [user] (id, name) VALUES (1, 'Ann'), (2, 'O''Brien');
-- batchAlterTable with copyFrom
ALTER TABLE [user] ALTER COLUMN name VARCHAR(100) NOT NULL;
ALTER TABLE [user] DROP COLUMN [order];
-- batchAlterTable offline without copyFrom
ALTER TABLE [user] ALTER COLUMN name VARCHAR(100);
-- dropTable
DROP TABLE [user];
