package org.factdesk.revision;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleSentences;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.article.StoredArticle;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.common.InvalidInputException;
import org.factdesk.common.UserMessage;
import org.factdesk.article.ArticleSql;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.NewVersionImport;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.VersionComparison;
import org.factdesk.importing.VersionTarget;
import org.factdesk.review.CarriedReview;
import org.factdesk.review.ReviewCarrier;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.VerdictRejectedException;
import org.factdesk.revision.internal.SourceAddresses;
import org.factdesk.revision.internal.VersionRepository;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * New versions of articles (ADR 0029). A lead imports the new text of an article; it is stored as an
 * article of its own, chained to the one it replaces, its sentences matched to the old ones
 * ({@link SentenceMatcher}) and the review carried: an unchanged sentence keeps verdict, note, evidence
 * and history; a sentence changed in wording carries them too, to be confirmed ({@link #confirmCarried});
 * one changed in substance and a new one start unreviewed; a removed one keeps its verdict in the old
 * version. The review goes on in the new version for the same assignee (back in review when it was
 * submitted or approved), and the old version stays readable, frozen, as it was.
 */
@Service
public class RevisionService implements NewVersionImport {

    private final ArticleService articles;
    private final ArticleSentences sentences;
    private final AssignmentService assignments;
    private final ReviewCarrier reviews;
    private final VersionRepository versions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    RevisionService(ArticleService articles, ArticleSentences sentences, AssignmentService assignments,
                    ReviewCarrier reviews, VersionRepository versions, CurrentUser currentUser,
                    ApplicationEventPublisher events) {
        this.articles = articles;
        this.sentences = sentences;
        this.assignments = assignments;
        this.reviews = reviews;
        this.versions = versions;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Imports {@code preview} (what the import read from a file, a web page or pasted text) as the new
     * version of {@code articleId}, in one transaction: its title and details are the preview's where it
     * has them, else the old version's.
     *
     * @throws InvalidInputException (with the reason) for an unknown article, an article that already has
     *                               a newer version, or a text that is already stored
     * @throws AccessDeniedException  for anyone but a lead or an admin
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public RevisionResult importNewVersion(ArticleId articleId, ImportPreview preview) {
        Objects.requireNonNull(preview, "preview");
        return importNewVersion(articleId, preview.sourceName(), new ReadArticle(preview.text(), preview.metadata(),
                preview.encoding(), preview.layouts()));
    }

    /** As {@link #importNewVersion(ArticleId, ImportPreview)}, from the text and metadata a format read. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public RevisionResult importNewVersion(ArticleId articleId, String sourceName, ReadArticle read) {
        FactDeskUser actor = requireLead();
        Objects.requireNonNull(articleId, "articleId");
        if (read == null || read.text() == null || read.text().isBlank()) {
            throw new InvalidInputException("article.noText");
        }
        ArticleVersion previous = versions.lock(articleId)
                .orElseThrow(() -> new InvalidInputException("revision.error.notFound", articleId));
        if (!previous.isNewest()) {
            throw new InvalidInputException("assignment.error.superseded", titled(articleId));
        }
        ArticleText before = articles.findText(articleId)
                .orElseThrow(() -> new InvalidInputException("revision.error.notFound", articleId));
        boolean revert = checkNewText(articleId, read.text());
        ArticleMetadata metadata = before.metadata().overriddenBy(read.metadata());
        String source = sourceName == null || sourceName.isBlank() ? before.sourceName() : sourceName.strip();
        // With the page's layout, as an ordinary import: the promotional suggestions read it (ADR 24).
        NewArticle article = new NewArticle(source, metadata, read.text(), read.layouts());
        StoredArticle stored = revert ? articles.storeRepeat(article, articleId) : articles.store(article);
        if (!stored.created()) { // stored meanwhile by someone else
            throw new InvalidInputException("revision.error.otherArticle", titled(stored.id()), titled(articleId));
        }
        ArticleId next = stored.id();
        versions.attach(next, previous, actor.userId());
        ArticleText after = articles.findText(next).orElseThrow();

        List<ArticleText.Sentence> oldSentences = sentencesOf(before);
        List<ArticleText.Sentence> newSentences = sentencesOf(after);
        SentenceMatching matching = SentenceMatcher.match(
                oldSentences.stream().map(ArticleText.Sentence::text).toList(),
                newSentences.stream().map(ArticleText.Sentence::text).toList());
        Map<Long, SentenceVerdict> oldVerdicts = reviews.previousVerdicts(articleId);

        List<VersionRepository.CarryRow> carryRows = new ArrayList<>();
        List<CarriedReview> carried = new ArrayList<>();
        for (SentenceMatching.NewOrigin origin : matching.newSentences()) {
            if (origin.kind() == CarryKind.NEW) {
                continue;
            }
            long sentenceId = newSentences.get(origin.index()).id();
            List<Long> from = origin.oldIndexes().stream().map(i -> oldSentences.get(i).id()).toList();
            CarryKind kind = origin.kind();
            List<String> differences = new ArrayList<>(origin.differences());
            if (kind != CarryKind.SUBSTANCE && from.size() > 1 && !sameVerdict(from, oldVerdicts)) {
                // Two sentences with different verdicts joined: no one verdict to carry.
                kind = CarryKind.SUBSTANCE;
                differences.add("joined: verdicts differ");
            }
            for (long fromId : from) {
                carryRows.add(new VersionRepository.CarryRow(sentenceId, fromId, kind, origin.moved(),
                        differences.isEmpty() ? null : truncate(String.join("\n", differences))));
            }
            if (kind != CarryKind.SUBSTANCE) {
                carried.add(new CarriedReview(from.getFirst(), sentenceId, kind == CarryKind.CHANGED));
            }
        }
        versions.insertCarries(next, carryRows);
        int verdictsCarried = reviews.carry(articleId, next, carried).size();

        Map<CarryKind, Integer> counts = new EnumMap<>(CarryKind.class);
        matching.oldSentences().forEach(fate -> counts.merge(fate.kind(), 1, Integer::sum));
        int added = (int) matching.newSentences().stream().filter(o -> o.kind() == CarryKind.NEW).count();
        RevisionResult draft = new RevisionResult(articleId, next, previous.number() + 1, counts, added,
                verdictsCarried, ArticleState.NEW);
        ArticleState state = assignments.continueInNewVersion(articleId, next, draft.summary());
        events.publishEvent(new NewVersionImported(articleId, next, draft.number()));
        return new RevisionResult(articleId, next, draft.number(), counts, added, verdictsCarried, state);
    }

    /**
     * Confirms the verdicts carried into these sentences after their wording changed: who may change the
     * article's verdicts may confirm them (its assignee, a lead), and the assignee's first step starts the
     * review as a verdict would. All or nothing: a sentence with no carried verdict to confirm refuses all.
     * Each confirmed verdict goes one version up with a history row saying who confirmed it when.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public int confirmCarried(ArticleId articleId, Collection<Long> sentenceIds) {
        FactDeskUser actor = currentUser.acting("confirm carried verdicts", "them");
        assignments.checkMayChangeVerdicts(articleId);
        sentences.lockForUpdate(articleId);
        assignments.beforeVerdictChange(articleId);
        Set<Long> ids = new LinkedHashSet<>(sentenceIds);
        Map<Long, Integer> ordinals = sentences.ordinals(articleId, ids);
        if (ordinals.size() != ids.size()) {
            throw new IllegalArgumentException("Sentence ids " + ids + " are not all part of article " + articleId + ".");
        }
        Map<Long, CarriedSentence> carried = versions.carried(ids);
        List<Integer> refused = ids.stream().filter(id -> carried.get(id) == null || !carried.get(id).toConfirm())
                .map(ordinals::get).sorted().toList();
        if (!refused.isEmpty()) {
            throw new VerdictRejectedException(UserMessage.of("revision.error.noCarryToConfirm",
                    refused.stream().map(String::valueOf).collect(Collectors.joining(", "))), refused);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int confirmed = versions.confirm(ids, actor.userId(), Instant.now());
        reviews.confirmCarried(articleId, ids); // the history records who confirmed which verdict when
        return confirmed;
    }

    /** All versions of the article's document, oldest first (one, when it never got a new version). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ArticleVersion> versions(ArticleId articleId) {
        return versions.versionsOf(articleId);
    }

    /** This version's place among the versions, or empty for an unknown article. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<ArticleVersion> version(ArticleId articleId) {
        return versions.find(articleId);
    }

    /** What the article's sentences carried from the version before, by sentence id (none: new or version 1). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, CarriedSentence> carried(ArticleId articleId) {
        return versions.carried(articleId);
    }

    // --- the import view and command (NewVersionImport) ---------------------------------------------

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<VersionTarget> targets(String search, int offset, int limit) {
        // Reads only: the role check suffices (the command line looks up as the system).
        return versions.newest(ArticleSql.titleMatching("a", search, "t"), Math.max(0, offset),
                        Math.clamp(limit, 0, 500)).stream()
                .map(v -> new VersionTarget(v.articleId(), v.title(), v.number(), null)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public java.util.Optional<VersionTarget> candidateFor(ImportPreview preview) {
        // Reads only: the role check suffices (the command line looks up as the system).
        Objects.requireNonNull(preview, "preview");
        java.util.Optional<VersionTarget> candidate = sameSource(preview.metadata().sourceUrl())
                .or(() -> versions.newest(ArticleSql.sameTitle("a", preview.metadata().title(), "title"), 0, 1)
                        .stream().findFirst()
                        .map(v -> new VersionTarget(v.articleId(), v.title(), v.number(), VersionTarget.MatchedBy.TITLE)));
        // The same text as that version: an ordinary import answers "already there", nothing to decide.
        return candidate.filter(target -> preview.alreadyThere().map(there -> !there.id().equals(target.articleId()))
                .orElse(true));
    }

    /** The newest version whose source address is this one, normalised (the newest article of several). */
    private java.util.Optional<VersionTarget> sameSource(String address) {
        java.util.Optional<String> normalised = SourceAddresses.normalised(address);
        if (normalised.isEmpty()) {
            return java.util.Optional.empty();
        }
        // A prefix in SQL narrows it down, the normal forms decide.
        return versions.newest(ArticleSql.sourceUrlStartingWith("a", SourceAddresses.prefix(address).orElseThrow(),
                        "source"), 0, 50).stream()
                .filter(v -> SourceAddresses.normalised(v.sourceUrl()).equals(normalised))
                .findFirst()
                .map(v -> new VersionTarget(v.articleId(), v.title(), v.number(), VersionTarget.MatchedBy.SOURCE_URL));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public VersionComparison compare(ArticleId articleId, ImportPreview preview) {
        // Reads only: the role check suffices (the command line looks up as the system).
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(preview, "preview");
        ArticleVersion previous = versions.find(articleId)
                .orElseThrow(() -> new InvalidInputException("revision.error.notFound", articleId));
        if (!previous.isNewest()) {
            throw new InvalidInputException("assignment.error.superseded", titled(articleId));
        }
        ArticleText before = articles.findText(articleId)
                .orElseThrow(() -> new InvalidInputException("revision.error.notFound", articleId));
        checkNewText(articleId, preview.text());
        SentenceMatching matching = SentenceMatcher.match(
                sentencesOf(before).stream().map(ArticleText.Sentence::text).toList(),
                preview.blocks().stream().flatMap(block -> block.sentences().stream()).map(s -> s.text()).toList());
        Map<CarryKind, Integer> counts = new EnumMap<>(CarryKind.class);
        matching.oldSentences().forEach(fate -> counts.merge(fate.kind(), 1, Integer::sum));
        int added = (int) matching.newSentences().stream().filter(o -> o.kind() == CarryKind.NEW).count();
        return new VersionComparison(articleId, before.title(), previous.number() + 1,
                counts.getOrDefault(CarryKind.UNCHANGED, 0), counts.getOrDefault(CarryKind.CHANGED, 0),
                counts.getOrDefault(CarryKind.SUBSTANCE, 0), added, counts.getOrDefault(CarryKind.REMOVED, 0), null);
    }

    @Override
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public VersionComparison importAsNewVersion(ArticleId articleId, ImportPreview preview) {
        String title = articles.findText(articleId).map(ArticleText::title).orElse("");
        RevisionResult result = importNewVersion(articleId, preview);
        return new VersionComparison(result.previous(), title, result.number(), result.count(CarryKind.UNCHANGED),
                result.count(CarryKind.CHANGED), result.count(CarryKind.SUBSTANCE), result.added(),
                result.count(CarryKind.REMOVED), result.article());
    }

    /** How messages name an article: by its title (people know articles by title, not by number). */
    private org.factdesk.common.UserMessage titled(ArticleId id) {
        return org.factdesk.common.UserMessage.of("article.titled",
                articles.findText(id).map(ArticleText::title).orElse(String.valueOf(id.value())));
    }

    /**
     * Refuses a text that is the article's own already, or another article's; answers whether it is an earlier
     * version's text (a revert: stored again, on purpose, as the new version).
     */
    private boolean checkNewText(ArticleId articleId, String text) {
        List<ArticleId> same = articles.findAllByContent(text);
        if (same.isEmpty()) {
            return false;
        }
        if (same.contains(articleId)) {
            throw new InvalidInputException("revision.error.sameText", titled(articleId));
        }
        Set<ArticleId> chain = versions.versionsOf(articleId).stream().map(ArticleVersion::articleId)
                .collect(Collectors.toSet());
        ArticleId other = same.stream().filter(id -> !chain.contains(id)).findFirst().orElse(null);
        if (other != null) {
            throw new InvalidInputException("revision.error.otherArticle", titled(other), titled(articleId));
        }
        return true;
    }

    private static boolean sameVerdict(List<Long> sentenceIds, Map<Long, SentenceVerdict> verdicts) {
        return sentenceIds.stream().map(id -> verdicts.get(id) == null ? null : verdicts.get(id).verdict())
                .distinct().count() == 1;
    }

    private static List<ArticleText.Sentence> sentencesOf(ArticleText text) {
        return text.blocks().stream().flatMap(block -> block.sentences().stream()).toList();
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    private FactDeskUser requireLead() {
        FactDeskUser actor = currentUser.acting("import new versions", "it");
        if (actor.role() != AppRoles.LEAD && actor.role() != AppRoles.ADMIN) {
            throw new AccessDeniedException("Only a team lead or an admin imports a new version of an article.");
        }
        return actor;
    }
}
