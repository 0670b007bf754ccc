package org.castpb.soap.internal.members;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.ImportMode;
import org.castpb.api.members.MemberExchangeService;
import org.castpb.api.members.MemberLedgerService;
import org.castpb.soap.internal.ImportReportXml;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.TransferService;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link MemberPort} onto the member and transfer services: a thin door, all rules stay in the services. */
@Component(service = MemberEndpoint.class)
@WebService(serviceName = "MemberService", portName = "MemberPort", targetNamespace = MemberPort.NS,
        endpointInterface = "org.castpb.soap.internal.members.MemberPort")
public class MemberEndpoint implements MemberPort {

    static final String DOOR = "SOAP";

    private final MemberService members;
    private final TransferService transfers;
    private final MemberLedgerService ledgers;
    private final MemberExchangeService files;

    @Activate
    public MemberEndpoint(@Reference MemberService members, @Reference TransferService transfers, @Reference MemberLedgerService ledgers,
                          @Reference MemberExchangeService files) {
        this.members = members;
        this.transfers = transfers;
        this.ledgers = ledgers;
        this.files = files;
    }

    @Override
    public String exportMembers(Long organisationId, Boolean full) throws MemberFault {
        return call(() -> {
            // SOAP carries the file as one xs:string; the byte-order mark only helps spreadsheets reading bytes
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.exportCsv(SoapActors.current(), organisationId, Boolean.TRUE.equals(full), out);
            String text = out.toString(StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    @Override
    public ImportReportXml importMembers(String csv, ImportMode mode) throws MemberFault {
        byte[] bytes = csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8);
        return call(() -> ImportReportXml.of(files.importCsv(SoapActors.current(), new ByteArrayInputStream(bytes), mode)));
    }

    @Override
    public byte[] exportMembersXlsx(Long organisationId, Boolean full) throws MemberFault {
        return call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.exportXlsx(SoapActors.current(), organisationId, Boolean.TRUE.equals(full), out);
            return out.toByteArray();
        });
    }

    @Override
    public ImportReportXml importMembersXlsx(byte[] xlsx, ImportMode mode) throws MemberFault {
        byte[] bytes = xlsx == null ? new byte[0] : xlsx;
        return call(() -> ImportReportXml.of(files.importXlsx(SoapActors.current(), new ByteArrayInputStream(bytes), mode)));
    }

    @Override
    public ReconciliationXml reconcileLedger(long societyId) throws MemberFault {
        return call(() -> ReconciliationXml.of(ledgers.reconcile(SoapActors.current(), societyId)));
    }

    @Override
    public ReconciliationXml fillLedgerFromRegistry(long societyId, int revision) throws MemberFault {
        return call(() -> ReconciliationXml.of(ledgers.fillLedger(SoapActors.current(), societyId, revision)));
    }

    @Override
    public MemberXml registerMember(MemberDraftXml member) throws MemberFault {
        return call(() -> MemberXml.of(members.register(SoapActors.current(), member == null ? null : member.toDraft())));
    }

    @Override
    public MemberXml getMember(long id, Boolean full) throws MemberFault {
        return call(() -> MemberXml.of(Boolean.TRUE.equals(full) ? members.personalData(SoapActors.current(), id, DOOR)
                : members.get(SoapActors.current(), id)));
    }

    @Override
    public MemberPageXml listMembers(Long organisationId, String namePrefix, MemberStatus status, Integer offset, Integer limit)
            throws MemberFault {
        MemberQuery query = new MemberQuery(organisationId, namePrefix, status, offset == null ? 0 : offset,
                limit == null ? MemberQuery.DEFAULT_LIMIT : limit);
        return call(() -> MemberPageXml.of(members.list(SoapActors.current(), query)));
    }

    @Override
    public MemberXml updateMember(long id, long version, MemberDraftXml member) throws MemberFault {
        return call(() -> MemberXml.of(members.update(SoapActors.current(), id, version, member == null ? null : member.toDraft())));
    }

    @Override
    public MemberXml leaveRoll(long id, long version, MemberStatus status, LocalDate on, String reason) throws MemberFault {
        return call(() -> MemberXml.of(members.leave(SoapActors.current(), id, version, status, on, reason)));
    }

    @Override
    public TransferXml transferOut(long memberId, Long toOrganisationId, String toUnit, LocalDate on, String note) throws MemberFault {
        return call(() -> TransferXml.of(transfers.transferOut(SoapActors.current(), memberId, toOrganisationId, toUnit, on, note)));
    }

    @Override
    public TransferXml transferIn(MemberDraftXml member, String fromUnit, LocalDate on, String note) throws MemberFault {
        return call(() -> TransferXml.of(transfers.transferIn(SoapActors.current(), member == null ? null : member.toDraft(), fromUnit,
                on, note)));
    }

    @Override
    public TransferXml getTransfer(long id) throws MemberFault {
        return call(() -> TransferXml.of(transfers.get(SoapActors.current(), id)));
    }

    @Override
    public List<AuditEntryXml> getMemberHistory(long id) throws MemberFault {
        return call(() -> AuditEntryXml.of(members.history(SoapActors.current(), id)));
    }

    @Override
    public DisclosurePageXml listDisclosures(Long memberId, Integer offset, Integer limit) throws MemberFault {
        return call(() -> DisclosurePageXml.of(members.disclosures(SoapActors.current(), memberId, offset == null ? 0 : offset,
                limit == null ? MemberQuery.DEFAULT_LIMIT : limit)));
    }

    @Override
    public RetentionRunXml applyRetention() throws MemberFault {
        return call(() -> RetentionRunXml.of(members.applyRetention(SoapActors.current())));
    }

    @Override
    public TransferXml confirmTransfer(long id, LocalDate on) throws MemberFault {
        return call(() -> TransferXml.of(transfers.confirm(SoapActors.current(), id, on)));
    }

    @Override
    public TransferXml cancelTransfer(long id, String reason) throws MemberFault {
        return call(() -> TransferXml.of(transfers.cancel(SoapActors.current(), id, reason)));
    }

    @Override
    public List<TransferXml> listTransfers(Long organisationId, Boolean overdue) throws MemberFault {
        return call(() -> TransferXml.of(transfers.list(SoapActors.current(), organisationId, Boolean.TRUE.equals(overdue))));
    }

    private static <T> T call(Supplier<T> work) throws MemberFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw MemberFault.of(e);
        }
    }
}
