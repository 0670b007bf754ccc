package org.castpb.plugin.alerts.mail.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The mail outbox (MAIL_OUTBOX): a mail is written before any attempt to send it, so an alert posted while the SMTP
 * server is down is sent once it is back. Each failed attempt doubles the pause before the next one, from
 * {@code firstRetry}; after {@code maxAttempts} the mail is FAILED and stays in the table with its last error.
 */
final class MailOutbox {

    /** A mail waiting to be sent. */
    record Mail(long id, List<String> recipients, String subject, String body, int attempts) {
    }

    private final DataSource dataSource;
    private final int maxAttempts;
    private final Duration firstRetry;

    MailOutbox(DataSource dataSource, int maxAttempts, Duration firstRetry) {
        this.dataSource = dataSource;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
    }

    /** Writes a mail for the recipients, due now. */
    long write(Long alertId, List<String> recipients, String subject, String body) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO MAIL_OUTBOX (ALERT_ID, RECIPIENTS,"
                + " SUBJECT, BODY, STATE, ATTEMPTS, CREATED_AT, NEXT_ATTEMPT_AT) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)", new String[] {"ID"})) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setObject(1, alertId);
            s.setString(2, String.join(",", recipients));
            s.setString(3, clip(subject, 500));
            s.setString(4, clip(body, 4000));
            s.setTimestamp(5, now);
            s.setTimestamp(6, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The mails due at {@code now}, oldest first. */
    List<Mail> due(Instant now) throws SQLException {
        List<Mail> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT ID, RECIPIENTS, SUBJECT, BODY, ATTEMPTS"
                + " FROM MAIL_OUTBOX WHERE STATE = 'PENDING' AND NEXT_ATTEMPT_AT <= ? ORDER BY ID FETCH FIRST 100 ROWS ONLY")) {
            s.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new Mail(rs.getLong(1), List.of(rs.getString(2).split(",")), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
        }
        return due;
    }

    /** Sends every mail due through {@code sender}; returns how many were accepted. */
    int sendDue(SmtpSender sender, Instant now) throws SQLException {
        int sent = 0;
        for (Mail m : due(now)) {
            try {
                sender.send(m.recipients(), m.subject(), m.body());
                update("UPDATE MAIL_OUTBOX SET STATE = 'SENT', ATTEMPTS = ATTEMPTS + 1, SENT_AT = ?, LAST_ERROR = NULL WHERE ID = ?",
                        Timestamp.from(now), m.id());
                sent++;
            } catch (IOException e) {
                int attempts = m.attempts() + 1;
                Duration pause = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 16));
                update("UPDATE MAIL_OUTBOX SET STATE = ?, ATTEMPTS = ?, NEXT_ATTEMPT_AT = ?, LAST_ERROR = ? WHERE ID = ?",
                        attempts >= maxAttempts ? "FAILED" : "PENDING", attempts, Timestamp.from(now.plus(pause)), clip(e.getMessage(), 1000), m.id());
            }
        }
        return sent;
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String clip(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
