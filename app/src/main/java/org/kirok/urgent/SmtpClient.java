package org.kirok.urgent;

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
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A small SMTP client for reminder mails, so that no mail library is needed: SMTP as in RFC 5321 (EHLO, MAIL,
 * RCPT, DATA with dot-stuffing, QUIT), STARTTLS (RFC 3207) or TLS from the start with host-name verification,
 * AUTH PLAIN (RFC 4616), and a UTF-8 message (RFC 5322 headers, RFC 2047 subject, base64 body). One connection
 * per mail; not for bulk. Thread-safe (stateless).
 */
final class SmtpClient {
    private static final int TIMEOUT_MILLIS = 20_000;

    /** The server and how to log in. */
    record Server(String host, int port, MailSecurity security, Optional<String> username, Optional<String> password) {
    }

    void send(Server server, MailMessage message) {
        try (Socket plain = connect(server)) {
            Socket socket = plain;
            Conversation talk = new Conversation(socket);
            talk.expect(220, "greeting");
            talk.command("EHLO kirok", 250, "EHLO");
            if (server.security() == MailSecurity.STARTTLS) {
                talk.command("STARTTLS", 220, "STARTTLS");
                socket = tls(socket, server.host(), server.port());
                talk = new Conversation(socket);
                talk.command("EHLO kirok", 250, "EHLO after STARTTLS");
            }
            if (server.username().isPresent()) {
                byte[] credentials = ("\0" + server.username().get() + "\0" + server.password().orElse(""))
                        .getBytes(StandardCharsets.UTF_8);
                talk.command("AUTH PLAIN " + Base64.getEncoder().encodeToString(credentials), 235, "AUTH");
            }
            talk.command("MAIL FROM:<" + address(message.from()) + ">", 250, "MAIL FROM");
            for (String to : message.to()) {
                talk.command("RCPT TO:<" + address(to) + ">", 250, "RCPT TO " + to);
            }
            talk.command("DATA", 354, "DATA");
            talk.raw(dotStuffed(format(message)) + "\r\n.\r\n");
            talk.expect(250, "message");
            talk.command("QUIT", 221, "QUIT");
        } catch (IOException e) {
            throw new MailFailure("cannot talk to the SMTP server " + server.host() + ":" + server.port() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Socket connect(Server server) throws IOException {
        if (server.security() == MailSecurity.TLS) {
            SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket();
            socket.connect(new InetSocketAddress(server.host(), server.port()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            verifyHost(socket);
            socket.startHandshake();
            return socket;
        }
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(server.host(), server.port()), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    private static Socket tls(Socket plain, String host, int port) throws IOException {
        SSLSocket socket = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
        verifyHost(socket);
        socket.startHandshake();
        return socket;
    }

    private static void verifyHost(SSLSocket socket) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
    }

    private static String address(String address) {
        if (!address.matches("[^<>\\s\\r\\n]+@[^<>\\s\\r\\n]+")) {
            throw new MailFailure("not an e-mail address: '" + address + "'");
        }
        return address;
    }

    static String format(MailMessage message) {
        String subject = message.subject().chars().allMatch(c -> c < 128) ? message.subject()
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(message.subject().getBytes(StandardCharsets.UTF_8)) + "?=";
        String body = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(message.body().replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        String domain = message.from().substring(message.from().indexOf('@') + 1);
        return "From: " + message.from() + "\r\n"
                + "To: " + String.join(", ", message.to()) + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME) + "\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@" + domain + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n" + body;
    }

    /** RFC 5321 §4.5.2: a line starting with a dot gets a second one. */
    static String dotStuffed(String data) {
        return (data.startsWith(".") ? "." : "") + data.replace("\r\n.", "\r\n..");
    }

    /** One direction of commands and replies over a socket. */
    private static final class Conversation {
        private final BufferedReader in;
        private final OutputStream out;

        Conversation(Socket socket) throws IOException {
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            this.out = socket.getOutputStream();
        }

        void command(String line, int expected, String step) throws IOException {
            raw(line + "\r\n");
            expect(expected, step);
        }

        void raw(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** Reads a (possibly multi-line) reply and fails unless its code is the expected one. */
        void expect(int expected, String step) throws IOException {
            StringBuilder reply = new StringBuilder();
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new MailFailure("the SMTP server closed the connection during " + step);
                }
                reply.append(line).append(' ');
            } while (line.length() > 3 && line.charAt(3) == '-');
            if (line.length() < 3 || !line.startsWith(String.valueOf(expected))) {
                throw new MailFailure("the SMTP server refused " + step + ": " + reply.toString().strip());
            }
        }
    }
}
