"""The line rules, as data.

Every rule has a name; that name is what appears in a record's `removed` audit and in run reports.
A newcomer looking for "why was this line removed?" finds the answer in this file and nowhere else:
`AUDIT_RULES` holds every name with its reason and its thresholds, the line rules (a line's words)
and the structural rules (a line's place and shape) alike. The README's table is generated from it.

A line rule's patterns are rows of each language (`cleaners/languages/`), under the rule's one
language-neutral name. Patterns are matched, case-insensitively, against a line's *plain text*
(markdown link syntax already reduced to its text, whitespace collapsed). `max_words` keeps a rule
away from body paragraphs that merely mention the same words: a real prompt is short.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cleaners.languages import CODES, alternation, patterns_of, words_of
from cleaners.patterns import FirstMatch, LinePatterns, first_character_matchers, lowered_for_literals


@dataclass(frozen=True)
class LineRule:
    """A named rule that removes a line (or, with `cuts_tail`, that line and every line after it)."""

    name: str
    why: str
    max_words: int
    cuts_tail: bool = False  # only once some prose came before it: at the top it takes just the line
    thresholds: Mapping[str, float] = field(default_factory=dict)
    patterns: LinePatterns = field(init=False)  # every language's rows for this name (cleaners/languages)

    def __post_init__(self) -> None:
        object.__setattr__(self, "patterns", LinePatterns(*patterns_of(self.name)))

    def matches(self, plain: str, words: int | None = None, lowered: str | None = None) -> bool:
        """`words` and `lowered` (see LinePatterns.search), when the caller already has them (it
        asks every rule)."""
        words = len(plain.split()) if words is None else words
        if words > self.max_words:
            return False
        return self.patterns.search(plain, lowered) and self.reads_as_prompt(plain, words)

    def reads_as_prompt(self, plain: str, words: int, languages: frozenset[str] | None = None) -> bool:
        """A line of `reader_min_words` or more that this rule's row takes at its start is a prompt
        only if it speaks to the reader ('you', 'Sie', 'ваш'; `languages`' reader words, all when
        None): prose that quotes a prompt and goes on tells of others ('Subscribe to our channel —
        the rowers hung that sign on the gate …')."""
        limit = self.thresholds.get("reader_min_words")
        return limit is None or words < limit or reader_words(languages).search(plain) is not None

    def threshold(self, key: str) -> float:
        return self.thresholds[key]


def first_matching_rule(
    plain: str, languages: frozenset[str] | None = None, words: int | None = None
) -> LineRule | None:
    """The first rule of LINE_RULES that takes this line, if any (a rule whose patterns match a
    line longer than its `max_words` does not take it), with the patterns of `languages` (the page's
    and English: trying every language's on every line cost ten times as much) or of all; `words`
    is the line's word count when the caller has it. Only the rules that may take a line of its
    length are tried (a prose line's are two or three of fifteen: matching all of them cost twice as much)."""
    words = len(plain.split()) if words is None else words
    if words > _MOST_WORDS:
        return None
    limit = 0 if words <= SHORT_LINE_WORDS else LONG_LINE_LIMITS[bisect.bisect_left(LONG_LINE_LIMITS, words)]
    rules = rules_taking(limit)
    for index in rule_matcher(languages, limit).matching(plain, lowered_for_literals(plain)):
        if words <= rules[index].max_words and rules[index].reads_as_prompt(plain, words, languages):
            return rules[index]
    return None


@functools.cache
def reader_words(languages: frozenset[str] | None) -> re.Pattern[str]:
    """The words of `languages` (all when None) that speak to the reader, whole words, made once per set."""
    return re.compile(rf"(?<!\w)(?:{alternation(words_of('reader_words', languages))})(?!\w)", re.IGNORECASE)


@functools.cache
def rule_matcher(languages: frozenset[str] | None, limit: int = 0) -> FirstMatch:
    """The patterns of the line rules that take lines of `limit` words (see `rules_taking`), of these
    languages (all when None), made once per process, set and limit; their anchored patterns matched a
    language at a time (`language_matchers`)."""
    return FirstMatch(
        [(rule.name, LinePatterns(*patterns_of(rule.name, languages))) for rule in rules_taking(limit)],
        None if languages is None else [language_matchers(code, limit) for code in sorted(languages)],
    )


@functools.cache
def language_matchers(language: str, limit: int) -> Mapping[str, re.Pattern[str]]:
    """One language's anchored patterns of the line rules that take lines of `limit` words, by first character
    (`first_character_matchers`), made once per process: English's are in the matchers of every language,
    where a regex of both languages' patterns compiled English's again for each (0.6 s of the warm-up's 1.7 s
    of matchers), at one more regex match a line."""
    return MappingProxyType(
        first_character_matchers(
            [LinePatterns(*patterns_of(rule.name, frozenset({language}))) for rule in rules_taking(limit)]
        )
    )


@functools.cache
def rules_taking(limit: int) -> tuple[LineRule, ...]:
    """The line rules whose `max_words` is at least `limit`, in their order (found once per limit:
    every line asks)."""
    return tuple(rule for rule in LINE_RULES if rule.max_words >= limit)


def page_languages(language: str | None) -> frozenset[str]:
    """Whose patterns a page's lines are matched with: its language's and English's (cruft in English
    is everywhere); English's alone when its language is unknown or has no rows."""
    return frozenset({language, "en"}) if language in CODES else frozenset({"en"})


# Order matters only for the audit: a line is credited to the first rule in this table that matches.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule(
        name="not_found_tail",
        why="A 'Page not found' / 'This page is not available' block a scraper glued after the article: "
        "it and all that follows, unless article prose goes on after it (then it is a line of the story).",
        cuts_tail=True,
        max_words=14,
        thresholds={"continuing_prose_words": 30},
    ),
    LineRule(
        name="comments_tail",
        why="The comment section: 'Leave a Reply', '12 Comments', 'You must be logged in to post a comment.', 'Leider "
        "sind keine Kommentare möglich.', a comment form's 'Your email address will not be published.', its "
        "moderation note ('Comments are moderated.', 'Les commentaires sont modérés.') and all after it (a 'Comments' "
        "button in a share strip is social_share). A label of a word or two, no heading, right above a paragraph of "
        "article prose, is a button to the comments: it alone goes.",
        cuts_tail=True,
        max_words=14,
        thresholds={"article_prose_words": 20, "passed_words": 2},
    ),
    LineRule(
        name="comments_widget",
        why="A blog's sidebar box of its readers' latest comments on other posts ('Recent Comments', 'Neueste "
        "Kommentare', 'Commentaires récents'): not the page's comment section, and a dump may print the sidebar above "
        "the article. Its heading goes; it and all after it go only when no comment section's heading follows it.",
        cuts_tail=True,
        max_words=4,
    ),
    LineRule(
        name="comment_thread",
        why="The heading a blog puts over its comments ('34 responses to “Title”'): it and all after it.",
        cuts_tail=True,
        max_words=30,
    ),
    LineRule(
        name="taxonomy",
        why="A post's tags and categories: 'Tags: Alibaba, cloud', 'Filed under: Best Of | Japan', 'Schlagwörter: "
        "Alltag, Religionen', 'Теги', the label alone or over a list of short entries with no sentence stop; links "
        "to the site's other posts, under or beside the article. Taken, it still weighs in the main-run search as it "
        "did untaken: it stands between the article and its teasers, where that weight decided where the run ends.",
        max_words=25,
    ),
    LineRule(
        name="navigation",
        why="Site chrome: 'Skip to main content', menu toggles, breadcrumbs, one-word menu entries; a forum "
        "topic's page row and search box ('4 posts • Page 1 of 1', 'Search this topic…', 'Поиск в теме…'); a feed "
        "reader's buttons around an item ('Save to Board', 'Read Later', 'Mark as Read', 'Go to website  Mark as "
        "unread'), a row of them one of the reader's buttons among its common words ('Salva · Aggiungi ai preferiti · "
        "Segna come non letto'; Miniflux's, FreshRSS's, Tiny Tiny RSS's words per language; 'Save · Star · Share' "
        "alone stays), and such a row atop the dump however long, with the reader's item line over it (`dateline`); "
        "a site's join and sign-in buttons side by side ('Join now Sign in', 'Mitglied werden Einloggen', "
        "'Приєднатися зараз Увійти': LinkedIn's over its headline, logged out); a read-it-later app's link back to its "
        "list, its arrow first ('← Back to Saves', '← Zurück zu Gespeichert', '← Назад к сохранённому'), and its "
        "link to the original page ('View Original'); a browser's reader view's toolbar copied as the dump's first "
        "line (Edge's Immersive Reader: 'Text preferences   Grammar tools   Reading preferences   Read aloud', "
        "'Préférences de texte   Outils de grammaire …'; per language), each part one of its buttons, however long.",
        max_words=12,
    ),
    LineRule(
        name="newsletter",
        why="Newsletter and subscription prompts, also when heading and blurb ran together ('Daily newsletterReceive "
        "…'), an app's download pitch ('Download our app for breaking news alerts') and a feedback prompt under the "
        "article ('Was this page helpful?', 'War dieser Artikel hilfreich?', '¿Te ha gustado esta reseña? Recibe …': "
        "alone, before a pitch, a rating call or its yes/no buttons ('Vond u dit artikel nuttig? Geef het een duim "
        "omhoog.', '… Ja Nein'), so the question told of in prose stays), a plea to support after one ('Cet article "
        "vous a été utile ? Soutenez …', 'Якщо цей текст був корисним, підтримайте нас …') or after a clause on this "
        "or our article ('Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie …', 'If you enjoyed our article, "
        "please support …'; a call to read on stays), an app's pitch after a lead-in ('Live scores: follow every game "
        "in the … app'), a mailing list's footer: why the mail came, the way out, the sending service ('You are "
        "receiving this email because …', 'Newsletter abbestellen', 'Wysłano przez FreshMail'), and a notice block's "
        "donation label and its call ('Donate online: Give …', 'Spenden: …', 'Wesprzyj nas: …'; a colon, so 'Donate "
        "blood if you can' stays), a donation plea's slogan, its button and its question on reading the site, each a "
        "whole line ('Jede kleine Spende hilft!', 'Donate now!', 'Sie lesen gern Kurier.de?'; 'Every donation counts, "
        "the treasurer said' and 'Lesen Sie gern Krimis? Dann …' stay), a plea to give after the sentence saying "
        "what the site is ('This paper is made by "
        "volunteers. Support us with a donation', 'Deze wijkkrant wordt gemaakt door vrijwilligers. Steun ons met een "
        "donatie') and stay-in-touch prompt ('Stay in touch: [Sign up …]', 'Restez en contact : …'), and a thanks to "
        "the patrons who pay for it ('This episode is made possible by our 1,200 patrons', 'Este episodio es posible "
        "gracias a los 1.200 mecenas de …'; patrons, members or listeners named, so a grant's thanks stays); a call "
        "to subscribe and what comes, or what comes and the call ('Suscríbete a Cuadernos de Obra y recibe …', 'Per "
        "ricevere i bollettini via e-mail, iscriviti …'; the imperative, so subscribers told of stay), the site's app "
        "in the stores ('… dans notre appli …, disponible sur iOS et Android'), a plea to support after the sentence "
        "saying what the site is ('… est un journal étudiant indépendant. Soutenez-nous : …') and a paywall's free "
        "trial ('… Jetzt vier Wochen kostenlos testen.'), its login prompt to subscribers ('Already a subscriber? Log "
        "in', 'Déjà abonné ? Connectez-vous'), its promise to cancel at will after the pitch ('Kostenlos. Werbefrei. "
        "Jederzeit kündbar,', '… Cancela cuando quieras.') and unlimited access at a price ('Unlimited access for "
        "less than $2 a month'). A line of 25 words or more is one only if it speaks to the reader ('you', 'Sie', "
        "'ваш'): prose quoting a prompt tells of others.",
        max_words=30,
        # reader_min_words: of the bench sets' prompt lines of 25 to 30 words, all but a link strip speak to the
        # reader; one of 24 does not ('Sign up to receive our weekly newsletter to be in with a chance to win …')
        thresholds={"reader_min_words": 25},
    ),
    LineRule(
        name="signup_consent",
        why="A sign-up form's consent box, in the first person: to receive the mails ('Ich bin damit einverstanden, "
        "personalisierte E-Mails von … zu erhalten. Die Datenschutzerklärung habe ich gelesen. …', 'I agree to "
        "receive emails from …', 'Wyrażam zgodę na otrzymywanie newslettera …'), or to the terms by sending the "
        "address ('Mit Absenden meiner E-Mail-Adresse willige ich …', 'By submitting your email, you agree …'): the "
        "form's legal text runs past a prompt's length, and its first words say what it is; prose quoting the box "
        "opens otherwise, and a consent with no mails named ('I agree to receive criticism') stays.",
        max_words=90,
    ),
    LineRule(
        name="social_share",
        why="Share and follow strips: 'Share on Facebook', 'Tweet | Share | Email', 'Follow Newsbeat on Instagram, "
        "Facebook and YouTube.', 'Follow us on WhatsApp for every wicket as it happens.' (no comma: a quote goes on), "
        "a site's own call naming a network ('Siga o Planície Notícias no Facebook e no Instagram.', 'Polub nas na "
        "Facebooku …', 'Подписывайтесь на ВСН в Telegram, чтобы …': after a comma only what for), "
        "a newsletter's 'Forward to a friend (https://…)' button (a whole line).",
        max_words=20,
    ),
    LineRule(
        name="cookie_notice",
        why="Cookie and consent banners: 'We use cookies …'.",
        max_words=60,
    ),
    LineRule(
        name="advertisement",
        why="'Advertisement', 'Continue reading the main story': marks left where an ad or a fold was; a media "
        "player's button, running time and time shown left where its embed was ('Watch the trailer', 'Guarda il "
        "trailer', 'Смотреть трейлер', 'Listen', 'Full screen', 'Video duration 2 minutes 47 seconds', '0:00 / 2:47'), "
        "a whole line. A lone label takes the ad's copy glued under it, one short line with no "
        "sentence stop and a blank under it ('Anzeige' over 'Jetzt Depot eröffnen und 12 Monate keine "
        "Ordergebühren zahlen*').",
        max_words=8,
    ),
    LineRule(
        name="embed_placeholder",
        why="What a consent tool leaves where it blocked an embedded video, map or post: the placeholder's notice "
        "('You are currently viewing a placeholder content from YouTube.', 'Sie sehen gerade einen Platzhalterinhalt "
        "von Vimeo.'), its prompt to load it ('Click the button below to load the content from komoot.', 'Klicken Sie "
        "auf den unteren Button, um den Inhalt von … zu laden.'), the consent loading implies ('By loading the video, "
        "you agree to YouTube's privacy policy.', 'Mit dem Laden der Karte akzeptieren Sie die Datenschutzerklärung "
        "von Google.') and its button ('Load content', 'Inhalt laden', 'Externer Inhalt'): the embed's place, not "
        "the story; the prompt opens the line, so prose that tells of loading a video stays.",
        max_words=40,
    ),
    LineRule(
        name="shop_teaser",
        why="A shop's product teaser and its cart button ('Passend dazu im Shop: Thermokomposter – 89,95 € In den "
        "Warenkorb', 'Featured product: …', 'Add to cart'), and an affiliate note ('We may earn a commission when "
        "you buy through links on this page', 'Este artículo contiene enlaces de afiliados'; an affiliate plugin's "
        "footer in any language, '… / Affiliate Links / Bilder von der Amazon Product Advertising API') and an "
        "advertising "
        "disclosure alone on its line ('*Werbung. Dieser Beitrag enthält Werbung für X'; 'This post contains "
        "advertisements from the 1960s …' goes on and stays), an ad's text under its "
        "label and a bullet or bar ('Реклама · ЖК «Заречье» — квартиры от 3,9 млн ₽', 'Anzeige · Jetzt Probefahrt "
        "vereinbaren …') or a dash and a phrase opening with a capital ('Pubblicità – Scopri i weekend in "
        "cantina …'; no comma: 'Реклама — двигатель торговли', a saying, stays): a sale left inside the page, "
        "not the story. A book's sale under an "
        "excerpt or a review: the prompt to buy it ('Compra el libro en tu librería …'), a row of a shop's buttons, "
        "the cart's first ('In den Warenkorb · Als E-Book kaufen'), and the book's details beside either (its page "
        "count then its price: 'Roman. 384 Seiten, gebunden, 26,00 €'; per language); alone, under a review, the "
        "details are its record and stay.",
        max_words=25,
    ),
    LineRule(
        name="photo_credit",
        why="Photo captions and credits ('… (AP Photo/Jane Doe)', 'Credit: ESA'; a note of its own in the credit's "
        "brackets: '(Foto: DBT/Jane Roe (bearbeitet))'; '(C)' for '©' as text folded to ASCII writes it: '… zu "
        "machen. (C) Thinkstock', so a list's '(c) the landlord' stays), a caption's closing credit after "
        "its sentence ('… répétition générale. Photo Jeanne Roux', '… in piazza. Foto Mario Rossi'), "
        "and a chart's or a table's "
        "source line, the label and a name of a few words opening with a capital ('Source: Eurostat', 'Fuente: "
        "Atlántico Inmobiliario'; 'Source: a spokesperson said …' stays): about a picture, not the story; "
        "not a byline that credits the photos too ('Von X (Text) und Y (Fotos)': its writer is the author).",
        max_words=60,
    ),
    LineRule(
        name="copyright",
        why="Copyright footer lines: '© 2019 dpa GmbH', 'Copyright 2015 …, all rights reserved', and the site's "
        "licence notice ('This work is licensed under a Creative Commons …', 'Texte auf dieser Webseite stehen unter "
        "einer Creative Commons …'; not a story republished under one), and a feed's footer crediting the site a post "
        "first appeared on (WordPress's 'The post … appeared first on …', 'La entrada … se publicó primero en …', "
        "'Het bericht … verscheen eerst op …'; a site's name of a few words, no comma, ends it), and a printed post's "
        "footer crediting the site (WP-Print's 'Article printed from Site: https://…', 'Artículo impreso desde …'). "
        "Such a line of six words or more under the page's last prose takes the short lines of its own block above "
        "it, three at most: the site's address or standing notice ('Club nights are every second Tuesday …').",
        max_words=25,
    ),
    LineRule(
        name="related_links",
        why="Prompts that lead to other articles: 'You may also like', 'Read more: …', 'Related articles'. A "
        "heading of them alone on its line ('Leggi anche:', 'Related coverage') takes the headlines listed right "
        "under it: the lines of its own block, or the next block when that has two or more, each short and "
        "ending with no sentence stop. A page's attachments too: a label, then documents with their file types "
        "('Allegati: Avviso integrale (PDF) · Modulo di domanda (DOCX)', 'Documentos relacionados: …'). The site's "
        "other posts under a label ('Other posts: …', 'Outras publicações: …') and a pointer to the full results or "
        "the schedule elsewhere on the site ('Classement complet et parties au format PGN : rubrique Résultats du "
        "site', 'Расписание сеансов и билеты — на сайте …'), or where the site posts a document, its section named "
        "with a capital or quotes ('The minutes are available in the Documents section.', 'Протокол собрания "
        "размещён в разделе «Документы».'; 'available in the children's section of bookshops' stays). A post "
        "navigation's label and the neighbour post's headline it links to, on one line ('Vorheriger Artikel ++ "
        "Wetter in der Region: …', 'Next article: …', 'Следующая статья Горсовет утвердил …'): a separator or a "
        "capital after the label, so 'Nächster Artikel der Reihe erscheint am Montag' stays.",
        max_words=20,
        thresholds={"heading_max_words": 4, "list_max_lines": 8, "headline_max_words": 20},
    ),
    LineRule(
        name="author_bio",
        why="The heading of an author's box ('About the author', 'Über Jane Doe') and the lines of the box under "
        "it, up to the next heading or line a rule took: the name, the bio. About the writer, not the story. Text "
        "dumps: a prose line among the article's last that opens with the name its byline gave ('Jane Doe is a "
        "senior writer for …', 'Jane Doe ist Redakteurin …'), or with its first name alone and a verb ('Jane has "
        "covered …'), or introduces its writer as a blogger's box does, with no byline needed ('Ich bin Steffi, "
        "bekennende Tiernärrin …', 'I'm Amy and I'm so glad you've stopped by!': the words for 'I'm', a name, "
        "then a comma, a dash or 'and'), is the author's bio, and the run ends above it. So is a line of one "
        "sentence that opens with the words for the author and a verb, not the name ('The author is a reporter "
        "based in Leeds.', "
        "'Autorka jest dziennikarką i mieszka w Pińczowie.', 'Der Autor ist Redakteur …'); 'Автор — Иван Петров' "
        "credits. The heading and the bio on one line ('Über die Autorin: Vera Landolt, geboren 1979 …') are one; "
        "a bio in a table's one cell ('| Teresa Valadares é professora … |') opens with the name as well, and so "
        "does a sentence of a few words too short to score as prose ('Agnieszka Wielgosz-Turek jest powiatową "
        "rzeczniczką konsumentów.'). So is a prose line among the article's last right under a line that is only "
        "its writer's name linked to their author page ('[Julia Esdar](/author/julia-esdar/)' over 'Studiert im "
        "Master …'), with no byline needed.",
        max_words=30,
        # tail_prose_lines: prose lines of the run that may follow a bio (its second paragraph, a co-author's);
        # 1 to 4 rose on WCXB's halves, 3 and 4 most, 6 lost WCXB inscriptis' odd half and 4 a trafilatura-eval
        # page whose subject was misread as its author (see README); heading_max_words: a box's heading (a
        # longer line the rule takes is a bio's sentence, which heads no box)
        thresholds={"box_max_lines": 4, "tail_prose_lines": 3, "heading_max_words": 6},
    ),
    LineRule(
        name="opinion_disclaimer",
        why="A column's note on its author's views or spelling, under or inside the article ('The views expressed "
        "are the author's own', 'Мнение автора может не совпадать с позицией редакции', 'O autor escreve de acordo "
        "com a antiga ortografia.'): the site's line, not the story. Rows name the author or the newsroom and say "
        "'necessarily' or 'own': prose about someone's opinions stays. A site's note that the article is no "
        "professional's advice too ('This article is for information only and does not replace advice from a health "
        "professional'). A review's note on who paid and how it was visited ('We pay for all our meals and visits are "
        "unannounced.', 'Ресторан відвідано анонімно, рахунок оплатила редакція.', 'Le restaurant nous a invités.'): "
        "the present tense of a policy or the newsroom as payer, so a meal paid in the story ('We paid for our meal "
        "and left') stays. A syndication or partnership disclosure under the article, who wrote, made or funded it "
        "('This article was written by a Local Democracy Reporter, a role funded by …', 'Dieser Artikel entstand in "
        "Kooperation mit …', 'Cet article a été réalisé avec le soutien de …', 'Материал подготовлен при поддержке "
        "…'): the words for 'this article' open the line, so a story about a project funded so ('Проект реализован при "
        "поддержке мэрии …') stays.",
        max_words=40,
    ),
    LineRule(
        name="live_blog_close",
        why="A live blog's closing entry, its time stamp first or not ('23:40 · Cerramos este directo. Gracias por "
        "seguirnos.', 'We are closing this live blog.', 'Wir beenden diesen Liveblog.', 'Kończymy naszą relację.'): "
        "the newsroom signing off, not the story; the words open the line, so an entry's news that ends on them "
        "('18:40. Уровень воды начал снижаться. На этом мы завершаем трансляцию.') stays.",
        max_words=20,
    ),
    LineRule(
        name="contact_line",
        why="'Contact the authors at …' lines and bare e-mail addresses; a shop's or a service's customer-service "
        "line, its label, a colon and its hours or number ('Kundenservice: Montag bis Freitag 8 bis 18 Uhr, Telefon "
        "0800 …', 'Linha de apoio ao cliente: 800 …'), and a consultation's how-to-respond line ('Reageren kan via het "
        "formulier [ Reactie indienen ] of per post.'). A site's practical line under its article: where and when to "
        "visit ('Visit us: …', 'Horário da sala de leitura: …'), guided visits with their day or hour, the next club "
        "outing ('Next club run: Saturday …'), membership dues ('Cotisation 2026-2027 : …'), the readers' editor's "
        "contact, whose service the site is ('… is a service of … Council') and which office prepared a notice "
        "('Información elaborada por la Oficina de Atención al Viajero.', the office's name opening with a capital, "
        "and nothing after it): a label and a colon or the site's own "
        "formula, so prose about opening hours or dues stays; a review's practical line, the place's address then "
        "its opening days ('The Net Loft, East Quay, Penhallow. Open Wednesday to Sunday.'); a calendar's dated "
        "entries under its label, two or more ('Kalendarz: 11 listopada – dzień wolny; 20 listopada – zebrania'); "
        "a prompt to report an error or a broken link, and how ('Seite nicht gefunden? Melden Sie fehlerhafte "
        "Links an …', 'Spotted a mistake? Let us know at …').",
        max_words=30,
    ),
    LineRule(
        name="press_notes",
        why="What a press release says to editors under its story: the press contact ('Media contact: …', "
        "'Pressekontakt', 'Kontakt dla mediów: …'), notes to editors ('Noot voor de redactie, niet voor publicatie: "
        "…') and the company's boilerplate opened by its name and a colon ('About Acme: Acme is …', 'Über Kessler "
        "Thermotechnik: Das 1961 gegründete …'), its contact label ('Enquiries: …', 'Kontakt für Rückfragen', "
        "'Para más información, contactar:') and its note on forward-looking statements ('Cautionary statement: this "
        "announcement contains forward-looking statements …', 'Zukunftsgerichtete Aussagen', 'Настоящий пресс-релиз "
        "содержит заявления прогнозного характера'), and a study summary's reference line ('Originalpublikation: Doe, "
        "J. et al. (2026): …', 'Источник: Морозова Е. А. и др. …'). Like a contact line, the article does not run "
        "on past it.",
        max_words=40,
    ),
)

_MOST_WORDS = max(rule.max_words for rule in LINE_RULES)
# A line of more words than this (prose) is matched with only the rules that may take one of its
# length, by a matcher for each rule's word limit above it (`rules_taking`); shorter lines are tried
# against all rules (most limits lie there, and the fork server's warm-up compiled a matcher for each
# limit above 16 words in 0.8 s of CPU, one for those above 30 words in 0.16 s).
SHORT_LINE_WORDS = 30
LONG_LINE_LIMITS = sorted({rule.max_words for rule in LINE_RULES if rule.max_words > SHORT_LINE_WORDS})

NOT_FOUND_TAIL: LineRule = next(rule for rule in LINE_RULES if rule.name == "not_found_tail")
COMMENTS_TAIL: LineRule = next(rule for rule in LINE_RULES if rule.name == "comments_tail")
COMMENTS_WIDGET: LineRule = next(rule for rule in LINE_RULES if rule.name == "comments_widget")
COMMENT_THREAD: LineRule = next(rule for rule in LINE_RULES if rule.name == "comment_thread")
NAVIGATION: LineRule = next(rule for rule in LINE_RULES if rule.name == "navigation")
RELATED_LINKS: LineRule = next(rule for rule in LINE_RULES if rule.name == "related_links")
COPYRIGHT: LineRule = next(rule for rule in LINE_RULES if rule.name == "copyright")
ADVERTISEMENT: LineRule = next(rule for rule in LINE_RULES if rule.name == "advertisement")
AUTHOR_BIO: LineRule = next(rule for rule in LINE_RULES if rule.name == "author_bio")
# The rules whose lines, though taken, still bound the main run of prose (outside_article): site chrome
# that stands outside articles, never inside one (an ad marker or a "Read more" line may).
BOUNDING_RULES: frozenset[str] = frozenset({"newsletter", "cookie_notice", "copyright", "contact_line", "press_notes"})
# Of those, the chrome an article does not run on past (a newsletter prompt may stand inside one).
FOOTER_RULES: frozenset[str] = BOUNDING_RULES - {"newsletter"}
# The rules whose lines, though taken, score in the main-run search as the body lines they were: a post's tag line
# stands between the article and its teasers, where its weight decided where the run ends before it was taken; a
# table of contents' entries are given a neutral score, as the lede above them is the article's.
SCORED_AS_BODY: frozenset[str] = frozenset({"taxonomy", "table_of_contents"})
# Marks an article's closing sentence may stand under: an ad's, an embed's, a sale's, a picture's or a newsletter
# prompt, left inside articles (a report's record or an interview's last turns may stand under a related-links line
# too).
ARTICLE_INTERRUPTIONS: frozenset[str] = frozenset(
    {"advertisement", "embed_placeholder", "shop_teaser", "photo_credit", "newsletter"}
)
# The share strip; a tail-cutting label ("Comments") standing in one is a button of it, not a heading.
SHARE_STRIP_RULE: LineRule = next(rule for rule in LINE_RULES if rule.name == "social_share")
PHOTO_CREDIT_RULE: LineRule = next(rule for rule in LINE_RULES if rule.name == "photo_credit")
SHOP_TEASER: LineRule = next(rule for rule in LINE_RULES if rule.name == "shop_teaser")


@dataclass(frozen=True)
class StructuralRule:
    """A named rule that decides from a line's place, shape or company rather than its words.

    Its thresholds live here, with its reason, and the code that applies it reads them from here.
    """

    name: str
    why: str
    thresholds: Mapping[str, float] = field(default_factory=dict)

    def threshold(self, key: str) -> float:
        return self.thresholds[key]


# Metadata lines are consumed into fields; these names label them in the `removed` audit.
TITLE = StructuralRule(
    "title",
    "The page's headline, read in the header (the lines above the article's first prose): the headline-like "
    "line nearest above it, past bylines, datelines (a row crediting a name in a part of its own however long: "
    "'Maylis Escoubès · formatrice en occitan · 22 novembre 2026'), captions and decks (the last `#` heading when "
    "the dump has "
    "them); consent banners, mastheads, date strips and section labels above it are not it, nor a menu's entries run "
    "into one line ('Werkstatt Ratgeber Tests Touren Forum': five words or more, each capitalised, no punctuation, no "
    "function word, no by-word opening it; in a language whose headlines are in sentence case, four such words "
    "('Voetbal Hockey Schaatsen Uitslagen', which reads as a name and so ends the scan right over the headline), or "
    "three words in four capitalised and no "
    "punctuation: 'Новини Пояснення Розслідування Підтримати нас'), nor a line holding an address ('- Site - "
    "https://… -') or only a meta strip's filler ('7 min read'), nor a listing's row of facts, a figure in each part "
    "but one ('Vraagprijs € 465.000 k.k. · woonoppervlakte 138 m² · bouwjaar 1864 · energielabel D'; read by the "
    "title scan only; a table's row in bars is the table's), nor a breadcrumb of two arrows or more ('Board index "
    "‹ Plumbing ‹ Kitchen and bathroom'). A meta strip's count ('7 min read', 'Lesezeit: 5 Min.', '4 comments', a "
    "reader view's '4-5 minutes') and "
    "a forum poster's profile fields ('Posts: 14', 'Location: Vierzon', 'Откуда: Кострома'; per language) are "
    "passed over, as a byline is, and so is a newsletter's issue line over its post ('Foglio parrocchiale n. 44 — "
    "Domenica 1 novembre 2026, …') or a masthead closing on its issue of the year ('Newsletter Szkoły Podstawowej nr "
    "4 … · nr 9/2026', 'Heft 3/2026', 'n° 12/2026'; the date next to it is the issue's): a blog platform's writer "
    "over 'Follow' and its headline above them are read. "
    "A web clipper's `# Headline | Site` (the page's "
    "`<title>`) gives way to the page's own `# Headline` under it; a plain-text e-mail's '** Headline' is a heading. "
    "Without headings, the line that spells the URL's slug; a list's entry under such a line (a table of contents' "
    "'* FAQs about health and nutrition trends') is not it, a breadcrumb's last entry over it may be; of "
    "such lines, one with a byline or a dateline within three lines under it outranks one without (a section's "
    "heading over the prose spells the slug too). A site's "
    "name and section over the headline, no longer than it ('Diário do Sotavento — Opinião', a feed reader's feed "
    "line), is not it, nor a masthead over a mailed article's 'Read this on the website: …' line, nor a blog's "
    "section label on its own line over the headline ('From our archive', 'Aus dem Archiv', 'Z archiwum'; per "
    "language), where the scan stops as at chrome, nor a social post's poster over its stamp (a date, then the icon "
    "of the audience it is shared with: '3 grudnia 2026 o 16:20 · 🌍'): the post's first line is it, as the first "
    "line under a feed reader's item line and buttons is, however long; the stamp dates the page. A line of "
    "capitals as long as a headline (six words or more) may be it: html-to-text upper-cases every heading; a "
    "section label's capitals are a word or three. Becomes "
    "`title`.",
    {
        "header_ends_at_words": 15,
        "min_words": 3,
        "max_words": 30,
        "menu_row_min_words": 5,
        # in a language whose headlines are in sentence case, four capitalised words with no function word are a
        # menu's ("Voetbal Hockey Schaatsen Uitslagen"); in English a title-case headline may be four such words
        "menu_row_sentence_case_min_words": 4,
        "menu_row_capitalised_share": 0.75,
    },
)
BYLINE = StructuralRule(
    "byline",
    "A header line naming the authors: 'By …', 'Par …', 'Von …', 'Автор: …', 'Jane Doe, AFP', or a line below the "
    "headline that is only names ('Jane Doe', 'ИРИНА СОКОЛОВА И ДЕНИС ЛЕБЕДЕВ') or names before a dateline's comma "
    "('Тарас Кравченко, 21 липня 2026'; not a city in capitals, 'NEW YORK, March 3, 2024'); its people become "
    "`authors` (agencies, desks and press offices ('Afdeling Communicatie', 'Pressestelle', 'Equipo Directivo', "
    "'Highways and Emergency Planning Team'), roles and places are dropped, and so are a writer's role or title "
    "between the by-word and the name ('By staff reporter Jane Doe', 'Автор: корреспондент …', 'A cura della "
    "Dirigente scolastica, prof.ssa …'), a compound ending with a role ('Grabungsleiterin Dr. …') or a role and its "
    "complement in small letters ('секретарь правления Г. П. Сазонова'), a cleric's chain of titles ('the Revd "
    "Canon …', 'ks. dr …'), a role's words ending on its head after the name ('…, Local Studies Librarian'; a "
    "body's office-holders per language: 'Librarian', 'Schriftführerin', 'kierowniczka') or a role in small letters "
    "in brackets ('Rinske Hoogvliet (ritcoördinator) – 17-10-2026'); the name under a label of another credit "
    "than the writing ('Reviewed by', "
    "'Relu par', 'Sprawdzone przez', 'Проверено:') is that credit's, no author's, but a critic's under a review's "
    "headline ('Reviewed by …' under 'Restaurant review: …', 'Rezensiert von …'; per language) is the writer's; a "
    "writer, a slash and a news agency right under the headline ('Marek Zieliński / PAP'; elsewhere a picture's "
    "credit) credit the writer; a desk's byline names no one "
    "but dates the page like a writer's ('Par la "
    "rédaction le 15 janvier 2026'); a line only of names over a writer's byline was a menu's or the site's name "
    "('Critiques Agenda Entretiens Soutenez-nous' over 'Critique signée …'); a second given name and surname after "
    "the comma is a "
    "co-author, 'Katarzyna Nowicka, Piotr Zając', unless a word of it is a place's, 'Jane Doe, New York', or a "
    "desk's, 'Business Insider'). Text dumps: a 'By'-line or a credit line ('Mercedes Albiol | Castellón') among the "
    "main run's first lines, down to its second sentence (under a caption or deck the run starts with), is the "
    "header's too; so is a blog's post line, a dateline then its by-word and names ('Publié le 8 novembre 2026 "
    "par Maëlle Guérandel') or its by-word, names and date ('Publicado por Ana García el 15 de enero de 2026 en "
    "Noticias'; what follows the date names no one), a forum post's line, the by-word and name, a spaced guillemet "
    "and the date ('par Gérard Paumelle » mar. 13 oct. 2026 21:14', 'Bericht door …', 'Сообщение …'), and a row "
    "whose last part names the writer after sections and the date ('Sport | Lokalsport | 21. März 2026 | Lukas "
    "Brandhorst'), a credit naming the kind of text or its writing up ('Post di …', 'Compte rendu de …', "
    "'Relację spisał …', 'Автор рубрики — …'; per language), a compiler's credit with a role after the name "
    "('Komunikaty | 25 listopada 2026 roku | oprac. Ryszard …, specjalista …', 'Zusammengestellt von …'; a "
    "bulletin's validity, 'valido fino al 04/12/2026', is no part of the row's dateline), a row's part with a "
    "by-word before its other names "
    "('OSP Brzezinka · Dodano: 03.07.2026 · Autor: dh. Rafał Mikołajczyk'), and a writer's 'By'-line under a "
    "name-shaped line that is the site's ('Lecturas Cárabo' over 'Por Remedios Altamirano | Publicado el …'); an "
    "organisation, a unit or a calendar day read as the header's byline ('Author: Freiwillige Feuerwehr Hollbrunn', "
    "'XXVIII Niedziela Zwykła · 11 października 2026'; organisation and calendar words per language) gives way to a "
    "person named beside it or lower down, and is the page's author only when none is; with none in "
    "the header, a 'By'-line within a few lines of the run's end ('Text: Ute Wegmann', 'By Jane Doe, Science "
    "Correspondent' under the article) signs it, and a dateline beside it dates it; with no 'By'-line there either, "
    "a signature does, lowest of the sources: a closing formula or the writer's possessive and role, then the name "
    "after its comma or on the next line ('Il vostro parroco, don Ernesto Valsecchi', 'Mit freundlichen Grüßen' over "
    "'Jonas Wendlinger', 'С уважением, Иван Петров'; per language), a name and its role ('ks. Marian Gąsiorek, "
    "proboszcz'; not an office's after its signed mark, 'gez. Dr. Annette Kohlhaas, Bürgermeisterin'), or a "
    "book's details line under an excerpt ('Vera Landolt, Die Salzfrau. Roman. 384 Seiten'; page-count words per "
    "language), or an author's box's name alone over a bio that opens with it ('Frieda Lorenz' over 'Frieda Lorenz "
    "ist Redakteurin …').",
    {"max_words": 16, "tail_span": 3},
)
DATELINE = StructuralRule(
    "dateline",
    "A header line that is only a date ('November 18, 2015', 'Publié le 12 mars 2026 à 10h15', 'Erstellt: "
    "03.03.2026'); the publication date is the first that says so (not a read-it-later app's stamp of the day it "
    "saved the page under its row of buttons, wallabag's 'Ajouté le 05/12/2026'; per language), else the first "
    "that says nothing, an "
    "'Updated …' one only when the header has no other (a live blog's), and one above the headline only when it "
    "says so, or stands in the article's meta strip (a reading time or a count on its line or the next: '7 min "
    "read' over 'May 06, 2025') or a newsletter's masthead with its issue number ('Monthly bulletin · Issue 112 · 3 "
    "October 2026', 'Biuletyn nr 58 · …'; issue words per language) or a feed reader's item line over its buttons "
    "('IJsclub De Hoornse Vaart – Nieuws · by Secretariaat · 25 Feb 2026, 21:58' over 'Save web page  Read later  "
    "Share  Tag': its last part the item's stamp, which dates a page whose header shows no date, as a crawler's "
    "header does; the buttons' words a table in the reader's interface language, first on their line or in a row "
    "of them under the reader's menu, Miniflux's 'Enregistrer · Ajouter aux favoris · Marquer comme non lu'; the "
    "item line's by-word part, '· par Noémie Castagnède ·', names the writer of a page that credits no one; a row of "
    "parts, it is the reader's header, not the page's, and goes with the buttons under it); a row "
    "of parts may carry a "
    "section's label, a time of day, labelled fields ('Источник: "
    "пресс-служба') and a desk's credit ('Oprac. redakcja, PAP · 14.07.2026 · Aktualizacja: …'), a credit led by a "
    "by-word ('Comunicati stampa · 14 luglio 2026 · A cura dell'Ufficio stampa'), an issue's month "
    "('Ausgabe Oktober 2026 · 19.10.2026'), a name with its role in brackets ('Rinske Hoogvliet (ritcoördinator) "
    "– 17-10-2026') or, the fetch time known, a relative date as its only one ('… · hace 3 días · 5 min de "
    "lectura'), and a row of "
    "any parts one of which the publication's words open is dated by that part ('Door Jan de Vries · Geplaatst op 2 "
    "april 2026 · Categorie: Monumenten', 'Опубликовано 11.06.2026 · Рубрика: … · 👁 2 341'), without the section a "
    "post line files it in after the date ('Pubblicato il 30 ottobre 2026 in Avvisi'); a line giving "
    "the publication then its "
    "update ('Publicado: 10/02/2026 · Actualizado: …', 'Publié le …, mis à jour le …') gives the publication's, "
    "a credit set aside among its parts ('By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at "
    "4:46 PM'). "
    "The page's kind may stand before the words ('Annonce publiée le 3 mars 2026 · Réf. 4471'), a date's own label "
    "before its colon says the publication's ('Convocatoria | Fecha: 19/01/2026 | …', 'Data:', 'Дата:'; per "
    "language), another day's label never does (a deadline's, an event's, an incident's: 'Date limite de dépôt :', "
    "'Plazo de presentación:', 'Einsatzdatum:', 'Scadenza:'; per language), an update's line may go on with a note "
    "of the change ('Last updated 28 July 2026 — added the walk-in clinic times'), and a row may name its issuer "
    "('Comunicado · 02-07-2026 · Unidade de Saúde Pública Terras de Basto'). A row of the page's fields under the "
    "headline, one a labelled day ('Einsatz Nr. 112/2026 | Einsatzdatum: 17.09.2026 | Alarmierung: 03:41 Uhr'), is "
    "the header's furniture: it goes, and dates the page only by a part the publication's words open. "
    "A date inside a sentence never is one. When the page's title stands far above the article (chrome between "
    "them), the date right under the title, else one on a line of its own among the next few (past a deck or a "
    "byline; not a byline's, nor one the article's opening writes again), dates it. An as-of stamp ('Stand: "
    "08.07.2026') says nothing of its kind, nor does a document's kind and number before its 'of' and date "
    "('Pressemitteilung Nr. 27/2026 vom 11.06.2026', 'Communiqué n° 12 du 3 mars 2026', 'Notice dated 3 March "
    "2026', 'Протокол от 12 марта 2026 г.'; the date all the rest of the line, maybe ending on a year's word). "
    "With no date in the header, the place and date a lede opens with "
    "('Lauterbrunn, 3. Februar 2026. Die …', 'NEW YORK, March 3, 2026 – …') date the page. "
    "'02/11/2015' is read in the order the page's site writes its dates (learned in the run), else its "
    "language's; '3 hours ago' only against the page's `fetched_at`, never guessed.",
    {"max_words": 10, "max_letter_runs": 6},
)
SOURCE_URL = StructuralRule(
    "source_url",
    "A line giving the page's address and the URL on it or after it: a scraper's 'Original url:', 'Permalink:', "
    "'URL:' and their translations, a feed reader's 'Link:', a note-taking app's page property ('source:: …'), a "
    "search engine's cached copy's banner ('This is Google's cache of https://…. It is a snapshot …', 'Esta es la "
    "versión en caché de …'; per language), else 'Source:'/'Fuente:'/'Quelle:' with an address; becomes `url`. An "
    "archived copy's address gives the page's own ('The Wayback Machine - https://web.archive.org/web/2026…/https://"
    "…'), and so does a printed page's footer (the address over the sheet's number, '1/2'), a printed post's 'URL "
    "to article: …' (WP-Print's, per language), a newsletter's 'View this email in your browser (https://…)', an "
    "archive.today capture's 'Saved from' over the address, a read-it-later app's link to the page it saved "
    "(Omnivore's '[Read Original](https://…)'), an HTML-to-Gemini proxy's gemtext link to the page it converted ('=> "
    "https://… Original article', read as its label then its address) and a mailed article's link to its page "
    "('Read this on the website: https://…', 'Artikel online lesen:', 'Ссылка на статью:'; per language).",
)
CRAWLER_HEADER = StructuralRule(
    "crawler_header",
    "Text dumps: the fields of a crawler's header atop the dump, around its address line ('Title: …', 'URL "
    "Source: …', 'Published Time: …', 'Markdown Content:' of Jina Reader; Diffbot's 'Page URL:' under four "
    "fields; Mercury's bold '**URL:**' under its `#` headline), or, with no address line, three "
    "fields or more atop the dump, one a publication's machine timestamp (newspaper3k's 'Title: … / Authors: … / "
    "Publish date: 2026-08-13 00:00:00 / Top image: …'; trafilatura's front matter in small letters between "
    "`---` fences; a web clipper's, its YAML lists' items the field's values: `author:` over `- \"[[Jane Doe]]\"`; a "
    "read-it-later app's, its fields in snake_case and its folded `title: >` over the title's line, its "
    "`date_published:` the publication's, never its `date_saved:`), "
    "whose byline field stays a byline (unless it names an organisation: 'author: Freiwillige Feuerwehr "
    "Hollbrunn', 'author: Издательство «Полынь»') and whose 'Title:' is the title when no line below opens "
    "it (Jina's '<title>' is the headline's and the site's): the crawler's lines, not the page's; its "
    "publication date dates a page whose header shows no date or only an update's. So is a text browser's "
    "title line atop its dump, the page's `<title>` ('Whaling logbooks fill a "
    "gap … | Kestrel Moor University (p1 of 2)'): the headline a line below says alone, then a separator and the "
    "site's name; neither the article's first prose nor what makes the headline a repeat. A note-taking app's page "
    "properties ('title:: … / source:: … / author:: [[Jane Doe]] / published:: [[2026-07-11]]') are such a header, "
    "and a feed reader's item header ('Feed: / Title: / Author: / Link: / Date:') keeps its fields apart in a "
    "wrapped dump. So is an HTML-to-Gemini proxy's banner, down to the blank line under its link to the page it "
    "converted ('# 📰 NewsWaffle / Waffle-ified version of: / => https://… Original article / Size: …'): its "
    "heading no headline. So are a page printed to PDF's margins: the print's date and `<title>` atop each sheet "
    "and the address and sheet number under it (they no longer cut the article in two nor date it with the print's "
    "day), and a print edition's running head (pdftotext: the dump's first lines, the paper's name, the edition's day "
    "and the section, again atop a later page over its number), whose day dates a page whose header has none. So "
    "is a Zim wiki page file's header ('Content-Type: text/x-zim-wiki / Wiki-Format: … / Creation-Date: …') and "
    "the line Zim writes under the note's name in its user's language ('Created Sunday 06 December 2026'): the "
    "clip's day, not the page's; a bare link alone under them ('[[https://…]]') is the page's address. "
    "Readability's article object printed field by field ('title: … / byline: … / siteName: … / publishedTime: "
    "2026-05-19T06:30:00+02:00 / textContent:') is such a header, its title without the site's name. So are a chat "
    "app's post headers over a channel's posts (Telegram Desktop's 'Channel, [06.03.2026 18:42]'): the longest "
    "post is the article, its stamp dates the page and its first line is the title; the other posts are the "
    "channel's other news (`outside_article`). So is a mail forwarded or pasted whole: its header's fields, three "
    "labels or more in a row near the top ('From: … / Date: … / Subject: … / To: …', Outlook's 'De : … / Envoyé : "
    "… / À : … / Objet : …'; per language), the separator and the forwarder's note above them (its subject no longer "
    "makes the headline a repeat; its sending day dates only a page with no date of its own), and SingleFile's stamp "
    "('Page saved with SingleFile / url: … / saved date: …': the save's time, when the input gives no fetch time, is "
    "the one a relative dateline counts from), and a scraper's fetch stamp atop its dump ('Fetched: "
    "2026-12-06T09:30:00Z', 'Abgerufen am …'; per language; a machine's timestamp: likewise). A feed item a mail "
    "client stored as a message (Thunderbird's "
    "'From - …' over MIME fields among its 'Date:', 'From:' and 'Subject:', 'Content-Base: https://…' naming its "
    "page) is the page itself: its subject is the title, its sender the writer (unless an organisation), its date "
    "the publication's. So is a feed's XML saved as text: an item's elements over its HTML ('<item>' over "
    "'<title>', '<link>', '<dc:creator>', '<pubDate>' and the '<description>' teaser) give the title, the address, "
    "the writer and the day. So is trafilatura's XML output: its '<doc …>' element's attributes give the title "
    "(without its 'sitename'), the address, the writer (no organisation) and the day, and its '<comments>' are the "
    "readers' (`comments_tail`). A read-it-later app's row over its link to the page (Pocket's 'gazette.example · "
    "Jane Roe · 5 min read' over 'View Original', 'Original anzeigen'; per language): the host, the writer's bare "
    "name and the reading time, the name its writer. So is a chat's export where a message pastes an article "
    "(WhatsApp's '01/12/2026, "
    "20:33 - Name: …' over each message): the longest message is the article, its first line's text after the "
    "stamp and the sender its title, a message above it that is only a link its address; the replies and the "
    "app's notices are the chat's (`outside_article`), and the stamps date nothing. So are a teletext page's rows "
    "as a broadcaster's web viewer shows it ('312 HügelText   Mo 07.12.26 10:41:12', 'P 611  OOST-TT  ma 07 dec  "
    "10:42:05', and the section row with its subpage, 'Aus der Region     1/2'): the viewer's clock, never the "
    "publication's; the text between a page's subpages, wrapped at its 40 columns, is one article. So is a press "
    "agency's story in IPTC 7901's framing: 'ZCZC' and 'NNNN' around it, the service line under the first ('AIN0387 "
    "3 rg 0312 /AIN-XD45') and its keyword slug ('Soria/Comercio/Mercadillos'), and the filing time over the last "
    "('031035 DIC 26': day, hour and minute, the month in the wire's language, the year), whose day dates the story. "
    "So are a fediverse thread's post heads as a server's web interface shows them logged out, a display name over "
    "its handle ('Fabienne Wöhlert' over '@fabienne@wischland.social', two posts or more), and the time, client "
    "and counts under each post: the posts of the account that opened the thread are the article, its display name "
    "the writer and its first post's time the day; the other accounts' posts are replies (`outside_article`).",
)
OUTSIDE_ARTICLE = StructuralRule(
    "outside_article",
    "Text dumps: a line before or after the page's main run of prose (menus, link lists, footers). A line scores "
    "its word count if it reads like prose, else a penalty; the article is the run with the highest total. A long "
    "line without any punctuation that is no list item is a menu run together, not prose; a PHP warning printed "
    "into the page ('… in /www/…/x.php on line 407') is neutral and no headline. An article's short list (at most "
    "4 bullets) right under a short heading that follows prose or another such list, each bullet a sentence, a fact "
    "or a phrase (4 words or more, 0.3 of them function words, no link), scores as neutral lines with its heading: "
    "a test's pros and cons ('Pro' / 'Contro'), a council's other decisions at the article's end. A "
    "newsletter prompt, a cookie banner, a copyright or contact line, though its rule took it, "
    "still scores as a short line (teasers under the site's chrome read like prose). A run of fewer than 150 "
    "words (a recipe's steps, a product's blurbs: prose cut up by short lines) is widened over the short lines "
    "around it at half their penalty, where more than a prose line's worth lies beyond them, but never past such "
    "chrome. A related-links heading over a headline ('Most Popular', 'Read Next') also scores as a short line "
    "and bounds the widening (the teasers under it read like prose). A cookie banner, a copyright or contact "
    "line costs twice a short line (an article rarely runs on past the site's footer; a newsletter prompt may "
    "stand inside one). A table's row (more figures than words, a label, no day, no phone number) is neutral, "
    "like a short sentence: standings and statistics no longer cut an article in two; so is a line of code "
    "('from django.conf import settings', 'x = len(y)', 'if err != nil {'; not a template's '{{#count}}'), as "
    "a code block no longer cuts a tutorial in two; so is an episode's chapter mark, its time, a dash and its "
    "title ('04:12 – La escuela unitaria por dentro'), as show notes no longer cut the prose under them from "
    "the article; so is a live blog's entry stamp, a time of day alone on its line ('20:58', '14h05'), as a "
    "stamp and an app prompt between two entries no longer cut the earliest from the run; so is a recipe's "
    "ingredient, an amount and its unit first ('200 г овечої бринзи', '2 cups flour'; units per language), as a "
    "list under no heading no longer cuts the recipe's intro from its steps. A best run whose prose "
    "words stand mostly in lines naming consent words ('cookies', 'personal data', 'Einwilligung'; per language) "
    "is a consent dialog, which dumps put after the footer: it counts as chrome and the next best run is the "
    "article, if there is one; so is a best run whose prose words stand mostly in lines of names run together (a "
    "long line whose words nearly all open with a capital: a sign-up form's city picker, an archive's months). "
    "Bare date lines below the article's start ('Tuesday November 19, 2019', no list "
    "entry), when there are two or more, are a teaser list's stamps and cost as much as the site's footer: the "
    "teasers under an article (headline, name, date, blurb) no longer join it. A run that ends in a list of the "
    "site's other stories (three or more adjacent lines that read like headlines: one line each, no sentence stop, "
    "not a question, not under a lead-in ending in ':' or '…') ends on the prose line above them, when only such "
    "headlines and short lines follow it. A related-links heading under the article's prose ('Verwandte "
    "Themen', 'Die meistgelesenen Artikel bei …') ends the run on the prose line above it when only teasers stand "
    "under it down to the run's end: headlines and their short lines (stamps, kickers), each prose line a blurb of "
    "at most 60 words right under its headline or a short line, two blurbs or more (an article's paragraphs follow "
    "each other or run longer). The run the header is read around (found before `repeated_on_domain` "
    "tags its lines) passes over the lines the site repeats, as the later search does: a ranking's boxes ('Pros', "
    "'Best Prices Today:', 'Retailer', 'View Deal') no longer cut it into entries, whose longest put the "
    "article's start far down the list. The run's end is carried past at most two of the article's interruptions "
    "(an ad marker, a picture credit, a prompt, a related-links line: 'Voir aussi : …') to a report's record (two "
    "or more fact lines, 'Arbitre : M. Lucas Perrin.', under one-sentence lines: its last paragraph), and to "
    "the dialogue turns ('— А полярная ночь не давит?') under an interview's run (one that holds two turns or more; "
    "a turn may open with its speaker's label instead, 'B.W.: Dziękuję za rozmowę.', when that speaker had a turn "
    "in the run), and to an article's short list closing it, two to four bullets under a short heading not in "
    "capitals (a council's other decisions, an event's 'Dates : … / Lieu : … / Tarifs : …'; each bullet a "
    "sentence, a figure or a phrase, no link, no download's file type, 'Règlement (PDF, 312 Ko)', no bare "
    "'Title: subtitle'; a related link may stand over the heading, not a related-links heading: 'Read more' over "
    "teasers), with the one-sentence lines under it. "
    "A recipe's ingredients heading alone on its line ('Ingredients', 'Zutaten'; per language) at most 40 lines "
    "over the run's start, with only its list between (no sentence of prose, half the lines or more stating an "
    "amount: '250 g Mehl', '½ tsp cinnamon'; a menu's 'Ingredienti' entry heads none), is where the article "
    "starts: the steps score as prose, the list's short lines do not. A run of prose starting within 5 lines under the "
    "line that spells the URL's slug (the page's headline), worth 50 words or more and naming no consent word, is "
    "kept beside a main run that starts further down: a ranking's intro over its entries, an article over the "
    "readers' comments or the product text that outweigh it; what stands between the two goes. Over a main run of "
    "fewer than 150 words (a paywall's teasers under a lede of a paragraph or two) 20 words are enough, under the "
    "header's last headline, byline or dateline line: a lede, not the deck over the byline (a byline or dateline "
    "under more prose than a deck's is a teaser's stamp under the article: 'Photos // 9 novembre 2021'). "
    "When the header was read around a run further down (a sign-up form's blurbs outweighing a short article) "
    "and the page's headline stands above it, a main run reaching up over the headline starts at the first prose "
    "line under the headline's byline or dateline, if one follows within a deck's words: the lede stays, a deck "
    "over the byline and a caption's credit under it do not.",
    # short_run_words: chosen on the Zyte and trafilatura-eval dumps, both halves of each: 120 to 150 raised or held
    # every figure, 170 and more lost Zyte's odd half (short news items took a teaser's headline in).
    {
        "prose_min_words": 10,
        "short_line_penalty": 14,
        "chrome_line_penalty": 28,
        "short_sentence_min_words": 4,
        "function_word_share": 0.15,
        # list_phrase_share: of a short list's bullet's words, at least, for a phrase (twice a prose line's share: at
        # 0.15 a listed headline, "Council approves the new budget", reads as one); article_list_max_items: a test's
        # pros or cons, a council's other decisions, a practical-info box
        "list_phrase_share": 0.3,
        "article_list_max_items": 4,
        "short_run_words": 150,
        "ingredients_max_lines": 40,
        "ingredients_amount_share": 0.5,
        "table_row_min_figures": 2,
        "code_max_chars": 200,
        # consent_share: 0.5 to 0.7 give the same pages on every set and half; 0.35 passed over articles on
        # data protection (trafilatura-eval's inscriptis odd half fell)
        "consent_share": 0.6,
        "consent_dialogs": 2,
        # name_line_share: of a long line's words capitalised, at least, for names run together; name_list_share:
        # of a best run's prose words in such lines, at least, for a run that is a list of names
        "name_line_share": 0.8,
        "name_list_share": 0.5,
        # stamp_max_words, stamps_min: a teaser list's bare date lines; one alone below the start may be the
        # header's own dateline under a deck (trafilatura-eval's German pages lost their lede at 1)
        "stamp_max_words": 8,
        "stamps_min": 2,
        # headline_run_min: adjacent teaser headlines that make a list of them at the run's end; chosen on Zyte's
        # halves (2 and 4: see README), held on WCXB and trafilatura-eval
        "headline_run_min": 3,
        # blurb_max_words, blurbs_min: the teasers under a related-links heading at the run's end; a news teaser's
        # blurb is a sentence or two, an article's paragraph under a subheading mostly longer
        "blurb_max_words": 60,
        "blurbs_min": 2,
        # opening_max_lines, opening_min_words: a run right under the URL's headline kept beside a main run further
        # down; 30 to 60 words held every set's even half alike, and 50 (five prose lines' worth) the odd halves too
        "opening_max_lines": 5,
        "opening_min_words": 50,
        # opening_short_min_words: the same under a main run of fewer than short_run_words (a paywall's teaser
        # over the site's lists): a lede of two prose lines' worth; a deck over a whole article stays out
        "opening_short_min_words": 20,
        # deck_max_words: prose words between the headline (or the title's line) and a byline or dateline that
        # still bounds the header: a deck's sentence or two (WSJ's wrapped deck, 26); under more, it is a teaser's
        # stamp below the article
        "deck_max_words": 40,
    },
)
MENU_RUN = StructuralRule(
    "menu_run",
    "Text dumps: a run of short lines without sentence punctuation inside the article: a menu, not headings (nor "
    "a recipe's ingredients under their heading: 'Ingredients', 'Zutaten', down to the steps' first sentence).",
    {"min_lines": 3},
)
TABLE_OF_CONTENTS = StructuralRule(
    "table_of_contents",
    "Text dumps: a run of list entries that each stand again further down as a line of their own (the article's "
    "headings, 'Inhalt' / '* Ab wann legen Hühner Eier?' … '## Ab wann legen Hühner Eier?'): the page's table of "
    "contents. Taken, but neutral in the main-run search: the lede above it no longer falls outside the article.",
    {"min_items": 3},
)
REPEATED_IN_PAGE = StructuralRule(
    "repeated_in_page",
    "Text dumps: a body line whose four-word runs nearly all stood higher up (a teaser of the lede, a second "
    "copy of the story); the first copy stays.",
    {"min_grams": 5, "share_seen": 0.8},
)
REPEATED_ON_DOMAIN = StructuralRule(
    "repeated_on_domain",
    "A line the page's site repeats on many of its pages in this corpus (copies of one article count once).",
    {"min_pages": 3, "min_share": 0.5, "fingerprint_lines": 3},
)
LINK_ONLY = StructuralRule(
    "link_only",
    "A markdown line made only of links (a menu or link list entry), or a label and two or more short numbered lynx "
    "links ('Schlagworte: [14]Astronomie [15]Raumfahrt': tags, related links, in any language); html-to-text's "
    "links, their text then their target in brackets ('* Accueil [/]', 'Imprimer [javascript:window.print()]'), "
    "reStructuredText's ('-  `Startseite </>`__') and AsciiDoc's ('* link:/news/[News]'), alone on their line; a "
    "text browser's form controls alone on a line ('[ Pesquisar_____ ] [ OK ]', the C html2text's '[Cerca ] "
    "[Vai]'); a teletext page's fastext row and page-turn line, each entry a few words and the page it leads to "
    "('Übersicht 300  Wetter 170  Sport 200', 'Zurück zu 311  Nachrichten 310', 'vervolg op 611/2'), in any "
    "language; a fediverse thread's post's last line ending in a colon, over the link card the copy left out ('Den "
    "ganzen Artikel gibt es beim Kurier (Paywall):').",
)
MARKDOWN_IMAGE = StructuralRule(
    "markdown_image",
    "A line that is only a markdown image, or html-to-text's: its alt text, then its source in brackets ('Le chemin "
    "barré [/images/eboulement.jpg]'), or AsciiDoc's ('image:/felt/map.png[Map of felt reports]').",
)
MARKDOWN_SYNTAX = StructuralRule(
    "markdown_syntax",
    "A line that is only markdown syntax, such as a `---` separator, or reStructuredText's markup (pandoc's `-t "
    "rst`: '.. container:: byline', '.. |logo| image:: /logo.svg', '|logo|'), org's (`-t org`: '#+begin_meta', "
    "':PROPERTIES:', ':CUSTOM_ID: top', ':END:') or AsciiDoc's ('[.byline]'); a heading's underline ('=====') "
    "and a MediaWiki or AsciiDoc heading ('== Related ==') start a block, never a wrapped paragraph's rest. The "
    "headings of the other markups converters write are headings: MediaWiki's '= Headline =', AsciiDoc's "
    "'== Headline' (its '= Headline | Site' the page's `<title>`), the C html2text's '****** Headline ******', "
    "org's '#+title:' keyword; MediaWiki's bold and italic quotes ('''Jane Doe''') and AsciiDoc's links are "
    "markup, their text stays, and an AsciiDoc link leaves a line whole for a wrapper, as a markdown link does. A "
    "hard line break's backslash at a line's end ('**Jane Doe**\\\\' over the date, Outline's and other editors' "
    "markdown) is syntax.",
)

STRUCTURAL_RULES: tuple[StructuralRule, ...] = (
    TITLE,
    BYLINE,
    DATELINE,
    SOURCE_URL,
    CRAWLER_HEADER,
    OUTSIDE_ARTICLE,
    MENU_RUN,
    TABLE_OF_CONTENTS,
    REPEATED_IN_PAGE,
    REPEATED_ON_DOMAIN,
    LINK_ONLY,
    MARKDOWN_IMAGE,
    MARKDOWN_SYNTAX,
)

# Every name the `removed` audit and the run reports can show, with its reason and thresholds.
_ALL_RULES: tuple[LineRule | StructuralRule, ...] = (*LINE_RULES, *STRUCTURAL_RULES)
AUDIT_RULES: Mapping[str, LineRule | StructuralRule] = MappingProxyType({rule.name: rule for rule in _ALL_RULES})

# A line ending in one of these words stops mid-sentence: the scraper split a paragraph there.
DANGLING_WORDS: frozenset[str] = frozenset(
    """a an the of to in on at by for from with into onto upon over under about after before between
    and or but nor as than that which who whom whose his her its their our your my this these those
    is are was were be been has have had will would shall should can could may might must
    said says told according""".split()
)


def thresholds_of(rule: LineRule | StructuralRule) -> dict[str, float]:
    """A rule's thresholds, for docs and reports (a line rule's word limit included)."""
    return {"max_words": rule.max_words, **rule.thresholds} if isinstance(rule, LineRule) else dict(rule.thresholds)
