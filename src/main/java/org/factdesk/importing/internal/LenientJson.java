package org.factdesk.importing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of a page's JSON-LD block into maps, lists, strings, numbers (as text) and booleans,
 * forgiving what pages get wrong (raw line breaks in strings, trailing commas, comments). Its own small
 * reader, not Jackson's object mapper: the {@code extract} command starts once per page, and loading
 * the mapper cost it half a second.
 */
final class LenientJson {

    /** Deeper than this, a page's JSON is not metadata. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int position;

    private LenientJson(String text) {
        this.text = text;
    }

    /** The value, or throws {@link IllegalArgumentException} for text that is not JSON. */
    static Object parse(String text) {
        LenientJson reader = new LenientJson(text);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.position < text.length() && text.charAt(reader.position) != ';') {
            throw new IllegalArgumentException("text after the JSON value at " + reader.position);
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nested too deep");
        }
        skipSpace();
        if (position >= text.length()) {
            throw new IllegalArgumentException("JSON ends early");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"', '\'' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        position++;
        while (true) {
            skipSpace();
            if (peek() == '}') {
                position++;
                return object;
            }
            String key = peek() == '"' || peek() == '\'' ? string() : String.valueOf(literal());
            skipSpace();
            expect(':');
            object.put(key, value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                position++;
            } else if (peek() != '}') {
                throw new IllegalArgumentException("expected , or } at " + position);
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        position++;
        while (true) {
            skipSpace();
            if (peek() == ']') {
                position++;
                return array;
            }
            array.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                position++;
            } else if (peek() != ']') {
                throw new IllegalArgumentException("expected , or ] at " + position);
            }
        }
    }

    private String string() {
        char quote = text.charAt(position++);
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == quote) {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw new IllegalArgumentException("broken \\u escape");
                    }
                    try {
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("broken \\u escape", e);
                    }
                    position += 4;
                }
                default -> value.append(escaped); // \" \\ \/ and what lenient writers escape needlessly
            }
        }
        throw new IllegalArgumentException("unterminated string");
    }

    /** A number, true, false or null: as text (numbers) or the value; metadata needs no arithmetic. */
    private Object literal() {
        int start = position;
        while (position < text.length() && ",:]}".indexOf(text.charAt(position)) < 0
                && !Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        String word = text.substring(start, position);
        return switch (word) {
            case "" -> throw new IllegalArgumentException("expected a value at " + start);
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> word;
        };
    }

    private void skipSpace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                position++;
            } else if (c == '/' && position + 1 < text.length() && text.charAt(position + 1) == '/') {
                int end = text.indexOf('\n', position);
                position = end < 0 ? text.length() : end;
            } else if (c == '/' && position + 1 < text.length() && text.charAt(position + 1) == '*') {
                int end = text.indexOf("*/", position + 2);
                position = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw new IllegalArgumentException("JSON ends early");
        }
        return text.charAt(position);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + position);
        }
        position++;
    }
}
