/** jOOQ table and record types written by hand for the variants that need them (batchStore). */
package dev.athanor.bench.jooq;
