package org.factdesk.operations.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.factdesk.common.cli.LocalCommand;
import org.factdesk.operations.CommandChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Carries out a command-line tool's command in the running app (the other end of
 * {@link CommandChannel}). Only callers on this machine that present the key from the data
 * directory get here; anyone else gets 404, as if there were nothing.
 */
@RestController
@ConditionalOnWebApplication
class CommandEndpoint {

    private static final Logger log = LoggerFactory.getLogger(CommandEndpoint.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CommandChannelKey key;
    private final Map<String, LocalCommand> commands;
    /** Exports and backups are heavy; two at a time leave the editors' requests room. */
    private final Semaphore running = new Semaphore(2);

    CommandEndpoint(CommandChannelKey key, List<LocalCommand> commands) {
        this.key = key;
        this.commands = commands.stream().collect(Collectors.toMap(LocalCommand::name, Function.identity()));
    }

    record CommandRequest(String command, List<String> args, String workingDirectory, byte[] attachment) {
    }

    record CommandResult(int exitCode, String stdout, String stderr) {
    }

    /**
     * The body is read here, after the key and the caller's address are checked and only up to
     * {@link CommandChannel#MAX_REQUEST_BYTES}: nobody without the key makes the app parse anything,
     * and a file sent along cannot grow the request without bound.
     */
    @PostMapping(CommandChannel.PATH)
    ResponseEntity<CommandResult> run(@RequestHeader(name = CommandChannel.KEY_HEADER, required = false) String given,
                                      HttpServletRequest http) throws IOException {
        if (!key.matches(given) || !fromThisMachine(http)) {
            log.warn("Refused a command-channel request from {}", http.getRemoteAddr());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (http.getContentLengthLong() > CommandChannel.MAX_REQUEST_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        byte[] body = http.getInputStream().readNBytes(CommandChannel.MAX_REQUEST_BYTES + 1);
        if (body.length > CommandChannel.MAX_REQUEST_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        CommandRequest request;
        try {
            request = JSON.readValue(body, CommandRequest.class);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().build();
        }
        LocalCommand command = request.command() == null ? null : commands.get(request.command());
        if (command == null || request.args() == null || request.workingDirectory() == null
                || !Path.of(request.workingDirectory()).isAbsolute()) {
            return ResponseEntity.badRequest().build();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        running.acquireUninterruptibly();
        try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            log.info("Command line: {} {}{}", command.name(), String.join(" ", request.args()),
                    request.attachment() == null ? "" : " (+" + request.attachment().length + " bytes)");
            exitCode = command.run(request.args(), Path.of(request.workingDirectory()), request.attachment(), stdout,
                    stderr);
        } finally {
            running.release();
        }
        return ResponseEntity.ok(new CommandResult(exitCode, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)));
    }

    /** The command line runs beside the app: the request comes from one of this machine's addresses. */
    private static boolean fromThisMachine(HttpServletRequest http) {
        try {
            InetAddress remote = InetAddress.getByName(http.getRemoteAddr());
            return remote.isLoopbackAddress() || remote.equals(InetAddress.getByName(http.getLocalAddr()));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
