package org.factdesk.importing;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * What is known about a file besides its bytes: its name, the media type it came with (from a
 * browser upload or a web server, may carry a {@code charset}) and the character encoding a person
 * chose for it in the preview (wins over everything the bytes or the server say); any may be null.
 */
public record ReadHints(String fileName, String mediaType, String chosenEncoding) {

    public ReadHints(String fileName, String mediaType) {
        this(fileName, mediaType, null);
    }

    public ReadHints withChosenEncoding(String encoding) {
        return new ReadHints(fileName, mediaType, encoding);
    }

    /** The file name's ending, lower case without the dot ({@code txt}), or empty. */
    public String extension() {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The media type without parameters, lower case ({@code text/plain}), or empty. */
    public String baseMediaType() {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The media type's {@code charset} parameter, when it names one Java knows. */
    public Optional<Charset> charset() {
        if (mediaType == null) {
            return Optional.empty();
        }
        for (String parameter : mediaType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                try {
                    return Optional.of(Charset.forName(pair[1].strip().replace("\"", "")));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
