package org.factdesk.importing.internal;

import org.factdesk.article.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says about its article, in the order of how reliable it is: JSON-LD ({@code NewsArticle},
 * {@code Article} and their kin, also inside {@code @graph}), OpenGraph and {@code article:*} properties,
 * plain {@code <meta>} names, {@code <time datetime>}, the canonical link, the {@code h1}. Read before
 * the extractor removes anything (scripts hold the JSON-LD).
 */
final class HtmlMetadata {

    /** The metadata, and the JSON-LD {@code articleBody} when the page gives one (evidence for the extractor). */
    record PageFacts(ArticleMetadata metadata, String articleBody, String headline) {
    }

    /** Separators between a headline and the outlet's name in a {@code <title>}: "Headline | Outlet". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•:/»\\-]{1,2}\\s+|\\s*[|»]\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern GERMAN_DATE = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");
    /** A headline longer than this is a paragraph someone put into a heading tag. */
    private static final int MAX_HEADLINE = 300;

    private HtmlMetadata() {
    }

    static PageFacts read(Document document) {
        JsonLd ld = JsonLd.of(document);
        String siteName = first(ld.publisher, meta(document, "og:site_name"), meta(document, "application-name"));
        String headline = headline(document, ld.headline, siteName);
        String author = first(ld.author, authorFromMeta(document));
        LocalDate published = date(ld.datePublished);
        if (published == null) {
            published = firstDate(meta(document, "article:published_time"), meta(document, "og:published_time"),
                    meta(document, "datePublished"), meta(document, "date"), meta(document, "pubdate"),
                    meta(document, "publishdate"), meta(document, "publish-date"), meta(document, "dc.date.issued"),
                    meta(document, "dc.date"), meta(document, "dcterms.date"), meta(document, "sailthru.date"),
                    meta(document, "parsely-pub-date"), itemprop(document, "datePublished"), timeElement(document));
        }
        String url = firstHttp(ld.url, canonical(document), meta(document, "og:url"));
        String outlet = siteName != null ? siteName : outletFromTitle(document, headline);
        ArticleMetadata metadata = new ArticleMetadata(limit(headline, ArticleMetadata.MAX_TITLE_LENGTH), url,
                limit(outlet, ArticleMetadata.MAX_NAME_LENGTH), limit(author, ArticleMetadata.MAX_NAME_LENGTH), published);
        return new PageFacts(metadata, ld.articleBody, headline);
    }

    // --- title ---------------------------------------------------------------------------------

    /**
     * The headline: an {@code h1} that agrees with what the metadata calls the title (a page's logo
     * is often an h1 too), else the metadata's title without its " | Outlet" suffix, else the first h1.
     */
    private static String headline(Document document, String ldHeadline, String siteName) {
        List<String> titles = new ArrayList<>();
        for (String candidate : new String[] {ldHeadline, meta(document, "og:title"), meta(document, "twitter:title"),
                document.title()}) {
            if (candidate != null && !candidate.isBlank()) {
                titles.add(withoutOutlet(candidate, siteName));
            }
        }
        String firstH1 = null;
        for (Element h1 : document.select("body h1")) {
            String text = h1.text().strip();
            if (text.isEmpty() || text.length() > MAX_HEADLINE) {
                continue;
            }
            if (firstH1 == null) {
                firstH1 = text;
            }
            String folded = fold(text);
            for (String title : titles) {
                String other = fold(title);
                if (folded.length() >= 8 && (other.contains(folded) || folded.contains(other))) {
                    return text;
                }
            }
        }
        if (!titles.isEmpty()) {
            return titles.getFirst();
        }
        return firstH1;
    }

    /**
     * A title without the outlet's name around it: "Headline | Outlet", "Outlet - Headline". The part
     * dropped must be the site name, or the shorter side of a single separator while the rest stays a
     * headline of several words.
     */
    static String withoutOutlet(String title, String siteName) {
        String stripped = title.replaceAll("\\s+", " ").strip();
        String[] parts = TITLE_SEPARATOR.split(stripped);
        if (parts.length < 2) {
            return stripped;
        }
        if (siteName != null) {
            String site = fold(siteName);
            String last = fold(parts[parts.length - 1]);
            String firstPart = fold(parts[0]);
            if (!last.isEmpty() && (site.contains(last) || last.contains(site))) {
                return stripped.substring(0, lastSeparator(stripped, parts.length - 1)).strip();
            }
            if (!firstPart.isEmpty() && (site.contains(firstPart) || firstPart.contains(site))) {
                return stripped.substring(firstSeparatorEnd(stripped)).strip();
            }
        }
        // No site name to compare with: a short last part (one to four words) is the outlet or section.
        String last = parts[parts.length - 1].strip();
        String rest = stripped.substring(0, lastSeparator(stripped, parts.length - 1)).strip();
        if (words(last) <= 4 && words(rest) >= 3 && last.length() < rest.length()) {
            return withoutOutlet(rest, null);
        }
        return stripped;
    }

    private static int lastSeparator(String text, int partIndex) {
        Matcher matcher = TITLE_SEPARATOR.matcher(text);
        int start = text.length();
        int index = 0;
        while (matcher.find()) {
            index++;
            if (index == partIndex) {
                start = matcher.start();
            }
        }
        return start;
    }

    private static int firstSeparatorEnd(String text) {
        Matcher matcher = TITLE_SEPARATOR.matcher(text);
        return matcher.find() ? matcher.end() : 0;
    }

    private static String outletFromTitle(Document document, String headline) {
        String title = document.title().replaceAll("\\s+", " ").strip();
        if (headline == null || title.isEmpty()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return null;
        }
        String last = parts[parts.length - 1].strip();
        String firstPart = parts[0].strip();
        if (fold(title).startsWith(fold(headline)) && words(last) <= 4 && !fold(headline).contains(fold(last))) {
            return last;
        }
        if (fold(title).endsWith(fold(headline)) && words(firstPart) <= 4 && !fold(headline).contains(fold(firstPart))) {
            return firstPart;
        }
        return null;
    }

    // --- author, date, url ---------------------------------------------------------------------

    private static String authorFromMeta(Document document) {
        for (String name : new String[] {"author", "article:author", "dc.creator", "byl", "parsely-author",
                "sailthru.author", "twitter:creator"}) {
            String value = meta(document, name);
            if (value != null && !value.isBlank() && !value.contains("://") && !value.startsWith("@")) {
                return value.replaceFirst("(?i)^\\s*(by|von)\\s+", "").strip();
            }
        }
        Element itemprop = document.selectFirst("[itemprop=author] [itemprop=name], [rel=author]");
        return itemprop == null ? null : blankToNull(itemprop.text());
    }

    private static String timeElement(Document document) {
        Element time = document.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static String itemprop(Document document, String name) {
        Element element = document.selectFirst("[itemprop=" + name + "]");
        if (element == null) {
            return null;
        }
        for (String attribute : new String[] {"content", "datetime"}) {
            if (element.hasAttr(attribute)) {
                return element.attr(attribute);
            }
        }
        return element.text();
    }

    private static String canonical(Document document) {
        Element link = document.selectFirst("link[rel~=(?i)^canonical$][href]");
        return link == null ? null : link.attr("href");
    }

    /** The first value that is an absolute http(s) address: nothing else is a source URL. */
    private static String firstHttp(String... values) {
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                URI uri = new URI(value.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                        && value.strip().length() <= ArticleMetadata.MAX_URL_LENGTH) {
                    return uri.toString();
                }
            } catch (URISyntaxException notAnAddress) {
                // try the next source
            }
        }
        return null;
    }

    private static LocalDate firstDate(String... values) {
        for (String value : values) {
            LocalDate date = date(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** A day from ISO 8601 ({@code 2024-03-05T10:00+01:00}), German ({@code 5.3.2024}) or compact ({@code 20240305}). */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.find()) {
                return plausible(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher german = GERMAN_DATE.matcher(value);
            if (german.find()) {
                return plausible(LocalDate.of(Integer.parseInt(german.group(3)), Integer.parseInt(german.group(2)),
                        Integer.parseInt(german.group(1))));
            }
            Matcher compact = COMPACT_DATE.matcher(value.strip());
            if (compact.find()) {
                return plausible(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))));
            }
        } catch (DateTimeException | NumberFormatException notADay) {
            return null;
        }
        return null;
    }

    private static LocalDate plausible(LocalDate date) {
        return date.getYear() >= 1900 && date.getYear() <= 2200 ? date : null;
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A {@code <meta>} value by {@code property}, {@code name} or {@code itemprop}, case-insensitive. */
    static String meta(Document document, String name) {
        for (Element meta : document.getElementsByTag("meta")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
                    || name.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String limit(String value, int max) {
        if (value == null) {
            return null;
        }
        String folded = value.replaceAll("\\s+", " ").strip();
        return folded.length() <= max ? folded : ArticleTitles.shorten(folded);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String fold(String text) {
        return text.replaceAll("[\\s\\p{Punct}„“”‚‘’«»–—]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The first article-like JSON-LD object of the page. */
    private static final class JsonLd {
        String headline;
        String author;
        String datePublished;
        String publisher;
        String url;
        String articleBody;

        static JsonLd of(Document document) {
            JsonLd found = new JsonLd();
            for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
                try {
                    List<Map<?, ?>> objects = new ArrayList<>();
                    collect(LenientJson.parse(script.data().strip()), objects, 0);
                    for (Map<?, ?> object : objects) {
                        if (isArticle(object)) {
                            found.fill(object);
                            if (found.headline != null) {
                                return found;
                            }
                        }
                    }
                } catch (IllegalArgumentException unreadable) {
                    // pages ship broken JSON-LD; the other sources remain
                }
            }
            return found;
        }

        private static void collect(Object node, List<Map<?, ?>> into, int depth) {
            if (node == null || depth > 4) {
                return;
            }
            if (node instanceof List<?> list) {
                list.forEach(child -> collect(child, into, depth + 1));
            } else if (node instanceof Map<?, ?> object) {
                into.add(object);
                collect(object.get("@graph"), into, depth + 1);
                collect(object.get("mainEntity"), into, depth + 1);
            }
        }

        private static boolean isArticle(Map<?, ?> object) {
            for (String type : types(object)) {
                if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report")
                        || type.equals("LiveBlogPosting") || type.equals("SocialMediaPosting")) {
                    return true;
                }
            }
            return false;
        }

        private static Set<String> types(Map<?, ?> object) {
            Set<String> types = new LinkedHashSet<>();
            Object type = object.get("@type");
            if (type instanceof List<?> list) {
                list.forEach(t -> types.add(String.valueOf(t)));
            } else if (type != null) {
                types.add(String.valueOf(type));
            }
            return types;
        }

        private void fill(Map<?, ?> object) {
            headline = headline != null ? headline : text(object.get("headline"));
            if (headline == null) {
                headline = text(object.get("name"));
            }
            author = author != null ? author : names(object.get("author"));
            datePublished = datePublished != null ? datePublished : text(object.get("datePublished"));
            if (publisher == null) {
                publisher = names(object.get("publisher"));
            }
            if (url == null) {
                Object main = object.get("mainEntityOfPage");
                url = main instanceof Map<?, ?> mainObject ? text(mainObject.get("@id")) : text(main);
                if (url == null) {
                    url = text(object.get("url"));
                }
            }
            if (articleBody == null) {
                articleBody = text(object.get("articleBody"));
            }
        }

        private static String text(Object node) {
            if (node instanceof List<?> list) {
                return list.isEmpty() ? null : text(list.getFirst());
            }
            if (node instanceof String value) {
                return value.isBlank() ? null : value.strip();
            }
            return node instanceof Boolean || node == null || node instanceof Map ? null : String.valueOf(node);
        }

        /** A person or organisation's name, or several joined with commas. */
        private static String names(Object node) {
            List<String> names = new ArrayList<>();
            if (node instanceof List<?> list) {
                list.forEach(one -> {
                    String name = names(one);
                    if (name != null) {
                        names.add(name);
                    }
                });
            } else if (node instanceof Map<?, ?> object) {
                String name = text(object.get("name"));
                if (name != null) {
                    names.add(name);
                }
            } else {
                String name = text(node);
                if (name != null && !name.contains("://")) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names.stream().distinct().toList());
        }
    }
}
