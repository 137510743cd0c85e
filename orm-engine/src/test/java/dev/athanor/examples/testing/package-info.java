/** The reference documents' testing examples: fixtures, model and query tests, transactions rolled back per test. */
package dev.athanor.examples.testing;
