/** Auto-configuration of Athanor's ORM: registry, session factory, schema actions. */
package dev.athanor.autoconfigure.orm;
