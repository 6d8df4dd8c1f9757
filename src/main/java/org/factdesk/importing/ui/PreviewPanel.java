package org.factdesk.importing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.StoredArticle;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.VersionComparison;
import org.factdesk.segmentation.SentenceSpan;
import org.factdesk.segmentation.TextBlock;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import would store, shown before anything is stored: the title, counts, the encoding, a
 * warning for undecodable bytes, the article already there, and the blocks with each sentence numbered
 * as the reader will number it. Text is set as text (never as HTML): pasted and fetched input is shown,
 * not run.
 */
class PreviewPanel extends Div {

    /** Enough to check a split and an encoding; a 5,000-sentence article would cost the browser for nothing. */
    static final int MAX_SHOWN_SENTENCES = 300;

    /** The choice shown for a candidate new version, or null. */
    private CandidateChoice candidate;

    PreviewPanel() {
        addClassName("fd-preview");
        setVisible(false);
    }

    void clear() {
        removeAll();
        candidate = null;
        setVisible(false);
    }

    /** Below the title: what the import does to the article it is the new version of (ADR 0029). */
    void showVersion(VersionComparison comparison) {
        Paragraph line = new Paragraph(versionCounts(this, comparison));
        line.addClassName("fd-preview-version");
        line.getElement().setAttribute("role", "status");
        addComponentAtIndex(Math.min(2, getComponentCount()), line);
    }

    /** Below the title: that the import looks like a new version of a stored article, and the choice. */
    void showCandidate(CandidateChoice choice) {
        candidate = choice;
        addComponentAtIndex(Math.min(2, getComponentCount()), choice);
    }

    CandidateChoice candidate() {
        return candidate;
    }

    static String versionCounts(com.vaadin.flow.component.Component in, VersionComparison c) {
        return in.getTranslation("import.newVersion.counts", c.title(), c.unchanged(), c.changed(), c.substance(),
                c.added(), c.removed());
    }

    void show(ImportPreview preview) {
        removeAll();
        candidate = null;
        setVisible(true);
        H3 title = new H3(preview.metadata().title());
        title.addClassName("fd-preview-title");
        Span titleLabel = new Span(getTranslation("import.preview.titleLabel"));
        titleLabel.addClassName("fd-preview-title-label");
        add(titleLabel, title);

        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("import.preview.counts", preview.blocks().size(), preview.sentenceCount()));
        facts.add(getTranslation("import.preview.format", preview.formatId()));
        if (preview.encoding() != null) {
            facts.add(getTranslation("import.preview.encoding", preview.encoding()));
        }
        Paragraph counts = new Paragraph(String.join(" · ", facts));
        counts.addClassName("fd-preview-counts");
        add(counts);

        String details = details(preview.metadata());
        if (!details.isEmpty()) {
            Paragraph meta = new Paragraph(details);
            meta.addClassName("fd-preview-meta");
            add(meta);
        }
        if (preview.replacementCharacters() > 0) {
            Paragraph warning = new Paragraph(getTranslation("import.preview.replacements",
                    preview.replacementCharacters(), preview.encoding() == null ? "?" : preview.encoding()));
            warning.addClassName("fd-preview-replacements");
            warning.getElement().setAttribute("role", "alert");
            add(warning);
        }
        preview.alreadyThere().ifPresent(existing -> add(alreadyThere(existing)));
        add(blocks(preview));
    }

    private Paragraph alreadyThere(StoredArticle existing) {
        Paragraph already = new Paragraph(getTranslation("import.preview.alreadyThere") + " ");
        already.addClassName("fd-preview-already");
        already.add(ArticleLinks.to(existing.id(), existing.title()));
        return already;
    }

    private Div blocks(ImportPreview preview) {
        Div blocks = new Div();
        blocks.addClassName("fd-preview-blocks");
        int ordinal = 0;
        for (TextBlock block : preview.blocks()) {
            if (ordinal >= MAX_SHOWN_SENTENCES) {
                Paragraph more = new Paragraph(getTranslation("import.preview.more",
                        preview.sentenceCount() - ordinal));
                more.addClassName("fd-preview-more");
                blocks.add(more);
                break;
            }
            Div shown = new Div();
            shown.addClassName("fd-preview-block");
            String kind = block.kind().name().toLowerCase(Locale.ROOT);
            shown.getElement().setAttribute("data-kind", kind);
            Span label = new Span(getTranslation("import.kind." + kind));
            label.addClassName("fd-preview-kind");
            OrderedList sentences = new OrderedList();
            sentences.addClassName("fd-preview-sentences");
            sentences.getElement().setAttribute("start", String.valueOf(ordinal + 1));
            for (SentenceSpan sentence : block.sentences()) {
                if (ordinal >= MAX_SHOWN_SENTENCES) {
                    break;
                }
                ordinal++;
                ListItem item = new ListItem(sentence.text());
                item.addClassName("fd-preview-sentence");
                item.getElement().setAttribute("data-ordinal", String.valueOf(ordinal));
                sentences.add(item);
            }
            shown.add(label, sentences);
            blocks.add(shown);
        }
        return blocks;
    }

    /** Source URL, outlet, author and date as one line, or "" when the article names none of them. */
    private String details(ArticleMetadata metadata) {
        List<String> parts = new ArrayList<>();
        if (metadata.outlet() != null) {
            parts.add(getTranslation("import.preview.outlet", metadata.outlet()));
        }
        if (metadata.author() != null) {
            parts.add(getTranslation("import.preview.author", metadata.author()));
        }
        if (metadata.publishedOn() != null) {
            parts.add(getTranslation("import.preview.published", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(getLocale()).format(metadata.publishedOn())));
        }
        if (metadata.sourceUrl() != null) {
            parts.add(getTranslation("import.preview.sourceUrl", metadata.sourceUrl()));
        }
        return String.join(" · ", parts);
    }
}
