package org.castpb.plugin.alerts.mail.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tiny SMTP server on loopback for tests: accepts every message and keeps what it was sent, or refuses RCPT. */
final class TestSmtpServer implements AutoCloseable {

    /** One message as received: the envelope and the DATA lines. */
    record Received(String from, List<String> to, List<String> data) {
    }

    private final ServerSocket socket;
    private final Thread thread;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<String> commands = new CopyOnWriteArrayList<>();
    volatile boolean refuseRecipients;

    TestSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "test-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                session(client);
            } catch (IOException e) {
                // closed, or a client gone: wait for the next
            }
        }
    }

    private void session(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 test ESMTP");
        String from = null;
        List<String> to = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            String verb = line.split("[ :]")[0].toUpperCase();
            switch (verb) {
                case "EHLO" -> reply(out, "250-test\r\n250 AUTH PLAIN");
                case "AUTH" -> reply(out, "235 ok");
                case "MAIL" -> {
                    from = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    reply(out, "250 ok");
                }
                case "RCPT" -> {
                    if (refuseRecipients) {
                        reply(out, "550 no such user");
                    } else {
                        to.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
                        reply(out, "250 ok");
                    }
                }
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    List<String> data = new ArrayList<>();
                    String d;
                    while ((d = in.readLine()) != null && !d.equals(".")) {
                        data.add(d);
                    }
                    received.add(new Received(from, List.copyOf(to), data));
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
