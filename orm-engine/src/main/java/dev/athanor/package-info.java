/** Athanor: the SQL toolkit, engine and ORM. Start with {@link dev.athanor.Athanor}. */
package dev.athanor;
