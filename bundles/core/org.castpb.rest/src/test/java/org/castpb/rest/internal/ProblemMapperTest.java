package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.castpb.api.BusyException;
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

    @Test
    public void aLockTheDatabaseCouldNotGiveInTimeIsBusyWithRetryAfterNotAnInternalError() {
        // as a service's persistence error carries Derby's lock wait timeout
        Throwable lockWait = new IllegalStateException("could not read",
                new SQLException("A lock could not be obtained within the time requested", "40XL1", 30000));
        Response response = new ProblemMapper().toResponse(lockWait);
        assertEquals(503, response.getStatus());
        assertEquals("BUSY", ((Problem) response.getEntity()).code());
        assertEquals(String.valueOf(BusyException.RETRY_AFTER_SECONDS), response.getHeaderString(HttpHeaders.RETRY_AFTER));
        // any other database failure stays an internal error
        assertEquals(500, new ProblemMapper().toResponse(new IllegalStateException("could not read",
                new SQLException("Table/View 'SOCIETY' does not exist.", "42X05", 30000))).getStatus());
    }
}
