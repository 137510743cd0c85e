/** The migrations package of the examples: the documents' revision files, oldest first (abc123, def456, 0f1e2d3c4b5a). */
package dev.athanor.examples.migrations.versions;
