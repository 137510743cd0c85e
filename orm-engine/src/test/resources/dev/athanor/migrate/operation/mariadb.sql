-- createTable
CREATE TABLE account (
    id INTEGER NOT NULL AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL COMMENT 'Display name',
    `order` INTEGER DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_name UNIQUE (name)
) DEFAULT CHARSET=utf8mb4;
-- renameTable
ALTER TABLE account RENAME TO `user`;
-- createTableComment
ALTER TABLE `user` COMMENT 'People';
-- dropTableComment
ALTER TABLE `user` COMMENT '';
-- addColumn
ALTER TABLE `user` ADD COLUMN age INTEGER DEFAULT 18 NOT NULL COMMENT 'Years';
-- addColumn unique, indexed, referencing
ALTER TABLE `user` ADD COLUMN group_id INTEGER;
ALTER TABLE `user` ADD UNIQUE (group_id);
ALTER TABLE `user` ADD CONSTRAINT fk_user_group FOREIGN KEY (group_id) REFERENCES account_group (id);
CREATE INDEX ix_user_group_id ON `user` (group_id);
-- alterColumn type
ALTER TABLE `user` MODIFY age BIGINT NOT NULL DEFAULT 18;
-- alterColumn nullable
ALTER TABLE `user` MODIFY age BIGINT NULL;
-- alterColumn serverDefault
ALTER TABLE `user` ALTER COLUMN age SET DEFAULT 21;
-- alterColumn drop serverDefault
ALTER TABLE `user` ALTER COLUMN age DROP DEFAULT;
-- alterColumn comment
ALTER TABLE `user` MODIFY age BIGINT NULL COMMENT 'Age in years';
-- alterColumn rename
ALTER TABLE `user` RENAME COLUMN age TO years;
-- dropColumn
ALTER TABLE `user` DROP COLUMN years;
-- createIndex
CREATE INDEX ix_user_name ON `user` (name);
-- createIndex unique partial
ERROR CompileError: Operation createIndex(ix_user_order on user[order]) cannot run on mariadb: Cannot create partial index 'ix_user_order' on mariadb: the database has no CREATE INDEX … WHERE; drop where(…) or index all rows
-- dropIndex
DROP INDEX ix_user_name ON `user`;
-- createUniqueConstraint
ALTER TABLE `user` ADD CONSTRAINT uq_user_order UNIQUE (`order`, name);
-- createCheckConstraint
ALTER TABLE `user` ADD CONSTRAINT ck_user_order CHECK ("order" >= 0);
-- createForeignKey
ALTER TABLE `user` ADD CONSTRAINT fk_user_parent FOREIGN KEY (`order`) REFERENCES account_group (id) ON DELETE CASCADE ON UPDATE SET NULL;
-- createPrimaryKey
ALTER TABLE `user` ADD CONSTRAINT pk_user PRIMARY KEY (id);
-- dropConstraint foreign key
ALTER TABLE `user` DROP FOREIGN KEY fk_user_parent;
-- dropConstraint unique
ALTER TABLE `user` DROP INDEX uq_user_order;
-- dropConstraint check
ALTER TABLE `user` DROP CONSTRAINT ck_user_order;
-- dropConstraint primary key
ALTER TABLE `user` DROP PRIMARY KEY;
-- createSequence
CREATE SEQUENCE user_seq START WITH 100 INCREMENT BY 10;
-- dropSequence
DROP SEQUENCE user_seq;
-- createEnumType
-- dropEnumType
-- execute text
UPDATE "user" SET name = 'x' WHERE id = 1;
-- execute Core update
UPDATE `user` SET name = 'renamed' WHERE `user`.id = 1;
-- bulkInsert
INSERT INTO `user` (id, name) VALUES (1, 'Ann'), (2, 'O''Brien');
-- batchAlterTable with copyFrom
ALTER TABLE `user` MODIFY name VARCHAR(100) NOT NULL;
ALTER TABLE `user` DROP COLUMN `order`;
-- batchAlterTable offline without copyFrom
ERROR CompileError: Operation alterColumn(user.name) cannot run on mariadb: Cannot alter column user.name on mariadb without its nullability: MySQL restates the whole column (MODIFY); pass existingNullable(…)
-- dropTable
DROP TABLE `user`;
