/** Errors as {@code application/problem+json}, shared by every controller. */
package dev.athanor.demo.web;
