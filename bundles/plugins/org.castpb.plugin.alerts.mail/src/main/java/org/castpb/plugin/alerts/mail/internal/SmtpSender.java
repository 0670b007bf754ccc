package org.castpb.plugin.alerts.mail.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A plain SMTP client (RFC 5321) for one message at a time: EHLO, AUTH PLAIN when a user is configured, MAIL FROM,
 * RCPT TO per recipient, DATA with a UTF-8 text body in base64 and an RFC 2047 subject. No TLS: sites relay through
 * their own mail server on the local network or loopback.
 */
final class SmtpSender {

    /** Where and as whom to send. */
    record Server(String host, int port, String from, String user, String password, int timeoutMillis) {
    }

    private final Server server;

    SmtpSender(Server server) {
        this.server = server;
    }

    /** Sends one message; an {@link IOException} names the step and the server's answer when it is refused. */
    void send(List<String> recipients, String subject, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), server.timeoutMillis());
            socket.setSoTimeout(server.timeoutMillis());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "greeting", 220);
            command(out, in, "EHLO castpb", 250);
            if (server.user() != null && !server.user().isBlank()) {
                String token = Base64.getEncoder().encodeToString(("\0" + server.user() + "\0" + server.password()).getBytes(StandardCharsets.UTF_8));
                command(out, in, "AUTH PLAIN " + token, 235);
            }
            command(out, in, "MAIL FROM:<" + server.from() + ">", 250);
            for (String to : recipients) {
                command(out, in, "RCPT TO:<" + to + ">", 250, 251);
            }
            command(out, in, "DATA", 354);
            write(out, message(recipients, subject, body) + ".\r\n");
            expect(in, "message", 250);
            command(out, in, "QUIT", 221);
        }
    }

    String message(List<String> recipients, String subject, String body) {
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(server.from()).append("\r\n");
        m.append("To: ").append(String.join(", ", recipients)).append("\r\n");
        m.append("Subject: =?UTF-8?B?").append(Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))).append("?=\r\n");
        m.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(ZonedDateTime.now())).append("\r\n");
        m.append("Message-ID: <").append(UUID.randomUUID()).append("@castpb>\r\n");
        m.append("MIME-Version: 1.0\r\n");
        m.append("Content-Type: text/plain; charset=UTF-8\r\n");
        m.append("Content-Transfer-Encoding: base64\r\n\r\n");
        // base64 lines never start with a dot, so no dot-stuffing is needed
        String encoded = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(body.getBytes(StandardCharsets.UTF_8));
        m.append(encoded).append("\r\n");
        return m.toString();
    }

    private static void command(OutputStream out, BufferedReader in, String line, int... accepted) throws IOException {
        write(out, line + "\r\n");
        expect(in, line.startsWith("AUTH") ? "AUTH" : line.split("[ :]")[0], accepted);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads a (multi-line) reply and refuses any code not accepted. */
    private static void expect(BufferedReader in, String step, int... accepted) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("SMTP server closed the connection at " + step);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        int code;
        try {
            code = Integer.parseInt(line.substring(0, 3));
        } catch (RuntimeException e) {
            throw new IOException("SMTP server answered " + step + " with '" + line + "'");
        }
        for (int a : accepted) {
            if (code == a) {
                return;
            }
        }
        throw new IOException("SMTP server refused " + step + ": " + line);
    }
}
