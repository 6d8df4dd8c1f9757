package org.factdesk.assist.internal;

import org.factdesk.article.BlockLayout;
import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.assist.SuggestedVerdict;
import org.factdesk.assist.SuggestionDetector;
import org.factdesk.segmentation.BlockKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.factdesk.assist.internal.SubstringLists.in;

/**
 * Suggests "promotional" for advertising, teaser and sales-funnel text. Each sentence is read for cues
 * (labels, calls to action, offers, affiliate, newsletter and paywall wording, stock-tip questions), each
 * with a weight; a block (line) is promotional when its weights, scaled by its place, reach
 * {@link #BLOCK_THRESHOLD}. Short blocks right before a promotional block that address the reader join
 * it as its lead-in (the funnel). A single weak cue ("kostenlos", "Sie") never flags anything, so
 * editorial sentences that mention ads, prices or products stay unflagged. See ADR 18.
 * <p>
 * Pure and thread-safe: all patterns are compiled once.
 */
@Component
public class PromotionalDetector implements SuggestionDetector {

    static final double BLOCK_THRESHOLD = 3.0;
    /** One sentence adds at most this much, so one long sentence full of weak words is not a box. */
    private static final double SENTENCE_CAP = 4.0;
    /** Weight of a cue that only supports others (reader address, a bare "kostenlos"). */
    private static final double WEAK = 0.5;

    /** Reason codes; the reader shows them through {@code assist.reason.CODE}. */
    enum Cue {
        AD_LABEL("ad-label"),
        SPONSORED_LABEL("sponsored-label"),
        AFFILIATE_NOTICE("affiliate-notice"),
        SHOP_BOX("shop-box"),
        PAYWALL_UPSELL("paywall-upsell"),
        NEWSLETTER_PROMPT("newsletter-prompt"),
        CALL_TO_ACTION("call-to-action"),
        STOCK_TIP_QUESTION("stock-tip-question"),
        SUPPORT_APPEAL("support-appeal"),
        PRICE_OFFER("price-offer"),
        FREE_OFFER("free-offer"),
        /** A line that is only a price ("nur 9,90 €"), the tag of a product in a shop box (ADR 24, promo3). */
        PRICE_TAG("price-tag"),
        /** The publication offering its own product to the reader: "unsere Pläne, die du dir hier laden kannst", app signatures. */
        SELF_PROMOTION("self-promotion"),
        /** The reader asked to sign the publication's petition, and the petition box's counter ("0 haben mitgemacht"). */
        PETITION_APPEAL("petition-appeal"),
        /** Layout cues (HTML sources, ADR 24): what the page's markup says about the block. */
        AD_MARKUP("ad-markup", true),
        FORM_BOX("form-box", true),
        SHOP_LINKS("shop-links", true),
        LINK_DENSE_BOX("link-dense-box", true),
        READER_ADDRESS("reader-address");

        final String code;
        /**
         * A layout hint supports the words of its block but never makes a sentence pitch on its own: a line beside a
         * form is not a lead-in, the prose around a shop link is no box line.
         */
        final boolean hint;

        Cue(String code) {
            this(code, false);
        }

        Cue(String code, boolean hint) {
            this.code = code;
            this.hint = hint;
        }
    }

    static final String FUNNEL_LEAD_IN = "funnel-lead-in";

    /** For lower-cased text (see {@link #cues}): Unicode letters and word boundaries, no case folding. */
    static Pattern lc(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    // --- labels -------------------------------------------------------------------------------------
    private static final String LABEL_WORDS = "anzeige|werbung|reklame|advertisement|advertorial|sponsored(?: content| post)?"
            + "|gesponsert|promotion|promoted|paid (?:post|content)|werbelink|werbeanzeige|partnerinhalt|partner-inhalt"
            + "|bezahlte partnerschaft|produktplatzierung|unbezahlte werbung|ad";
    /** The whole sentence is the label ("Anzeige", "-- Anzeige --", "*Werbung."). */
    private static final Pattern LABEL_ONLY = lc("^[\\s\\p{P}\\p{S}]*(?:" + LABEL_WORDS + ")[\\s\\p{P}\\p{S}]*$");
    /** The label opens the sentence ("[Werbung] …", "Anzeige: …", "Anzeige, enthält …"). */
    private static final Pattern LABEL_PREFIX = lc("^[\\s*]*(?:\\[(?:" + LABEL_WORDS + ")\\]|\\((?:" + LABEL_WORDS + ")\\)"
            + "|(?:anzeige|werbung|sponsored|advertisement|gesponsert)\\s*[:,|–—-])");
    /**
     * A label the author put into a sentence or a headline, in brackets: "… das Shampoo (Werbung) …", "Must Haves
     * 2018 [Werbung]" (promo8). Only the bare label word in its brackets: "(Anzeige oder Werbung)" is about labels.
     */
    private static final Pattern INLINE_LABEL = lc("[\\[(]\\s*\\*?(?:werbung|anzeige|werbelink|sponsored|gesponsert"
            + "|advertorial|unbezahlte werbung)\\s*\\*?\\s*[\\])]");
    /**
     * The reviewer's disclosure that the product was given to them: "Shampoo und Spülung erhielt ich als Testmuster",
     * "Das Produkt wurde mir kostenlos zur Verfügung gestellt" (promo8) — a sponsored post's notice. Not "Das Foto wurde
     * uns zur Verfügung gestellt" (no product, nothing free) nor "Die Muster erhielt das Labor" (no reviewer speaking).
     */
    private static final Pattern SAMPLE_DISCLOSURE = lc("\\b(?:erhielt|erhielten|bekam|bekamen|bekommen|erhalten) (?:ich|wir)"
            + " (?:\\S+\\s+){0,3}?als (?:kostenlose[ns]? )?(?:testmuster|testprodukt|pr-sample|pr-muster|rezensionsexemplar|muster)\\b"
            + "|\\b(?:produkte?|artikel|muster|testmuster|exemplar)\\b.{0,40}?\\b(?:wurden?|wurde) (?:mir|uns) (?:\\S+\\s+){0,3}?"
            + "(?:kostenlos|kostenfrei|gratis|unentgeltlich) (?:\\S+\\s+){0,2}?(?:zur verfügung gestellt|zugeschickt|überlassen)");
    /** The words without which {@link #SAMPLE_DISCLOSURE} cannot match (its guard, found in the one pass of the word lists). */
    private static final String[] SAMPLE_WORDS = {"muster", "sample", "exemplar", "zur verfügung gestellt", "zugeschickt",
            "überlassen"};
    /** The sentence is a label or opens with one ("Anzeige", "[Werbung] …"), unlike a label inside it. */
    private static boolean opensWithLabel(String lower, int words) {
        return words <= 6 && LABEL_ONLY.matcher(lower).matches() || LABEL_PREFIX.matcher(lower).lookingAt();
    }

    private static final Pattern SPONSORED = lc("(?:dies(?:er|es)?|der|das|unser|mein) (?:beitrag|artikel|post|text|inhalt|video|blogpost|blogbeitrag)"
            + "\\s+(?:enthält|beinhaltet|ist|wurde|entstand|erscheint)\\s+(?:\\S+\\s+){0,4}?(?:werbung|gesponsert|sponsored|kooperation|zusammenarbeit|bezahlt|unterstützt)"
            + "|gesponserte[rsn]?\\s+(?:\\S+-)?(?:beitrag|artikel|inhalt|content|post)|sponsored (?:by|post|content)"
            + "|^(?:in (?:freundlicher )?kooperation mit|mit freundlicher unterstützung (?:von|der|des)|präsentiert von|presented by)\\b"
            + "|\\b(?:enthält (?:unbezahlte |bezahlte )?(?:werbung|affiliate)|werbung,? (?:da|weil|wegen) (?:markennennung|verlinkung)"
            + "|paid partnership\\b|this (?:post|article) (?:is|was|contains) (?:sponsored|an? advertisement))");

    // --- affiliate and shop boxes -------------------------------------------------------------------
    private static final Pattern AFFILIATE = lc("affiliate[- ]?(?:links?|partner|programm?)|provisions?-?links?"
            + "|mit (?:einem )?(?:sternchen|\\*|\\(\\*\\)) (?:gekennzeichnet|markiert|versehen)"
            + "|\\b(?:partner-?links?\\b|werbelinks?\\b|as an amazon associate|we (?:may )?earn (?:a )?(?:small )?commission"
            // "Solche Links kennzeichnen wir mit einem Sternchen (*)": the same notice in the publication's own voice
            + "|(?:kennzeichnen|markieren|versehen)\\s+wir\\s+(?:\\S+\\s+){0,3}?mit\\s+(?:einem\\s+)?(?:sternchen|\\*|\\(\\*\\)))");
    /** "… ist, wenn ihr über einen der folgenden Links einkauft": the reader asked to shop through the links (promo4). */
    private static final Pattern AFFILIATE_APPEAL = lc("\\bwenn (?:ihr|du|sie) (?:\\S+\\s+){0,3}?über (?:einen (?:der |unserer )?|die |diese[nr]? |unsere[nr]? )?"
            + "(?:folgenden |unsere[nr]? |diese[nr]? )(?:partner-?)?links? (?:\\S+\\s+){0,3}?(?:ein)?(?:kauf|bestell)\\w*");
    /**
     * An affiliate notice's small print, said to the reader: "Für euch ändert sich der Preis nicht", "Am Preis ändert sich
     * für Sie nichts", "Für Sie entstehen keine zusätzlichen Kosten". Case-sensitive (the formal "Sie", not "sie"). (promo4)
     */
    private static final Pattern PRICE_UNCHANGED = Pattern.compile("(?:\\b[Ff]ür (?:Sie|[Ee]uch|[Dd]ich)\\b|\\b[Aa]m Preis\\b)(?:\\s+\\S+){0,6}?"
            + "\\s+(?:ändert|verändert) sich(?:\\s+\\S+){0,4}?\\s+(?:nichts|nicht)\\b"
            + "|\\b[Ff]ür (?:Sie|[Ee]uch|[Dd]ich) (?:entstehen|ändert sich) (?:dabei |dadurch |hierdurch )?(?:keine|nichts)\\b"
            + "|\\bno (?:extra|additional) cost to you\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMMISSION = lc("\\b(?:(?:provision|vergütung|vergütet|kommission|commission)\\b"
            // "Geld erhalten wir, wenn Sie diesen Link klicken": the commission without the word
            + "|(?:geld|eine prämie) (?:erhalten|bekommen) wir\\b|(?:erhalten|bekommen) wir (?:dafür )?(?:geld|eine prämie)\\b)");
    private static final Pattern COMMISSION_CONTEXT = lc("\\b(?:links?|klick\\w*|kauf\\w*|einkauf\\w*|bestell\\w*|anbieter|shop|händler)\\b");
    private static final Pattern SHOPS = lc("(?:amazon|ebay|otto|zalando|mediamarkt|media markt|saturn|idealo|notebooksbilliger|galaxus"
            + "|cyberport|alternate|thalia|douglas|lidl|aldi|kaufland|tchibo|ikea|obi|hornbach|bol\\.com|etsy)(?:\\.de|\\.com|\\.at|\\.ch)?");
    /** Where an app is had: "für iOS und Android", "im App Store", "bei Google Play". */
    private static final Pattern APP_STORE = lc("\\bfür (?:ios|android)(?: und| &| oder| sowie)? ?(?:ios|android)?\\b"
            + "|\\b(?:im|aus dem) app ?store\\b|\\b(?:bei|im|von) (?:google play|play store)\\b|\\bitunes und google play\\b");
    /** An offer to the reader: "erhalten Sie", "sichern Sie sich", "bekommst du", "spart ihr". */
    private static final Pattern OFFER_TO_YOU = lc("\\b(?:erhalten|bekommen|sichern|sparen) sie\\b|\\b(?:erhältst|bekommst|sicherst|sparst) du\\b"
            + "|\\b(?:erhaltet|bekommt|spart) ihr\\b|\\bihr (?:erhaltet|bekommt|spart)\\b|\\bdu (?:erhältst|bekommst|sparst)\\b");
    /** What makes an offer a deal: a reduced price, a discount, a voucher. */
    private static final Pattern REDUCED = lc("\\b(?:vergünstigt\\w*|reduziert\\w*|rabatt\\w*|günstiger|gutschein\\w*|preisvorteil"
            + "|zum (?:sonder|vorteils|aktions|vorzugs)preis)\\b");
    /** A shop's tip line: "Kauf-Tipp:", "Deal-Tipp:", "Shopping-Tipp:" (not "Spar-Tipp", which is advice as often). */
    private static final Pattern SHOP_TIP = lc("^[\\s\\p{P}\\p{S}]*(?:(?:wichtiger|unser|mein|kleiner|großer|bester|top)\\s+)?"
            + "(?:kauf|deal|shopping|schnäppchen|angebots|amazon)[- ]?tipps?\\b");
    /** A short line that is a shop button: "Bei Amazon", "Zum Angebot", "Preis prüfen", "Jetzt kaufen". */
    private static final Pattern SHOP_BUTTON = lc("^[\\s\\p{P}\\p{S}]*(?:(?:jetzt |hier |direkt )?(?:bei|auf|via|über) " + SHOPS.pattern()
            + "(?: (?:ansehen|kaufen|bestellen|anschauen|erhältlich|zum angebot))?"
            + "|(?:jetzt |hier |direkt )?zu(?:m|r)? (?:angebot|shop|deal|produkt|händler|bestpreis|preisvergleich|gewinnspiel)"
            + "|(?:buy|shop|order|view|available) (?:it )?(?:on|at) " + SHOPS.pattern()
            + "|(?:preis|angebot|deal|verfügbarkeit) (?:prüfen|ansehen|checken|sichern|vergleichen)"
            + "|(?:jetzt|hier) (?:kaufen|bestellen|zugreifen|shoppen)|buy now|shop now|check price|view deal|see (?:the )?deal"
            + ")[\\s\\p{P}\\p{S}]*$");

    /**
     * A line that is only a price, perhaps with "nur", "ab", "statt", "jetzt", "UVP" ("nur 9,90 €", "19,90 €"): the tag
     * of a product in a shop box. Cents are required, so a table's "6.500 €" or "260 €" stays a figure.
     */
    private static final Pattern PRICE_TAG_LINE = lc("^[\\s\\p{P}\\p{S}&&[^-–]]*(?:(?:nur|ab|statt|jetzt|für|uvp|einmalig|only|now)\\s+)?"
            + "(?:(?:€|eur|euro|chf|\\$)\\s?)?(\\d{1,4}(?:\\.\\d{3})?[.,]\\d{2})\\s?(?:€|eur|euro|chf|\\$)?"
            + "(?:\\s*(?:/|pro|im)\\s*(?:monat|jahr|woche|stück))?[\\s*¹²³]*$");
    /** A price tag that sells: "nur 9,90 €", "jetzt 19,99 €" (not "ab 175,00 €", the first column of a price list). */
    private static final Pattern PRICE_TAG_WORD = lc("^[\\s\\p{P}\\p{S}]*(?:nur|statt|jetzt|only|now)\\b");
    private static final Pattern CURRENCY = lc("€|\\beur\\b|\\beuro\\b|\\bchf\\b|\\$");
    /** A shop's small print after the order: "Nach erfolgreicher Zahlung erhältst du eine E-Mail mit dem Download-Link". */
    private static final Pattern SHOP_SMALL_PRINT = lc("\\bnach (?:erfolgreicher |abgeschlossener |der )?(?:zahlung|bezahlung|bestellung)\\b"
            + ".{0,80}?\\b(?:erhältst|erhalten sie|bekommst|bekommen sie|erhaltet|bekommt ihr)\\b"
            + "|\\bin den warenkorb\\b|\\badd to (?:cart|basket)\\b");
    /**
     * A seller's promise: a best-price or money-back guarantee ("Nirgendwo-günstiger-Garantie", "Das garantieren wir
     * Ihnen"), the no-obligation words of a sign-up ("unverbindlich und kostenlos").
     */
    private static final Pattern SELLER_PROMISE = lc("\\b[\\p{L}-]*(?:bestpreis|tiefstpreis|tiefpreis|günstiger|geld-zurück|zufriedenheits|preis)-?garantie\\b"
            + "|\\bgarantieren wir (?:ihnen|dir|euch)\\b|\\bunverbindlich\\w{0,2}(?:,| und) (?:kostenlos|gratis|kostenfrei)\\w{0,2}\\b"
            + "|\\b(?:kostenlos|gratis|kostenfrei)\\w{0,2}(?:,| und) unverbindlich\\w{0,2}\\b|\\bmoney-back guarantee\\b|\\bno obligation\\b");
    /** What only a subscription offer says: "monatlich kündbar", "keine Mindestlaufzeit". */
    private static final Pattern SUBSCRIPTION_TERMS = lc("\\b(?:monatlich|jederzeit|täglich|wöchentlich) kündbar\\b"
            + "|\\b(?:keine|ohne) mindest(?:vertrags)?laufzeit\\b|\\bcancel (?:any ?time|monthly)\\b");
    /**
     * The publication's own product offered to the reader right here: "unsere Ernährungspläne, die du dir hier direkt
     * aufs Handy laden kannst", "unser Heft können Sie hier bestellen" — possessive, a product, "hier" and a verb of getting.
     */
    private static final Pattern OWN_PRODUCT = lc("\\bunser\\w*\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(?:plän|plan|app|shop|kurs|produkt|abo"
            + "|heft|magazin|buch|büch|e-?book|ratgeber|webinar|training|programm|podcast|newsletter|vorlage|guide|leitfad)"
            + "\\p{L}{0,3}\\b|\\bour (?:\\S+\\s+){0,2}?(?:app|shop|course|plans?|magazine|book|newsletter)\\b");
    private static final Pattern HERE_TO_GET = lc("\\bhier\\b(?:\\s+\\S+){0,6}?\\s+(?:herunterladen|runterladen|laden|downloaden|bestellen"
            + "|kaufen|buchen|abonnieren|sichern|holen|anfordern|testen|ausprobieren)\\b|\\bhere\\b.{0,40}\\b(?:download|order|buy|get)\\b");
    /** An app's signature under a post: "Mit der kostenlosen X App von meinem iPhone geschrieben", "Sent from my … using …". */
    private static final Pattern APP_SIGNATURE = lc("\\b(?:mit|über|via) (?:der|dem) (?:\\S+\\s+){0,3}?\\S*app\\b.{0,60}?\\b(?:geschrieben|gesendet|verschickt)\\b"
            + "|\\b(?:geschrieben|gesendet|verschickt) (?:von|mit|über) (?:meinem|meiner|der|dem) .{0,60}?\\bapp\\b"
            + "|\\bsent from my\\b.{0,60}\\busing\\b");
    /** The reader asked to sign: "Unterzeichnen Sie jetzt die Petition!", "Jetzt unterschreiben", "Sign the petition". */
    private static final Pattern PETITION = lc("^(?:\\p{L}+\\s+)?(?:unterzeichnen|unterschreiben) sie\\b|^(?:\\p{L}+\\s+)?(?:unterzeichne|unterschreibe)\\b"
            + "|\\b(?:(?:jetzt|hier) (?:die |unsere |diese )?(?:petition )?(?:unterzeichnen|unterschreiben|mitzeichnen)(?=[\\s!.:…]*$)"
            + "|petition (?:jetzt |hier )?(?:unterzeichnen|unterschreiben|mitzeichnen)(?=[\\s!.:…]*$)|sign (?:the|our|this) petition\\b)");
    /** A petition's or fundraiser's counter, a line of its own: "0% vom Ziel erreicht", "1.234 haben mitgemacht". */
    private static final Pattern PETITION_COUNTER = lc("^[\\s\\p{P}\\p{S}]*[\\d.,]+\\s?%?\\s+(?:vom|des) (?:ziel|spendenziel)\\w*\\s+erreicht\\b"
            + "|^[\\s\\p{P}\\p{S}]*[\\d.,]+\\s+(?:personen |menschen |unterstützer\\w* )?haben (?:bereits |schon )?(?:mitgemacht|unterschrieben|unterzeichnet|gespendet)\\b");

    // --- paywall, newsletter ------------------------------------------------------------------------
    /** One word boundary before all the alternatives (it is tried at every position; one each was slow). */
    static final Pattern PAYWALL = lc("\\b(?:(?:weiterlesen|weiter lesen|lesen sie weiter|mehr lesen) mit\\b"
            + "|(?:exklusiv|nur) für (?:abonnent\\w*|abo-?kunden|plus-?\\w*|subscriber\\w*)|for subscribers\\b|subscribers? only\\b"
            + "|(?:testen|lesen|abonnieren|holen|entdecken)(?: sie)? (?:jetzt )?(?:\\S+ )?\\p{L}+[ -]?(?:plus|\\+)(?=[\\s!.:]*$)"
            + "|\\p{L}+[ -]?(?:plus|\\+)\\s+(?:jetzt\\s+)?(?:\\S+\\s+){0,2}(?:testen|lesen|abonnieren|freischalten|sichern|abschließen)\\b"
            + "|(?:sie möchten|du möchtest|möchten sie|willst du) (?:gerne? )?(?:weiterlesen|mehr lesen|den (?:ganzen|vollständigen) artikel)"
            + "|registrieren sie sich\\b|registriere dich\\b|(?:jetzt|kostenlos|gratis) registrieren\\b"
            + "|bereits (?:abonnent|abonnentin|abonniert|registriert)|schon (?:abonnent|abonniert|registriert)"
            // "Du bist bereits Kundin?": the shop's login question, not "Wer bereits Kunde der Bank ist, …"
            + "|(?:bereits|schon) kund(?:e|in)\\s*\\?"
            + "|zugang zu allen (?:artikeln|inhalten|beiträgen)|unbegrenzt(?:en)? (?:zugang|zugriff|lesen)"
            + "|(?:artikel|beitrag|inhalt) (?:ist )?(?:nur |exklusiv )?für (?:abonnent|plus|premium|digital)"
            + "|(?:already a subscriber|subscribe to (?:continue|read)|unlimited (?:digital )?access))");
    private static final Pattern SUBSCRIPTION = lc("\\b(?:\\p{L}*-?abo|abos|abonnement|digitalabo|e-paper|epaper|probeabo|jahresabo|testabo|einzelheft|sonderheft|heft|printausgabe|magazin)\\b");
    /** The rest of the article is for sale: "Den kompletten Beitrag lesen Sie in der neuen Ausgabe (am Kiosk, im Shop)". */
    private static final Pattern REST_FOR_SALE = lc("\\b(?:kompletten|ganzen|vollständigen|ausführlichen) (?:beitrag|artikel|text|test|bericht)\\b"
            + ".{0,200}?\\b(?:ausgabe|heft|abo|plus|shop|kiosk|zeitschriftenhandel|e-paper)\\b"
            + "|\\b(?:am kiosk|im (?:gut sortierten )?(?:zeitschriften)?handel)\\b.{0,200}?\\b(?:bestellen|shop|erhältlich)\\b");
    private static final Pattern NEWSLETTER = lc("newsletter|briefing|rundbrief|mailing-?liste|e-mail-updates?");
    /** Mail delivery counts as a newsletter only for news: "die wichtigsten News per E-Mail", not a booking confirmation. */
    private static final Pattern BY_MAIL = lc("\\b(?:per|via|als) e-?mail\\b|\\bins postfach\\b|\\bin (?:ihr|dein)(?:em)? postfach\\b|\\binbox\\b");
    /** What only a newsletter's sign-up form says: confirmation mails, the spam folder, unsubscribing at any time. */
    private static final Pattern NEWSLETTER_FORM = lc("\\bspam-?ordner\\b|\\b(?:bestätigungs|aktivierungs)-?(?:e-?)?mail\\b|\\bdouble-?opt-?in\\b"
            + "|\\babmeldelink\\b|\\bjederzeit (?:wieder )?(?:abbestell|abmeld|kündbar)\\w*|\\bunsubscribe at any time\\b|\\bspam folder\\b");
    private static final Pattern NEWS_WORD = lc("\\b\\p{L}*-?(?:news|nachrichten|neuigkeiten|updates|tipps|meldungen|schlagzeilen|artikel|angebote)\\b");
    private static final Pattern SUBSCRIBE_VERB = lc("abonnier\\w*|\\banmeld\\w*|\\bmelden sie\\b|\\bmelde dich\\b|\\bbestellen\\b|\\bregistrier\\w*"
            + "|\\beintragen\\b|\\berhalten sie\\b|\\berhalte\\b|\\bbekommen sie\\b|\\bsign up\\b|\\bsubscribe\\b|\\bkostenlos\\w*|\\bgratis\\b"
            + "|einverstanden|einwillig\\w*|widerruf\\w*|\\babmelde\\w*|\\bjetzt\\b|\\bverpassen\\b|\\bdirekt\\b");

    // --- calls to action ----------------------------------------------------------------------------
    private static final String CTA_VERBS = "herunterladen|runterladen|downloaden|bestellen|kaufen|sichern|testen|anmelden|registrieren"
            + "|abonnieren|abschließen|weiterlesen|informieren|entdecken|teilnehmen|buchen|spenden|anfordern|starten|ausprobieren"
            + "|mitmachen|vergleichen|lesen|ansehen|anschauen|klicken|zugreifen|freischalten|vorbestellen|shoppen|gewinnen|holen"
            + "|berechnen|beantragen|anfragen|konfigurieren";
    /** "Jetzt herunterladen", "Hier weiterlesen...", "Gleich kostenlos testen!" at the end of a sentence. */
    private static final Pattern CTA_NOW = lc("\\b(?:jetzt|hier|gleich|sofort|einfach|direkt)\\s+(?:\\S+\\s+){0,3}?(?:" + CTA_VERBS
            + ")(?=[\\s!.:…*»«\"“”)\\]]*$)");
    private static final Pattern MODAL = lc("\\b(?:kann|können|konnte|könnt|kannst|muss|müssen|soll|sollen|will|wollen|darf|dürfen|wird|werden)\\b");
    private static final Pattern SELLING_VERB = lc("\\b(?:bestellen|kaufen|abonnieren|herunterladen|downloaden|sichern|buchen|anmelden"
            + "|registrieren|vorbestellen)\\b");
    /** A short infinitive line ending in an offer verb: "Kostenlosen Leitfaden herunterladen". */
    private static final Pattern CTA_INFINITIVE = lc("^(?:[^.!?]{0,80}\\s)?(?:herunterladen|runterladen|downloaden|bestellen|abonnieren|sichern"
            + "|anfordern|registrieren|anmelden|vorbestellen|freischalten|gratis testen|kostenlos testen|kostenfrei testen"
            + "|(?:€|euro) testen)[\\s!.…*:]*$");
    private static final Pattern FINITE_OR_SUBJECT = lc("\\b(?:kann|können|konnte|konnten|muss|müssen|musste|soll|sollen|sollte|sollten"
            + "|will|wollen|darf|dürfen|lässt|lassen|wird|werden|wurde|wurden|möchte|möchten|ist|sind|war|waren|hat|haben"
            + "|ich|wir|man|er|es|sie|um|zu|zum|und)\\b");
    /** Formal imperatives that sell: "Abonnieren Sie", "Melden Sie sich", "Sichern Sie sich", "Klicken Sie". */
    private static final Pattern IMPERATIVE_FORMAL = lc("^(?:\\p{L}+\\s+)?(?:abonnieren|registrieren|melden|bestellen|sichern|testen"
            + "|klicken|buchen|spenden|unterstützen|fordern)\\s+sie\\b");
    /** Informal imperatives at the start: "Abonniere", "Melde dich", "Hol dir", "Starte heute". */
    private static final Pattern IMPERATIVE_INFORMAL = lc("^(?:\\p{L}+\\s+)?(?:abonniere|registriere|melde|bestelle|sichere|teste|klicke"
            + "|hol|hole|unterstütze|sichere|spende)\\s+(?:dich|dir|dein\\w*|uns|unsere?\\w*"
            + "|jetzt|einfach|hier|heute|gleich|auf|es|das|den|die)\\b");
    /** A paywall's button: "Lesen Sie jetzt weiter". */
    private static final Pattern READ_ON = lc("^[\\s\\p{P}\\p{S}]*(?:jetzt |hier )?(?:lesen sie|lies) (?:jetzt |hier |gleich )?weiter\\b");
    /** Pointers to the offer: "einfach hier entlang", "Zur Anmeldung geht es hier", "Kennt ihr schon unseren …?". */
    private static final Pattern POINTER = lc("\\b(?:hier|da) entlang\\b|\\bhier geht'?s\\b|\\bgeht(?:'s|’s| es) hier\\b"
            + "|\\bgeht(?:'s|’s| es) (?:hier )?zu[rm]? (?:anmeldung|bestellung|registrierung|shop|angebot|newsletter)"
            + "|\\b(?:kennt ihr|kennst du|kennen sie) (?:schon|bereits) (?:unser\\w*|den|die|das)\\b"
            // "Alle meine Favoriten findet ihr jetzt gesammelt hier.", "Die Ausgabe erhalten Sie hier." — the link is the offer
            + "|\\b(?:findet ihr|findest du|finden sie|erhalten sie|erhaltet ihr|erhältst du|bekommt ihr|bekommst du|bekommen sie)\\b"
            + "(?:\\s+\\S+){0,8}?\\s+hier(?=[\\s.!:…]*$)");
    /** "Klicken Sie hier", "auf den Button klicken" — not "Klicken Sie auf das Datum" (an instruction). */
    /** Signing up inside a sentence: "… und melde Dich kostenlos an", "melden Sie sich jetzt an". */
    private static final Pattern SIGN_UP = lc("\\bmelde dich (?:\\S+\\s+){0,3}?an\\b|\\bmelden sie sich (?:\\S+\\s+){0,4}?an\\b");
    private static final Pattern CLICK_HERE = lc("\\bklicken sie (?:einfach )?hier\\b|\\bklicke? (?:einfach )?(?:hier|auf den (?:button|link))"
            + "|\\bhier klicken\\b|\\bclick here\\b|\\bauf (?:den|diesen) (?:\\S+\\s+)?(?:button|link) (?:klicken|klickst)\\b");
    /**
     * A seller's contact call and its question: "Dann melden Sie sich gern bei uns", "Dann kontaktieren Sie uns",
     * "Haben auch Sie Interesse an …?", "Sie benötigen eine Beratung oder ein Angebot für …?" (promo4).
     */
    private static final Pattern CONTACT_US = lc("\\bdann (?:melden sie sich|melde dich|meldet euch|kontaktieren sie uns|kontaktiere uns"
            + "|rufen sie uns|ruf uns|schreiben sie uns|schreib uns|sprechen sie uns)\\b|\\b(?:contact us|get in touch) (?:today|now)\\b");
    private static final Pattern SALES_QUESTION = lc("^(?:(?:haben|hätten) (?:auch )?sie (?:\\S+\\s+){0,2}?interesse an"
            + "|(?:sie|du) (?:benötigen|brauchen|suchen|wünschen|benötigst|brauchst|suchst|wünschst) (?:\\S+\\s+){0,5}?(?:beratung|angebot)\\w*"
            + "|interesse (?:an \\S+(?:\\s+\\S+){0,3}|geweckt)|neugierig geworden)\\b[^?]*\\?[\\s!?]*$");
    /**
     * "Weitere Infos finden Sie hier": the box's pointer to its link (promo4); "Mehr Infos findet ihr auf der Website von
     * Advanced" in a product test points to the maker, not to an offer.
     */
    private static final Pattern MORE_INFO = lc("^(?:weitere|mehr|alle) (?:infos?|informationen|details)\\b.{0,60}?\\b(?:findest du|finden sie|findet ihr"
            + "|gibt es|erhalten sie|erhältst du)\\b.{0,60}?\\b(?:hier|im shop)\\b");
    /** "Über 500 Angebote warten auf Sie", "… warten nur auf dich": the offer waiting for the reader (promo4). */
    private static final Pattern WAITS_FOR_YOU = Pattern.compile("\\bwarte[nt]? (?:schon |nur |bereits )?auf (?:[Dd]ich|Sie|[Ee]uch)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** The publication's issue offered: "Die aktuelle Ausgabe jetzt am Kiosk, im Abo und als E-Paper erhältlich" (promo4). */
    private static final Pattern ISSUE_PLUG = lc("\\b(?:aktuelle|neue|neueste|nächste) (?:ausgabe|heft|nummer)\\b.{0,120}?"
            + "\\b(?:jetzt|ab sofort)\\b.{0,120}?\\b(?:erhältlich|am kiosk|im handel|im abo|als e-?paper|zu haben|bestellbar)\\b");
    /** "Jetzt Supporter werden!", "Jetzt Mitglied werden!": case-sensitive, a role the reader is asked to take (promo4). */
    private static final Pattern BECOME_NOW = Pattern.compile("\\b[Jj]etzt (?:\\p{Lu}[\\p{L}-]*\\s+){1,2}werden\\s*!",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A feature line of a sales box: "✔ Geprüfte Fachbetriebe in Ihrer Region" (promo4). */
    private static final Pattern CHECK_LINE = lc("^\\s*[✔✓☑✅]");
    private static final Pattern CTA_ENGLISH = lc("\\b(?:sign up(?: now| today| for)?|subscribe(?: now| today| to our)|download (?:now|free|for free|the free)"
            + "|buy now|shop now|order now|get (?:your|it|the) free|start (?:your )?free trial|register now|join (?:now|our newsletter)"
            + "|try (?:it )?(?:for )?free|get \\d+ ?% off|save \\d+ ?%)\\b");

    // --- offers, questions, prices ------------------------------------------------------------------
    private static final Pattern FREE = lc("\\b(?:kostenlos\\w*|gratis\\w*|umsonst|gebührenfrei)\\b|\\bgratis-\\p{L}+");
    private static final Pattern FREE_COMPOUND = lc("\\b(?:gratis|kostenlos\\w*)[- ]?(?:analyse|report|studie|leitfaden|ratgeber|e-?book|download"
            + "|training|beratung|webinar|checkliste|probe|test|zugang|abo|ausgabe|exemplar)\\w*");
    private static final Pattern OFFER_NOUN = lc("\\b\\p{L}*(?:leitfaden|ratgeber|analyse|report|e-?book|whitepaper|checkliste|download"
            + "|testversion|probeabo|probemonat|training|webinar|beratung|newsletter|app|ausgabe|exemplar|vorlage|guide|trial|zugang"
            + "|infopaket|broschüre|leseprobe|angebot|gutschein|erstgespräch|sonderreport|spezialreport|depot)\\b");
    private static final Pattern QUESTION = lc("\\?[!?\\s…\"“”»«)]*$");
    private static final Pattern BUY_SELL = lc("\\b(?:kaufen|verkaufen|kauf|verkauf|einsteigen|einstieg|aussteigen|ausstieg|nachkaufen"
            + "|zugreifen|investieren|buy|sell)\\b");
    private static final Pattern TIP_CONTEXT = lc("\\b(?:sollten|sollte|soll|lohnt|jetzt|oder|sofort|noch|aktie|aktien|anleger|aktionäre)\\b");
    /** Buy-or-sell questions are stock tips only in an article about shares. */
    static final Pattern STOCK = lc("\\b\\p{L}*-?(?:aktie|aktien|anleger|aktionär\\w*|börse\\w*|depot|wertpapier\\w*|dax|nasdaq|etf|fonds)\\b");
    private static final Pattern PRICE = lc("(?:^|\\s)[-–]\\s?\\d{1,2}\\s?%"
            + "|(?:\\d+|eine?n?|zwei|drei|vier|ersten?)\\s+(?:wochen?|tage|monate?)"
            + "\\s+(?:lang\\s+)?(?:kostenlos|gratis|für\\s+\\d+|zum (?:vorteils|sonder|aktions)?preis)"
            + "|\\b(?:\\d{1,2}\\s?%\\s*(?:rabatt|reduziert|günstiger|sparen|ersparnis|nachlass|off|discount)"
            + "|(?:rabatt|gutschein|promo|aktions|discount|coupon)-?codes?\\b"
            + "|statt\\s+(?:bisher\\s+)?\\d+(?:[.,]\\d+)?\\s?(?:€|euro)|(?:probeabo|probemonat|testabo|schnupperabo)"
            + "|(?:ab|für|nur)\\s+\\d+(?:[.,]\\d+)?\\s?(?:€|euro)\\s*(?:/|pro|im|je|a)\\s*(?:monat|jahr|woche|ausgabe))");
    private static final Pattern SUPPORT = lc("\\b(?:unterstützen sie|unterstütze|helfen sie (?:uns|mit)|spenden sie|jetzt spenden"
            + "|werden sie (?:mitglied|förderer|förderin|abonnent|unterstützer)|support (?:us|our (?:work|journalism))"
            + "|(?:sichere|sichern sie|stärke|stärken sie|rette|retten sie|unterstütze|unterstützen sie)\\s+(?:\\S+\\s+){0,2}?(?:journalismus|arbeit|zeitung|redaktion|magazin)"
            + "|(?:ihre[rn]?|deine[rn]?|eure[rn]?) (?:unterstützung|spende|hilfe)|spende jetzt|hier spenden)\\b"
            + "|\\b(?:benötigen|brauchen) wir (?:\\S+\\s+){0,3}?(?:finanzielle|ihre|deine|eure) (?:mittel|unterstützung|hilfe|spende)");
    /**
     * Reading paid for by choice: "… zahl' ich freiwillig!", "Online-Journalismus kostet!", "Wir wollen unsere Texte nicht
     * hinter einer Bezahlschranke verstecken", "ohne Paywall" (promo4). Reports about paywalls name them without "wir".
     */
    private static final Pattern PAY_BY_CHOICE = lc("\\bfreiwillig\\w*\\s+(?:\\S+\\s+){0,2}?(?:zahl|bezahl)\\w*|\\b(?:zahl|bezahl)\\S*\\s+(?:ich|du|ihr|sie)\\s+freiwillig\\b"
            + "|\\bpay what you want\\b");
    private static final Pattern PAYWALL_REFUSED = lc("\\b(?:hinter|vor) (?:einer|der|die|eine) (?:bezahlschranke|paywall)\\b"
            + "|\\bohne (?:bezahlschranke|paywall)\\b|\\bfrei (?:zugänglich|lesbar) (?:bleiben|halten)\\b");
    private static final Pattern JOURNALISM_COSTS = lc("^[\\p{L}\\s-]{0,30}journalismus (?:kostet|hat seinen preis|gibt es nicht umsonst)\\b[^.?]*!");
    /** "Die Zeitung braucht weiterhin Eure Hilfe!": case-sensitive, the reader's help (not "ihre Hilfe", theirs). (promo4) */
    private static final Pattern NEEDS_YOUR_HELP = Pattern.compile("\\b(?:braucht|brauchen|benötigt|benötigen)\\s+(?:\\S+\\s+){0,2}?"
            + "(?:[Ee]ure|[Ee]uere|Ihre|[Dd]eine)\\s+(?:Hilfe|Unterstützung|Spende|Spenden)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** The publication asking for donations: "Wir freuen uns über jede Spende", "gibt es nur dank Ihrer Spenden". */
    private static final Pattern DONATION = lc("\\bspende\\w*|\\bspenden\\b");
    private static final Pattern DONATION_SPEAKER = lc("\\b(?:wir|uns|unser\\w*|ihr|euch|eure\\w*)\\b|\\bnur (?:dank|durch|mit)\\b");
    /** What an appeal asks support for: the publication's work or money, not a cause in the news. */
    private static final Pattern SUPPORT_OBJECT = lc("\\b(?:journalismus|arbeit|redaktion|magazin|zeitung|blog|spende\\w*|mitglied\\w*"
            + "|förder\\w*|abo\\w*|mittel)\\b");
    /** A line that is a donation account: "Spendenkonto: DE10 …", "Spenden an: …", "Spendenkonto IBAN …". */
    private static final Pattern DONATION_ACCOUNT = lc("^[\\s\\p{P}\\p{S}]*(?:unser |das )?(?:spendenkonto|spenden-konto|spendenkonten"
            + "|spenden (?:bitte )?(?:an|auf))\\b");
    /** How to pay: the tail of a donation or subscription box. */
    private static final Pattern PAYMENT = lc("\\b(?:iban|bic|paypal|kreditkarte|banküberweisung|überweisung|apple pay|google pay|bitcoin"
            + "|lastschrift|spendenkonto)\\b");
    /** "Kostenlose 21 Tage Testversion", "gratis 30 Tage testen". */
    private static final Pattern FREE_PERIOD = lc("\\b(?:kostenlos\\w*|gratis)\\s+(?:\\d+|ein\\w*|zwei|drei|vier)\\s+(?:wochen?|tage|monate?)\\b");
    /** A line that leads to a shop: "► Zum T-Shirt-Shop: …", "Zum Online-Shop". */
    private static final Pattern SHOP_LINK = lc("^[\\s\\p{P}\\p{S}]*(?:hier (?:der link |geht'?s |geht es )?)?"
            + "zu(?:[mr]| unserem| unserer) (?:\\S+\\s+){0,3}?\\S*-?shop\\b"); // "Hier der Link zu unserem Fan-Shop: …" (promo8)
    private static final Pattern URL = lc("\\b(?:https?://|www\\.)\\S+|\\b[\\p{L}\\d-]+\\.(?:de|com|at|ch|net|org)/\\S*");
    /** Urgency that sells: "Nur noch heute", "solange der Vorrat reicht", "letzte Chance". */
    private static final Pattern URGENCY = lc("\\b(?:nur (?:noch )?heute|nur für kurze zeit|solange der vorrat reicht|limitiertes angebot"
            + "|nur noch wenige (?:\\S+-)?(?:tickets|plätze|karten|exemplare|restplätze)"
            + "|nur noch bis|letzte chance|only today|limited time)\\b");
    /** A coupon line: "Gutscheincode: SPAR20". */
    private static final Pattern COUPON_LINE = lc("^[\\s\\p{P}\\p{S}]*(?:rabatt|gutschein|promo|aktions|coupon|discount)-?code\\b");
    /** A trial price: "1 Monat für 1 € testen", "0,99 € im ersten Monat", "für 0,99 € testen". */
    private static final Pattern TRIAL_PRICE = lc("\\b(?:(?:\\d+|ein\\w*|ersten?) (?:monate?|wochen?|jahr)\\w* (?:für|zu|ab) (?:nur )?\\d+(?:[.,]\\d+)?\\s?(?:€|euro)"
            + "|für (?:nur )?\\d+(?:[.,]\\d+)?\\s?(?:€|euro) (?:testen|lesen)|im ersten monat\\b|first month\\b)");
    private static final Pattern ONLY_PRICE = lc("\\bnur\\s+(?:noch\\s+)?\\d+(?:[.,]\\d+)?\\s?(?:€|euro|eur)\\b");
    /**
     * A deal's price: "für nur 3,20 €", "bereits für 2,80 €", "schon ab 9 Euro" — with an offer to the reader or "im Angebot"
     * (promo4); "Im Angebot für 1,99 Euro ist Butter wieder billiger" has no "nur" and stays news.
     */
    private static final Pattern DEAL_PRICE = lc("\\b(?:nur|lediglich|bereits|schon)\\s+(?:noch\\s+)?(?:für\\s+|ab\\s+)?\\d+(?:[.,]\\d+)?\\s?(?:€|euro|eur)");
    /**
     * A product's data line ending in its price, no full stop: "192 Seiten, 39,90 Euro", "Hardcover, 320 Seiten – 24,99 €"
     * (promo4); a sentence ending in a price has a verb or its full stop.
     */
    private static final Pattern PRODUCT_PRICE_LINE = lc("^[^.!?]{2,100}[,;–—]\\s*(?:je\\s+|nur\\s+)?\\d{1,4},\\d{2}\\s?(?:€|euro|eur)[\\s*]*$");
    private static final Pattern SALE = lc("\\b(?:sale|schnäppchen\\w*|black friday|cyber monday|deal des tages|aktionspreis)\\b");
    /** Verbs in the second person plural, which make "ihr" the reader ("findet ihr", "Ihr sucht"), not "her". */
    static final String PLURAL_YOU_VERBS = "findet|bekommt|erhaltet|könnt|müsst|solltet|wollt|habt|seid|wisst|kennt"
            + "|sucht|möchtet|braucht|spart|werdet|lest|schaut|klickt";
    /** Formal address mid-sentence (capitalised Sie/Ihr/Ihnen) or informal address anywhere: case-sensitive. */
    static final Pattern ADDRESS = Pattern.compile(
            // one word boundary for the words, and the capital checked before the look-behind: tried at every position
            "\\b(?:(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\\w*|[Ee]uch|[Ee]uer\\w*|[Ee]ure[mnrs]?)\\b|(?:" + PLURAL_YOU_VERBS + ") ihr\\b)"
            + "|(?=[SI])(?<=\\S\\s{1,3})(?:Sie|Ihnen|Ihre?[mnrs]?)\\b|^[Ii]hr (?:" + PLURAL_YOU_VERBS + ")\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    public PromotionalDetector() {
    }

    @Override
    public String name() {
        return "promotional";
    }

    /** One sentence's cues and their weights. */
    record Cues(Map<Cue, Double> weights) {
        double total() {
            return Math.min(SENTENCE_CAP, weights.values().stream().mapToDouble(Double::doubleValue).sum());
        }

        /** Cues that count on their own (everything but the reader address and a bare free word). */
        double strong() {
            return weights.entrySet().stream().filter(e -> e.getValue() > WEAK && !e.getKey().hint)
                    .mapToDouble(Map.Entry::getValue).sum();
        }

        boolean isEmpty() {
            return weights.isEmpty();
        }

        /** A cue other than the reader address: the sentence pitches something. */
        boolean pitches() {
            return weights.keySet().stream().anyMatch(cue -> cue != Cue.READER_ADDRESS && !cue.hint);
        }

        /** These cues added (a block's layout cues, the same for each of its sentences). */
        Cues with(Map<Cue, Double> more) {
            if (more.isEmpty()) {
                return this;
            }
            Map<Cue, Double> all = new EnumMap<>(Cue.class);
            all.putAll(weights);
            more.forEach((cue, weight) -> all.merge(cue, weight, Math::max));
            return new Cues(all);
        }

        Cues without(Cue cue) {
            if (!weights.containsKey(cue)) {
                return this;
            }
            Map<Cue, Double> rest = new EnumMap<>(weights);
            rest.remove(cue);
            return new Cues(rest);
        }

        List<String> codes() {
            return weights.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                    .map(e -> e.getKey().code).toList();
        }
    }

    /** The cues of one sentence; package-private for the tests. */
    static Cues cues(String sentence) {
        String text = sentence.strip();
        return cues(text, text.toLowerCase(Locale.ROOT));
    }

    /**
     * The patterns are written in lower case and run on the lower-cased sentence (faster than case-insensitive
     * matching); each family first checks for one of its literal words, so plain prose costs a few
     * String.contains calls, not 40 regular expressions.
     */
    private static Cues cues(String text, String lower) {
        Map<Cue, Double> weights = new EnumMap<>(Cue.class);
        if (text.isEmpty()) {
            return new Cues(weights);
        }
        int words = wordCount(text);
        long found = WORD_LISTS.found(lower);
        if (opensWithLabel(lower, words)
                || (lower.indexOf('(') >= 0 || lower.indexOf('[') >= 0) && INLINE_LABEL.matcher(lower).find()) {
            weights.put(Cue.AD_LABEL, 3.0);
        }
        if (in(found, WordList.SPONSORED) && SPONSORED.matcher(lower).find()
                || in(found, WordList.SAMPLE) && SAMPLE_DISCLOSURE.matcher(lower).find()) {
            weights.put(Cue.SPONSORED_LABEL, 3.0);
        }
        if (in(found, WordList.AFFILIATE) && (AFFILIATE.matcher(lower).find()
                || COMMISSION.matcher(lower).find() && COMMISSION_CONTEXT.matcher(lower).find()
                && ADDRESS_OR_WE.matcher(lower).find())
                || lower.contains("link") && lower.contains("wenn") && (lower.contains("kauf") || lower.contains("bestell"))
                && AFFILIATE_APPEAL.matcher(lower).find()) {
            weights.put(Cue.AFFILIATE_NOTICE, 3.0);
        } else if ((lower.contains("preis") && lower.contains("nicht") || lower.contains("entstehen")
                || lower.contains("no extra") || lower.contains("no additional"))
                && (lower.contains("für ") || lower.contains("cost")) && PRICE_UNCHANGED.matcher(text).find()) {
            weights.put(Cue.AFFILIATE_NOTICE, 2.0); // the notice's small print; with its notice next to it a box
        }
        if (words <= 5 && CHECK_LINE.matcher(lower).lookingAt()) {
            weights.put(Cue.SHOP_BOX, 1.0); // a feature tick of a sales box: only with the box's other lines
        }
        if (words <= 6 && SHOP_BUTTON.matcher(lower).matches()) {
            weights.put(Cue.SHOP_BOX, 3.0);
        } else if (lower.contains("tipp") && SHOP_TIP.matcher(lower).lookingAt()) {
            weights.put(Cue.SHOP_BOX, 3.0); // a label like "Anzeige:", in a shop's words
        } else if (lower.contains("shop") && SHOP_LINK.matcher(lower).find()) {
            // A line that is the link ("► Zum T-Shirt-Shop: shop.example.de") is a box; in a sentence it is a hint.
            weights.put(Cue.SHOP_BOX, words <= 8 || URL.matcher(lower).find() ? 3.0 : 2.0);
        }
        if (words <= 5 && (lower.indexOf(',') >= 0 || lower.indexOf('.') >= 0) && PRICE_TAG_LINE.matcher(lower).matches()
                && CURRENCY.matcher(lower).find()) {
            // "nur 9,90 €" on a line of its own is a price tag; "19,90 €" alone less so (a table cell can look like it)
            weights.put(Cue.PRICE_TAG, PRICE_TAG_WORD.matcher(lower).lookingAt() ? 2.0 : 1.5);
        }
        if (!weights.containsKey(Cue.PRICE_TAG) && words <= 14 && lower.indexOf(',') >= 0 && !lower.endsWith(".")
                && (lower.contains("€") || lower.contains("eur")) && PRODUCT_PRICE_LINE.matcher(lower).matches() && !FINITE_OR_SUBJECT.matcher(lower).find()) {
            weights.put(Cue.PRICE_TAG, 1.5); // "192 Seiten, 39,90 Euro": a product's data line in its box, no sentence
        }
        if (in(found, WordList.SHOP_SMALL_PRINT) && SHOP_SMALL_PRINT.matcher(lower).find()) {
            weights.merge(Cue.SHOP_BOX, 2.0, Math::max); // the shop's small print: the box's own lines
        }
        boolean address = has(" " + text, ADDRESS_WORDS) && ADDRESS.matcher(text).find();
        boolean formal = opensWith(lower, FORMAL_VERBS) && IMPERATIVE_FORMAL.matcher(lower).lookingAt();
        boolean informal = opensWith(lower, INFORMAL_VERBS) && IMPERATIVE_INFORMAL.matcher(lower).lookingAt();
        boolean now = CTA_VERB_SET.contains(lastWord(lower)) && in(found, WordList.NOW) && CTA_NOW.matcher(lower).find();
        boolean free = in(found, WordList.FREE) && FREE.matcher(lower).find();
        if (in(found, WordList.PAYWALL) && PAYWALL.matcher(lower).find()
                || in(found, WordList.REST_FOR_SALE) && REST_FOR_SALE.matcher(lower).find()
                || in(found, WordList.SUBSCRIPTION) && SUBSCRIPTION.matcher(lower).find() && (address || formal || now)) {
            weights.put(Cue.PAYWALL_UPSELL, 3.0);
        }
        if ((lower.contains("garant") || lower.contains("unverbindlich") || lower.contains("obligation"))
                && SELLER_PROMISE.matcher(lower).find()) {
            weights.merge(Cue.PRICE_OFFER, 2.0, Math::max);
        }
        if (lower.contains("kündbar") || lower.contains("mindest") || lower.contains("cancel")) {
            if (SUBSCRIPTION_TERMS.matcher(lower).find() && !weights.containsKey(Cue.PAYWALL_UPSELL)) {
                weights.put(Cue.PAYWALL_UPSELL, 2.0); // "(monatlich kündbar)": the small print of a subscription offer
            }
        }
        if (address && lower.contains("unser") && lower.contains("hier") && OWN_PRODUCT.matcher(lower).find()
                && HERE_TO_GET.matcher(lower).find()
                || lower.contains("our ") && lower.contains("here") && OWN_PRODUCT.matcher(lower).find()
                && HERE_TO_GET.matcher(lower).find()) {
            weights.put(Cue.SELF_PROMOTION, 2.5);
        }
        if ((lower.contains("ausgabe") || lower.contains("heft") || lower.contains("nummer"))
                && (lower.contains("jetzt") || lower.contains("ab sofort")) && ISSUE_PLUG.matcher(lower).find()) {
            weights.merge(Cue.SELF_PROMOTION, 2.5, Math::max); // the publication's issue, where to get it
        }
        if (lower.contains("app") && (lower.contains("geschrieben") || lower.contains("gesendet") || lower.contains("verschickt")
                || lower.contains("sent from")) && APP_SIGNATURE.matcher(lower).find()) {
            weights.merge(Cue.SELF_PROMOTION, 2.0, Math::max); // the forum app's signature under a post: an app plug
        }
        if (in(found, WordList.PETITION)) {
            if (PETITION.matcher(lower).find()) {
                weights.put(Cue.PETITION_APPEAL, 2.5);
            } else if (words <= 6 && PETITION_COUNTER.matcher(lower).lookingAt()) {
                weights.put(Cue.PETITION_APPEAL, 2.0);
            }
        }
        if (in(found, WordList.NEWSLETTER) && (NEWSLETTER.matcher(lower).find()
                || BY_MAIL.matcher(lower).find() && NEWS_WORD.matcher(lower).find())) {
            boolean prompt = SUBSCRIBE_VERB.matcher(lower).find()
                    && (address || formal || informal || now || FIRST_PERSON.matcher(lower).find() || free);
            weights.put(Cue.NEWSLETTER_PROMPT, prompt ? 3.0 : WEAK);
        }
        if (!weights.containsKey(Cue.NEWSLETTER_PROMPT) && in(found, WordList.NEWSLETTER_FORM)
                && NEWSLETTER_FORM.matcher(lower).find()) {
            // The sign-up form's small print: the box's own lines, even with the form itself dropped.
            weights.put(Cue.NEWSLETTER_PROMPT, 2.0);
        }
        double action = 0;
        boolean modal = now && MODAL.matcher(lower).find();
        if (now && !modal || in(found, WordList.CLICK) && CLICK_HERE.matcher(lower).find()
                || lower.contains("weiter") && READ_ON.matcher(lower).lookingAt()
                || in(found, WordList.ENGLISH_CTA) && CTA_ENGLISH.matcher(lower).find()) {
            action = 2.0;
        } else if (now && address && SELLING_VERB.matcher(lower).find()) {
            action = 1.5; // "Das Heft können Sie hier bestellen."
        } else if (words <= 8 && CTA_INFINITIVE.matcher(lower).lookingAt() && !FINITE_OR_SUBJECT.matcher(lower).find()) {
            action = 2.0;
        } else if (formal || informal || in(found, WordList.POINTER) && POINTER.matcher(lower).find()
                || lower.contains("melde") && SIGN_UP.matcher(lower).find()) {
            action = 1.5;
        }
        if (action < 2.0 && lower.indexOf('!') >= 0 && lower.contains("jetzt") && lower.contains("werden")
                && BECOME_NOW.matcher(text).find()) {
            action = 2.0;
        }
        if (action < 2.0 && lower.startsWith("dann") && CONTACT_US.matcher(lower).find()
                || action < 2.0 && lower.contains("contact") && CONTACT_US.matcher(lower).find()) {
            action = 2.0; // "Dann melden Sie sich gern bei uns": the seller's contact call after its question
        }
        if (action == 0 && (lower.indexOf('?') >= 0 && SALES_QUESTION.matcher(lower).find()
                || (lower.startsWith("weitere") || lower.startsWith("mehr") || lower.startsWith("alle"))
                && MORE_INFO.matcher(lower).find()
                || lower.contains("warte") && WAITS_FOR_YOU.matcher(text).find()
                || in(found, WordList.URGENCY) && URGENCY.matcher(lower).find())) {
            action = 1.5; // the sales question, the pointer to more, the offer waiting for the reader, urgency
        }
        if (action >= 2.0 && words <= 5 && (SELLING_CALLS.contains(lastWord(lower)) || free
                || in(found, WordList.CLICK) && CLICK_HERE.matcher(lower).find()
                || in(found, WordList.ENGLISH_CTA) && CTA_ENGLISH.matcher(lower).find())) {
            // The line is the button: "Hier weiterlesen...", "Jetzt anmelden", "Start your free trial today."
            action = 3.0;
        }
        if (action > 0) {
            weights.put(Cue.CALL_TO_ACTION, action);
        }
        if (lower.indexOf('?') >= 0 && in(found, WordList.BUY_SELL) && QUESTION.matcher(lower).find()
                && BUY_SELL.matcher(lower).find()
                && TIP_CONTEXT.matcher(lower).find()) {
            weights.put(Cue.STOCK_TIP_QUESTION, 2.0);
        }
        if (in(found, WordList.SUPPORT) && SUPPORT.matcher(lower).find() && SUPPORT_OBJECT.matcher(lower).find()) {
            weights.put(Cue.SUPPORT_APPEAL, 2.5);
        } else if (lower.contains("freiwillig") && PAY_BY_CHOICE.matcher(lower).find()
                || (lower.contains("bezahlschranke") || lower.contains("paywall") || lower.contains("frei zugänglich")
                || lower.contains("frei lesbar"))
                && PAYWALL_REFUSED.matcher(lower).find() && WE.matcher(lower).find()
                || lower.contains("journalismus") && JOURNALISM_COSTS.matcher(lower).find()) {
            weights.put(Cue.SUPPORT_APPEAL, 2.5); // reading paid for by choice: the appeal of a free publication
        } else if ((lower.contains("brauch") || lower.contains("benötig"))
                && (lower.contains("hilfe") || lower.contains("unterstützung") || lower.contains("spende"))
                && NEEDS_YOUR_HELP.matcher(text).find()) {
            weights.put(Cue.SUPPORT_APPEAL, 2.0);
        } else if (lower.contains("spende") && DONATION.matcher(lower).find()
                && (DONATION_SPEAKER.matcher(lower).find() || address)) {
            weights.put(Cue.SUPPORT_APPEAL, 2.0);
        } else if (lower.contains("spenden") && DONATION_ACCOUNT.matcher(lower).lookingAt()) {
            // "Spendenkonto: DE10 …": the line asks for money by itself, unlike a bare IBAN (fees, a club's account)
            weights.put(Cue.SUPPORT_APPEAL, 2.5);
        } else if (in(found, WordList.PAYMENT) && PAYMENT.matcher(lower).find()) {
            weights.put(Cue.SUPPORT_APPEAL, 1.5);
        }
        boolean pricePerPeriod = (lower.contains("€") || lower.contains("euro"))
                && (lower.contains("jahr") || lower.contains("ausgabe"));
        if (words <= 6 && COUPON_LINE.matcher(lower).lookingAt()) {
            weights.put(Cue.PRICE_OFFER, 3.0);
        } else if ((in(found, WordList.PRICE) || pricePerPeriod) && PRICE.matcher(lower).find()
                || free && FREE_PERIOD.matcher(lower).find()
                || in(found, WordList.TRIAL) && TRIAL_PRICE.matcher(lower).find()) {
            weights.put(Cue.PRICE_OFFER, 1.5);
        } else if (in(found, WordList.SALE) && (SALE.matcher(lower).find() || ONLY_PRICE.matcher(lower).find())) {
            weights.put(Cue.PRICE_OFFER, 1.0);
        }
        boolean offerToYou = in(found, WordList.OFFER_TO_YOU) && OFFER_TO_YOU.matcher(lower).find();
        if ((offerToYou || lower.contains("im angebot")) && DEAL_PRICE.matcher(lower).find()) {
            // "Die Dose bekommt ihr bereits für 2,80 €!", "im Angebot für nur 325 Euro": a deal, not a price in the news
            weights.merge(Cue.PRICE_OFFER, 2.0, Math::max);
        }
        if (offerToYou && REDUCED.matcher(lower).find()) {
            // "Aktuell erhalten Sie das Ticket vergünstigt": a discount offered to the reader, not a price in the news
            weights.merge(Cue.PRICE_OFFER, 2.0, Math::max);
        }
        if (in(found, WordList.APP) && APP_STORE.matcher(lower).find() && (free || lower.contains("jetzt")
                || lower.contains("!") || lower.contains("herunterladen") || lower.contains("download"))) {
            // "Die Sport-App Jetzt kostenlos für iOS und Android!": the app plug; "Die App gibt es für iOS" is news
            weights.merge(Cue.CALL_TO_ACTION, 2.0, Math::max);
        }
        if (free && (FREE_COMPOUND.matcher(lower).find() || offerToYou)) {
            // A free compound ("Gratis-Analyse") or something free offered to the reader ("Kostenlos erhalten Sie …")
            weights.put(Cue.FREE_OFFER, 2.0);
        } else if (free) {
            // "kostenlos" alone is editorial as often as not; with an offer noun it is an offer.
            weights.put(Cue.FREE_OFFER, OFFER_NOUN.matcher(lower).find() ? 1.5 : WEAK);
        }
        if (address) {
            weights.put(Cue.READER_ADDRESS, WEAK);
        }
        return new Cues(weights);
    }

    // Literal words one of which each pattern family needs (checked before the family's patterns run).
    private static final String[] SPONSORED_WORDS = {"werbung", "gesponsert", "sponsored", "kooperation", "zusammenarbeit", "bezahlt",
            "unterstützt", "unterstützung", "präsentiert", "presented", "paid", "affiliate", "advertisement"};
    private static final String[] AFFILIATE_WORDS = {"affiliate", "partner", "werbelink", "provision", "associate",
            "commission", "gekennzeichnet", "markiert", "versehen", "vergütung", "kommission", "kennzeichnen", "markieren",
            "vergütet", "erhalten wir", "bekommen wir"};
    private static final String[] ADDRESS_WORDS = {" Sie", " Ihr", " Ihn", " du", " Du", " dich", " Dich", " dir",
            " Dir", " dein", " Dein", " euch", " Euch", " euer", " Euer", " eure", " Eure", " ihr"};
    private static final String[] SHOP_SMALL_PRINT_WORDS = {"zahlung", "bestellung", "warenkorb", "to cart", "to basket"};
    private static final String[] PETITION_WORDS = {"unterzeichn", "unterschreib", "petition", "ziel",
            "mitgemacht", "unterschrieben", "gespendet"};
    private static final String[] NOW_WORDS = {"jetzt", "hier", "gleich", "sofort", "einfach", "direkt"};
    private static final String[] FREE_WORDS = {"kostenlos", "gratis", "umsonst", "gebührenfrei"};
    private static final String[] PAYWALL_WORDS = {"weiterlesen", "weiter lesen", "lesen sie weiter", "mehr lesen", "plus",
            "+", "möchte", "willst", "registrier", "bereits ", "schon ", "zugang zu", "unbegrenzt", "für abonnent",
            "für plus", "für premium", "für digital", "subscribe", "unlimited", "exklusiv für", "nur für", "for subscribers",
            "subscribers only"};
    private static final String[] SUBSCRIPTION_WORDS = {"abo", "e-paper", "epaper", "einzelheft", "heft", "printausgabe", "magazin"};
    private static final String[] REST_FOR_SALE_WORDS = {"kompletten", "ganzen", "vollständigen", "ausführlichen", "kiosk",
            "handel"};
    private static final String[] NEWSLETTER_WORDS = {"newsletter", "briefing", "rundbrief", "mailing", "e-mail-update",
            "mail", "postfach", "inbox"};
    private static final String[] NEWSLETTER_FORM_WORDS = {"spam", "bestätigungs", "aktivierungs", "opt", "abmeldelink",
            "jederzeit", "unsubscribe"};
    private static final String[] CLICK_WORDS = {"klick", "click", "button"};
    private static final String[] ENGLISH_CTA_WORDS = {"sign up", "subscribe", "download", "buy now", "shop now",
            "order now", "get ", "start ", "register now", "join ", "try ", "save "};
    private static final String[] POINTER_WORDS = {"entlang", "geht", "kennt ihr", "kennst du", "kennen sie", "findet ihr",
            "findest du", "finden sie", "erhalten sie", "erhaltet ihr", "erhältst du", "bekommt ihr", "bekommst du", "bekommen sie"};
    private static final String[] APP_WORDS = {"ios", "android", "app store", "google play", "play store", "itunes"};
    private static final String[] OFFER_TO_YOU_WORDS = {"erhalten sie", "bekommen sie", "sichern sie", "sparen sie",
            "erhältst du", "bekommst du", "sicherst du", "sparst du", "erhaltet ihr", "bekommt ihr", "spart ihr", "ihr erhaltet",
            "ihr bekommt", "ihr spart", "du erhältst", "du bekommst", "du sparst"};
    private static final String[] SUPPORT_WORDS = {"unterstütz", "helfen sie", "spende", "mitglied", "förder",
            "abonnent", "support", "sichere ", "sichern sie", "stärke", "rette", "benötigen wir", "brauchen wir", " hilfe"};
    private static final String[] PAYMENT_WORDS = {"iban", "bic", "paypal", "kreditkarte", "überweisung", "apple pay",
            "google pay", "bitcoin", "lastschrift", "spendenkonto"};
    /** Without "€"/"euro": those alone are everywhere in business news (see pricePerPeriod). */
    private static final String[] PRICE_WORDS = {"%", "code", "statt", "woche", "tage", "monat", "probe", "testabo",
            "schnupper"};
    private static final String[] TRIAL_WORDS = {"monat", "woche", "jahr", "testen", "lesen", "first month"};
    private static final String[] URGENCY_WORDS = {"heute", "kurze zeit", "vorrat", "limitiert", "nur noch bis", "nur noch wenige",
            "letzte chance", "only today", "limited time"};
    private static final String[] BUY_SELL_WORDS = {"kauf", "einst", "ausst", "zugreif", "investier", "buy", "sell"};
    private static final Set<String> FORMAL_VERBS = Set.of("abonnieren", "registrieren", "melden", "bestellen", "sichern",
            "testen", "klicken", "buchen", "spenden", "unterstützen", "fordern");
    private static final Set<String> INFORMAL_VERBS = Set.of("abonniere", "registriere", "melde", "bestelle", "sichere",
            "teste", "klicke", "hol", "hole", "unterstütze", "spende");

    /** Whether the first or second word is one of the verbs (where an imperative stands: "Jetzt abonnieren Sie …"). */
    private static boolean opensWith(String lower, Set<String> verbs) {
        int k = 0;
        for (int word = 0; word < 2; word++) {
            while (k < lower.length() && !Character.isLetter(lower.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < lower.length() && Character.isLetter(lower.charAt(k))) {
                k++;
            }
            if (start < k && verbs.contains(lower.substring(start, k))) {
                return true;
            }
        }
        return false;
    }
    private static final String[] SALE_WORDS = {"sale", "schnäppchen", "black friday", "cyber monday", "deal des tages",
            "aktionspreis", "nur"};
    /** The word lists above, each named after its pattern family; {@link #cues} finds them all in one pass. */
    private enum WordList {
        AFFILIATE, APP, BUY_SELL, CLICK, ENGLISH_CTA, FREE, NEWSLETTER, NEWSLETTER_FORM, NOW, OFFER_TO_YOU, PAYMENT,
        PAYWALL, PETITION, POINTER, PRICE, REST_FOR_SALE, SALE, SAMPLE, SHOP_SMALL_PRINT, SPONSORED, SUBSCRIPTION,
        SUPPORT, TRIAL, URGENCY
    }

    private static final SubstringLists<WordList> WORD_LISTS = new SubstringLists<WordList>()
            .add(WordList.AFFILIATE, AFFILIATE_WORDS)
            .add(WordList.APP, APP_WORDS)
            .add(WordList.BUY_SELL, BUY_SELL_WORDS)
            .add(WordList.CLICK, CLICK_WORDS)
            .add(WordList.ENGLISH_CTA, ENGLISH_CTA_WORDS)
            .add(WordList.FREE, FREE_WORDS)
            .add(WordList.NEWSLETTER, NEWSLETTER_WORDS)
            .add(WordList.NEWSLETTER_FORM, NEWSLETTER_FORM_WORDS)
            .add(WordList.NOW, NOW_WORDS)
            .add(WordList.OFFER_TO_YOU, OFFER_TO_YOU_WORDS)
            .add(WordList.PAYMENT, PAYMENT_WORDS)
            .add(WordList.PAYWALL, PAYWALL_WORDS)
            .add(WordList.PETITION, PETITION_WORDS)
            .add(WordList.POINTER, POINTER_WORDS)
            .add(WordList.PRICE, PRICE_WORDS)
            .add(WordList.REST_FOR_SALE, REST_FOR_SALE_WORDS)
            .add(WordList.SALE, SALE_WORDS)
            .add(WordList.SAMPLE, SAMPLE_WORDS)
            .add(WordList.SHOP_SMALL_PRINT, SHOP_SMALL_PRINT_WORDS)
            .add(WordList.SPONSORED, SPONSORED_WORDS)
            .add(WordList.SUBSCRIPTION, SUBSCRIPTION_WORDS)
            .add(WordList.SUPPORT, SUPPORT_WORDS)
            .add(WordList.TRIAL, TRIAL_WORDS)
            .add(WordList.URGENCY, URGENCY_WORDS)
            .build();
    private static final String[] STOCK_WORDS = {"aktie", "anleger", "aktionär", "börse", "depot", "wertpapier", "dax",
            "nasdaq", "etf", "fonds"};

    /** Calls that sell (a button on its own line), unlike "ausprobieren", "informieren", "herunterladen" of a PDF. */
    private static final Set<String> SELLING_CALLS = Set.of("bestellen", "kaufen", "sichern", "testen", "anmelden",
            "registrieren", "abonnieren", "weiterlesen", "weiter", "buchen", "spenden", "anfordern", "freischalten", "gewinnen",
            "vorbestellen", "shoppen", "abschließen", "berechnen", "beantragen", "anfragen", "konfigurieren");
    private static final Set<String> CTA_VERB_SET = Set.of(CTA_VERBS.split("\\|"));

    /** The sentence's last word, lower case (where a call to action puts its verb: "Jetzt herunterladen"). */
    private static String lastWord(String lower) {
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
            start--;
        }
        return lower.substring(start, end);
    }

    private static boolean has(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FIRST_PERSON = lc("\\b(?:wir|unser\\w*|ich|meine[mnrs]?|we|our|you|your)\\b");
    private static final Pattern ADDRESS_OR_WE = lc("\\b(?:wir|uns|unser\\w*|ich|mir|mein\\w*|du|dich|dir|dein\\w*|ihr|euch|sie|ihnen"
            + "|[\\p{L}.-]+\\.(?:de|com|at|ch))\\b|\\b(?:erhält|erhalten|bekommt|bekommen)\\b");

    /** Runs of letters or digits, counted without a regular expression (it runs on every sentence). */
    private static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    @Override
    public List<DetectedSuggestion> detect(AssistText text) {
        Analysis analysis = analyse(text);
        // promo6: the page-level judgement (advertorials, deal posts, cooperations) adds to cues and model, see CommercialPages
        return CommercialPages.extend(text, analysis.cues(), withModel(text, analysis, PromotionalModel.shared()));
    }

    /**
     * The cues' suggestions and, for the sentences they leave, the learned model's (ADR 41): a sentence the cues do not
     * flag is promotional when the model's probability reaches its threshold, with the model's strongest reasons.
     * The cues' suggestions stay as they are, so the model only adds.
     */
    static List<DetectedSuggestion> withModel(AssistText text, Analysis analysis, PromotionalModel model) {
        List<boolean[]> flagged = analysis.flagged(text);
        List<PromotionalFeatures.Vector> vectors = PromotionalFeatures.of(text, analysis.cues(), flagged,
                analysis.lastProse());
        Map<Integer, DetectedSuggestion> byOrdinal = new java.util.HashMap<>();
        analysis.byCues().forEach(suggestion -> byOrdinal.put(suggestion.ordinal(), suggestion));
        List<DetectedSuggestion> all = new ArrayList<>(analysis.byCues().size());
        int index = 0;
        for (AssistText.Sentence sentence : text.sentences()) {
            DetectedSuggestion byCues = byOrdinal.get(sentence.ordinal());
            PromotionalFeatures.Vector vector = vectors.get(index++);
            if (byCues != null) {
                all.add(byCues);
            } else if (model.promotional(vector)) {
                all.add(new DetectedSuggestion(sentence.ordinal(), SuggestedVerdict.PROMOTIONAL, model.reasons(vector)));
            }
        }
        return all;
    }

    /** What the cues found: every sentence's cues, where the article's prose ends, the cues' suggestions. */
    record Analysis(List<List<Cues>> cues, int lastProse, List<DetectedSuggestion> byCues) {
        /** Per block and sentence: the cues flagged it. */
        List<boolean[]> flagged(AssistText text) {
            Set<Integer> ordinals = new java.util.HashSet<>();
            byCues.forEach(suggestion -> ordinals.add(suggestion.ordinal()));
            List<boolean[]> flagged = new ArrayList<>(text.blocks().size());
            for (AssistText.Block block : text.blocks()) {
                boolean[] one = new boolean[block.sentences().size()];
                for (int s = 0; s < one.length; s++) {
                    one[s] = ordinals.contains(block.sentences().get(s).ordinal());
                }
                flagged.add(one);
            }
            return flagged;
        }
    }

    /** The cues alone (ADR 18, 24): package-private for the model's fit, which learns what they leave. */
    Analysis analyse(AssistText text) {
        List<AssistText.Block> blocks = text.blocks();
        int n = blocks.size();
        List<List<Cues>> cues = new ArrayList<>(n);
        boolean aboutShares = false;
        for (AssistText.Block block : blocks) {
            List<Cues> blockCues = new ArrayList<>();
            for (AssistText.Sentence sentence : block.sentences()) {
                String plain = sentence.text().strip();
                String lower = plain.toLowerCase(Locale.ROOT);
                blockCues.add(cues(plain, lower));
                aboutShares = aboutShares || has(lower, STOCK_WORDS) && STOCK.matcher(lower).find();
            }
            cues.add(blockCues);
        }
        if (!aboutShares) {
            // "Kaufen oder verkaufen?" is a stock tip in a market report, a consumer question elsewhere.
            cues.replaceAll(blockCues -> blockCues.stream().map(c -> c.without(Cue.STOCK_TIP_QUESTION)).toList());
        }
        for (int b = 0; b < n; b++) {
            Map<Cue, Double> layoutCues = layoutCues(blocks.get(b));
            cues.set(b, cues.get(b).stream().map(c -> c.with(layoutCues)).toList());
        }
        // An old and a new price on two lines of their own ("19,90 €" / "9,90 €"), the old one a shop's price (cents
        // 90, 95, 99, 49), and no third price beside them: the offer of a shop box. A column of a price table or a
        // calculation ("341,44 €" / "311,68 €", three models' prices) is not one.
        for (int b = 0; b + 1 < n; b++) {
            Double first = priceTag(blocks.get(b), cues.get(b));
            Double second = priceTag(blocks.get(b + 1), cues.get(b + 1));
            boolean alone = (b == 0 || priceTag(blocks.get(b - 1), cues.get(b - 1)) == null)
                    && (b + 2 >= n || priceTag(blocks.get(b + 2), cues.get(b + 2)) == null);
            if (first != null && second != null && second < first && alone && shopCents(first)) {
                Map<Cue, Double> reduced = Map.of(Cue.PRICE_TAG, 2.0);
                cues.set(b, cues.get(b).stream().map(c -> c.with(reduced)).toList());
                cues.set(b + 1, cues.get(b + 1).stream().map(c -> c.with(reduced)).toList());
            }
        }
        int lastProse = lastEditorialParagraph(blocks, cues);
        boolean[] promotional = new boolean[n];
        for (int b = 0; b < n; b++) {
            promotional[b] = blockScore(cues.get(b)) * placeFactor(blocks.get(b), cues.get(b), b > lastProse)
                    >= BLOCK_THRESHOLD && convincing(cues.get(b));
        }
        // A box may be spread over short lines that each pitch a little ("Sollten Sie jetzt kaufen?" /
        // "Lesen Sie unsere Gratis-Analyse."): such a run of short blocks is judged as one.
        for (int b = 0; b < n; ) {
            int end = b;
            double sum = 0;
            List<Cues> together = new ArrayList<>();
            while (end < n && !promotional[end] && isShortPitch(blocks.get(end), cues.get(end))) {
                sum += blockScore(cues.get(end)) * placeFactor(blocks.get(end), cues.get(end), end > lastProse);
                together.addAll(cues.get(end));
                end++;
            }
            if (end - b >= 2 && sum >= BLOCK_THRESHOLD && convincing(together)) {
                for (int k = b; k < end; k++) {
                    promotional[k] = true;
                }
            }
            b = Math.max(end, b + 1);
        }
        // A list of products, each line with its link to a shop (a gift guide's "Lampe: Ein Hingucker …"), is one box.
        for (int b = 0; b < n; ) {
            int end = b;
            while (end < n && isShopLinkLine(blocks.get(end), cues.get(end))) {
                end++;
            }
            if (end - b >= MIN_SHOP_LIST) {
                for (int k = b; k < end; k++) {
                    promotional[k] = true;
                }
            }
            b = Math.max(end, b + 1);
        }
        // A funnel leads in: short blocks that pitch or ask the reader right before a promotional block belong to it.
        boolean[] joined = new boolean[n];
        for (int b = 1; b < n; b++) {
            if (!promotional[b] || onlyLabels(cues.get(b))) {
                continue;
            }
            int before = b - 1;
            while (before >= 0 && !promotional[before] && !joined[before]) {
                if (isLeadIn(blocks.get(before), cues.get(before)) || isOpener(blocks.get(before))
                        || before > lastProse && isSelfTalk(blocks.get(before))
                        || before == b - 1 && (before > lastProse || blocks.get(b).kind() == BlockKind.HEADING)
                        && isBoxHeading(blocks.get(before))
                        || namesTheOffer(blocks.get(before), blocks.get(b))) {
                    joined[before] = true;
                    before--;
                    continue;
                }
                // A plain short line ("Jeden Morgen das Wichtigste.") between the call and its heading
                // ("Newsletter") belongs to the box when a lead-in comes right before it.
                if (isBoxLine(blocks.get(before)) && before > 0 && !promotional[before - 1] && !joined[before - 1]
                        && isLeadIn(blocks.get(before - 1), cues.get(before - 1))) {
                    joined[before] = true;
                    before--;
                    continue;
                }
                break;
            }
        }
        // After a plug, a short block that names the same product is more of the plug ("Die X-App steht auch zum
        // Download …" after "X ist auch als kostenlose App verfügbar!"); a plug that ends in a colon naming its product
        // announces the block after it ("Überzeugen Sie sich von unserem Online-Abo:" / what the subscription gives).
        // Not after a label: what follows "Anzeige" on a page is often the article again; not a heading: where the
        // announced button was dropped, the next heading is the article's next part (promo8).
        for (int b = 1; b < n; b++) {
            int box = b - 1;
            if (!(promotional[box] || joined[box]) || promotional[b] || joined[b] || onlyLabels(cues.get(box))
                    || !isShortBlock(blocks.get(b)) || blocks.get(b).kind() == BlockKind.HEADING) {
                continue;
            }
            List<AssistText.Sentence> boxSentences = blocks.get(box).sentences();
            String announcing = boxSentences.getLast().text().strip();
            // The colon must name what is offered ("… unserem Online-Abo:"): after "Registrieren Sie sich jetzt
            // kostenlos:" the page had its form, and the next block is the article again.
            boolean announces = announcing.endsWith(":") && !cues.get(box).getFirst().weights().containsKey(Cue.AD_LABEL)
                    && PRODUCT_NOUN.matcher(announcing.toLowerCase(Locale.ROOT)).find();
            if (announces || namesTheOffer(blocks.get(b), blocks.get(box))) {
                joined[b] = true;
            }
        }
        // A box goes on while the short blocks after it carry cues of their own (payment lines, a pitch), across
        // at most two short lines without one ("1000 Dank!").
        for (int b = 1; b < n; b++) {
            if (!(promotional[b - 1] || joined[b - 1]) || promotional[b] || joined[b] || onlyLabels(cues.get(b - 1))) {
                continue;
            }
            for (int next = b; next < n && next - b <= 2 && !promotional[next]; next++) {
                if (isTrailer(blocks.get(next), cues.get(next))) {
                    for (int between = b; between <= next; between++) {
                        joined[between] = true;
                    }
                    break;
                }
                if (!isBoxLine(blocks.get(next))) {
                    break;
                }
            }
        }
        // A shop box is a run of short lines (product, price, specs) ending in its buttons: the lines before a
        // button belong to it back to the last paragraph of prose; short lines between two boxes belong to both.
        for (int b = 0; b < n; b++) {
            if (promotional[b] && (hasCue(cues.get(b), Cue.SHOP_BOX) || hasCue(cues.get(b), Cue.PRICE_TAG)
                    || isBuyButton(blocks.get(b), cues.get(b)))) {
                for (int before = b - 1, taken = 0; before >= 0 && !promotional[before] && taken < MAX_BOX_LINES
                        && isBoxLine(blocks.get(before)); before--, taken++) {
                    joined[before] = true;
                }
            }
        }
        for (int b = 0; b < n; b++) {
            if (!(promotional[b] || joined[b]) || onlyLabels(cues.get(b))) {
                continue;
            }
            int next = b + 1;
            while (next < n && !promotional[next] && !joined[next] && next - b <= MAX_BOX_LINES
                    && isBoxLine(blocks.get(next))) {
                next++;
            }
            // One block of a few sentences between two parts of a box belongs to it, too.
            if (next == b + 1 && next + 1 < n && (promotional[next + 1] || joined[next + 1])
                    && !onlyLabels(cues.get(next + 1)) && blocks.get(next).sentences().size() <= 3
                    && wordCount(blocks.get(next).text()) <= 60) {
                next++;
            }
            // The far part must be a box too: a long paragraph with one offer in it is prose, its heading no box line.
            if (next > b + 1 && next < n && (promotional[next] || joined[next])
                    && !(onlyLabels(cues.get(next)) && (promotional[next] || hasCue(cues.get(next), Cue.AD_LABEL)))
                    && blocks.get(next).sentences().size() < LONG_PARAGRAPH) {
                for (int between = b + 1; between < next; between++) {
                    joined[between] = true;
                }
            }
        }
        // One box on the page: lines next to a flagged line that sat in the same form box or the same box the page names
        // an ad, donation or newsletter box are part of it (a petition's heading, an appeal's middle lines). See ADR 24.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int b = 0; b < n; b++) {
                if (!(promotional[b] || joined[b]) || hasCue(cues.get(b), Cue.AD_LABEL) && onlyLabels(cues.get(b))) {
                    continue; // a plain line of the box passes it on; a bare "Anzeige" does not (ADR 18)
                }
                for (int next : new int[] {b - 1, b + 1}) {
                    if (next >= 0 && next < n && !promotional[next] && !joined[next]
                            && sameBox(blocks.get(next), blocks.get(b))) {
                        joined[next] = true;
                        changed = true;
                    }
                }
            }
        }
        boolean[] leadIn = joined;
        boolean[] whole = new boolean[n];
        for (int b = 0; b < n; b++) {
            // Between two parts of a box, or after the article (its last paragraph of plain prose) beside one; in the
            // article, a short paragraph beside a deal may be the product's description, not the ad.
            boolean before = inBox(b - 1, promotional, joined, cues);
            boolean after = inBox(b + 1, promotional, joined, cues);
            boolean afterArticle = lastProse >= 0 && b > lastProse;
            whole[b] = promotional[b] && (isShopLinkLine(blocks.get(b), cues.get(b))
                    || isShortBlock(blocks.get(b)) && (before && after || afterArticle && (before || after)));
        }
        List<DetectedSuggestion> suggestions = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            if (promotional[b]) {
                flagBlock(blocks.get(b), cues.get(b), whole[b], suggestions);
            } else if (leadIn[b]) {
                String boxCode = nextPromotionalCode(b, promotional, cues);
                for (int s = 0; s < blocks.get(b).sentences().size(); s++) {
                    Set<String> reasons = new LinkedHashSet<>();
                    reasons.add(FUNNEL_LEAD_IN);
                    reasons.addAll(cues.get(b).get(s).codes());
                    if (boxCode != null) {
                        reasons.add(boxCode);
                    }
                    suggestions.add(suggestion(blocks.get(b).sentences().get(s), reasons));
                }
            }
        }
        return new Analysis(cues, lastProse, suggestions);
    }

    /** The block's weight: its sentences' cues, the reader address and the box hints counted once (context, not evidence). */
    private static double blockScore(List<Cues> cues) {
        double score = 0;
        boolean address = false;
        boolean box = false;
        for (Cues c : cues) {
            score += c.total();
            if (c.weights().containsKey(Cue.READER_ADDRESS)) {
                score -= WEAK;
                address = true;
            }
            // A form or a link-dense line in the box is context too, once per block however many hints it has.
            for (Cue hint : BOX_HINTS) {
                Double weight = c.weights().get(hint);
                if (weight != null) {
                    score -= weight;
                    box = true;
                }
            }
        }
        return score + (address ? WEAK : 0) + (box ? WEAK : 0);
    }

    private static final Set<Cue> BOX_HINTS = java.util.EnumSet.of(Cue.FORM_BOX, Cue.LINK_DENSE_BOX);

    /** Weak cues never add up to an ad alone: one cue of weight 2 or more, or two different kinds of cue. */
    private static boolean convincing(List<Cues> cues) {
        Set<Cue> kinds = java.util.EnumSet.noneOf(Cue.class);
        for (Cues c : cues) {
            for (var e : c.weights().entrySet()) {
                if (e.getValue() >= 2.0 && !e.getKey().hint) {
                    return true; // a layout hint alone never convinces: it needs words or a second kind of hint
                }
                if (e.getValue() > WEAK) {
                    kinds.add(e.getKey());
                }
            }
        }
        return kinds.size() >= 2;
    }

    /**
     * Where a block stands changes how much its cues count: after the last editorial paragraph (the
     * page's tail, where boxes sit) more, inside a long paragraph of prose less.
     */
    private static double placeFactor(AssistText.Block block, List<Cues> cues, boolean afterArticle) {
        long plain = cues.stream().filter(Cues::isEmpty).count();
        // A shop's link line ("► Zum Shop: shop.example.de/…") stays a button inside a paragraph (a video's description).
        boolean button = cues.stream().anyMatch(c -> c.weights().getOrDefault(Cue.SHOP_BOX, 0.0) >= 3.0);
        // So does a label the author put into one sentence ("das Shampoo (Werbung)"): it marks that sentence; a
        // sentence that is only a label ("#Werbung!") in a paragraph is the writer's irony (promo8).
        for (int s = 0; s < cues.size() && !button; s++) {
            String sentence = block.sentences().get(s).text().strip();
            button = cues.get(s).weights().containsKey(Cue.AD_LABEL)
                    && !opensWithLabel(sentence.toLowerCase(Locale.ROOT), wordCount(sentence));
        }
        if (block.sentences().size() >= 5 && plain >= block.sentences().size() - 1 && !button) {
            return 0.75;
        }
        return afterArticle ? 1.25 : 1.0;
    }

    /** The last paragraph of at least three sentences without any cue: where the article's prose ends. */
    private static int lastEditorialParagraph(List<AssistText.Block> blocks, List<List<Cues>> cues) {
        for (int b = blocks.size() - 1; b >= 0; b--) {
            if (blocks.get(b).kind() == BlockKind.PARAGRAPH && blocks.get(b).sentences().size() >= 3
                    && cues.get(b).stream().allMatch(Cues::isEmpty)) {
                return b;
            }
        }
        return -1;
    }

    /** A label and nothing else (what the page's markup says of it aside): its neighbours may be the article. */
    private static boolean onlyLabels(List<Cues> cues) {
        return cues.stream().allMatch(c -> c.weights().keySet().stream()
                .allMatch(cue -> cue == Cue.AD_LABEL || cue == Cue.READER_ADDRESS || cue.hint));
    }

    private static boolean isLeadInSentence(String sentence) {
        if (wordCount(sentence) > SHORT_SENTENCE) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        return ADDRESS.matcher(sentence).find() || QUESTION.matcher(lower).find() || WE.matcher(lower).find();
    }

    /** The publication speaking of itself: "Wir finanzieren uns …", "unsere Arbeit". */
    private static final Pattern WE = lc("\\b(?:wir|uns|unser\\w*|we|us|our)\\b");

    /** Words of a sentence short enough to be a box's lead-in line. */
    private static final int SHORT_SENTENCE = 12;

    /** A paragraph this long is prose even when one of its sentences sells (ADR 18's place factor uses the same). */
    private static final int LONG_PARAGRAPH = 5;

    /** How many short lines a shop box may have before or between its buttons. */
    private static final int MAX_BOX_LINES = 30;

    /**
     * A short block that pitches (an offer word, a price, a call) or asks the reader a question, without a
     * paragraph of prose; addressing the reader alone is not enough (service journalism does it all the time).
     */
    private static boolean isLeadIn(AssistText.Block block, List<Cues> cues) {
        if (block.sentences().size() > 3 || wordCount(block.text()) > 60) {
            return false;
        }
        boolean pitch = cues.stream().anyMatch(Cues::pitches);
        boolean askingTheReader = block.kind() != BlockKind.HEADING && block.sentences().stream().anyMatch(s ->
                QUESTION.matcher(s.text().strip()).find()
                        && (ADDRESS.matcher(s.text()).find() || BUY_SELL.matcher(s.text()).find()));
        return pitch || askingTheReader;
    }

    /**
     * A box's opening words that trail off into it: "Übrigens …", "Apropos …", "P.S. …", or a short line that announces
     * it with a colon ("Was der Stern bedeutet:").
     */
    private static boolean isOpener(AssistText.Block block) {
        if (block.sentences().size() != 1) {
            return false;
        }
        String text = block.text().strip();
        if (wordCount(text) <= 6 && text.endsWith(":")) {
            return true;
        }
        return block.kind() != BlockKind.BULLET && wordCount(text) <= 3 && (text.endsWith("…") || text.endsWith("..."));
    }

    /** After the article, a short heading right above a box is the box's title ("Hinweis zu der Meldung"). */
    private static boolean isBoxHeading(AssistText.Block block) {
        int words = wordCount(block.text());
        return block.kind() == BlockKind.HEADING && block.sentences().size() == 1
                && words >= 1 && words <= 6 // "+++" separates, it is no title
                && !block.text().contains(":") // "Mitarbeit: Antonio Gutierrez" is a credit line
                && !NAME_LINE.matcher(block.text().strip()).matches(); // "Claudia Duwe": the byline above the rest-for-sale line
    }

    /** Two or three capitalised words and nothing else: a person's name (a byline), not a box's title. */
    private static final Pattern NAME_LINE = Pattern.compile("\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,2}",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** What a plug sells, by its noun: "Die Sport-App …" before "Die BILD-App jetzt kostenlos …". */
    private static final Pattern PRODUCT_NOUN = lc("(?:^|[\\s-])(app|newsletter|abo|magazin|heft|ausgabe|e-paper"
            + "|podcast)s?\\b");

    /**
     * A short block right before a plug that names the same product (an app, a newsletter, a magazine) is its lead-in:
     * the box's praise of the product ("Hier gibt es die Nachrichten … gebündelt in einer App.").
     */
    private static boolean namesTheOffer(AssistText.Block block, AssistText.Block plug) {
        if (block.sentences().size() > 3 || wordCount(block.text()) > 60) {
            return false;
        }
        var offered = PRODUCT_NOUN.matcher(plug.text().toLowerCase(Locale.ROOT));
        if (!offered.find()) {
            return false;
        }
        var named = PRODUCT_NOUN.matcher(block.text().toLowerCase(Locale.ROOT));
        while (named.find()) {
            if (named.group(1).equals(offered.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a block sat in the same box as a flagged neighbour, as far as the page's markup tells: both in a box the
     * page names an ad, donation, newsletter or affiliate box (blocks of at most two sentences: a whole article can carry
     * such a class), or the block in a form box beside a boxed or form-box neighbour (at most three short sentences).
     */
    private static boolean sameBox(AssistText.Block block, AssistText.Block flagged) {
        BlockLayout layout = block.layout();
        BlockLayout other = flagged.layout();
        if (layout.isNone() || other.isNone()) {
            return false;
        }
        int sentences = block.sentences().size();
        int words = wordCount(block.text());
        if (layout.promoMarkup() && other.promoMarkup() && (layout.boxed() || layout.controls()) && sentences <= 2
                && words <= 30) {
            return true;
        }
        return layout.controls() && (other.controls() || other.boxed() && layout.boxed()) && sentences <= 3 && words <= 60;
    }

    /** A shop's price ends in 90, 95, 99 or 49 cents ("19,90 €", "29,99 €"); a calculated amount rarely does. */
    private static boolean shopCents(double amount) {
        long cents = Math.round(amount * 100) % 100;
        return cents == 90 || cents == 95 || cents == 99 || cents == 49;
    }

    /** The amount of a price-tag line (a block of one sentence), or null. */
    private static Double priceTag(AssistText.Block block, List<Cues> cues) {
        if (cues.size() != 1 || !cues.getFirst().weights().containsKey(Cue.PRICE_TAG)) {
            return null;
        }
        var m = PRICE_TAG_LINE.matcher(block.text().strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String amount = m.group(1);
        int decimals = amount.length() - 3; // the last separator is the decimal one ("1.299,00", "9.90")
        return Double.parseDouble(amount.substring(0, decimals).replace(".", "") + "." + amount.substring(decimals + 1));
    }

    /** How many lines with shop links in a row make a product list. */
    private static final int MIN_SHOP_LIST = 3;

    /** A short block with a link to a shop or an affiliate host (its layout says so), no paragraph of prose. */
    private static boolean isShopLinkLine(AssistText.Block block, List<Cues> cues) {
        return block.layout().shopLinks() > 0 && block.layout().opensWithLink() && block.sentences().size() <= 3
                && wordCount(block.text()) <= 80;
    }

    /**
     * What the page's markup says about a block (HTML sources; none for plain text): the page names its box an
     * ad, promotion, newsletter or shop box; the box holds a form or a button; the block links to shops; a short
     * line in a box that is all link. Each is a cue of every sentence of the block. See ADR 24.
     */
    private static Map<Cue, Double> layoutCues(AssistText.Block block) {
        BlockLayout layout = block.layout();
        if (layout.isNone()) {
            return Map.of();
        }
        Map<Cue, Double> cues = new EnumMap<>(Cue.class);
        if (layout.promoMarkup()) {
            cues.put(Cue.AD_MARKUP, AD_MARKUP_WEIGHT);
        }
        if (layout.controls()) {
            cues.put(Cue.FORM_BOX, FORM_HINT);
        }
        if (layout.shopLinks() > 0) {
            cues.put(Cue.SHOP_LINKS, LAYOUT_HINT);
        }
        if (layout.linkShare() >= LINK_DENSE && wordCount(block.text()) <= SHORT_SENTENCE
                && (layout.boxed() || layout.promoMarkup() || layout.controls())) {
            cues.put(Cue.LINK_DENSE_BOX, FORM_HINT);
        }
        return cues;
    }

    /** The page calls the box an ad: with a cue of the words it is one (a hint: it pulls no neighbours in). */
    private static final double AD_MARKUP_WEIGHT = 2.0;
    /** A form, a shop link, a link-dense line: what supports the words, never enough alone. */
    private static final double LAYOUT_HINT = 1.0;
    private static final double LINK_DENSE = 0.8;
    /** A form or button in the box, a link-dense line: context only (download buttons and link lists are everywhere). */
    private static final double FORM_HINT = WEAK;

    /** After the article, a line or two of the publication speaking of itself ("Wir sind unabhängig.") before a box. */
    private static boolean isSelfTalk(AssistText.Block block) {
        return block.sentences().size() <= 2
                && block.sentences().stream().allMatch(sentence -> wordCount(sentence.text()) <= SHORT_SENTENCE)
                && block.kind() != BlockKind.HEADING && WE.matcher(block.text().toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A short block (at most three sentences, 60 words): inside a box it goes whole, its other sentences with the one
     * that pitches ("Online-Journalismus kostet! Denn gut recherchierte Inhalte brauchen Zeit …", a donation box's
     * middle lines; promo8). A long paragraph with an offer in it stays prose.
     */
    private static boolean isShortBlock(AssistText.Block block) {
        return block.sentences().size() <= 3 && wordCount(block.text()) <= 60;
    }

    /** Block {@code b} is promotional or joined to a box, and not a bare label (which may stand in the article). */
    private static boolean inBox(int b, boolean[] promotional, boolean[] joined, List<List<Cues>> cues) {
        return b >= 0 && b < promotional.length && (promotional[b] || joined[b]) && !onlyLabels(cues.get(b));
    }

    /** A block of at most two short sentences with a cue that pitches (not only the reader address). */
    private static boolean isShortPitch(AssistText.Block block, List<Cues> cues) {
        return block.sentences().size() <= 2 && wordCount(block.text()) <= 2 * SHORT_SENTENCE
                && cues.stream().anyMatch(c -> c.strong() > 0);
    }

    /** A short block after a box that still belongs to it: it carries a cue of its own. */
    private static boolean isTrailer(AssistText.Block block, List<Cues> cues) {
        return block.sentences().size() <= 3 && wordCount(block.text()) <= 40
                && cues.stream().anyMatch(c -> c.strong() > 0);
    }

    /** A line of a box: one short sentence (a product name, a price, a spec, a thank-you), not prose. */
    private static boolean isBoxLine(AssistText.Block block) {
        int words = wordCount(block.text());
        return block.sentences().size() == 1 && words >= 1 && words <= 10; // "+++" separates the page's parts (promo8)
    }

    /** A line that is a buying button ("bestellen", "Jetzt kaufen"): the short lines above it are its product (promo4). */
    private static boolean isBuyButton(AssistText.Block block, List<Cues> cues) {
        return cues.size() == 1 && cues.getFirst().weights().getOrDefault(Cue.CALL_TO_ACTION, 0.0) >= 3.0
                && BUY_CALLS.contains(lastWord(block.text().strip().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> BUY_CALLS = Set.of("bestellen", "kaufen", "vorbestellen", "shoppen", "buchen", "abonnieren");

    private static boolean hasCue(List<Cues> cues, Cue cue) {
        return cues.stream().anyMatch(c -> c.weights().containsKey(cue));
    }

    private static String nextPromotionalCode(int from, boolean[] promotional, List<List<Cues>> cues) {
        for (int b = from + 1; b < promotional.length; b++) {
            if (promotional[b]) {
                return strongest(cues.get(b));
            }
        }
        return null;
    }

    private static String strongest(List<Cues> cues) {
        Cue best = null;
        double weight = 0;
        for (Cues c : cues) {
            for (var e : c.weights().entrySet()) {
                if (e.getValue() > weight) {
                    weight = e.getValue();
                    best = e.getKey();
                }
            }
        }
        return best == null ? null : best.code;
    }

    /**
     * A short or cue-dense block is one box: all its sentences go (the lead-in sentences of an offer).
     * In a long block only the run from the first to the last cue sentence goes.
     */
    private static void flagBlock(AssistText.Block block, List<Cues> cues, boolean whole, List<DetectedSuggestion> out) {
        List<AssistText.Sentence> sentences = block.sentences();
        int size = sentences.size();
        long pitching = cues.stream().filter(Cues::pitches).count();
        int from = 0;
        int to = size - 1;
        String first = sentences.getFirst().text().strip();
        boolean labelled = cues.getFirst().weights().containsKey(Cue.AD_LABEL)
                && opensWithLabel(first.toLowerCase(Locale.ROOT), wordCount(first)) // not a label inside the sentence
                || block.layout().promoMarkup() && size <= 4; // the page names this short block an ad or appeal box
        boolean shortBox = size <= 4 && java.util.stream.IntStream.range(0, size)
                .allMatch(k -> cues.get(k).pitches() || wordCount(sentences.get(k).text()) <= SHORT_SENTENCE);
        if (pitching * 2 < size && !labelled && !shortBox && !whole) { // a label at the start ("[Werbung] …") covers its block
            while (from < size && cues.get(from).strong() == 0) {
                from++;
            }
            while (to > from && cues.get(to).strong() == 0) {
                to--;
            }
            // Short sentences right before the pitch that talk to the reader or about "us" lead in to it
            // ("Wir sind unabhängig. Unterstützen Sie uns!"), a few at most.
            for (int taken = 0; from > 0 && taken < 3 && isLeadInSentence(sentences.get(from - 1).text()); taken++) {
                from--;
            }
        }
        // An author's or agency's tag closing the block ("(grh)", "(dpa)") is the article's byline (promo8).
        while (to > from && cues.get(to).isEmpty() && AUTHOR_TAG.matcher(sentences.get(to).text().strip()).matches()) {
            to--;
        }
        String blockCode = strongest(cues);
        for (int s = from; s <= to; s++) {
            Set<String> reasons = new LinkedHashSet<>(cues.get(s).codes());
            if (cues.get(s).strong() == 0 && !(whole && cues.get(s).weights().containsKey(Cue.SHOP_LINKS))) {
                reasons.add(FUNNEL_LEAD_IN); // a product list's lines are the box itself: their shop link says why
                reasons.add(blockCode);
            }
            out.add(suggestion(sentences.get(s), reasons));
        }
    }

    /** An author's or agency's short tag in brackets: "(grh)", "(dpa)", "(red/afp)". */
    private static final Pattern AUTHOR_TAG = Pattern.compile("\\(\\p{L}{2,6}(?:\\s?/\\s?\\p{L}{2,6})*\\)\\.?",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static DetectedSuggestion suggestion(AssistText.Sentence sentence, Set<String> reasons) {
        reasons.remove(Cue.READER_ADDRESS.code);
        if (reasons.isEmpty()) {
            reasons.add(FUNNEL_LEAD_IN);
        }
        return new DetectedSuggestion(sentence.ordinal(), SuggestedVerdict.PROMOTIONAL, List.copyOf(reasons));
    }
}
