package org.castpb.shell.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Page;
import org.castpb.api.budgets.BudgetDraft;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.budgets.BudgetSheet;
import org.castpb.api.budgets.BudgetSheetRow;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.budgets.SocietyWithoutBudget;
import org.castpb.api.budgets.SpendingCategory;
import org.castpb.api.text.Labels;

/** The console's party-work budget commands (党建工作经费): budget:set, budget:show, budget:missing and budget:sheet. */
final class BudgetCommands {

    private BudgetCommands() {
    }

    static void print(List<PartyWorkBudget> budgets) {
        ConsoleTable table = new ConsoleTable("Year 年度", "Society 学会", "Budget line 预算", "Spent 支出", "By category 分类", "Room 活动室",
                "Facilities 阵地设施", "Version").alignRight(0, 2, 3);
        budgets.forEach(b -> table.addRow(b.year(), b.societyId() + " " + b.societyName(),
                b.budgetLine() == null ? "none 未列" : b.budgetLine().toPlainString(), b.spent().toPlainString(),
                String.join(", ", b.spending().entrySet().stream().filter(e -> e.getValue().signum() > 0)
                        .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).toList()),
                b.activityRoom() ? "yes 有" : "no 无", Texts.text(b.facilities()), b.version()));
        table.print(System.out);
    }

    @Service
    @Command(scope = "budget", name = "set", description = "Records a society's party-work budget for a year: the budget line, spending by category, rooms and facilities")
    public static class SetBudget extends CastpbCommand {
        @Reference
        BudgetService budgets;

        @Option(name = "--line", description = "the party-work budget line in yuan; left out: the society lists none")
        BigDecimal line;

        @Option(name = "--spent", description = "CATEGORY=yuan, repeatable: ACTIVITIES, EDUCATION, FACILITIES, ALLOWANCES, OTHER", multiValued = true)
        List<String> spent;

        @Option(name = "--room", description = "a room for party activities is provided")
        boolean room;

        @Option(name = "--facilities", description = "the rooms and facilities in words; quote it")
        String facilities;

        @Argument(index = 0, name = "societyId", required = true)
        @Completion(SocietyIdCompleter.class)
        long societyId;

        @Argument(index = 1, name = "year", required = true)
        int year;

        @Override
        protected Object run() throws Exception {
            Map<SpendingCategory, BigDecimal> spending = new EnumMap<>(SpendingCategory.class);
            for (String pair : spent == null ? List.<String>of() : spent) {
                String[] parts = pair.split("=", 2);
                try {
                    spending.put(SpendingCategory.valueOf(parts[0].trim()), new BigDecimal(parts[1].trim()));
                } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    throw badInput("--spent takes CATEGORY=yuan (ACTIVITIES, EDUCATION, FACILITIES, ALLOWANCES, OTHER), not '" + pair + "'");
                }
            }
            long version = budgets.bySociety(ShellActors.current(), societyId).stream().filter(b -> b.year() == year)
                    .mapToLong(PartyWorkBudget::version).findFirst().orElse(0);
            print(List.of(budgets.record(ShellActors.current(), new BudgetDraft(societyId, year, line, spending, room, facilities, version))));
            return null;
        }
    }

    @Service
    @Command(scope = "budget", name = "show", description = "Shows a society's party-work budgets, newest year first")
    public static class Show extends CastpbCommand {
        @Reference
        BudgetService budgets;

        @Argument(index = 0, name = "societyId", required = true)
        @Completion(SocietyIdCompleter.class)
        long societyId;

        @Override
        protected Object run() {
            print(budgets.bySociety(ShellActors.current(), societyId));
            return null;
        }
    }

    @Service
    @Command(scope = "budget", name = "missing", description = "Lists the active societies that list no party-work funding for a year")
    public static class Missing extends CastpbCommand {
        @Reference
        BudgetService budgets;

        @Option(name = "--offset", description = "rows to skip")
        int offset;

        @Option(name = "--limit", description = "page size (1-500)")
        int limit = 50;

        @Argument(index = 0, name = "year", required = true)
        int year;

        @Override
        protected Object run() {
            Page<SocietyWithoutBudget> page = budgets.withoutBudgetLine(ShellActors.current(), year, offset, limit);
            ConsoleTable table = new ConsoleTable("Society 学会", "Name 名称", "Level 级别", "Region 区划", "Recorded 已填报").alignRight(0);
            page.items().forEach(s -> table.addRow(s.societyId(), s.name(), Labels.of(s.level()), s.regionCode(),
                    s.recorded() ? "yes, no line 已填报未列经费" : "no 未填报"));
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " societies without a budget line for " + year);
            return null;
        }
    }

    @Service
    @Command(scope = "budget", name = "sheet", description = "Shows the party-work budget sheet of a year: per active society the budget line, spending by category, total spent, room and whether the line is missing, with the totals; --xlsx or --csv writes it with Chinese headers in the exchange directory")
    public static class Sheet extends CastpbCommand {
        @Reference
        BudgetService budgets;

        @Reference
        ExchangeDirectory exchange;

        @Option(name = "--year", description = "the budget year", required = true)
        int year;

        @Option(name = "--society", description = "only this society")
        Long societyId;

        @Option(name = "--xlsx", description = "write the sheet as an Excel workbook to this file inside the exchange directory")
        String xlsx;

        @Option(name = "--csv", description = "write the sheet as UTF-8 CSV to this file inside the exchange directory")
        String csv;

        @Option(name = "--force", description = "overwrite the file if it exists (only ever inside the exchange directory)")
        boolean force;

        @Override
        protected Object run() throws Exception {
            if (xlsx != null || csv != null) {
                boolean workbook = xlsx != null;
                System.out.println("Wrote " + exchange.write(workbook ? xlsx : csv, force,
                        out -> budgets.exportSheet(ShellActors.current(), year, societyId, workbook, out)));
                return null;
            }
            BudgetSheet sheet = budgets.sheet(ShellActors.current(), year, societyId);
            ConsoleTable table = new ConsoleTable("Society 学会", "USCC 统一社会信用代码", "Name 名称", "Budget line 预算", "Spent 支出",
                    "By category 分类", "Room 活动室", "Missing line 未列经费").alignRight(0, 3, 4);
            for (BudgetSheetRow r : sheet.rows()) {
                table.addRow(r.societyId(), r.uscc(), r.societyName(), r.budgetLine() == null ? "none 未列" : r.budgetLine().toPlainString(),
                        r.spent() == null ? "not recorded 未填报" : r.spent().toPlainString(),
                        String.join(", ", r.spending().entrySet().stream().filter(e -> e.getValue().signum() > 0).sorted(Map.Entry.comparingByKey())
                                .map(e -> Labels.of(e.getKey()) + "=" + e.getValue().toPlainString()).toList()),
                        r.recorded() ? (r.activityRoom() ? "yes 有" : "no 无") : "", r.missingLine() ? "yes 是" : "no 否");
            }
            table.print(System.out);
            System.out.println(sheet.rows().size() + " societies in " + year + ": budget lines " + sheet.budgetLines().toPlainString()
                    + ", spent " + sheet.spent().toPlainString() + " (" + String.join(", ", sheet.spending().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(e -> Labels.of(e.getKey()) + " " + e.getValue().toPlainString()).toList())
                    + "), " + sheet.missingLines() + " without a budget line");
            return null;
        }
    }
}
