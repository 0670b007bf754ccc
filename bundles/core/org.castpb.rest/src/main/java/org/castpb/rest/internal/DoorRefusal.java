package org.castpb.rest.internal;

import org.castpb.api.CastpbException;

/**
 * A refusal the REST door makes itself (a body that is not JSON, an unreadable If-Match, a throttled login), kept with
 * the exchange so that its problem's detail is read from the door's own message bundles, filled with its arguments.
 */
final class DoorRefusal extends CastpbException {
    private static final long serialVersionUID = 1L;

    DoorRefusal(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
