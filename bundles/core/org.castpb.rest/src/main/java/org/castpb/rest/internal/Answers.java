package org.castpb.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method that returns a JAX-RS {@code Response} answers when it succeeds, for the OpenAPI document:
 * the document's generator sees only {@code Response} and would describe no body. {@link OpenApiContract} reads it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Answers {

    /** The success statuses, the usual one first. */
    int[] value() default 200;

    /** The JSON body's type (an element type when {@link #shape()} is a list or a page); {@code Void} for none. */
    Class<?> body() default Void.class;

    Shape shape() default Shape.ONE;

    /** Media types of files the method answers instead of JSON (CSV, a workbook, an attachment). */
    String[] files() default {};

    /** The body of a 422 that is not a problem document (an import's report of its rows). */
    Class<?> refusedWith() default Void.class;

    enum Shape { ONE, LIST, PAGE }
}
