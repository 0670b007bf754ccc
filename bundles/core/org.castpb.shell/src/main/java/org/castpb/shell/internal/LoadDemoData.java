package org.castpb.shell.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.SocietyTransferService;

/**
 * Loads the demo data set into the running server, on request only. It goes through the CSV
 * import, which matches societies by USCC, so running it again reports everything unchanged
 * (and puts back any demo society or ledger changed since).
 */
@Service
@Command(scope = "castpb", name = "demo", description = "Loads demo data into this server's records: the national societies of CAST's sample list "
        + "with generated records and ledgers (about 70 % five clears); running it again changes nothing")
public class LoadDemoData extends CastpbCommand {

    @Reference
    SocietyTransferService transfer;

    @Override
    protected Object run() throws Exception {
        List<DemoData.SampleRow> sample = DemoData.sample();
        String csv = DemoData.toCsv(DemoData.generate(sample));
        System.out.println("Loading " + sample.size() + " national societies of the demo data (USCCs 51100000D...)");
        ImportReport report = transfer.importCsv(ShellActors.current(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportMode.ALL_OR_NOTHING);
        ImportReports.print(System.out, "the demo data", report);
        return null;
    }
}
