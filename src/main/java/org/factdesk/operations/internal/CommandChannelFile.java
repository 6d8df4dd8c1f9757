package org.factdesk.operations.internal;

import org.factdesk.operations.CommandChannel;
import org.factdesk.operations.EmbeddedDatabase;
import org.factdesk.operations.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells command-line tools on this machine where the running app listens: writes the channel file
 * once the web server has its port, removes it when the app stops. A file left by a killed app is
 * recognised by its dead process id.
 */
@Component
@ConditionalOnWebApplication
class CommandChannelFile {

    private static final Logger log = LoggerFactory.getLogger(CommandChannelFile.class);

    private final Path file;
    private final CommandChannelKey key;
    private final String address;
    /** Only an embedded file database is held by one process; any other the command line opens itself. */
    private final boolean needed;

    CommandChannelFile(@Value("${factdesk.data-dir}") Path dataDirectory, CommandChannelKey key,
                       @Value("${server.address:}") String address, DataSourceProperties dataSource) {
        this.file = dataDirectory.toAbsolutePath().resolve(CommandChannel.FILE);
        this.key = key;
        this.address = address;
        this.needed = EmbeddedDatabase.of(dataSource.getUrl()).isPresent();
    }

    @EventListener
    void onWebServerReady(WebServerInitializedEvent event) throws IOException {
        if (!needed || event.getApplicationContext().getServerNamespace() != null) {
            return; // not an embedded database, or a management server rather than the app's
        }
        String scheme = event.getApplicationContext().getEnvironment()
                .getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        String content = "# Written by the running FactDesk for its command-line tools; removed when it stops.\n"
                + "url=" + scheme + "://" + host() + ":" + event.getWebServer().getPort() + "\n"
                + "key=" + key.value() + "\n"
                + "pid=" + ProcessHandle.current().pid() + "\n";
        PrivateFiles.secureDirectory(file.getParent());
        PrivateFiles.writeString(file, content);
    }

    /** Loopback unless the server listens on one specific address only. */
    private String host() {
        if (address.isBlank()) {
            return "127.0.0.1";
        }
        try {
            InetAddress bound = InetAddress.getByName(address);
            if (bound.isAnyLocalAddress()) {
                return bound instanceof java.net.Inet6Address ? "[::1]" : "127.0.0.1";
            }
            return bound instanceof java.net.Inet6Address ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        } catch (IOException e) {
            return "127.0.0.1";
        }
    }

    @EventListener
    void onClose(ContextClosedEvent event) {
        try {
            // Only our own file: another app may have started on this directory since.
            if (Optional.of(file).filter(Files::exists).flatMap(f -> CommandChannel.Endpoint.read(f.getParent()))
                    .filter(endpoint -> key.matches(endpoint.key())).isPresent()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
