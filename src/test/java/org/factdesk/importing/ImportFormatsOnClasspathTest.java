package org.factdesk.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line finds the document formats without Spring, by their file endings. */
class ImportFormatsOnClasspathTest {

    @Test
    void markdown_docx_odt_and_pdf_are_found_without_a_context() {
        ArticleFormats formats = ArticleFormats.onClasspath();

        assertThat(formats.fileExtensions()).contains("txt", "md", "markdown", "docx", "odt", "pdf");
        for (String name : new String[]{"a.md", "a.docx", "a.odt", "a.pdf"}) {
            assertThat(formats.find(new ReadHints(name, null))).as(name).isPresent();
        }
        assertThat(formats.find(new ReadHints("upload", "text/markdown; charset=UTF-8")).orElseThrow().id())
                .isEqualTo("markdown");
    }
}
