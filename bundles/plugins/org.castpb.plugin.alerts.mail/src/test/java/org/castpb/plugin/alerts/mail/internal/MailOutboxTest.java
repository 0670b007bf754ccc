package org.castpb.plugin.alerts.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castpb.api.life.LifeEvents;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.service.event.Event;

public class MailOutboxTest {

    private static EmbeddedDataSource dataSource;
    private TestSmtpServer smtp;

    /** The plugin's own change log, run once on an in-memory Derby. */
    @BeforeClass
    public static void database() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:mail-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        try (Connection c = dataSource.getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new Liquibase(AlertMailer.CHANGELOG, new ClassLoaderResourceAccessor(), db).update("");
            c.commit();
        }
    }

    @Before
    public void emptyOutboxAndServer() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM MAIL_OUTBOX");
        }
        smtp = new TestSmtpServer();
    }

    @After
    public void stop() throws Exception {
        smtp.close();
    }

    private SmtpSender sender(int port) {
        return new SmtpSender(new SmtpSender.Server("127.0.0.1", port, "castpb@example.org", "", "", 2000));
    }

    private static Event alert() {
        Map<String, Object> p = new HashMap<>();
        p.put(LifeEvents.ALERT_ID, 7L);
        p.put(LifeEvents.KIND, "MEETING_OVERDUE");
        p.put(LifeEvents.ORGANISATION_ID, 3L);
        p.put(LifeEvents.ORGANISATION_NAME, "中国数学会党委");
        p.put(LifeEvents.MEETING_TYPE, "PARTY_LECTURE");
        p.put(LifeEvents.PERIOD_FROM, "2026-07-01");
        p.put(LifeEvents.PERIOD_TO, "2026-09-30");
        p.put(LifeEvents.MESSAGE, "党课 2026-Q3 未召开 / Party lecture not held in 2026-Q3: 中国数学会党委");
        p.put(LifeEvents.OPENED_ON, "2026-10-02");
        return new Event(LifeEvents.ALERT_TOPIC, p);
    }

    private String state(long id) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT STATE || ' ' || CHAR(ATTEMPTS) FROM MAIL_OUTBOX WHERE ID = " + id)) {
            rs.next();
            return rs.getString(1).trim();
        }
    }

    @Test
    public void anAlertIsWrittenToTheOutboxThenSentWithItsChineseWordsIntact() throws Exception {
        MailOutbox outbox = new MailOutbox(dataSource, 3, Duration.ofSeconds(60));
        Event alert = alert();
        long id = outbox.write(7L, List.of("secretary@example.org", "office@example.org"), AlertMailer.subject(alert), AlertMailer.body(alert));
        assertEquals("PENDING 0", state(id));

        assertEquals(1, outbox.sendDue(sender(smtp.port()), Instant.now()));
        assertEquals("SENT 1", state(id));
        TestSmtpServer.Received mail = smtp.received.get(0);
        assertEquals("castpb@example.org", mail.from());
        assertEquals(List.of("secretary@example.org", "office@example.org"), mail.to());
        String subject = mail.data().stream().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow();
        String encoded = subject.substring("Subject: =?UTF-8?B?".length(), subject.length() - 2);
        assertEquals("[castpb] 组织生活提醒 / Organisational-life alert: 中国数学会党委",
                new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
        int blank = mail.data().indexOf("");
        String body = new String(Base64.getMimeDecoder().decode(String.join("\r\n", mail.data().subList(blank + 1, mail.data().size()))),
                StandardCharsets.UTF_8);
        assertTrue(body, body.startsWith("党课 2026-Q3 未召开") && body.contains("PARTY_LECTURE, 2026-07-01 - 2026-09-30"));
        // sent once: a second pass finds nothing due
        assertEquals(0, outbox.sendDue(sender(smtp.port()), Instant.now()));
        assertEquals(1, smtp.received.size());
    }

    @Test
    public void aMailTheServerRefusesIsRetriedWithGrowingPausesThenLeftAsFailed() throws Exception {
        MailOutbox outbox = new MailOutbox(dataSource, 2, Duration.ofSeconds(60));
        long id = outbox.write(8L, List.of("nobody@example.org"), "s", "b");
        smtp.refuseRecipients = true;
        Instant now = Instant.now();
        assertEquals(0, outbox.sendDue(sender(smtp.port()), now));
        assertEquals("PENDING 1", state(id));
        // not due again before the pause is over
        assertEquals(List.of(), outbox.due(now.plusSeconds(59)));
        assertEquals(1, outbox.due(now.plusSeconds(61)).size());
        assertEquals(0, outbox.sendDue(sender(smtp.port()), now.plusSeconds(61)));
        assertEquals("FAILED 2", state(id));
        assertEquals(List.of(), outbox.due(now.plusSeconds(100_000)));
        assertTrue(smtp.received.isEmpty());
    }

    @Test
    public void aMailWrittenWhileTheServerIsDownIsSentOnceItIsBack() throws Exception {
        MailOutbox outbox = new MailOutbox(dataSource, 5, Duration.ofSeconds(1));
        long id = outbox.write(9L, List.of("secretary@example.org"), "s", "b");
        int port = smtp.port();
        smtp.close();
        Instant now = Instant.now();
        assertEquals(0, outbox.sendDue(sender(port), now));
        assertEquals("PENDING 1", state(id));
        try (TestSmtpServer back = new TestSmtpServer()) {
            assertEquals(1, outbox.sendDue(sender(back.port()), now.plusSeconds(2)));
            assertEquals("SENT 2", state(id));
            assertEquals(1, back.received.size());
        }
    }

    @Test
    public void recipientsAreReadFromOneCommaSeparatedValue() {
        assertEquals(List.of("a@example.org", "b@example.org"), AlertMailer.recipients(" a@example.org, ,b@example.org "));
        assertEquals(List.of(), AlertMailer.recipients(""));
    }
}
