/** Tests of the {@code @AthanorTest} slice, with the application it slices. */
package dev.athanor.autoconfigure.test;
