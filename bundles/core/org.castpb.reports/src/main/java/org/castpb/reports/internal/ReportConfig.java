package org.castpb.reports.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The reporting schedule and the attachment limits (configuration {@code org.castpb.reports}). */
@ObjectClassDefinition(name = "castpb work reports", description = "Which periods each society level reports on, when, and attachment limits")
public @interface ReportConfig {

    /** The configuration's PID. */
    String PID = "org.castpb.reports";

    @AttributeDefinition(description = "Report kinds national societies owe: HALF_YEARLY, YEARLY (comma-separated)")
    String[] nationalKinds() default {"HALF_YEARLY", "YEARLY"};

    @AttributeDefinition(description = "Report kinds provincial societies owe")
    String[] provincialKinds() default {"HALF_YEARLY", "YEARLY"};

    @AttributeDefinition(description = "Report kinds municipal societies owe")
    String[] municipalKinds() default {"HALF_YEARLY", "YEARLY"};

    @AttributeDefinition(description = "Days after a period's end by which its report is due")
    int dueDays() default 31;

    @AttributeDefinition(description = "The largest attachment accepted, in kilobytes")
    int maxAttachmentKilobytes() default 10240;

    @AttributeDefinition(description = "The most attachments one report may carry")
    int maxAttachments() default 5;
}
