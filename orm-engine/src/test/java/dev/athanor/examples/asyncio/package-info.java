/** The reference documents' async examples, on {@code dev.athanor.asyncio}. */
package dev.athanor.examples.asyncio;
