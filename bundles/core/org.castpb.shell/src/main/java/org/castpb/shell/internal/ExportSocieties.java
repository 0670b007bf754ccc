package org.castpb.shell.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyTransferService;

@Service
@Command(scope = "society", name = "export", description = "Exports societies with their current ledgers to a UTF-8 CSV file in the exchange directory that spreadsheets open and society:import reads back")
public class ExportSocieties extends SocietyFilterCommand {

    @Reference
    SocietyTransferService transfer;

    @Reference
    ExchangeDirectory exchange;

    @Argument(index = 0, name = "file", description = "the CSV (or .xlsx) file to write, inside the exchange directory (by default data/exchange) and relative to it",
            required = true)
    String file;

    @Option(name = "--force", description = "overwrite the file if it exists (only ever inside the exchange directory)")
    boolean force;

    @Override
    protected Object run() throws Exception {
        Path path = exchange.fileToWrite(file);
        if (Files.exists(path) && !force) {
            throw badInput(path + " exists: give --force to overwrite it");
        }
        SocietyQuery filter = query(0, SocietyQuery.DEFAULT_LIMIT);
        // written beside the target and moved over it at the end, so a failed export leaves no half file behind
        Path partial = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".part");
        CsvCountingStream counted;
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                counted = new CsvCountingStream(out);
                if (ImportSocieties.isExcel(path)) {
                    transfer.exportXlsx(ShellActors.current(), filter, counted);
                } else {
                    transfer.exportCsv(ShellActors.current(), filter, counted);
                }
                counted.flush();
            }
            Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(partial);
        }
        System.out.println(ImportSocieties.isExcel(path) ? "Exported the societies as an Excel workbook (" + counted.bytes() + " bytes) to " + path
                : "Exported " + Math.max(0, counted.records() - 1) + " societies (" + counted.bytes() + " bytes) to " + path);
        return null;
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // only the leftover of a failed export; the error that caused it is what matters
        }
    }
}
