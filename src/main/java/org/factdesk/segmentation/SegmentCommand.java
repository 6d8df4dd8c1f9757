package org.factdesk.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code segment [FILE...]}: prints the sentences of each UTF-8 file one per line, with a blank line
 * between files, or of standard input when no file is given. Standard output carries nothing but
 * sentences, so it can be piped into scoring scripts.
 */
public final class SegmentCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_CANNOT_READ = 2;

    private SegmentCommand() {
    }

    public static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
        // Every input is read before anything is printed, so a bad file leaves standard output empty.
        List<String> texts = new ArrayList<>();
        if (args.isEmpty()) {
            try {
                texts.add(decode(stdin.readAllBytes()));
            } catch (IOException e) {
                err.println("segment: cannot read standard input: " + reason(e));
                return EXIT_CANNOT_READ;
            }
        }
        for (String file : args) {
            try {
                texts.add(decode(Files.readAllBytes(Path.of(file))));
            } catch (IOException | RuntimeException e) {
                err.println("segment: cannot read '" + file + "': " + reason(e));
                return EXIT_CANNOT_READ;
            }
        }

        GermanSentenceSplitter splitter = GermanSentenceSplitter.shared();
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                output.append('\n');
            }
            for (SentenceSpan sentence : splitter.split(texts.get(i))) {
                output.append(sentence.text()).append('\n');
            }
        }
        out.print(output);
        out.flush();
        return EXIT_OK;
    }

    /** Strict UTF-8, so a file in another encoding is reported instead of segmented as garbage. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String reason(Exception e) {
        return switch (e) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "permission denied";
            case CharacterCodingException ignored -> "not valid UTF-8";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
