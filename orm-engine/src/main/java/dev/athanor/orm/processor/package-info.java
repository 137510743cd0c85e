/**
 * The annotation processor that generates metamodel classes ({@code User_}) for mapped classes;
 * registered in {@code META-INF/services} so javac finds it on the processor path.
 */
package dev.athanor.orm.processor;
