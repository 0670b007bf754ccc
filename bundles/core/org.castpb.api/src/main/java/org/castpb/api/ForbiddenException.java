package org.castpb.api;

/**
 * The actor is authenticated but holds no role that allows this (code {@code FORBIDDEN}), or holds one but the
 * record lies outside its {@link Scope} (code {@link #OUT_OF_SCOPE}).
 */
public class ForbiddenException extends CastpbException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "FORBIDDEN";
    /** Code of a write to a record outside the actor's scope. */
    public static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";

    public ForbiddenException(String message) {
        super(CODE, message);
    }

    public ForbiddenException(String code, String message) {
        super(code, message);
    }

    /** A refusal with the values that fill its code's message pattern (see {@link CastpbException#arguments()}). */
    public ForbiddenException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }

    /** Refuses {@code what} (e.g. "change party organisation 7") to an actor whose scope does not reach it. */
    public static ForbiddenException outOfScope(Actor actor, String what) {
        return new ForbiddenException(OUT_OF_SCOPE, (actor == null ? "an anonymous caller" : actor.name())
                + " may not " + what + ": it lies outside the scope " + (actor == null ? Scope.NONE : actor.scope()),
                actor == null ? "" : actor.name(), what, String.valueOf(actor == null ? Scope.NONE : actor.scope()));
    }
}
