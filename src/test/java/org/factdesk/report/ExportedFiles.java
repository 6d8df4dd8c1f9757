package org.factdesk.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: reads exports back the way a user's tools would (Commons CSV, PDFBox, java.util.zip). */
public final class ExportedFiles {

    private ExportedFiles() {
    }

    /** The rows of an exported CSV, after checking it starts with the byte order mark Excel needs. */
    public static List<CSVRecord> csvRows(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    /**
     * The rows of a CSV for German spreadsheets, read the way Excel set to German reads it: semicolons
     * separate the cells, after checking it starts with the byte order mark.
     */
    public static List<CSVRecord> semicolonCsvRows(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    /** The PDF's text as PDFBox extracts it, runs of white space (line breaks too) as one space. */
    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return oneLine(new PDFTextStripper().getText(document));
        }
    }

    public static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The ZIP's entries in order, by name. */
    public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
