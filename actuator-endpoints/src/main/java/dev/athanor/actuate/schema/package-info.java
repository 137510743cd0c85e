/**
 * The {@code athanor-schema} endpoint: the live database as the Inspector reflects it, as JSON, as
 * a Mermaid ER diagram, or as an SVG ER diagram drawn on the server.
 */
package dev.athanor.actuate.schema;
