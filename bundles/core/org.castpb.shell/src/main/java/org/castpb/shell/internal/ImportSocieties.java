package org.castpb.shell.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.SocietyTransferService;

@Service
@Command(scope = "society", name = "import", description = "Imports societies and their ledgers from a UTF-8 CSV file in the exchange directory (the format society:export writes), matched by USCC")
public class ImportSocieties extends CastpbCommand {

    @Reference
    SocietyTransferService transfer;

    @Reference
    ExchangeDirectory exchange;

    @Argument(index = 0, name = "file", description = "the CSV file (or an Excel .xlsx workbook), inside the exchange directory (by default data/exchange) and relative to it",
            required = true)
    String file;

    @Option(name = "--valid-rows", description = "write the valid rows even when others are invalid (by default nothing is written unless every row is valid)")
    boolean validRows;

    @Option(name = "--check", description = "check every row and report, writing nothing (a dry run)")
    boolean check;

    @Override
    protected Object run() throws Exception {
        Path path = exchange.fileToRead(file);
        ImportReport report;
        try (InputStream in = Files.newInputStream(path)) {
            ImportMode mode = check ? ImportMode.CHECK_ONLY : validRows ? ImportMode.VALID_ROWS : ImportMode.ALL_OR_NOTHING;
            report = isExcel(path) ? transfer.importXlsx(ShellActors.current(), in, mode)
                    : transfer.importCsv(ShellActors.current(), in, mode);
        }
        ImportReports.print(System.out, path.toString(), report);
        return null;
    }

    static boolean isExcel(Path path) {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }
}
