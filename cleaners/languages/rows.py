"""What one language contributes to the cleaning tables: rows, never code."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

# What follows a post's taxonomy label ("Tags:", "Schlagwörter:"): nothing, or a list of short entries with no
# sentence stop but a closing one ("Tags: Alibaba, cloud", "Filed under: Best Of | Japan"); the labels are each
# language's `taxonomy` rows, this their common end
LABELLED_LIST = r"\s*:(\s*[^.!?:]{1,40}(\s*[,|/·•]\s*[^.!?:,|/·•]{1,40})*)?\s*\.?$"

# The services that send a mailing list's mail, named in its footer ("Sent by Brevo", "Versendet mit CleverReach",
# "Wysłano przez FreshMail"): each language's `newsletter` rows say the sending in its words
MAIL_SENDERS = (
    r"(mailchimp|brevo|sendinblue|cleverreach|freshmail|getresponse|mailerlite|mailjet|sendgrid|klaviyo|rapidmail"
    r"|campaign monitor|substack)"
)

# What follows a calendar's label under a school's or a club's article ("Calendar:", "Kalendarz:"): two entries or
# more, each a date and its event after a dash, apart by semicolons ("11 listopada – dzień wolny; 20 listopada –
# zebrania"), so a label over one sentence stays
DATED_ENTRIES = (
    r"\s*:\s*([^;:]{0,30}\d[^;:]{0,30}\s[–—-]\s[^;]{2,80};\s*){1,8}[^;:]{0,30}\d[^;:]{0,30}\s[–—-]\s[^;]{2,80}$"
)

# A live blog's entry may open with its time stamp ("23:40 · Cerramos este directo."): each language's
# `live_blog_close` rows follow it with the closing words
LIVE_STAMP = r"^(\d{1,2}[:.h]\d{2}\.?\s*([·|•–—-]\s*)?)?"

# A review's practical line opens with the place's address: its name, street and town, each part opening with a
# capital or a figure (a street's abbreviation before it), commas between and a stop after ("The Net Loft, East
# Quay, Penhallow. "); each language's `contact_line` rows follow it with its opening days
PLACE_ADDRESS = (
    r"^(?-i:[A-ZÀ-ÞĄĆĘŁŃŚŹŻ0-9])[^.!?,]{1,40}(,\s((ul|al|pl|str)\.\s?)?(?-i:[A-ZÀ-ÞĄĆĘŁŃŚŹŻ0-9])[^.!?,]{1,40}){1,4}\. "
)


# A notice's credit of the office that prepared it ("Information prepared by the Travellers' Office."): each language's
# `contact_line` rows say the preparing, this is the office's name, opening with a capital, and the line's end
CREDITED_OFFICE = r"(?-i:[A-ZÀ-ÞĄĆĘŁŃŚŹŻ])[^.!?,;:]{2,60}\.?$"


# An app pitch's end after the site's "our app … available": the stores it is in and the line's end ("… dans notre
# appli Ovalie Comminges, disponible sur iOS et Android."); each language's `newsletter` rows say the rest
IN_APP_STORES = r"[^.!?]{0,20}\b(ios|android\w*|app store|google play)\b[^.!?]{0,40}[.!]?$"

# A plea to support the site after the sentence that says what it is ("Le Canard de l'amphi est un journal étudiant
# indépendant. Soutenez-nous : adhérez …"): each language's `newsletter` rows follow it with their "support us", a
# colon and the call
AFTER_ONE_SENTENCE = r"^([^.!?]{0,120}[.!?]\s+)?"
# A plan's promise after its pitch on one line ("Kostenlos. Werbefrei. Jederzeit kündbar,", "1 € le premier mois. Sans
# engagement."): the pitch's short phrases, then each language's `newsletter` rows' promise to cancel at will
AFTER_A_PITCH = r"^([^!?]{0,80}[.!,]\s*)?"

# A character of a picture's credit inside its brackets, or a bracketed note of its own ("(Foto: DBT/Jane Roe
# (bearbeitet durch die Redaktion))"): each language's `photo_credit` rows say the label, this what follows it
BRACKETED = r"([^()]|\([^()]{1,40}\))"

# A donation plea's slogan after its opening words ("Jede kleine Spende hilft den Menschen dieser Welt!"): each
# language's `newsletter` rows say "every donation helps", this is the rest of a line with no comma, colon, dash or
# quote ("Every donation counts, the treasurer said" reports one) and the line's end
PLEA_END = r"\b[^.!?,;:–—\"“”„«»]{0,60}\s*[.!]?$"


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of `words` in their order (`words_of` gives them longest first), a space
    in a word matching any run of spaces."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


def named_network(purpose: tuple[str, ...]) -> str:
    """A `social_share` row's end after a follow call ("Siga o Planície Notícias no …", "Подписывайтесь на ВСН в …"):
    the network it names, in its inflected forms too ("na Facebooku", "в Телеграме"), other networks after it and,
    after a comma, only what for, opened by one of the language's `purpose` words ("…, чтобы первыми узнавать
    новости"), to the line's end, no sentence stop: "Follow us on Instagram, the chef told the crowd" stays."""
    tail = r"[^.!?,]{0,80}"
    return (
        r"((x|vk)\b|(facebook|instagram|twitter|tiktok|youtub|whatsapp|telegram|threads|bluesky|linkedin|mastodon"
        rf"|вконтакт|телеграм|фейсбук|инстаграм|інстаграм|ютуб)\w*){tail}(,\s*({alternation(purpose)})\b{tail})?[.!]?$"
    )


# What parts of a feed reader's row of buttons stand apart by: a row's mark, a tab or spaces
_FEED_ROW_MARK = r"(\s*[·•|]\s*|\s+)"


def feed_button_row(buttons: tuple[str, ...], beside: tuple[str, ...]) -> str:
    """A `navigation` row: a whole line of a feed reader's buttons around an item (Miniflux's "Enregistrer ·
    Ajouter aux favoris · Marquer comme non lu · Ouvrir le lien"), one of a language's `feed_reader_buttons`
    among them; the words a row holds `beside` them ("Share", "Save", "Download") are too common to tell one
    alone, so prose using the words stays. Its look-ahead leaves its first letters unknown to
    `patterns.FirstMatch`, which compiles it once among the patterns any line may match, where the letters a row
    may open with (a dozen a language) had it compiled into each of their groups: 0.4 s of the warm-up."""
    either = alternation((*buttons, *beside))
    return rf"^(?=\S)(({alternation(beside)}){_FEED_ROW_MARK})*({alternation(buttons)})({_FEED_ROW_MARK}({either}))*$"


@dataclass(frozen=True)
class LanguageRows:
    """One language's rows. Each table is language-neutral in its names: `rule_patterns` is keyed
    by the names of `cleaners.rules.LINE_RULES`, and a rule matches a line when any language's
    patterns for it do (a page's words are not always in the page's language). Word tables are
    matched case-insensitively, at a line's start unless said otherwise."""

    code: str  # ISO 639-1
    # rule name -> regular expressions, matched case-insensitively against a line's plain text
    rule_patterns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # words that prose has and menus do not (`cleaners.regions`)
    function_words: frozenset[str] = frozenset()
    # words that open a byline ("By", "Par", "Автор:"; `cleaners.bylines`)
    byline_words: tuple[str, ...] = ()
    # labels that open a byline in text dumps only ("Words: Jane Doe"): an HTML page's visible label outvoted
    # the account its metadata declares, which the benches' golds take (WCXB)
    text_byline_words: tuple[str, ...] = ()
    # a folder of an author's page in a link's address ("/author/jane-doe", "/autor/…"): its text names the author
    author_path_words: tuple[str, ...] = ()
    # words that join two names of one byline ("and", "et", "und")
    name_joiners: tuple[str, ...] = ()
    # words after a name that lead to a place or a co-credit, not a person ("à Paris", "mit dpa")
    after_name_words: tuple[str, ...] = ()
    # the first word of a writer's department or institution after the name ("Jane Doe, Department of
    # Geography", "Институт географии"): what follows is no person
    affiliation_words: tuple[str, ...] = ()
    # a word of an organisation's name ("American Marketing Association", "Hopscotch Press"), a person's
    # never: a copyright line's holder holding one is no author
    organisation_words: tuple[str, ...] = ()
    # a word of a place's name of two words, never of a person's ("New York", "San Jose", "Nowy Sącz"): the
    # name after a credit's comma that holds one is where it was written, not a co-author
    place_words: tuple[str, ...] = ()
    # the newsroom or a news agency as a byline ("Redaktion", "Agencia SINC"): a desk, never a person
    newsroom_words: tuple[str, ...] = ()
    # a word of a site's, a column's or a team's name signing a byline ("By Citadel Financial Tips", "The Editorial
    # Team"): the brand's byline, no writer's, whose date may be a teaser's
    brand_words: tuple[str, ...] = ()
    # a writer's job after the name ("Jane Doe, Redakteurin", "Felix Brandt, Ressortleiter Praxis"): the name ends
    # there, capitalised or not (English's others are `cleaners.bylines.ROLE_WORDS`); run before a line of names
    # ("Court reporter Jane Doe", "Redakteurin Anna Müller"), no part of them
    role_words: tuple[str, ...] = ()
    # a student's year or term of study after the name, with its number ("Алиса Ковырзина, 3 курс", "Jane Doe, Year
    # 11", "Lena Wolf, 5. Semester", "Ana Gil, 3.º curso"): a student writer's credit
    study_year_words: tuple[str, ...] = ()
    # the words a letter's signature under the article opens with: a closing formula ("Kind regards", "Mit
    # freundlichen Grüßen", "С уважением") or the writer's possessive before a role ("Your vicar, Jane Doe", "Il
    # vostro parroco, don …"); the name after its comma, or on the next line, signs a page whose header names no
    # one (`cleaners.bylines.signature_names`)
    signature_openings: tuple[str, ...] = ()
    # the words a blogger's box opens with to introduce its writer by name ("I'm Amy and …", "Ich bin Steffi, …",
    # "Je m'appelle Claire, …"): among the run's last lines, the author's bio (`cleaners.text_page`)
    self_introductions: tuple[str, ...] = ()
    # the mark before an official's signature under a notice ("gez. Dr. Jane Doe, Bürgermeisterin", "signed", "f.to"):
    # the office signs it, no writer, and the name is no author's
    signed_marks: tuple[str, ...] = ()
    # words of the church's or the calendar's days ("Sunday", "Niedziela", "Solennità"): a header line naming one
    # ("XXVIII Niedziela Zwykła") is the day's, never a person's
    calendar_words: tuple[str, ...] = ()
    # a courtesy title before a name ("Dr", "Mme", "Sig.ra", "Pani"), without its dot: no part of the name
    honorifics: tuple[str, ...] = ()
    # a credit for other work than the writing ("Übersetzung", "Traduction", "Fact checked by"): the name
    # after it is no author's, and a name run into it ("Fact Checked") is its label's words
    other_credit_words: tuple[str, ...] = ()
    # a critic's credit on a review ("Reviewed by", "Rezensiert von"): under a headline that names the page a review
    # (`review_title_words`) the critic is its writer; elsewhere "Reviewed by" credits an expert's check, no writer
    review_credit_words: tuple[str, ...] = ()
    # the words a review's headline names it by ("Restaurant review: …", "Rezension: …", "Recensione:"), whole words
    review_title_words: tuple[str, ...] = ()
    # a live blog's status label over its byline ("DIRECTO FINALIZADO", "Liveticker beendet"): never a name's words
    live_status_words: tuple[str, ...] = ()
    # the words of a copyright line's rights-reserved phrase ("All Rights Reserved", "Alle Rechte vorbehalten"),
    # capitalised after a holder's name: never a name's words
    rights_reserved_words: tuple[str, ...] = ()
    # articles a publication's name opens with ("The Commercial Appeal", "Die Zeit"), a person's never:
    # a co-credit after the byline's people ("Jane Doe, The Commercial Appeal") names the paper
    publication_articles: tuple[str, ...] = ()
    # words before a dateline's date saying it is the publication's ("Publié le", "Erstellt:"; `cleaners.dates`)
    published_words: tuple[str, ...] = ()
    # words before a dateline's date saying it is an update's or a review's ("Mis à jour le",
    # "Aktualisiert:", "Last reviewed"): a date the page was kept up to, not when it was published
    updated_words: tuple[str, ...] = ()
    # words before a dateline's date saying only that the page was so as of that day ("Stand:"): neither
    # the publication's nor an update's word, so the date counts as one whose kind the page does not say;
    # an edition's or a bulletin's ("Bulletin du lundi 19 janvier 2026 à 6h30", "Ausgabe vom 3. März 2026")
    as_of_words: tuple[str, ...] = ()
    # a date's own label, a noun ("Fecha", "Data", "Дата"): the publication's word before its colon alone ("Data:
    # 11/05/2026"), as a name may end on one ("Team Tiger Data")
    date_label_words: tuple[str, ...] = ()
    # words before a date saying it is another day than the page's: a deadline's, an event's, an incident's or a
    # validity's ("Date limite de dépôt :", "Plazo de presentación:", "Einsatzdatum:", "Scadenza:", "Valid until"):
    # never the publication's, though a date's word opens them ("Date …", "Fecha …", "Data …")
    other_date_words: tuple[str, ...] = ()
    # the word between a document's kind (and its number) and its date in a header line ("Pressemitteilung Nr.
    # 27/2026 vom 11.06.2026", "Communiqué n° 12 du 3 mars 2026", "Notice dated 3 March 2026"): the rest is its date
    document_date_words: tuple[str, ...] = ()
    # the word or its abbreviation a date's year may end on ("12 марта 2026 г.", "12 березня 2026 року", "12 marca
    # 2026 r."): still the date's, so a document's date ends on it as on a figure ("Протокол от 12 марта 2026 г.")
    year_words: tuple[str, ...] = ()
    # the word before a newsletter's or a bulletin's number in its masthead ("Issue 112", "Newsletter n. 37", "Biuletyn
    # nr 58"): a dateline holding it dates the issue, the page, though it stands above the headline
    issue_words: tuple[str, ...] = ()
    # a feed reader's buttons around an item, in its interface's words ("Save web page", "Read later", Feedly's "Save
    # to Board"): the line over them is the reader's item line, its stamp the item's
    feed_reader_buttons: tuple[str, ...] = ()
    # the label of a read-it-later app's stamp of the day it saved the page ("Added on", wallabag's "Ajouté le",
    # "Toegevoegd op", "Dodano"): under the app's row of buttons it dates the save, never the page; elsewhere a site's
    # publication label, and read so
    saved_words: tuple[str, ...] = ()
    # words between a dateline's place and its date ("Paris, le 9 juin 2026", "Berlin, den 3. März 2026"): a
    # letter's or a press release's dateline, read as a place and a date are
    place_date_words: tuple[str, ...] = ()
    # the word between a post line's date and the section it was filed in ("Posted on 3 March 2026 in Recipes",
    # "Veröffentlicht am 1. August 2026 in Leseproben", "Pubblicato il 30 ottobre 2026 in Avvisi"): the rest is the
    # section's name, no part of the date
    section_words: tuple[str, ...] = ()
    # a blog's or a paper's label over the headline, a line of its own ("From our archive", "Aus dem Archiv"): a
    # kicker, never the title, though it reads like a short headline (matched as the whole line, case ignored)
    section_labels: tuple[str, ...] = ()
    # regular expressions of a date relative to the day the page was fetched ("3 hours ago",
    # "il y a 3 heures"), matched against a whole dateline (its published/updated words taken off)
    relative_dates: tuple[str, ...] = ()
    # regular expressions of what a dateline may carry beside its date, each in its own part of the line
    # ("5 min read", "4 comments"): matched against a whole part, case ignored
    dateline_filler: tuple[str, ...] = ()
    # labels of a line that gives the page's own address ("Permalink:", "URL:"; `cleaners.text_page`)
    page_url_labels: tuple[str, ...] = ()
    # labels of a line that may give the page's address or cite another page ("Source:", "Fuente:"):
    # read only when no page-URL label is on the page
    source_labels: tuple[str, ...] = ()
    # the words a search engine's cached copy opens its banner with, the page's address right after them
    # ("This is Google's cache of https://…. It is a snapshot of the page as it appeared on …")
    cache_banner_labels: tuple[str, ...] = ()
    # the labels of an e-mail's header fields as a mail client writes them over a message forwarded or pasted whole
    # ("From:", "To:", "Subject:"; Outlook's "De :", "À :", "Objet :"): three or more in a row atop a dump are the
    # mail's lines, not the page's (`cleaners.text_page`)
    mail_header_labels: tuple[str, ...] = ()
    # those of them that give the day the mail was sent ("Date:", "Sent:", "Envoyé :"): it dates only a page that
    # shows no date of its own (a newsletter sent days after its article)
    mail_date_labels: tuple[str, ...] = ()
    # labels of a tool's stamp that gives when it fetched, converted or saved the page, a machine's timestamp after
    # them (a scraper's "Fetched: 2026-12-06T09:30:00Z" atop its dump, "Abgerufen am: …", a banner's "Converted:
    # 2026-12-06 08:40 UTC", a read-it-later app's "date_saved:"): a relative dateline counts back from it
    fetch_labels: tuple[str, ...] = ()
    # labels of a crawler's header field that gives the page's publication timestamp ("Published Time:")
    crawler_date_labels: tuple[str, ...] = ()
    # labels of a crawler's header field that gives the page's title ("Title:"): read as the title when
    # the header stands alone, with no address line and no headline of the page's repeating it
    crawler_title_labels: tuple[str, ...] = ()
    # words of a consent dialog's text ("cookies", "personal data", "Einwilligung"): a run of prose that
    # mostly names them is the site's consent manager, not the article (`cleaners.regions`), matched
    # at a word's start
    consent_words: tuple[str, ...] = ()
    # the labels of a forum poster's profile fields beside the post ("Posts: 14", "Joined: 02 Sep 2026", "Location:
    # Vierzon"; phpBB's): the header's, passed over by the title scan (`cleaners.text_page`)
    forum_profile_labels: tuple[str, ...] = ()
    # a table of contents' heading ("Contents", "Inhalt", "Sommaire"), alone on its line over the entries: taken
    # with them (`table_of_contents`, `cleaners.text_page`)
    contents_headings: tuple[str, ...] = ()
    # a recipe's heading over its ingredients ("Ingredients", "Zutaten"), alone on its line: the list under it
    # (short lines, no prose) belongs to the steps' run below it (`cleaners.text_page`)
    ingredients_headings: tuple[str, ...] = ()
    # a recipe's units after an ingredient's amount ("250 g", "2 cups", "1 склянка"): a short line opening with an
    # amount and one is an ingredient, neutral in the main run's search (`cleaners.regions.is_ingredient_line`)
    ingredient_units: tuple[str, ...] = ()
    # whether headlines are written in sentence case (most words small): a line of mostly capitalised words with
    # no punctuation is a menu's entries run into one, not a headline with a small word ("Новини Пояснення
    # Розслідування Підтримати нас"); English title case and German nouns capitalise a headline's words
    sentence_case_headlines: bool = True
    # a book's page-count word ("pages", "Seiten", "стр."): a line of a book's details, its page count then its price
    # ("384 Seiten, gebunden, 26,00 €"), beside a sale's line (`shop_teaser`: "Compra el libro en …", a row of cart
    # buttons) is the shop's too (`cleaners.text_page`); alone, under a review, it is the review's record. A details
    # line names its author first ("Vera Landolt, Die Salzfrau. Roman. 384 Seiten"): the writer of an excerpt's page
    # (`cleaners.bylines.book_author_names`)
    book_page_words: tuple[str, ...] = ()
    # words that speak to the reader ("you", "Sie", "ваш"): a long line a prompt row takes at its start
    # is a prompt only if it has one (`cleaners.rules`)
    reader_words: tuple[str, ...] = ()
    # a screen reader's role words (NVDA's own translations), spoken before an element's text in its speech log: a
    # heading's with its level after them ("heading level"), a link's, a visited link's state, a picture's, a
    # control's (a button, a clickable element), a list item's bullet, and the words a region's or a list's own line
    # says ("landmark", "list with {n} items", "out of list"; "{n}" a figure). One step reads them
    # (`cleaners.speech`)
    speech_heading: tuple[str, ...] = ()
    speech_link: tuple[str, ...] = ()
    speech_visited: tuple[str, ...] = ()
    speech_graphic: tuple[str, ...] = ()
    speech_control: tuple[str, ...] = ()
    speech_bullet: tuple[str, ...] = ()
    speech_region: tuple[str, ...] = ()
