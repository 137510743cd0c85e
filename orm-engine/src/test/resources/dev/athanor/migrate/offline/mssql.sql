-- upgrade base:head

BEGIN TRANSACTION;
GO

CREATE TABLE athanor_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT athanor_version_pkc PRIMARY KEY (version_num)
);
GO

-- Running upgrade base -> aaaa00000001

CREATE TABLE mig_parent (id INTEGER PRIMARY KEY);
GO

INSERT INTO athanor_version (version_num) VALUES ('aaaa00000001');
GO

-- Running upgrade aaaa00000001 -> aaaa00000002

CREATE TABLE mig_child (id INTEGER PRIMARY KEY, parent_id INTEGER);
GO

UPDATE athanor_version SET version_num = 'aaaa00000002' WHERE athanor_version.version_num = 'aaaa00000001';
GO

-- Running upgrade aaaa00000002 -> bbbb00000001

CREATE TABLE mig_b (id INTEGER PRIMARY KEY);
GO

UPDATE athanor_version SET version_num = 'bbbb00000001' WHERE athanor_version.version_num = 'aaaa00000002';
GO

-- Running upgrade aaaa00000002 -> cccc00000001

CREATE TABLE mig_c (id INTEGER PRIMARY KEY);
GO

INSERT INTO athanor_version (version_num) VALUES ('cccc00000001');
GO

-- Running upgrade bbbb00000001, cccc00000001 -> eeee00000001

UPDATE athanor_version SET version_num = 'eeee00000001' WHERE athanor_version.version_num = 'bbbb00000001';
GO

DELETE FROM athanor_version WHERE athanor_version.version_num = 'cccc00000001';
GO

-- Running upgrade eeee00000001 -> dddd00000001

CREATE TABLE mig_log (id INTEGER PRIMARY KEY);
GO

INSERT INTO mig_log (id) VALUES (1);
GO

UPDATE athanor_version SET version_num = 'dddd00000001' WHERE athanor_version.version_num = 'eeee00000001';
GO

COMMIT;
GO

-- downgrade head:base

BEGIN TRANSACTION;
GO

-- Running downgrade dddd00000001 -> eeee00000001

DROP TABLE mig_log;
GO

UPDATE athanor_version SET version_num = 'eeee00000001' WHERE athanor_version.version_num = 'dddd00000001';
GO

-- Running downgrade eeee00000001 -> bbbb00000001, cccc00000001

UPDATE athanor_version SET version_num = 'bbbb00000001' WHERE athanor_version.version_num = 'eeee00000001';
GO

INSERT INTO athanor_version (version_num) VALUES ('cccc00000001');
GO

-- Running downgrade cccc00000001 -> aaaa00000002

DROP TABLE mig_c;
GO

DELETE FROM athanor_version WHERE athanor_version.version_num = 'cccc00000001';
GO

-- Running downgrade bbbb00000001 -> aaaa00000002

DROP TABLE mig_b;
GO

UPDATE athanor_version SET version_num = 'aaaa00000002' WHERE athanor_version.version_num = 'bbbb00000001';
GO

-- Running downgrade aaaa00000002 -> aaaa00000001

DROP TABLE mig_child;
GO

UPDATE athanor_version SET version_num = 'aaaa00000001' WHERE athanor_version.version_num = 'aaaa00000002';
GO

-- Running downgrade aaaa00000001 -> base

DROP TABLE mig_parent;
GO

DELETE FROM athanor_version WHERE athanor_version.version_num = 'aaaa00000001';
GO

DROP TABLE athanor_version;
GO

COMMIT;
GO

