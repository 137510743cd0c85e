/** The sample catalogue loaded into an empty database at first start. */
package dev.athanor.demo.sample;
