package org.castpb.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.RunningState;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.records.internal.RecordsAccess;

/**
 * Reproducible, realistic societies with ledgers: Chinese names, GB 32100 USCCs, the three levels
 * with GB/T 2260 region codes, and ledgers of which about 60% are clear and the rest miss one or
 * two sections in the ways officials leave them incomplete. Every value is one the validators
 * accept, because an all-or-nothing import refuses the whole file for a single bad cell.
 * The same drafts feed the CSV (service import) and the raw JDBC baseline.
 */
final class SocietyGenerator {

    /** One society as the import would store it: validator-normalised draft and ledger (note "imported"). */
    record Generated(SocietyDraft society, LedgerDraft ledger, boolean registrationStatusInCsv) {
    }

    /** A subject area: Chinese and English name, discipline group. */
    private record Subject(String cn, String en, Discipline discipline) {
    }

    /** A prefecture-level city: GB/T 2260 code, Chinese and English name. */
    private record City(String code, String cn, String en) {
    }

    static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** 31^9: the number of distinct nine-character organisation codes. */
    private static final long ORG_CODES = 26_439_622_160_671L;

    private static final List<Subject> SUBJECTS = List.of(
            new Subject("数学", "Mathematics", Discipline.SCIENCE), new Subject("物理", "Physics", Discipline.SCIENCE),
            new Subject("化学", "Chemistry", Discipline.SCIENCE), new Subject("天文", "Astronomy", Discipline.SCIENCE),
            new Subject("地理", "Geography", Discipline.SCIENCE), new Subject("地质", "Geology", Discipline.SCIENCE),
            new Subject("气象", "Meteorology", Discipline.SCIENCE), new Subject("海洋", "Oceanography", Discipline.SCIENCE),
            new Subject("生态", "Ecology", Discipline.SCIENCE), new Subject("植物", "Botany", Discipline.SCIENCE),
            new Subject("动物", "Zoology", Discipline.SCIENCE), new Subject("统计", "Statistics", Discipline.SCIENCE),
            new Subject("心理", "Psychology", Discipline.SCIENCE), new Subject("力学", "Theoretical and Applied Mechanics", Discipline.SCIENCE),
            new Subject("机械工程", "Mechanical Engineering", Discipline.ENGINEERING), new Subject("电机工程", "Electrical Engineering", Discipline.ENGINEERING),
            new Subject("计算机", "Computer Science", Discipline.ENGINEERING), new Subject("电子", "Electronics", Discipline.ENGINEERING),
            new Subject("自动化", "Automation", Discipline.ENGINEERING), new Subject("土木建筑", "Civil Engineering and Architecture", Discipline.ENGINEERING),
            new Subject("水利", "Hydraulic Engineering", Discipline.ENGINEERING), new Subject("航空", "Aeronautics", Discipline.ENGINEERING),
            new Subject("汽车工程", "Automotive Engineering", Discipline.ENGINEERING), new Subject("化工", "Chemical Industry", Discipline.ENGINEERING),
            new Subject("金属", "Metals", Discipline.ENGINEERING), new Subject("通信", "Communications", Discipline.ENGINEERING),
            new Subject("测绘地理信息", "Surveying, Mapping and Geoinformation", Discipline.ENGINEERING),
            new Subject("环境科学", "Environmental Sciences", Discipline.ENGINEERING),
            new Subject("农学", "Agronomy", Discipline.AGRICULTURE), new Subject("作物", "Crop Science", Discipline.AGRICULTURE),
            new Subject("园艺", "Horticulture", Discipline.AGRICULTURE), new Subject("土壤", "Soil Science", Discipline.AGRICULTURE),
            new Subject("植物保护", "Plant Protection", Discipline.AGRICULTURE),
            new Subject("畜牧兽医", "Animal Husbandry and Veterinary Medicine", Discipline.AGRICULTURE),
            new Subject("林", "Forestry", Discipline.AGRICULTURE), new Subject("水产", "Fisheries", Discipline.AGRICULTURE),
            new Subject("茶叶", "Tea Science", Discipline.AGRICULTURE), new Subject("农业工程", "Agricultural Engineering", Discipline.AGRICULTURE),
            new Subject("医", "Medicine", Discipline.MEDICINE), new Subject("中医药", "Traditional Chinese Medicine", Discipline.MEDICINE),
            new Subject("药", "Pharmacy", Discipline.MEDICINE), new Subject("护理", "Nursing", Discipline.MEDICINE),
            new Subject("预防医学", "Preventive Medicine", Discipline.MEDICINE), new Subject("生物医学工程", "Biomedical Engineering", Discipline.MEDICINE),
            new Subject("康复医学", "Rehabilitation Medicine", Discipline.MEDICINE), new Subject("营养", "Nutrition", Discipline.MEDICINE),
            new Subject("针灸", "Acupuncture and Moxibustion", Discipline.MEDICINE), new Subject("口腔医学", "Stomatology", Discipline.MEDICINE),
            new Subject("科学技术史", "History of Science and Technology", Discipline.INTERDISCIPLINARY),
            new Subject("科普作家", "Science Writers", Discipline.INTERDISCIPLINARY),
            new Subject("自然辩证法研究", "Dialectics of Nature", Discipline.INTERDISCIPLINARY),
            new Subject("系统工程", "Systems Engineering", Discipline.INTERDISCIPLINARY),
            new Subject("人工智能", "Artificial Intelligence", Discipline.INTERDISCIPLINARY),
            new Subject("图象图形", "Image and Graphics", Discipline.INTERDISCIPLINARY),
            new Subject("运筹", "Operations Research", Discipline.INTERDISCIPLINARY),
            new Subject("青少年科技教育", "Youth Science and Technology Education", Discipline.INTERDISCIPLINARY));

    private static final Map<String, String> PROVINCE_EN = Map.ofEntries(
            Map.entry("11", "Beijing"), Map.entry("12", "Tianjin"), Map.entry("13", "Hebei"), Map.entry("14", "Shanxi"),
            Map.entry("15", "Inner Mongolia"), Map.entry("21", "Liaoning"), Map.entry("22", "Jilin"), Map.entry("23", "Heilongjiang"),
            Map.entry("31", "Shanghai"), Map.entry("32", "Jiangsu"), Map.entry("33", "Zhejiang"), Map.entry("34", "Anhui"),
            Map.entry("35", "Fujian"), Map.entry("36", "Jiangxi"), Map.entry("37", "Shandong"), Map.entry("41", "Henan"),
            Map.entry("42", "Hubei"), Map.entry("43", "Hunan"), Map.entry("44", "Guangdong"), Map.entry("45", "Guangxi"),
            Map.entry("46", "Hainan"), Map.entry("50", "Chongqing"), Map.entry("51", "Sichuan"), Map.entry("52", "Guizhou"),
            Map.entry("53", "Yunnan"), Map.entry("54", "Tibet"), Map.entry("61", "Shaanxi"), Map.entry("62", "Gansu"),
            Map.entry("63", "Qinghai"), Map.entry("64", "Ningxia"), Map.entry("65", "Xinjiang"));

    private static final List<City> CITIES = List.of(
            new City("110100", "北京市", "Beijing"), new City("120100", "天津市", "Tianjin"), new City("130100", "石家庄市", "Shijiazhuang"),
            new City("130200", "唐山市", "Tangshan"), new City("140100", "太原市", "Taiyuan"), new City("150100", "呼和浩特市", "Hohhot"),
            new City("210100", "沈阳市", "Shenyang"), new City("210200", "大连市", "Dalian"), new City("220100", "长春市", "Changchun"),
            new City("230100", "哈尔滨市", "Harbin"), new City("310100", "上海市", "Shanghai"), new City("320100", "南京市", "Nanjing"),
            new City("320200", "无锡市", "Wuxi"), new City("320500", "苏州市", "Suzhou"), new City("330100", "杭州市", "Hangzhou"),
            new City("330200", "宁波市", "Ningbo"), new City("340100", "合肥市", "Hefei"), new City("350100", "福州市", "Fuzhou"),
            new City("350200", "厦门市", "Xiamen"), new City("360100", "南昌市", "Nanchang"), new City("370100", "济南市", "Jinan"),
            new City("370200", "青岛市", "Qingdao"), new City("410100", "郑州市", "Zhengzhou"), new City("420100", "武汉市", "Wuhan"),
            new City("430100", "长沙市", "Changsha"), new City("440100", "广州市", "Guangzhou"), new City("440300", "深圳市", "Shenzhen"),
            new City("450100", "南宁市", "Nanning"), new City("460100", "海口市", "Haikou"), new City("500100", "重庆市", "Chongqing"),
            new City("510100", "成都市", "Chengdu"), new City("520100", "贵阳市", "Guiyang"), new City("530100", "昆明市", "Kunming"),
            new City("540100", "拉萨市", "Lhasa"), new City("610100", "西安市", "Xi'an"), new City("620100", "兰州市", "Lanzhou"),
            new City("630100", "西宁市", "Xining"), new City("640100", "银川市", "Yinchuan"), new City("650100", "乌鲁木齐市", "Urumqi"));

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红小东海燕晓文斌玉萍春梅鹏辉浩宇欣怡涵轩思远晨阳立新永庆德利";
    private static final String[] OTHER_REASONS = {"由上级学会党委统一管理", "挂靠单位党组织兼管", "秘书处人员变动，待重新核定"};

    private final Random random;
    private final List<String> provinceCodes;
    private final Map<String, String> provinceNames;

    SocietyGenerator(long seed) {
        this.random = new Random(seed);
        this.provinceNames = RecordsAccess.provinces();
        this.provinceCodes = new ArrayList<>(provinceNames.keySet());
    }

    List<Generated> generate(int count) {
        List<Generated> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(next(i));
        }
        return result;
    }

    private Generated next(int index) {
        int levelDraw = random.nextInt(100);
        SocietyLevel level = levelDraw < 10 ? SocietyLevel.NATIONAL : levelDraw < 50 ? SocietyLevel.PROVINCIAL : SocietyLevel.MUNICIPAL;
        String regionCode;
        String placeCn;
        String placeEn;
        switch (level) {
            case NATIONAL -> {
                regionCode = "100000";
                placeCn = "中国";
                placeEn = "Chinese";
            }
            case PROVINCIAL -> {
                regionCode = pick(provinceCodes);
                placeCn = provinceNames.get(regionCode);
                placeEn = PROVINCE_EN.getOrDefault(regionCode.substring(0, 2), "Provincial");
            }
            default -> {
                City city = pick(CITIES);
                regionCode = city.code();
                placeCn = city.cn();
                placeEn = city.en();
            }
        }
        Subject subject = pick(SUBJECTS);
        int kindDraw = random.nextInt(10);
        SocietyKind kind = kindDraw < 7 ? SocietyKind.SOCIETY : kindDraw < 9 ? SocietyKind.ASSOCIATION : SocietyKind.RESEARCH_SOCIETY;
        String suffixCn = switch (kind) {
            case SOCIETY -> "学会";
            case ASSOCIATION -> "协会";
            case RESEARCH_SOCIETY -> "研究会";
            case FOUNDATION -> "基金会";
            case FEDERATION -> "联合会";
            case PROMOTION_ASSOCIATION -> "促进会";
        };
        String suffixEn = switch (kind) {
            case SOCIETY -> "Society";
            case ASSOCIATION -> "Association";
            case RESEARCH_SOCIETY -> "Research Society";
            case FOUNDATION -> "Foundation";
            case FEDERATION -> "Federation";
            case PROMOTION_ASSOCIATION -> "Promotion Association";
        };
        boolean young = random.nextInt(8) == 0;
        String name = placeCn + (young ? "青年" : "") + subject.cn() + suffixCn;
        String nameEn = random.nextInt(10) < 6 ? placeEn + " " + (young ? "Young " : "") + suffixEn + " of " + subject.en() : null;
        String uscc = uscc(regionCode, index);

        String supervisingUnit = random.nextInt(10) == 0 ? null
                : level == SocietyLevel.NATIONAL ? "中国科学技术协会" : placeCn + "科学技术协会";

        int memberDraw = random.nextInt(100);
        GroupMemberStatus member = memberDraw < 50 ? GroupMemberStatus.MEMBER : memberDraw < 65 ? GroupMemberStatus.APPLICANT : GroupMemberStatus.NONE;
        LocalDate applied = member == GroupMemberStatus.NONE ? null : LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365 * 14));
        LocalDate admitted = member == GroupMemberStatus.MEMBER ? applied.plusDays(30 + random.nextInt(300)) : null;

        int statusDraw = random.nextInt(100);
        RegistrationStatus status = statusDraw < 92 ? RegistrationStatus.ACTIVE : statusDraw < 97 ? RegistrationStatus.SUSPENDED : RegistrationStatus.DEREGISTERED;
        // An empty 登记状态 cell means ACTIVE; the validator fills it in, so the stored value is the same.
        boolean statusInCsv = status != RegistrationStatus.ACTIVE || random.nextBoolean();

        Integer foundingYear = random.nextInt(20) == 0 ? null : 1950 + random.nextInt(71);
        String contact = personName();
        String phone = random.nextBoolean()
                ? "0" + (10 + random.nextInt(890)) + "-" + (60_000_000 + random.nextInt(30_000_000))
                : "1" + (30 + random.nextInt(60)) + String.format("%08d", random.nextInt(100_000_000));
        String email = random.nextInt(10) == 0 ? null : "office" + index + "@soc" + Integer.toString(index, 36) + ".org.cn";
        int charterDraw = random.nextInt(10);
        Boolean charter = charterDraw < 7 ? Boolean.TRUE : charterDraw < 9 ? Boolean.FALSE : null;

        SocietyDraft society = new SocietyDraft(name, nameEn, uscc, null, kind, level, regionCode, subject.discipline(),
                supervisingUnit, member, applied, admitted, status, foundingYear, contact, phone, email, charter);
        return new Generated(society, ledger(), statusInCsv);
    }

    /**
     * A ledger, complete (about 60%) or with one or two sections left incomplete. Numbers are
     * always consistent (party members in staff at most staff; relationships here + elsewhere =
     * formal + probationary), since the rules refuse inconsistent values rather than flag them.
     */
    private LedgerDraft ledger() {
        boolean complete = random.nextInt(10) < 6;
        boolean[] broken = new boolean[5];
        if (!complete) {
            broken[random.nextInt(5)] = true;
            if (random.nextInt(4) == 0) {
                broken[random.nextInt(5)] = true;
            }
        }
        RunningState running = random.nextInt(10) < 8 ? RunningState.NORMAL : random.nextBoolean() ? RunningState.IRREGULAR : RunningState.DORMANT;
        InspectionResult inspection = switch (random.nextInt(10)) {
            case 0 -> InspectionResult.NOT_INSPECTED;
            case 1 -> InspectionResult.UNQUALIFIED;
            case 2, 3 -> InspectionResult.BASICALLY_QUALIFIED;
            default -> InspectionResult.QUALIFIED;
        };
        Integer inspectionYear = inspection == InspectionResult.NOT_INSPECTED ? null : 2018 + random.nextInt(7);
        Integer activities = running == RunningState.DORMANT ? 0 : 1 + random.nextInt(60);
        if (broken[0]) {
            switch (random.nextInt(3)) {
                case 0 -> running = null;
                case 1 -> activities = null;
                default -> {
                    inspection = InspectionResult.QUALIFIED;
                    inspectionYear = null;
                }
            }
        }
        Integer staff = random.nextInt(31);
        Integer staffParty = staff == 0 ? 0 : random.nextInt(staff + 1);
        if (broken[1]) {
            staffParty = null;
        }
        int formal = random.nextInt(5) == 0 ? random.nextInt(3) : 3 + random.nextInt(40);
        int probationary = random.nextInt(4);
        int here = random.nextInt(formal + probationary + 1);
        Integer elsewhere = formal + probationary - here;
        if (broken[2]) {
            elsewhere = null;
        }
        List<Leader> leaders = leaders();
        if (broken[3]) {
            switch (random.nextInt(3)) {
                case 0 -> leaders = List.of();
                case 1 -> leaders = leaders.stream().filter(l -> l.role() != LeaderRole.SECRETARY_GENERAL).toList();
                default -> leaders = leaders.stream().map(l -> new Leader(l.name(), l.role(), false, l.partyMember())).toList();
            }
        }
        Boolean established = formal >= 3 && random.nextInt(10) < 8;
        NoOrganisationReason reason = null;
        String reasonText = null;
        if (!established) {
            reason = formal + probationary == 0 ? NoOrganisationReason.NO_PARTY_MEMBERS
                    : formal < 3 ? NoOrganisationReason.FEWER_THAN_THREE_FORMAL_MEMBERS
                    : switch (random.nextInt(4)) {
                        case 0 -> NoOrganisationReason.RELATIONSHIPS_HELD_ELSEWHERE;
                        case 1 -> NoOrganisationReason.IN_PREPARATION;
                        case 2 -> NoOrganisationReason.COVERED_OTHERWISE;
                        default -> NoOrganisationReason.OTHER;
                    };
            if (reason == NoOrganisationReason.OTHER) {
                reasonText = OTHER_REASONS[random.nextInt(OTHER_REASONS.length)];
            }
        }
        if (broken[4]) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    established = null;
                    reason = null;
                    reasonText = null;
                }
                case 1 -> {
                    established = false;
                    reason = null;
                    reasonText = null;
                }
                default -> {
                    established = false;
                    reason = NoOrganisationReason.OTHER;
                    reasonText = null;
                }
            }
        }
        return new LedgerDraft(running, inspection, inspectionYear, activities, staff, staffParty, formal, probationary, here,
                elsewhere, leaders, established, reason, reasonText, "imported");
    }

    /** 理事长 (principal) and 秘书长 always, plus up to three 副理事长 and one 副秘书长. */
    private List<Leader> leaders() {
        List<Leader> leaders = new ArrayList<>();
        leaders.add(new Leader(personName(), LeaderRole.PRESIDENT, true, random.nextInt(10) < 8));
        for (int i = random.nextInt(4); i > 0; i--) {
            leaders.add(new Leader(personName(), LeaderRole.VICE_PRESIDENT, false, random.nextBoolean()));
        }
        leaders.add(new Leader(personName(), LeaderRole.SECRETARY_GENERAL, random.nextInt(5) == 0, random.nextInt(10) < 7));
        if (random.nextInt(3) == 0) {
            leaders.add(new Leader(personName(), LeaderRole.DEPUTY_SECRETARY_GENERAL, false, random.nextBoolean()));
        }
        return leaders;
    }

    private String personName() {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    /**
     * 5 (civil affairs) 1 (social organisation), the six-digit region, a nine-character
     * organisation code unique per index (an odd multiplier is a bijection modulo 31^9, so codes
     * look scattered but never repeat), and the GB 32100 check character.
     */
    static String uscc(String regionCode, int index) {
        StringBuilder b = new StringBuilder(18).append("51").append(regionCode);
        long org = Math.floorMod(1_000_003L * (index + 1) + 7_654_321L, ORG_CODES);
        char[] digits = new char[9];
        for (int i = 8; i >= 0; i--) {
            digits[i] = USCC_CHARSET.charAt((int) (org % 31));
            org /= 31;
        }
        b.append(digits);
        return b.append(checkCharacter(b)).toString();
    }

    /** GB 32100-2015: check = 31 - (sum of value x weight mod 31), where 31 maps to 0. */
    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARSET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return USCC_CHARSET.charAt(check == 31 ? 0 : check);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
