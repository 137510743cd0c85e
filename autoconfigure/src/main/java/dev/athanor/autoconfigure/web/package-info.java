/** Servlet web integration: one Athanor session per HTTP request. */
package dev.athanor.autoconfigure.web;
