package org.castpb.shell.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.castpb.api.FieldError;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.ValidationException;

/**
 * Leaders as typed on the console, in the form of the CSV's 负责人 column:
 * {@code 姓名|职务|主要负责人(是/否)|党员(是/否)}, e.g. {@code 王小明|理事长|是|是}. The role is its
 * Chinese title or its English name, so that what an export holds can be typed back.
 */
final class Leaders {

    static final String FORMAT = "姓名|职务|主要负责人(是/否)|党员(是/否), e.g. 王小明|理事长|是|是";

    /** The Chinese titles of the CSV format. */
    private static final Map<LeaderRole, String> TITLES = new EnumMap<>(Map.of(
            LeaderRole.PRESIDENT, "理事长",
            LeaderRole.VICE_PRESIDENT, "副理事长",
            LeaderRole.SECRETARY_GENERAL, "秘书长",
            LeaderRole.DEPUTY_SECRETARY_GENERAL, "副秘书长",
            LeaderRole.OTHER, "其他"));

    private Leaders() {
    }

    /** Parses each {@code --leader} value; refuses the lot naming every bad one. */
    static List<Leader> parse(List<String> specs) {
        List<Leader> leaders = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String spec = specs.get(i) == null ? "" : specs.get(i).strip();
            String[] parts = spec.split("\\|", -1);
            LeaderRole role = parts.length == 4 ? role(parts[1]) : null;
            Boolean principal = parts.length == 4 ? yesNo(parts[2]) : null;
            Boolean partyMember = parts.length == 4 ? yesNo(parts[3]) : null;
            if (parts.length != 4 || parts[0].isBlank() || role == null || principal == null || partyMember == null) {
                errors.add(new FieldError("leader[" + i + "]", "INVALID_VALUE", "'" + spec + "' is not " + FORMAT
                        + (parts.length == 4 && role == null ? "; 职务 is one of " + roles() : "")));
                continue;
            }
            leaders.add(new Leader(parts[0].strip(), role, principal, partyMember));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return leaders;
    }

    /** The role named by its Chinese title or English name (any case); null when none. */
    static LeaderRole role(String text) {
        String t = text.strip();
        for (LeaderRole r : LeaderRole.values()) {
            if (t.equals(TITLES.get(r)) || t.toUpperCase(Locale.ROOT).equals(r.name())) {
                return r;
            }
        }
        return null;
    }

    static String title(LeaderRole role) {
        return TITLES.get(role);
    }

    /** 是/否 and the usual English spellings, as the CSV import reads them; null when neither. */
    static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "是", "yes", "y", "true", "1" -> Boolean.TRUE;
            case "否", "no", "n", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Every accepted role, for messages and completion. */
    static String roles() {
        return Stream.of(LeaderRole.values()).map(r -> TITLES.get(r) + " (" + r.name() + ")").collect(Collectors.joining(", "));
    }

    /** The leader in the typed form, e.g. {@code 王小明|理事长|是|是}. */
    static String format(Leader leader) {
        return leader.name() + "|" + TITLES.get(leader.role()) + "|" + (leader.principal() ? "是" : "否") + "|" + (leader.partyMember() ? "是" : "否");
    }
}
