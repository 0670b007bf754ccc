package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.castpb.api.Actor;
import org.castpb.api.LeaderRole;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.members.TransferService;

/**
 * Members for the demo organisations, so that the registry, its masking and the transfer queues show something: up to
 * eight per organisation (a leader, key professionals, staff, a participant whose relationship stays at a university),
 * with valid generated citizen IDs (region 110108, the check character computed), and transfers: some pending for
 * a few days, some overdue, one to an outside unit. Organisations that already have members are left alone.
 */
final class DemoMembers {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建国", "志强",
        "海燕", "晓东", "丽华", "文博"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "回族", "满族", "蒙古族", "壮族"};
    private static final int PER_ORGANISATION = 8;

    private DemoMembers() {
    }

    /** What was loaded: members registered, organisations skipped, transfers asked. */
    record Loaded(int members, int skipped, int transfers) {
    }

    /** Registers the demo members of the organisations (ids in order) and asks the demo transfers. */
    static Loaded load(Actor actor, MemberService members, TransferService transfers, List<Long> organisations) {
        int registered = 0;
        int skipped = 0;
        List<Member> firsts = new ArrayList<>();
        for (int o = 0; o < organisations.size(); o++) {
            long organisation = organisations.get(o);
            if (members.list(actor, new MemberQuery(organisation, null, null, 0, 1)).total() > 0) {
                skipped++;
                continue;
            }
            Random rng = new Random(DemoOrganisations.SEED + organisation);
            int count = 3 + rng.nextInt(PER_ORGANISATION - 2);
            for (int i = 0; i < count; i++) {
                Member m = members.register(actor, draft(organisation, o * PER_ORGANISATION + i, i, rng));
                registered++;
                if (i == 1) {
                    firsts.add(m);
                }
            }
        }
        int asked = 0;
        LocalDate today = LocalDate.now(Texts.ZONE);
        for (int k = 0; k + 1 < firsts.size(); k += 6) {
            Member m = firsts.get(k);
            // every sixth organisation sends its member on: overdue (45 days), recent (5 days), or to a university outside
            int kind = (k / 6) % 3;
            Long to = kind == 2 ? null : firsts.get(k + 1).organisationId();
            LocalDate on = today.minusDays(kind == 0 ? 45 : kind == 1 ? 5 : 60);
            transfers.transferOut(actor, m.id(), to, kind == 2 ? "清华大学党委" : null, on.isBefore(m.joinedOn()) ? m.joinedOn() : on,
                    "演示数据");
            asked++;
        }
        return new Loaded(registered, skipped, asked);
    }

    private static MemberDraft draft(long organisation, int serial, int index, Random rng) {
        LocalDate born = LocalDate.of(1955, 1, 1).plusDays(rng.nextInt(365 * 45));
        String first17 = "110108" + born.toString().replace("-", "") + String.format("%03d", serial % 1000);
        String citizenId = first17 + CitizenIds.checkCharacter(first17);
        LocalDate joined = born.plusYears(19 + rng.nextInt(15)).plusDays(rng.nextInt(300));
        LocalDate latest = LocalDate.of(2025, 6, 30);
        if (joined.isAfter(latest)) {
            joined = latest.minusDays(rng.nextInt(300));
        }
        SocietyPosition position = index == 0 ? SocietyPosition.LEADER : index < 3 ? SocietyPosition.KEY_PROFESSIONAL
                : index < 6 ? SocietyPosition.STAFF : SocietyPosition.OTHER_MEMBER;
        boolean participant = index == 6;
        boolean probationary = index == 5;
        return new MemberDraft(organisation, SURNAMES[rng.nextInt(SURNAMES.length)] + GIVEN[rng.nextInt(GIVEN.length)],
                rng.nextBoolean() ? Gender.MALE : Gender.FEMALE, ETHNICITIES[rng.nextInt(ETHNICITIES.length)], born, citizenId,
                Education.values()[rng.nextInt(Education.values().length)], position,
                position == SocietyPosition.LEADER ? LeaderRole.PRESIDENT : null,
                probationary ? LocalDate.of(2025, 9, 1).plusDays(rng.nextInt(60)) : joined,
                probationary ? MembershipKind.PROBATIONARY : MembershipKind.FORMAL,
                "13" + String.format("%09d", Math.floorMod(rng.nextLong(), 1_000_000_000L)),
                participant ? Affiliation.PARTICIPATES : Affiliation.BELONGS, participant ? "北京大学党委" : null);
    }
}
