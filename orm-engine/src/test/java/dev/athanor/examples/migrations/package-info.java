/** The reference documents' Alembic examples: revision classes, the commands API and the {@code athanor db} command line. */
package dev.athanor.examples.migrations;
