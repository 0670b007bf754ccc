package org.castpb.api.members;

/** A member's position in the society: 负责人 (with a leader role), 业务骨干, 工作人员, 其他会员. */
public enum SocietyPosition {
    LEADER,
    KEY_PROFESSIONAL,
    STAFF,
    OTHER_MEMBER
}
