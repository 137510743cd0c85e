-- upgrade base:head

CREATE TABLE athanor_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT athanor_version_pkc PRIMARY KEY (version_num)
) DEFAULT CHARSET=utf8mb4;

-- Running upgrade base -> aaaa00000001

CREATE TABLE mig_parent (id INTEGER PRIMARY KEY);

INSERT INTO athanor_version (version_num) VALUES ('aaaa00000001');

-- Running upgrade aaaa00000001 -> aaaa00000002

CREATE TABLE mig_child (id INTEGER PRIMARY KEY, parent_id INTEGER);

UPDATE athanor_version SET version_num = 'aaaa00000002' WHERE athanor_version.version_num = 'aaaa00000001';

-- Running upgrade aaaa00000002 -> bbbb00000001

CREATE TABLE mig_b (id INTEGER PRIMARY KEY);

UPDATE athanor_version SET version_num = 'bbbb00000001' WHERE athanor_version.version_num = 'aaaa00000002';

-- Running upgrade aaaa00000002 -> cccc00000001

CREATE TABLE mig_c (id INTEGER PRIMARY KEY);

INSERT INTO athanor_version (version_num) VALUES ('cccc00000001');

-- Running upgrade bbbb00000001, cccc00000001 -> eeee00000001

UPDATE athanor_version SET version_num = 'eeee00000001' WHERE athanor_version.version_num = 'bbbb00000001';

DELETE FROM athanor_version WHERE athanor_version.version_num = 'cccc00000001';

-- Running upgrade eeee00000001 -> dddd00000001

CREATE TABLE mig_log (id INTEGER PRIMARY KEY);

INSERT INTO mig_log (id) VALUES (1);

UPDATE athanor_version SET version_num = 'dddd00000001' WHERE athanor_version.version_num = 'eeee00000001';

-- downgrade head:base

-- Running downgrade dddd00000001 -> eeee00000001

DROP TABLE mig_log;

UPDATE athanor_version SET version_num = 'eeee00000001' WHERE athanor_version.version_num = 'dddd00000001';

-- Running downgrade eeee00000001 -> bbbb00000001, cccc00000001

UPDATE athanor_version SET version_num = 'bbbb00000001' WHERE athanor_version.version_num = 'eeee00000001';

INSERT INTO athanor_version (version_num) VALUES ('cccc00000001');

-- Running downgrade cccc00000001 -> aaaa00000002

DROP TABLE mig_c;

DELETE FROM athanor_version WHERE athanor_version.version_num = 'cccc00000001';

-- Running downgrade bbbb00000001 -> aaaa00000002

DROP TABLE mig_b;

UPDATE athanor_version SET version_num = 'aaaa00000002' WHERE athanor_version.version_num = 'bbbb00000001';

-- Running downgrade aaaa00000002 -> aaaa00000001

DROP TABLE mig_child;

UPDATE athanor_version SET version_num = 'aaaa00000001' WHERE athanor_version.version_num = 'aaaa00000002';

-- Running downgrade aaaa00000001 -> base

DROP TABLE mig_parent;

DELETE FROM athanor_version WHERE athanor_version.version_num = 'aaaa00000001';

DROP TABLE athanor_version;

