package org.castpb.federation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.castpb.instance.cfg}: who this instance is and where it reports. */
@ObjectClassDefinition(name = "castpb instance", description = "This castpb instance's identity and its parent instance")
public @interface InstanceConfig {

    @AttributeDefinition(description = "A stable id, unique among the instances that report to one parent: letters, digits and -")
    String instanceId() default "cast";

    @AttributeDefinition(description = "NATIONAL, PROVINCIAL or MUNICIPAL")
    String level() default "NATIONAL";

    @AttributeDefinition(description = "The instance's GB/T 2260 region code (100000 for the national instance)")
    String regionCode() default "100000";

    @AttributeDefinition(description = "The instance's name as people read it")
    String displayName() default "中国科协学会党委";

    @AttributeDefinition(description = "The parent instance's REST base URL (https://host/api/v1); empty: this instance reports to none")
    String parentUrl() default "";

    @AttributeDefinition(description = "The account this instance uses at its parent (a local administrator of this instance's region there)")
    String reportingAccount() default "";

    @AttributeDefinition(description = "Its password at the parent", type = AttributeType.PASSWORD)
    String reportingPassword() default "";

    @AttributeDefinition(description = "Day of the month on which a report is made and queued (1-28; 0: on demand only)")
    int reportDayOfMonth() default 1;

    @AttributeDefinition(description = "Seconds before the first retry of a report the parent did not acknowledge; doubled at each further one")
    int retryFirstSeconds() default 60;

    @AttributeDefinition(description = "The longest pause between two retries (seconds)")
    int retryMaxSeconds() default 3600;

    @AttributeDefinition(description = "Seconds between two looks at the outbox and the schedule")
    int tickSeconds() default 30;

    @AttributeDefinition(description = "At a parent: days after which a child whose latest report is older is listed as overdue")
    int overdueAfterDays() default 40;
}
