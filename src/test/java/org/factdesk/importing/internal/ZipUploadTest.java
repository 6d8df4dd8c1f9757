package org.factdesk.importing.internal;

import org.factdesk.importing.ImportLimits;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ZipUploadTest {

    @Test
    void entry_names_with_umlauts_are_read_from_utf_8_and_from_windows_zips() throws IOException {
        List<String> paths = new ArrayList<>();
        for (Charset names : List.of(StandardCharsets.UTF_8, Charset.forName("IBM437"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
                zip.putNextEntry(new ZipEntry("Berichte/Übersicht für Köln.txt"));
                zip.write("Text.".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            ZipUpload upload = new ZipUpload("archiv.zip", out.toByteArray(), ImportLimits.DEFAULTS);
            upload.check();
            upload.files((path, content) -> paths.add(path));
        }

        assertThat(paths).containsExactly("archiv.zip/Berichte/Übersicht für Köln.txt",
                "archiv.zip/Berichte/Übersicht für Köln.txt");
    }
}
