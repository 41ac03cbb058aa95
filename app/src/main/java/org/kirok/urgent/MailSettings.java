package org.kirok.urgent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kirok.store.InvalidInputException;

/**
 * Where reminder mails go and how they leave: the SMTP server, the sender and recipients, and the address of this
 * Kirok for the links. The password is never part of this value: it is stored sealed and only the mailer opens it.
 */
public record MailSettings(boolean enabled, String host, int port, MailSecurity security, Optional<String> username,
                           boolean passwordSet, String sender, List<String> recipients, String baseUrl, int version) {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+");

    public MailSettings {
        host = host == null ? "" : host.strip();
        sender = sender == null ? "" : sender.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        username = username.map(String::strip).filter(s -> !s.isEmpty());
        recipients = List.copyOf(recipients);
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("port", "port must lie between 1 and 65535 (got " + port + ")");
        }
        if (!host.isEmpty() && !host.matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
            throw new InvalidInputException("host", "host must be a host name or address (got '" + host + "')");
        }
        if (!sender.isEmpty() && !ADDRESS.matcher(sender).matches()) {
            throw new InvalidInputException("sender", "sender must be an e-mail address (got '" + sender + "')");
        }
        for (String recipient : recipients) {
            if (!ADDRESS.matcher(recipient).matches()) {
                throw new InvalidInputException("recipients", "'" + recipient + "' is not an e-mail address");
            }
        }
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s]+")) {
            throw new InvalidInputException("base_url", "base_url must start with http:// or https:// (got '" + baseUrl + "')");
        }
        if (enabled && (host.isEmpty() || sender.isEmpty() || recipients.isEmpty())) {
            throw new InvalidInputException("enabled", "to enable reminders give the host, the sender and at least one recipient");
        }
    }

    /** Recipients typed as "a@x.org, b@y.org" or one per line. */
    public static List<String> parseRecipients(String text) {
        return Arrays.stream((text == null ? "" : text).split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }
}
