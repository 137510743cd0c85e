/** The bookstore demo application. */
package dev.athanor.demo;
