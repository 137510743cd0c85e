/** The category tree books are filed under. */
package dev.athanor.demo.category;
