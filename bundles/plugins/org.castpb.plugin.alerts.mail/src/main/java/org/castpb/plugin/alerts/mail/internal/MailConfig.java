package org.castpb.plugin.alerts.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the alerts' mails go and through which SMTP server (pid {@code org.castpb.plugin.alerts.mail}). */
@ObjectClassDefinition(name = "castpb alerts by mail", description = "Organisational-life alerts written to a mail outbox and sent by SMTP")
public @interface MailConfig {

    @AttributeDefinition(name = "Recipients", description = "Mail addresses the alerts go to, comma-separated; none: the mails are not written")
    String recipients() default "";

    @AttributeDefinition(name = "SMTP host")
    String smtpHost() default "localhost";

    @AttributeDefinition(name = "SMTP port", min = "1", max = "65535")
    int smtpPort() default 25;

    @AttributeDefinition(name = "From", description = "The sender's address")
    String from() default "castpb@localhost";

    @AttributeDefinition(name = "SMTP user", description = "For AUTH PLAIN; empty: no authentication")
    String smtpUser() default "";

    @AttributeDefinition(name = "SMTP password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String smtpPassword() default "";

    @AttributeDefinition(name = "Send every (s)", description = "How often the outbox is sent (also right after an alert)", min = "1")
    int sendIntervalSeconds() default 60;

    @AttributeDefinition(name = "First retry after (s)", description = "Pause after a failed attempt, doubled with each further one", min = "1")
    int firstRetrySeconds() default 60;

    @AttributeDefinition(name = "Attempts", description = "Attempts before a mail is left as FAILED", min = "1")
    int maxAttempts() default 10;

    @AttributeDefinition(name = "Time-out (ms)", description = "Connect and read time-out of the SMTP conversation", min = "100")
    int timeoutMillis() default 10000;
}
