/**
 * The {@code athanor} Maven goals: Alembic's commands ({@code athanor:revision}, {@code athanor:upgrade},
 * {@code athanor:downgrade}, {@code athanor:check}, ...) run inside the build with the project's own
 * compiled classes and dependencies, as the {@code athanor db} command line runs them.
 */
package dev.athanor.maven;
