package org.castpb.soap.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.ImportMode;
import org.castpb.api.LedgerService;
import org.castpb.api.SocietyService;
import org.castpb.api.SocietyTransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SocietyPort} onto the society, ledger and transfer services: a thin door, all rules stay in the services. */
@Component(service = SocietyEndpoint.class)
@WebService(serviceName = "SocietyService", portName = "SocietyPort", targetNamespace = SocietyPort.NS,
        endpointInterface = "org.castpb.soap.internal.SocietyPort")
public class SocietyEndpoint implements SocietyPort {

    private static final String BOM = "\uFEFF";

    private final SocietyService societies;
    private final LedgerService ledgers;
    private final SocietyTransferService transfers;

    @Activate
    public SocietyEndpoint(@Reference SocietyService societies, @Reference LedgerService ledgers,
                           @Reference SocietyTransferService transfers) {
        this.societies = societies;
        this.ledgers = ledgers;
        this.transfers = transfers;
    }

    @Override
    public SocietyXml createSociety(SocietyDraftXml society) throws CastpbFault {
        return call(() -> SocietyXml.of(societies.create(SoapActors.current(), society == null ? null : society.toDraft())));
    }

    @Override
    public SocietyXml getSociety(long id) throws CastpbFault {
        return call(() -> SocietyXml.of(societies.get(SoapActors.current(), id)));
    }

    @Override
    public SocietyXml updateSociety(long id, long version, SocietyDraftXml society) throws CastpbFault {
        return call(() -> SocietyXml.of(societies.update(SoapActors.current(), id, version, society == null ? null : society.toDraft())));
    }

    @Override
    public SocietyXml admitSociety(long id, long version, LocalDate admittedOn, String overrideReason) throws CastpbFault {
        return call(() -> SocietyXml.of(societies.admit(SoapActors.current(), id, version, admittedOn, overrideReason)));
    }

    @Override
    public SocietyPageXml listSocieties(SocietyFilterXml filter) throws CastpbFault {
        return call(() -> SocietyPageXml.of(societies.list(SoapActors.current(), SocietyFilterXml.toQuery(filter))));
    }

    @Override
    public LedgerXml getLedger(long societyId, LocalDate asOf) throws CastpbFault {
        return call(() -> LedgerXml.of(asOf == null ? ledgers.current(SoapActors.current(), societyId)
                : ledgers.asOf(SoapActors.current(), societyId, asOf)));
    }

    @Override
    public LedgerXml getLedgerRevision(long societyId, int revision) throws CastpbFault {
        return call(() -> LedgerXml.of(ledgers.revision(SoapActors.current(), societyId, revision)));
    }

    @Override
    public LedgerXml updateLedger(long societyId, int revision, LedgerDraftXml ledger) throws CastpbFault {
        return call(() -> LedgerXml.of(ledgers.update(SoapActors.current(), societyId, revision, ledger == null ? null : ledger.toDraft())));
    }

    @Override
    public List<AuditEntryXml> getSocietyHistory(long id) throws CastpbFault {
        return call(() -> AuditEntryXml.of(societies.history(SoapActors.current(), id)));
    }

    @Override
    public List<LedgerRevisionXml> listLedgerRevisions(long societyId) throws CastpbFault {
        return call(() -> LedgerRevisionXml.of(ledgers.revisions(SoapActors.current(), societyId)));
    }

    @Override
    public LedgerComparisonXml compareLedgerRevisions(long societyId, int fromRevision, int toRevision) throws CastpbFault {
        return call(() -> LedgerComparisonXml.of(ledgers.compare(SoapActors.current(), societyId, fromRevision, toRevision)));
    }

    @Override
    public UnclearLedgerPageXml listUnclearLedgers(SocietyFilterXml filter) throws CastpbFault {
        return call(() -> UnclearLedgerPageXml.of(ledgers.unclear(SoapActors.current(), SocietyFilterXml.toQuery(filter))));
    }

    @Override
    public ImportReportXml importSocieties(String csv, ImportMode mode) throws CastpbFault {
        // an absent csv reaches the service as an empty file, so the refusal (EMPTY_FILE) is the service's, as over REST
        byte[] bytes = csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8);
        return call(() -> ImportReportXml.of(transfers.importCsv(SoapActors.current(), new ByteArrayInputStream(bytes),
                mode == null ? ImportMode.ALL_OR_NOTHING : mode)));
    }

    @Override
    public String exportSocieties(SocietyFilterXml filter) throws CastpbFault {
        return call(() -> {
            // SOAP carries the file as one xs:string, so it is held in memory; the BOM only helps spreadsheets reading bytes
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transfers.exportCsv(SoapActors.current(), SocietyFilterXml.toQuery(filter), out);
            String text = out.toString(StandardCharsets.UTF_8);
            return text.startsWith(BOM) ? text.substring(BOM.length()) : text;
        });
    }

    @Override
    public ImportReportXml importSocietiesXlsx(byte[] workbook, ImportMode mode) throws CastpbFault {
        // an absent workbook reaches the service as an empty file, so the refusal is the service's, as over REST
        byte[] bytes = workbook == null ? new byte[0] : workbook;
        return call(() -> ImportReportXml.of(transfers.importXlsx(SoapActors.current(), new ByteArrayInputStream(bytes),
                mode == null ? ImportMode.ALL_OR_NOTHING : mode)));
    }

    @Override
    public byte[] exportSocietiesXlsx(SocietyFilterXml filter) throws CastpbFault {
        return call(() -> {
            // base64Binary in one SOAP element: the workbook is held in memory
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transfers.exportXlsx(SoapActors.current(), SocietyFilterXml.toQuery(filter), out);
            return out.toByteArray();
        });
    }

    private static <T> T call(Supplier<T> work) throws CastpbFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw Faults.of(e);
        }
    }
}
