/** The reference documents' bulk and performance examples: bulk DML, streaming, exists, indexes, eager loading. */
package dev.athanor.examples.bulk;
