/** The demo's own tests: the REST API and the actuator endpoints over real HTTP. */
package dev.athanor.demo;
