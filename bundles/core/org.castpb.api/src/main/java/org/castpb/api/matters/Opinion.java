package org.castpb.api.matters;

import java.time.LocalDate;

/** The party organisation's opinion on a matter, with its text and the day it was given. */
public record Opinion(OpinionKind kind, String text, LocalDate givenOn) {
}
