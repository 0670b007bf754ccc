package org.castpb.api.federation;

/**
 * Who this instance is, from {@code etc/org.castpb.instance.cfg}.
 *
 * @param instanceId       a stable id, unique among the instances reporting to one parent (e.g. {@code zhejiang})
 * @param level            national, provincial or municipal
 * @param regionCode       its GB/T 2260 region ({@code 100000} for the national instance)
 * @param displayName      its name as people read it (浙江省科学技术协会)
 * @param parentUrl        the parent instance's base URL ({@code https://cast.example/api/v1}), null when it reports to none
 * @param reportingAccount the account this instance uses at its parent, null when it reports to none
 */
public record InstanceIdentity(String instanceId, InstanceLevel level, String regionCode, String displayName,
                               String parentUrl, String reportingAccount) {

    /** Whether this instance sends reports upward. */
    public boolean reportsUpward() {
        return parentUrl != null && !parentUrl.isBlank();
    }
}
