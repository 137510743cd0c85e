/** The migrations package of README's migration example. */
package dev.athanor.readme.migrations;
