package org.castpb.shell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerSection;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.RunningState;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.csv.CsvCells;

/**
 * The demo data set: the real names of national societies from CAST's sample list, each with a
 * generated record and ledger, as a society CSV (the format of society:import). The generator
 * draws from one fixed seed, so every run gives the same file and a second import of it changes
 * nothing. About 70 % of the ledgers are five clears; the others miss one or two sections.
 */
final class DemoData {

    /** The sample list in the bundle: header {@code name_zh,discipline}. */
    static final String SAMPLE = "/demo/national-societies-sample.csv";
    static final String NATIONAL_REGION = "100000";
    /** Any fixed value does; this one is the deadline of the 2016 opinions for the first ledgers. */
    static final long SEED = 20161231L;
    /** Share of ledgers left incomplete, so that ledger:unclear has something to show. */
    static final double UNCLEAR_SHARE = 0.3;
    /** The year the ledgers report on: fixed, so that the data never changes between runs. */
    static final int LEDGER_YEAR = 2023;

    static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The society CSV's headers, in its column order (see society:export). */
    static final List<String> HEADERS = List.of("名称", "英文名称", "统一社会信用代码", "信用代码校验豁免原因", "类型", "级别",
            "行政区划代码", "学科", "业务主管单位", "团体会员状态", "申请入会日期", "入会日期", "登记状态", "成立年份", "联系人",
            "联系电话", "电子邮箱", "章程写入党建", "运行状态", "最近年检结果", "最近年检年度", "年度活动次数", "专职工作人员数",
            "其中党员数", "正式党员数", "预备党员数", "组织关系在本会党员数", "组织关系在外党员数", "负责人", "已建立党组织",
            "未建党组织原因", "未建原因说明");

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文玉兰海晓红宇鹏辉林峰云建国志新立永光东春荣学正德思远清源卫安宁嘉振";

    /** One line of the sample list. */
    record SampleRow(String name, Discipline discipline) {
    }

    /** One demo society and its ledger. */
    record Entry(SocietyDraft society, LedgerDraft ledger) {
    }

    private DemoData() {
    }

    /** The sample list shipped in this bundle. */
    static List<SampleRow> sample() throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its demo sample " + SAMPLE);
            }
            return readSample(in);
        }
    }

    /** Reads a sample list: UTF-8, header {@code name_zh,discipline}, one society a line. */
    static List<SampleRow> readSample(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        List<String> columns = header == null ? List.of() : Arrays.asList(header.replace("\uFEFF", "").strip().split(","));
        int name = columns.indexOf("name_zh");
        int discipline = columns.indexOf("discipline");
        if (name < 0 || discipline < 0) {
            throw new IllegalStateException("the demo sample must start with the header name_zh,discipline, not " + header);
        }
        List<SampleRow> rows = new ArrayList<>();
        int line = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String[] cells = text.split(",", -1);
            if (cells.length <= Math.max(name, discipline)) {
                throw new IllegalStateException("demo sample line " + line + " has too few cells: " + text);
            }
            rows.add(new SampleRow(cells[name].strip(), Discipline.valueOf(cells[discipline].strip())));
        }
        return rows;
    }

    /** The demo societies for a sample list, the same every time for the same list. */
    static List<Entry> generate(List<SampleRow> sample) {
        Random rng = new Random(SEED);
        int n = sample.size();
        Set<Integer> unclear = pick(rng, n, (int) Math.round(n * UNCLEAR_SHARE));
        Set<Integer> applicants = pick(rng, n, n / 15);
        Set<Integer> suspended = pick(rng, n, n / 50);
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SocietyDraft society = society(rng, i, sample.get(i), applicants.contains(i), suspended.contains(i));
            entries.add(new Entry(society, ledger(rng, unclear.contains(i))));
        }
        return entries;
    }

    private static SocietyDraft society(Random rng, int index, SampleRow row, boolean applicant, boolean suspended) {
        int founded = rng.nextInt(10) == 0 ? 1915 + rng.nextInt(35) : 1950 + rng.nextInt(61);
        LocalDate applied;
        LocalDate admitted = null;
        if (applicant) {
            applied = date(rng, LEDGER_YEAR);
        } else {
            // CAST took its first group members in 1958
            applied = date(rng, Math.max(founded + 1, 1958) + rng.nextInt(3));
            admitted = applied.plusDays(60 + rng.nextInt(240));
        }
        return new SocietyDraft(row.name(), null, uscc(index + 1), null, kind(row.name()), SocietyLevel.NATIONAL, NATIONAL_REGION,
                row.discipline(), "中国科学技术协会", applicant ? GroupMemberStatus.APPLICANT : GroupMemberStatus.MEMBER, applied, admitted,
                suspended ? RegistrationStatus.SUSPENDED : RegistrationStatus.ACTIVE, founded, person(rng),
                "010-6" + String.format("%07d", rng.nextInt(10_000_000)),
                String.format("secretariat%03d@example.org", index + 1), rng.nextInt(10) < 9);
    }

    private static LedgerDraft ledger(Random rng, boolean unclear) {
        RunningState running = rng.nextInt(100) < 92 ? RunningState.NORMAL : RunningState.IRREGULAR;
        InspectionResult inspection = rng.nextInt(100) < 85 ? InspectionResult.QUALIFIED : InspectionResult.BASICALLY_QUALIFIED;
        Integer activities = 6 + rng.nextInt(40);
        Integer staff = 3 + rng.nextInt(38);
        Integer staffMembers = staff * (20 + rng.nextInt(60)) / 100;
        int formal = staffMembers + rng.nextInt(6);
        int probationary = rng.nextInt(3);
        int elsewhere = rng.nextInt(Math.min(formal + probationary, 4) + 1);
        Integer here = formal + probationary - elsewhere;
        Integer away = elsewhere;
        List<Leader> leaders = leaders(rng);

        Boolean established = formal >= 3 && rng.nextInt(100) < 88;
        NoOrganisationReason reason = null;
        String reasonText = null;
        if (!established) {
            if (formal < 3) {
                reason = NoOrganisationReason.FEWER_THAN_THREE_FORMAL_MEMBERS;
            } else if (elsewhere > here) {
                reason = NoOrganisationReason.RELATIONSHIPS_HELD_ELSEWHERE;
            } else {
                reason = List.of(NoOrganisationReason.IN_PREPARATION, NoOrganisationReason.COVERED_OTHERWISE,
                        NoOrganisationReason.OTHER).get(rng.nextInt(3));
                if (reason == NoOrganisationReason.OTHER) {
                    reasonText = "秘书处与挂靠单位合署办公，党员参加挂靠单位党组织生活";
                }
            }
        }

        if (unclear) {
            List<LedgerSection> sections = new ArrayList<>(List.of(LedgerSection.values()));
            Collections.shuffle(sections, rng);
            for (LedgerSection missing : sections.subList(0, rng.nextInt(100) < 60 ? 1 : 2)) {
                switch (missing) {
                    case OPERATIONS -> activities = null;
                    case STAFF -> {
                        staff = null;
                        staffMembers = null;
                    }
                    case PARTY_MEMBERS -> {
                        here = null;
                        away = null;
                    }
                    case LEADERS -> leaders = rng.nextBoolean() ? List.of()
                            : leaders.stream().filter(l -> l.role() != LeaderRole.SECRETARY_GENERAL).toList();
                    case NO_ORGANISATION_REASON -> {
                        established = null;
                        reason = null;
                        reasonText = null;
                    }
                    default -> throw new IllegalStateException("no demo gap for " + missing);
                }
            }
        }
        return new LedgerDraft(running, inspection, LEDGER_YEAR, activities, staff, staffMembers, formal, probationary, here, away,
                leaders, established, reason, reasonText, null);
    }

    private static List<Leader> leaders(Random rng) {
        List<Leader> leaders = new ArrayList<>();
        leaders.add(new Leader(person(rng), LeaderRole.PRESIDENT, true, rng.nextInt(100) < 80));
        for (int i = 2 + rng.nextInt(3); i > 0; i--) {
            leaders.add(new Leader(person(rng), LeaderRole.VICE_PRESIDENT, false, rng.nextInt(100) < 60));
        }
        leaders.add(new Leader(person(rng), LeaderRole.SECRETARY_GENERAL, true, rng.nextInt(100) < 85));
        for (int i = rng.nextInt(3); i > 0; i--) {
            leaders.add(new Leader(person(rng), LeaderRole.DEPUTY_SECRETARY_GENERAL, false, rng.nextInt(100) < 70));
        }
        return leaders;
    }

    /** A Chinese name: surname and one or two given characters. */
    private static String person(Random rng) {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(rng.nextInt(SURNAMES.length())));
        for (int i = rng.nextInt(3) == 0 ? 1 : 2; i > 0; i--) {
            b.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    private static LocalDate date(Random rng, int year) {
        return LocalDate.of(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28));
    }

    private static Set<Integer> pick(Random rng, int n, int count) {
        List<Integer> all = IntStream.range(0, n).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(all, rng);
        return new HashSet<>(all.subList(0, Math.min(count, n)));
    }

    /** The kind by the name's ending (研究会 before 学会, which it ends with too); anything else is an association. */
    static SocietyKind kind(String name) {
        if (name.endsWith("研究会")) {
            return SocietyKind.RESEARCH_SOCIETY;
        }
        if (name.endsWith("基金会")) {
            return SocietyKind.FOUNDATION;
        }
        if (name.endsWith("联合会")) {
            return SocietyKind.FEDERATION;
        }
        if (name.endsWith("促进会")) {
            return SocietyKind.PROMOTION_ASSOCIATION;
        }
        return name.endsWith("学会") ? SocietyKind.SOCIETY : SocietyKind.ASSOCIATION;
    }

    /**
     * A USCC of a national social group (5 civil affairs, 1 social group, region 100000) whose
     * characters 9-17 are {@code D} and the serial: D marks demo codes, so they never take the
     * code of a real society.
     */
    static String uscc(int serial) {
        String first17 = "51" + NATIONAL_REGION + "D" + String.format("%08d", serial);
        return first17 + checkCharacter(first17);
    }

    /** The GB 32100-2015 check character of the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARSET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return USCC_CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** The entries as a society CSV: the header row, then one row each, CRLF line ends. */
    static String toCsv(List<Entry> entries) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADERS);
        for (Entry e : entries) {
            SocietyDraft s = e.society();
            LedgerDraft l = e.ledger();
            row(csv, Arrays.asList(s.name(), s.nameEn(), s.uscc(), s.usccOverrideReason(), s.kind(), s.level(), s.regionCode(),
                    s.discipline(), s.supervisingUnit(), s.groupMemberStatus(), s.groupMemberAppliedOn(), s.groupMemberAdmittedOn(),
                    s.registrationStatus(), s.foundingYear(), s.contactName(), s.contactPhone(), s.contactEmail(),
                    s.partyBuildingInCharter(), l.runningState(), l.lastInspectionResult(), l.lastInspectionYear(),
                    l.activitiesInYear(), l.fullTimeStaff(), l.staffPartyMembers(), l.formalMembers(), l.probationaryMembers(),
                    l.relationshipsHere(), l.relationshipsElsewhere(),
                    l.leaders().stream().map(Leaders::format).collect(Collectors.joining(";")),
                    l.partyOrganisationEstablished(), l.noOrganisationReason(), l.noOrganisationText()));
        }
        return csv.toString();
    }

    /** Enumerations by their English names and yes/no as 是/否, both of which the import reads. */
    private static void row(StringBuilder csv, List<?> cells) {
        CsvCells.record(csv, cells.stream().map(v -> v instanceof Boolean b ? (b ? "是" : "否") : v).toList());
    }
}
