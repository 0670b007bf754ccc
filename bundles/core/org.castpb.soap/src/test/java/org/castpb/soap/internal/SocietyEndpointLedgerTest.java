package org.castpb.soap.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ImportError;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerComparison;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerRevision;
import org.castpb.api.LedgerService;
import org.castpb.api.Page;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyTransferService;
import org.castpb.api.StaleVersionException;
import org.castpb.api.UnclearLedger;
import org.castpb.api.ValidationException;
import org.junit.Test;

public class SocietyEndpointLedgerTest {

    private final FakeLedgers ledgers = new FakeLedgers();
    private final FakeTransfers transfers = new FakeTransfers();
    private final SocietyEndpoint endpoint = new SocietyEndpoint(null, ledgers, transfers);

    @Test
    public void ledgerWithoutDateIsTheCurrentOneAndWithADateAsOfThatDay() throws Exception {
        assertEquals(0, endpoint.getLedger(5, null).revision);
        assertNull(ledgers.askedDate);
        endpoint.getLedger(5, LocalDate.of(2016, 12, 31));
        assertEquals(LocalDate.of(2016, 12, 31), ledgers.askedDate);
    }

    @Test
    public void staleRevisionBecomesAVersionConflictFault() {
        ledgers.refusal = new StaleVersionException(0, 1);
        try {
            endpoint.updateLedger(5, 0, LedgerDraftXml.of(LedgerDraft.empty()));
            fail("a stale revision is refused");
        } catch (CastpbFault e) {
            assertEquals("VERSION_CONFLICT", e.getFaultInfo().code);
        }
    }

    @Test
    public void unexpectedFailureBecomesAnInternalErrorWithoutItsMessage() {
        ledgers.refusal = new IllegalStateException("connection pool exhausted at jdbc:derby:/secret/path");
        try {
            endpoint.listLedgerRevisions(5);
            fail("the failure reaches the caller as a fault");
        } catch (CastpbFault e) {
            assertEquals("INTERNAL_ERROR", e.getFaultInfo().code);
            assertFalse(e.getFaultInfo().message, e.getFaultInfo().message.contains("secret"));
        }
    }

    @Test
    public void importedTextReachesTheServiceAsUtf8BytesAllOrNothingByDefault() throws Exception {
        String csv = "名称,统一社会信用代码\n中国数学会,51100000500010568A\n";
        endpoint.importSocieties(csv, null);
        assertArrayEquals(csv.getBytes(StandardCharsets.UTF_8), transfers.received);
        assertEquals(ImportMode.ALL_OR_NOTHING, transfers.mode);
        endpoint.importSocieties(csv, ImportMode.VALID_ROWS);
        assertEquals(ImportMode.VALID_ROWS, transfers.mode);
    }

    @Test
    public void refusedRowsAreAReportNotAFault() throws Exception {
        transfers.report = new ImportReport(2, 0, 0, 0, false, List.of(new ImportError(3, "级别", "'国家级' is not a level")));
        ImportReportXml report = endpoint.importSocieties("名称\n", null);
        assertFalse(report.applied);
        assertEquals(3, report.errors.get(0).row);
        assertEquals("级别", report.errors.get(0).column);
    }

    @Test
    public void unusableFileIsAValidationFault() {
        transfers.refusal = new ValidationException(new FieldError("file", "BAD_HEADER", "the first row must hold the column headers"));
        try {
            endpoint.importSocieties("hello", null);
            fail("an unusable file is refused");
        } catch (CastpbFault e) {
            assertEquals("VALIDATION_FAILED", e.getFaultInfo().code);
            assertEquals("BAD_HEADER", e.getFaultInfo().errors.get(0).code);
        }
    }

    @Test
    public void exportedTextLosesTheByteOrderMarkAndKeepsChinese() throws Exception {
        String csv = endpoint.exportSocieties(null);
        assertTrue(csv, csv.startsWith("名称,统一社会信用代码"));
        assertEquals(SocietyQuery.all(), transfers.exported);
    }

    /** Answers revision 0 for every society and remembers what it was asked. */
    static final class FakeLedgers implements LedgerService {
        LocalDate askedDate;
        RuntimeException refusal;

        private Ledger empty(long societyId) {
            if (refusal != null) {
                throw refusal;
            }
            return new Ledger(societyId, 0, null, null, LedgerDraft.empty(), false, List.of());
        }

        @Override
        public Ledger current(Actor actor, long societyId) {
            return empty(societyId);
        }

        @Override
        public Ledger asOf(Actor actor, long societyId, LocalDate date) {
            askedDate = date;
            return empty(societyId);
        }

        @Override
        public Ledger revision(Actor actor, long societyId, int revision) {
            return empty(societyId);
        }

        @Override
        public Ledger update(Actor actor, long societyId, int expectedRevision, LedgerDraft draft) {
            return empty(societyId);
        }

        @Override
        public List<LedgerRevision> revisions(Actor actor, long societyId) {
            empty(societyId);
            return List.of();
        }

        @Override
        public LedgerComparison compare(Actor actor, long societyId, int fromRevision, int toRevision) {
            empty(societyId);
            return new LedgerComparison(societyId, fromRevision, toRevision, List.of());
        }

        @Override
        public Page<UnclearLedger> unclear(Actor actor, SocietyQuery query) {
            return new Page<>(List.of(), 0, query.offset(), query.limit());
        }
    }

    /** Keeps the imported bytes and exports a one-line file with a BOM, as the real service writes it. */
    static final class FakeTransfers implements SocietyTransferService {
        byte[] received;
        ImportMode mode;
        ImportReport report = new ImportReport(1, 1, 0, 0, true, List.of());
        RuntimeException refusal;
        SocietyQuery exported;

        @Override
        public ImportReport importCsv(Actor actor, InputStream csv, ImportMode mode) {
            if (refusal != null) {
                throw refusal;
            }
            try {
                received = csv.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.mode = mode;
            return report;
        }

        @Override
        public void exportCsv(Actor actor, SocietyQuery filter, OutputStream out) {
            exported = filter;
            try {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write("名称,统一社会信用代码\r\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public ImportReport importXlsx(Actor actor, InputStream xlsx, ImportMode importMode) {
            throw new UnsupportedOperationException("the SOAP door carries CSV only");
        }

        @Override
        public void exportXlsx(Actor actor, SocietyQuery filter, OutputStream out) {
            throw new UnsupportedOperationException("the SOAP door carries CSV only");
        }
    }
}
