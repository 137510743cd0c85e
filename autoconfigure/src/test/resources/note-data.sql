INSERT INTO note (title) VALUES ('seeded by spring.sql.init');
