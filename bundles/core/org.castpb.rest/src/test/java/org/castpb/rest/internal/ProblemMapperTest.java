package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.Test;

public class ProblemMapperTest {

    @Test
    public void aClientThatWentAwayIsNoServerFailure() {
        // Jetty's EofException ("Early EOF" reading a body, or writing to a closed connection) is an EOFException
        for (Throwable gone : new Throwable[] {new EOFException("Early EOF"), new UncheckedIOException(new IOException("Broken pipe")),
                new RuntimeException(new IOException("Connection reset by peer"))}) {
            Problem problem = ProblemMapper.problemFor(gone);
            assertEquals(gone.toString(), 400, problem.status());
            assertEquals(ProblemMapper.CLIENT_GONE, problem.code());
        }
    }

    @Test
    public void anyOtherFailureStaysAnInternalError() {
        assertEquals(500, ProblemMapper.problemFor(new IllegalStateException("a bug")).status());
        assertEquals(500, ProblemMapper.problemFor(new UncheckedIOException(new IOException("disk full"))).status());
    }
}
