"""German rows of the language tables: the line rules' patterns and the words of prose."""

from cleaners.languages import rows
from cleaners.languages.rows import DATED_ENTRIES, LABELLED_LIST, LIVE_STAMP, MAIL_SENDERS, PLACE_ADDRESS, LanguageRows

# A lynx dump puts a link's reference number before its text ("[9]Alle akzeptieren"): buttons may carry one.
_REF = r"(\[\d+\]\s*)?"
# A consent banner's buttons, one or several on a line ("Einstellungen verwalten Alle akzeptieren").
_CONSENT_BUTTON = (
    r"((alle )?(cookies )?(akzeptieren|ablehnen|zustimmen|annehmen|zulassen)( und (weiter|schließen|fortfahren))?"
    r"|alle (cookies )?(akzeptieren|ablehnen|zulassen)|ich (stimme zu|akzeptiere)|(ich bin (damit )?)?einverstanden"
    r"|nur (notwendige|essenzielle|essentielle|erforderliche|technisch notwendige) cookies"
    r"( (akzeptieren|zulassen|verwenden))?"
    r"|(cookie-?|datenschutz-?|privatsphäre-?)?einstellungen( verwalten| anpassen| ändern)?"
    r"|(cookies|auswahl|präferenzen) (verwalten|anpassen|speichern|bestätigen|erlauben)|auswahl erlauben)"
)
# The buttons may lead the banner's sentence on its line ("Accepter et fermer Paramétrer les cookies Nous et nos
# partenaires utilisons des cookies …").
_BUTTONS_FIRST = rf"({_REF}{_CONSENT_BUTTON}(\s*[|·/,]\s*|\s+)){{0,4}}"
# One-word (or two-word) menu and footer entries of a German site.
_MENU_ENTRY = (
    r"(startseite|suche|menü|hauptmenü|ressorts|anmelden|abmelden|einloggen|ausloggen|registrieren"
    r"|mein konto|mein profil|nach oben|zurück nach oben|zum seitenanfang|seitenanfang"
    r"|impressum|datenschutz|datenschutzerklärung|kontakt|agb|barrierefreiheit|mediadaten"
    r"|abo testen|abo|e-paper|e-paper & abo|abonnement)"
)
# Share-strip words: verbs, their objects and the networks ("Artikel teilen: Facebook X WhatsApp E-Mail").
_SHARE_WORD = (
    r"(teilen|teile|geteilt|sharen|artikel|beitrag|diesen|dieser|seite|auf|per|via|mit|e-?mail|mail|drucken|link|"
    r"kopieren"
    r"|merken|folgen|sie|uns|facebook|twitter|x|whatsapp|linkedin|xing|pinterest|reddit|telegram|messenger|flipboard"
    r"|bluesky|threads|mastodon|instagram|youtube|tiktok)"
)
# Where a "skip" link leads ("Zum Hauptinhalt springen", "Direkt zur Navigation", "Zur Startseite").
_SKIP_TARGET = (
    r"(hauptinhalt|inhalt|navigation|hauptnavigation|suche|seitenanfang|footer|fußzeile|menü|hauptmenü|startseite)"
)

# a feed reader's buttons around an item, in its interface's words (Miniflux's, FreshRSS's, Tiny Tiny RSS's,
# Feedly's, Inoreader's)
_FEED_READER_BUTTONS = (
    "als gelesen markieren",
    "als ungelesen markieren",
    "zu favoriten hinzufügen",
    "als favorit markieren",
    "aus favoriten entfernen",
    "lesezeichen hinzufügen",
    "lesezeichen entfernen",
    "originalinhalt abrufen",
    "originalinhalt herunterladen",
    "originalartikel öffnen",
    "originallink öffnen",
    "später lesen",
    "original anzeigen",  # a read-it-later app's (Pocket's) link to the page
    # a browser's reader view's toolbar over the article (Edge's Immersive Reader), copied with it
    "texteinstellungen",
    "grammatiktools",
    "leseeinstellungen",
    "laut vorlesen",
)
# the words such a row holds beside them, too common to tell one alone
_FEED_ROW_WORDS = (
    "speichern",
    "favorit",
    "teilen",
    "herunterladen",
    "externer link",
    "kommentare",
    "stichworte",
    "link öffnen",
    "webseite besuchen",
)

# a follow call's network and what for (`rows.named_network`): its purpose words
_FOLLOWED_ON = rows.named_network(("um", "damit"))

ROWS = LanguageRows(
    code="de",
    feed_reader_buttons=_FEED_READER_BUTTONS,
    saved_words=("hinzugefügt am",),  # wallabag's stamp of the day it saved the page
    book_page_words=("Seiten", "S."),
    rule_patterns={
        "not_found_tail": (
            # the heading alone, or before its punctuation ("Seite nicht gefunden | Der Spiegel")
            (
                r"^((fehler|error)\s*404\s*[:–—-]?\s*)?"
                r"seite (nicht gefunden|nicht verfügbar|existiert nicht)\s*([.!:|–—-].*)?$"
            ),
            r"^fehler\s*404\s*[.!]?$",
            # "Die von Ihnen aufgerufene Seite existiert leider nicht (mehr)."
            (
                r"^((hoppla|ups|oops|entschuldigung)[\s,.!]*)?(die|diese) (von ihnen |von dir )?"
                r"(aufgerufene|angeforderte|gesuchte|gewünschte) seite (existiert|ist|wurde|konnte) "
                r"(leider )?(nicht|nicht mehr|kein)"
            ),
            # the bare sentence only with its apology, and when it is all the line says
            (
                r"^((hoppla|ups|oops|entschuldigung)[\s,.!]*(die|diese) seite (existiert|ist) (leider )?"
                r"|(die|diese) seite (existiert|ist) leider )nicht( mehr)?( verfügbar| vorhanden| erreichbar)?\s*[.!]?$"
            ),
            (
                r"^(der|dieser) (artikel|inhalt|beitrag) (ist|existiert) (leider )?(nicht mehr|nicht) "
                r"(verfügbar|vorhanden)\s*[.!]?$"
            ),
        ),
        "comments_widget": (
            # a sidebar box of the readers' latest comments on other posts, not this page's comments
            r"^(neueste|letzte|aktuelle) kommentare\s*:?$",
        ),
        "comments_tail": (
            # "Kommentare", "12 Kommentare", "Kommentare (3)": a lone "Kommentar" is an op-ed's label
            r"^(\d+ kommentare?|kommentare|leserkommentare|\d+ reaktionen)(\s*\(\d+\))?\s*:?$",
            (
                r"^(schreiben sie|verfassen sie|hinterlassen sie|schreibe|hinterlasse|verfasse) "
                r"(einen|den ersten) kommentar\b"
            ),
            r"^(kommentar|antwort) (schreiben|verfassen|hinterlassen|abgeben)\b",
            r"^(alle )?(\d+ )?kommentare (anzeigen|lesen|laden|ansehen|einblenden)\b",
            r"^(um|zum) (zu )?kommentieren\b[^.]{0,40}\b(angemeldet|anmelden|registriert|einloggen)\b",
            r"^diskutieren sie mit\b",
            # a notice that commenting is closed or needs a login ("Leider sind keine Kommentare möglich.")
            r"^(leider )?sind (hier |derzeit |momentan )?keine kommentare (mehr )?möglich\b",
            (
                r"^(die )?kommentar(funktion|e|bereich) (für diesen (artikel|beitrag) )?(ist|sind|wurde|wurden)"
                r" (geschlossen|deaktiviert)\b"
            ),
            (
                r"^(du musst|sie müssen) (angemeldet|eingeloggt) sein,? um (einen kommentar|kommentare) "
                r"(abzugeben|zu schreiben|zu verfassen)\b"
            ),
            # a comment form's notice ("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder …")
            r"^(deine|ihre) e-?mail(-adresse)? wird nicht veröffentlicht\b",
            # an invitation to comment under the article ("Verraten Sie gerne in den Kommentaren: …")
            r"^(verraten|schreiben|sagen) sie (es )?(uns )?(gerne |doch )?in den kommentaren\b",
            # an obituary's guestbook prompt and notice buttons ('Kondolenz schreiben', 'Traueranzeige aufgeben')
            (
                r"^((eine )?kondolenz (schreiben|hinterlassen|eintragen)|ins kondolenzbuch eintragen|(eine )?traueranze"
                r"igen? (aufgeben|ansehen))\b"
            ),
            # a comment section's prompt and its moderation note, the whole line ("Be the first to comment",
            # "Comments are moderated."): "Comments are moderated, the platform insists, …" is the story's
            r"^(sei|seien sie) (der|die) erste,? (der|die) (einen kommentar schreibt|kommentiert)[.!]?$",
            r"^(alle )?kommentare werden (vor der (veröffentlichung|freischaltung) )?moderiert\b[^,;!?]{0,60}[.!]?$",
        ),
        "comment_thread": (
            # WordPress: "3 Gedanken zu „Titel“", "Eine Antwort auf „Titel“"
            r"^(\d+|ein|eine|keine) (gedanken?|kommentare?|antworten|antwort|reaktionen?) (zu|auf|zum)\s*[„“\"»«‚']",
        ),
        "taxonomy": (
            # a post's taxonomy line: its label alone or over a list of tags or categories
            (
                r"^(tags|schlagw(ö|o)rte(r)?|stichw(ö|o)rte(r)?|kategorien?|themen|abgelegt unter|veröffentlicht unter)"
                rf"{LABELLED_LIST}"
            ),
            r"^(tags|schlagw(ö|o)rter|stichw(ö|o)rter|kategorien)$",
        ),
        "navigation": (
            # a feed reader's row of buttons (`rows.feed_button_row`)
            rows.feed_button_row(_FEED_READER_BUTTONS, _FEED_ROW_WORDS),
            # a read-it-later app's link back to its list, its arrow first (Pocket's "← Zurück zu Gespeichert")
            r"^[←‹]\s*zurück\b",
            # a site's join and sign-in buttons side by side (LinkedIn's, logged out: "Mitglied werden Einloggen"
            # over the headline)
            r"^(mitglied werden|jetzt registrieren|registrieren|konto erstellen)\s+(einloggen|anmelden)$",
            # a forum topic's page row and search box (phpBB's "4 posts • Page 1 of 1", "Search this topic…")
            r"^(\d+ (beiträge?|antworten|themen)\s*[•·|]\s*)?seite \d+ von \d+$",
            r"^(dieses thema|dieses forum|in diesem thema) durchsuchen(…|\.\.\.)?$",
            # "Zum Inhalt springen", "Zur Startseite", "[1]Zum Hauptinhalt springen [2]Zur Navigation springen"
            (
                rf"^{_REF}(direkt |weiter |springe )?(zum|zur) {_SKIP_TARGET}( springen| wechseln)?"
                rf"(\s*{_REF}(direkt )?(zum|zur) {_SKIP_TARGET}( springen| wechseln)?){{0,3}}$"
            ),
            r"^(navigation|inhalt) überspringen$",
            r"^(navigation|menü|suche) (öffnen|schließen|ein-?blenden|aus-?blenden|umschalten)$",
            r"^(navigation|hauptnavigation)$",
            rf"^{_REF}{_MENU_ENTRY}(\s*[·|•/–]\s*{_REF}{_MENU_ENTRY}){{0,8}}$",
            r"^startseite\s*(>|»|›|/|\||→)",
            r"^sie sind hier\s*:",
            r"^(vorheriger|voriger|nächster) (artikel|beitrag)$",
        ),
        "signup_consent": (
            # a sign-up form's consent box in the first person: to receive the mails, or to terms by sending the address
            (
                r"^(ja,? )?ich bin (damit )?einverstanden,? [^.!?]{0,100}\b(e-?mails?|newsletter|werbung|angebote)\b[^"
                r".!?]{0,100}\b(zu erhalten|zu bekommen|zusendet|zuschickt|zugeschickt)\b"
            ),
            r"^mit (dem )?(absenden|eintragen|angabe) meiner e-?mail-?adresse (willige|stimme|erkläre) ich\b",
            r"^(ja,? )?ich willige ein,? [^.!?]{0,60}\b(e-?mails?|newsletter|werbung)\b",
        ),
        "newsletter": (
            # a plea to give after the sentence saying what the site is ("This paper is made by volunteers. Support
            # us with a donation")
            rf"{rows.AFTER_ONE_SENTENCE}unterst(ü|ue)tzen sie uns mit einer spende\b",
            # a mailing list's footer: why the mail came, the way out, the sending service
            r"^(sie erhalten|du erhältst) (diese|diesen) (e-?mail|nachricht|newsletter)\b.{0,80}\bweil\b",
            r"^(den )?newsletter (abbestellen|abmelden|kündigen)\b",
            r"^(vom newsletter )?(abmelden|abbestellen)\s*[.!]?$",
            r"^diese (e-?mail|nachricht) wurde an\b.{0,80}\b(gesendet|verschickt)\b",
            rf"^(versendet|verschickt|gesendet) (mit|über|durch) {MAIL_SENDERS}\b",
            # a lead-in, then the app's pitch to follow the news in it
            # ('Live-Ticker: Verfolgen Sie jedes Spiel in der Sport-App')
            (
                r"^[^.!?:]{3,60}:\s*(verfolgen|folgen|sehen) sie [^.!?]{0,60}\b(in|mit) (der|unserer) [^.!?]{0,4"
                r"0}app\b[^.!?]{0,30}[.!]?$"
            ),
            # a feedback question, then a plea to support ('War dieser Artikel hilfreich? Unterstützen Sie …')
            (
                r"^(war|ist) (dieser|dieses|diese|der|die|das) (artikel|beitrag|text) (hilfreich|nützlich)\?\s*("
                r"unterstützen|unterstütze|abonnieren|abonniere|spenden|werden)\b"
            ),
            # the same as a clause ('Wenn Ihnen dieser Artikel geholfen hat, unterstützen Sie uns.')
            (
                r"^wenn (ihnen |dir |euch )?(dieser|der|unser) (artikel|beitrag|text) (gefallen|geholfen) hat[^.!?]"
                r"{0,20}[,:]\s*(unterstützen|unterstütze|abonnieren|abonniere|spenden)\b"
            ),
            # a question on the article, then a call to support or subscribe ("Hat Ihnen der Artikel gefallen? …")
            (
                r"^((hat )?(dir|ihnen) (hat )?|hat )?(der|dieser|unser|den) (artikel|beitrag) gefallen\?"
                r"\s*(dann |jetzt |bitte )?(unterstützen?|abonnieren?|spenden?|werden?)\b"
            ),
            # an app's download pitch: "Download our app for breaking news alerts"
            (
                r"^(jetzt )?(die|unsere) (kostenlose )?[\w-]*app (herunterladen|laden|installieren)\s*([.!]?$"
                r"|und (keine|nichts)\b[^.!?]{0,60}\bverpassen\s*[.!]?$)"
            ),
            # a newsletter heading alone or run into its blurb: "Der Neckartal-Newsletter: Die wichtigsten …"
            r"^((der|unser|ihr|zum) )?[\w-]*newsletter(\s*($|[:|–—-])|(?-i:[A-Z]))",
            # "Checkpoint am Morgen: Unser Newsletter für Berlin …"
            r"^([^.!?:]{1,40}[:–—|]\s*)?(unser|ihr) [\w-]*newsletter\b",
            (
                rf"^{_REF}(jetzt |hier )?(kostenlos |gratis )?(zum )?(newsletter )?"
                r"(abonnieren|anmelden|bestellen)\s*[.!»›>]?$"
            ),
            # "Jetzt für Golf-Lotse Top-News anmelden", "Verpasse keine News zu Hardware & Gadgets"
            r"^jetzt (für|zum) [^.!?]{1,40} (anmelden|abonnieren)\s*[.!»]?$",
            (
                r"^(verpasse|verpassen sie|verpasst) (keine|nie wieder)\s+(news|nachrichten|neuigkeiten|artikel"
                r"|beiträge|infos|updates|angebote|folge|deals)\b[^.!?]{0,50}[.!]?$"
            ),
            r"^newsletter (abonnieren|bestellen|anmelden)\b",
            (
                r"^[\w-]*newsletter\b[^.!?:]{0,40}:\s*(jetzt |hier )?(kostenlos "
                r"|gratis )?(anmelden|abonnieren|bestellen)\s*[.!»›>]?$"
            ),
            r"^(melden sie sich|abonnieren sie|bestellen sie|registrieren sie sich)\b.*\bnewsletter",
            # "Keine Nachricht aus Ihrem Ort mehr verpassen: Abonnieren Sie …"
            (
                r"^(nichts|keine (nachricht|nachrichten|news|neuigkeit|neuigkeiten|meldung|meldungen))\b"
                r"[^.!?]{0,40}\bverpassen\b.*\b(newsletter|abonnieren|anmelden)"
            ),
            (
                r"^(die|alle) wichtigsten (nachrichten|news|themen|meldungen|infos)\b"
                r".*\b(jeden|jede|täglich|wöchentlich|einmal)\b.*\b(postfach|e-?mail|mail)\b"
            ),
            r"^(vielen )?dank für (ihre|deine) (anmeldung|registrierung)\b",
            r"^(ihre|deine) e-?mail-?adresse\s*\*?$",
            r"^mit (der|ihrer|deiner) anmeldung (zum newsletter )?(akzeptieren|stimmen|willigen)\b",
            # the form's consent in the first person ("Mit der Anmeldung stimme ich …", "Mit Absenden meiner
            # E-Mail-Adresse …")
            r"^mit (der|meiner) anmeldung (zum newsletter )?(akzeptiere|stimme|willige|bestätige) ich\b",
            r"^mit (dem )?absenden (meiner|ihrer|deiner) e-?mail-?adresse\b",
            # the pitch's closing call: "… kannst du den Löwen Newsletter hier abonnieren.", "Melde dich hier für
            # unseren Newsletter an!"
            r"\bnewsletter (hier|jetzt) (kostenlos )?(abonnieren|bestellen)\s*[.!]?$",
            (
                r"\b(melde dich|meldet euch|melden sie sich) (hier |jetzt )?(kostenlos )?(für|zu) [^.!?]{0,30}"
                r"newsletter an\s*[.!]?$"
            ),
            # a sign-up form's footnote
            r"^diese (seite|website|webseite) ist durch recaptcha geschützt\b",
            # a paywall's teaser, a plea to support the journalism, the news offered on a messenger
            (
                r"^(dieser artikel|dieser inhalt|der artikel|der ganze artikel) (ist )?(nur |exklusiv )?(für|exklusiv"
                r" für) (abonnenten|abonnentinnen|abonnent\*innen|abo-?kunden|\w+plus-?(leser|kunden|abonnenten))\b"
            ),
            r"^jetzt (\w+ )?(abo|abonnement) (abschließen|sichern|testen|wählen)\b",
            r"^unterstützen sie (den |unseren |unabhängigen |lokalen )*journalismus\b",
            (
                r"^(erhalten sie|bekommen sie|hol dir) (\w+ ){0,2}(news|nachrichten|neuigkeiten)\b"
                r".*\b(auf|per|über|bei) (whatsapp|telegram)\b"
            ),
            # a plea for support under the article ("Ihr Beitrag hilft, unsere Berichterstattung … auszubauen")
            (
                r"^(ihr|dein|deine|ihre) (beitrag|spende|unterstützung) hilft,? (uns,? )?(unsere|unseren|die)"
                r" (berichterstattung|arbeit|journalismus)\b"
            ),
            # a feedback prompt under the article ("War dieser Artikel hilfreich?", "Gefällt Ihnen dieser Artikel?",
            # "Hat Ihnen dieser Artikel gefallen? Dann verpassen Sie keine Artikel mehr! …")
            r"^(war|ist) (dieser|dieses|diese|der|die|das) (artikel|beitrag|text|seite) (hilfreich|nützlich)\?$",
            r"^(wie )?gefällt (ihnen|dir|euch) (dieser|dieses|diese|unser|unsere) (artikel|beitrag|text|seite)\?$",
            (
                r"^(hat|haben) (ihnen|dir|euch) (dieser|dieses|diese|der|die|das) (artikel|beitrag|text) gefallen\?"
                r"(\s+dann\b.*)?$"
            ),
            # a reader-feedback question on this article, review or recipe, alone or before a pitch ("Did you like
            # this review? Get our picks every week", "¿Te ha gustado esta reseña? Recibe …")
            (
                r"^((hat|haben|gefällt|gefiel) (ihnen|dir|euch) |(war|ist) |(fanden sie|fandest du) )"
                r"(dieser|dieses|diese|diesen|der|die|das|den) (artikel|"
                r"beitrag|text|rezension|kritik|rezept|test|ratgeber|seite)( (hilfreich|nützlich|interessant|gefallen)"
                r")?\?\s*($|(dann|abonnieren|melden|unterstützen|teil"
                r"en|folgen|erhalten|bewerten|geben|klicken|stimmen)\b"
                r"|ja\W*nein\W*$)"
            ),
            # a notice block's donation prompt (a label and its call) and stay-in-touch prompt ('Jetzt spenden: …',
            # 'Bleiben Sie in Kontakt: …')
            r"^((jetzt |online )?spenden|spende(n)? online)\s*:\s*\S",
            r"^(bleiben sie|bleib) (mit uns )?in kontakt\s*(:\s*\S.*)?$",
            # a donation plea's slogan, its button and its question on reading the site ("Jede kleine Spende hilft!",
            # "Jetzt spenden!", "Sie lesen gern Kurier.de?"): a whole line, so a sentence reporting a plea or a question
            # on reading goes on and stays
            rf"^jede (kleine |einzelne )?(spende|unterstützung) (hilft|zählt){rows.PLEA_END}",
            r"^(jetzt|hier) spenden\s*!?$",
            (
                r"^(sie lesen|lesen sie|du liest|liest du) gerne? (diesen blog|unsere (artikel|beiträge|texte)"
                r"|[\w-]+\.(com|de|at|ch|net|org|eu|info))\s*\?$"
            ),
            # a thanks to the patrons who pay for it ('Diese Folge wird ermöglicht durch unsere 1.200 Unterstützer.')
            (
                r"^(diese|dieser|dieses) (folge|episode|podcast|newsletter|artikel|projekt|sendung) (ist |wird"
                r" |wurde )?(nur )?(möglich|ermöglicht) (dank|durch) [^!?]{0,40}?\b(unterstützer|förder|mitgli"
                r"ed|abonnent|spender|hörer|leser|mäzen|patron)"
            ),
            # a call to subscribe and what comes ("Suscríbete a … y recibe cada mes la revista"), or what comes, then
            # the call ("Per ricevere i bollettini via e-mail, iscriviti …"): the imperative, so subscribers stay
            r"^abonnieren sie [^.!?]{1,60}? und (erhalten|bekommen|lesen) sie\b",
            (
                r"^um [^.!?]{1,60}? zu (erhalten|bekommen|empfangen),\s*(melden sie sich|abonnieren sie"
                r"|registrieren sie sich|tragen sie sich)\b"
            ),
            # the site's app and the stores it is in ("… dans notre appli Ovalie, disponible sur iOS et Android.")
            rf"^[^.!?]{{0,80}}\bunsere(r|n)? app\b[^.!?]{{0,40}}\b(erhältlich|verfügbar) {rows.IN_APP_STORES}",
            # a plea to support after the sentence saying what the site is ("… est un journal étudiant indépendant.
            # Soutenez-nous : adhérez …")
            rf"{rows.AFTER_ONE_SENTENCE}unterst(ü|ue)tzen sie uns\s*:\s*\S",
            # a paywall's free trial, alone or after the sentence naming the plan ("Dieser Beitrag ist Teil von
            # Planerblatt+. Jetzt vier Wochen kostenlos testen."): the call, so a trial told of in prose stays
            rf"{rows.AFTER_ONE_SENTENCE}jetzt (\w+ (wochen|monate)|einen monat)( lang)? kostenlos (testen|lesen)\b",
            # a paywall's pitch: the login prompt to subscribers, the promise to cancel at will, unlimited access at
            # a price ("Already a subscriber? Log in", "Cancel anytime.", "Unlimited access for less than $2 a month")
            r"^(sie sind |du bist )?(bereits|schon) (abonnent|abonnentin|abonniert|kunde|kundin)\s*\?",
            rf"{rows.AFTER_A_PITCH}(jederzeit|monatlich) kündbar[.!,]?$",
            (
                r"^(jetzt |sichern sie sich |erhalten sie )?(unbegrenzten|unbeschränkten) (digitalen )?zugang\b"
                r"[^.!?]{0,60}\b(für|ab) (nur )?\d"
            ),
        ),
        "social_share": (
            # a newsletter's footer button (Mailchimp's "Forward to a friend (https://…)")
            (
                r"^(an (einen freund|eine freundin|freunde) weiterleiten|weiterleiten an (einen fr"
                r"eund|freunde))(\s*\(https?://\S+\))?$"
            ),
            rf"^({_REF}{_SHARE_WORD}[\s|,:/·•-]*)+$",
            # the question that asks for a share ("Dir hat der Artikel gefallen? Jetzt teilen …")
            (
                r"^((hat )?(dir|ihnen) (hat )?|hat )?(der|dieser|unser|den) (artikel|beitrag) gefallen\?"
                r"\s*(jetzt |dann |bitte |vergiss nicht,? )?.{0,40}\b(teilen|teile)\b"
            ),
            r"^(artikel|beitrag) gefallen\?\s*(jetzt |dann |bitte |vergiss nicht,? )?.{0,40}\b(teilen|teile)\b",
            r"^(teile|teilt|teilen sie) (diesen|den|unseren) (beitrag|artikel)( (auf|in|über) [\w -]{1,30})?[.!]?$",
            # the site's channel on a network, then what for ("Follow us on WhatsApp for every wicket as it happens.")
            (
                r"^(folgen sie|folge|folgt) uns (auch )?(auf|bei) (whatsapp|instagram|"
                r"facebook|x|twitter|tiktok|youtube|telegram|threads|bluesky|linkedin|mastodon)\b[^.!?,]{0,80}[.!]?$"
            ),
            # the site or its channel on a named network, then what for ("Siga o Planície Notícias no Facebook e no
            # Instagram."): a call, so a path followed on foot stays
            rf"^(folgen sie|folgt|folge|liken sie) [^.!?]{{0,60}}?\b(auf|bei) {_FOLLOWED_ON}",
        ),
        "cookie_notice": (
            # "Wir verwenden Cookies …", "Diese Website nutzt Cookies …", "Wir und unsere Partner speichern … Cookies",
            # "SPIEGEL und seine Partner verwenden Cookies …"
            (
                rf"^{_BUTTONS_FIRST}(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website"
                r"|wir und unsere (\d+ )?partner"
                r"|[^.!?,:;„“\"]{2,40} und (seine|ihre|unsere) (\d+ )?partner) "
                r"(verwenden|verwendet|nutzen|nutzt|setzen|setzt|speichern|speichert|benutzen|benutzt)\b"
                r"[^.]{0,120}\bcookies\b"
            ),
            (
                r"^um (unsere|diese) (web)?(seite|site|website|angebot)\b[^.]{0,80}"
                r"\b(verwenden|nutzen|setzen) wir cookies\b"
            ),
            r"^(wir respektieren ihre privatsphäre|ihre privatsphäre ist uns wichtig|datenschutz ist uns wichtig)\b",
            (
                rf"^{_REF}{_CONSENT_BUTTON}"
                rf"((\s*[|·/,]\s*|\s+){_REF}({_CONSENT_BUTTON}|mehr erfahren|weitere informationen)){{0,4}}$"
            ),
            r"^cookie-?(richtlinie|hinweis|banner|erklärung)$",
        ),
        "advertisement": (
            # a media player's running time ("Video duration 2 minutes 47 seconds")
            (
                r"^(video)?(länge|dauer)( des videos)?"
                r"\s*:?\s*(\d{1,2}:\d{2}(:\d{2})?"
                r"|(\d{1,3} (stunden?|minuten?|min\.?|sekunden?|sek\.?),?\s*(und\s+)?){1,3})$"
            ),
            # a media player's button left where its embed was ("Watch the trailer", "Listen")
            r"^(vollbild|vollbildmodus)( (beenden|aktivieren))?$",
            r"^((den |zum )?trailer|(die )?folge)( jetzt)? (ansehen|anschauen|abspielen|anhören)$",
            r"^(jetzt )?(anhören|reinhören)$",
            r"^(anzeige|werbung|gesponsert|sponsored|advertorial|promotion|anzeige / werbung|bezahlter inhalt)$",
            r"^(der )?(artikel|text|beitrag) (geht|wird) (unter|nach) der (anzeige|werbung) (weiter|fortgesetzt)\.?$",
            r"^(lesen sie )?(weiterlesen )?(nach|unter) der (anzeige|werbung) weiter(lesen)?\.?$",
        ),
        "embed_placeholder": (
            # the placeholder's notice, its prompt to load, the consent loading implies, its button
            r"^sie sehen (gerade|aktuell|hier) einen platzhalter(inhalt)? von\b",
            (
                r"^(bitte )?(klicken sie|klicke) (auf den (unteren |folgenden )?(button|knopf)|auf die (untere "
                r"|folgende )?schaltfläche|hier),? um (den |die |das "
                r")?(inhalte?|video|karte|tweet|beitrag)\b[^!?]{0,60}?"
                r"\b(laden|anzuzeigen|anzusehen|freizuschalten|zu entsperren)[.!]?$"
            ),
            (
                r"^mit dem (laden|abspielen) (des videos|der karte|des inhalts|des tweets|des beitrags),? "
                r"(akzeptieren sie|akzeptierst du|stimmen sie|stimmst du)\b"
            ),
            r"\bohne (dein|ihr|deine|ihre) (einverständnis|zustimmung|einwilligung) keine verbindung zu\b",
            (
                r"^(bitte )?(akzeptieren sie|akzeptiere|erlauben sie) [^.!?]{0,30}\bcookies,? um (dieses|das) "
                r"(video|inhalt|karte)\b"
            ),
            r"^((zustimmen und )?(den )?inhalte? laden|video laden|karte laden|externer inhalt)[.!]?$",
            r"^[^.!?\s]+( [^.!?\s]+)? immer entsperren$",
        ),
        "shop_teaser": (
            # an ad's label, then a bullet or a bar and its text, or a dash and a capital's phrase (no comma: prose goes
            # on)
            r"^(anzeige|werbung|gesponsert)\s*([·|•]\s*\S|[–—]\s*(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])[^.!?,;]*[.!…]?$)",
            # a shop's product teaser by its label, and a cart button ending a line
            r"^(passend dazu |jetzt |hier |auch )?(im|in unserem) (online-?)?shop\s*:",
            r"^(produkt|artikel|angebot) (der woche|des monats|im fokus)\s*:",
            r"\bin den warenkorb( legen)?\s*$",
            # an affiliate note: the site earns on what the reader buys through its links
            r"\b(enthält|enthalten) (sogenannte )?affiliate[- ]?links\b",
            r"\b(erhalten|bekommen) wir (ggf\. |gegebenenfalls |eventuell |möglicherweise )?eine (kleine )?provision\b",
            # an advertising disclosure, alone on its line after an optional label ('*Werbung. Dieser Beitrag enthält
            # Werbung für X'); what follows a brand or a comma is a sentence about ads, not the notice
            (
                r"^(\*?\s*[^\W\d_]+\s*[.:!]\s*)?\*?\s*(dieser|der) (beitrag|artikel|post|blogpost|blogbeitrag|"
                r"text) (enthält|beinhaltet) (unbezahlte |bezahlte )?(werbung|anzeigen|"
                r"produktplatzierungen?)( für [^.,;:!?]{1,40})?\s*[.!]?\*?$"
            ),
            # a prompt to buy the book under an excerpt or review; a row of a shop's buttons, the cart's first
            r"^((kaufen|bestellen) sie (das|dieses) buch|(das|dieses) buch (jetzt |hier )?(bestellen|kaufen))\b",
            r"^(in den warenkorb( legen)?|jetzt kaufen)\s*[·|•]\s*\S",
        ),
        "photo_credit": (
            # the label, the caption and its credit in brackets ("Photo: Bicycles at the depot (Courier)")
            r"^(fotos?|bild|bilder)\s*:\s*[^.!?()]{2,150}\([^()]{2,50}\)$",
            (
                r"^(foto|fotos|bild|bilder|bildquelle|fotoquelle|bildnachweis|fotonachweis|grafik|archivbild|symbolbild"
                r"|titelbild|beitragsbild|headerbild|vorschaubild)\s*:\s*([^.]|\.(?!\s)){0,60}$"
            ),
            # a caption's closing credit: "(Foto: dpa)", "(Archivbild)", "… Foto: Max Muster/dpa"
            rf"\((foto|fotos|bild|archivbild|archivfoto|symbolbild)\s*(:\s*{rows.BRACKETED}{{1,50}})?\)\.?$",
            # (a credit's names may hold a dot: "Bild: TebNad/Shutterstock.com", "Foto: ccnull/cc by sa 2.0")
            r"[.!?|]\s+fotos?:\s*([^.]|\.(?!\s)){2,60}$",
            r"[.!?|]\s+bild:\s*([^.]|\.(?!\s)){2,60}$",
            (
                r"^(symbolbild|archivbild|dpa|picture alliance( / ?dpa)?|imago( images)?|keystone)"
                r"(\s*/\s*[\w .'-]{2,40})?$"
            ),
            # a chart's source: the label and a name of a few words ('Quelle: Statistisches Bundesamt')
            r"^(quelle|quellen|datenquelle)\s*:\s*(?-i:[A-ZÄÖÜ])[\w'’&.-]*( [\w'’&.-]+){0,4}$",
        ),
        "copyright": (
            # a feed's footer crediting the site a post first appeared on (WordPress's, in the blog's language)
            r"^der beitrag .{3,200} erschien zuerst auf [^\s.!?,;:]+(\s+[^\s.!?,;:]+){0,5}\.?$",
            r"^alle rechte vorbehalten\b",
            r"[.,|–—-]\s*alle rechte vorbehalten\b",
            (
                r"^(nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung)\b[^.]{0,40}\b(nur mit|ohne)"
                r" (vorherige |schriftliche )*(genehmigung|zustimmung)\b"
            ),
            # the site's licence notice ("Dieses Werk ist unter einer Creative Commons-Lizenz lizenziert.", "Texte auf
            # dieser Webseite stehen unter einer Creative Commons …"); a brochure "unter der Lizenz" is the story's
            (
                r"\b(werk|inhalte?|texte?|beiträge|artikel|blog|weblog|website|webseite|seite|arbeit|bilder|fotos)\b"
                r"[^.]{0,50}\bunter (einer|der|den bedingungen der) creative[- ]commons"
            ),
            (
                r"\b(werk|inhalte?|texte?|beiträge|artikel|blog|weblog|website|webseite|seite|arbeit)\b"
                r"[^.]{0,50}\bunter der lizenz cc[- ]by"
            ),
            # a printed post's footer crediting the site (WP-Print's 'Artikel gedruckt von Site: https://…')
            r"^(artikel|beitrag) gedruckt (von|aus) [^:]{1,80}:\s*https?://\S+$",
        ),
        "related_links": (
            # a post navigation's label, then the neighbour post's headline it links to, on one line
            r"^(vorheriger|voriger|nächster) (artikel|beitrag)\s*([:»›>|–—-]|(?-i:[A-ZÄÖÜ0-9\"“„«'‘+]))",
            # a page's attachments: a label, then documents with their file types ("… (PDF, 312 KB)")
            r"^(downloads?|anhänge?|dokumente|dateien)\s*:\s*[^.!?]{0,120}\((pdf|docx?|xlsx?|odt|zip)\b",
            # the prompt alone or before its link; "Mehr zum Thema Lärmschutz wollte …" is prose
            (
                r"^(mehr zum thema|mehr zu diesem thema|zum thema"
                r"|lesen sie auch|lesen sie (hier )?mehr|lesen sie weiter"
                r"|auch interessant|ebenfalls interessant"
                r"|(das( thema)?|dieses thema) könnte (sie|dich) (auch )?interessieren"
                r"|das interessiert (sie|dich) vielleicht|(das )?könnte (ihnen|dir) (auch )?gefallen"
                r"|zum weiterlesen|mehr themen|weiterführende (links|artikel)"
                r"|(artikel|videos|beiträge)( und (artikel|videos|beiträge))? zum thema"
                r"|weitere (artikel|nachrichten|meldungen|beiträge|themen|news)|ähnliche (artikel|beiträge|themen)"
                r"|verwandte (artikel|themen|beiträge)|empfehlungen( der redaktion| aus der redaktion| für sie)?"
                r"|unsere empfehlungen?"
                r"|meistgelesen|meist gelesen|am meisten gelesen|meistgelesene (artikel|nachrichten)|top-?artikel"
                r"|beliebte (artikel|beiträge)( zum thema)?|siehe auch|auch lesenswert|lesetipps?|weiterlesen)"
                r"\s*([:»>|–—-].*)?$"
            ),
            r"^(mehr|weitere) (nachrichten|news|artikel|meldungen) (aus|zu|zum|über)\b[^.]*$",
            # a pointer to the live coverage ("Zum Liveticker: [Ems-Vechte gegen Twistfeld ab 19.30 Uhr]")
            r"^(hier )?(zum|zur) (live-?ticker|live-?blog|live-?stream|live-?übertragung)\s*[:»>]",
            r"^mehr aus (der|dem|den) [^.,;!?]*$",
            # "Auch lesen: Diese 3 Sternzeichen …", "Lesen Sie hier: Spielabbruch in der Kreisliga …"
            r"^(auch lesen|lies auch|lesen sie hier)\s*:.*$",
            # a site's own list: "Mehr zum Thema auf UEPO.de", "Mehr Kolumnen auf MeinMMO:"
            r"^mehr (zum thema|kolumnen|artikel|beiträge|news|tests|ratgeber) (auf|bei) [^\s.]+(\.[a-z]{2,4})?\s*:?$",
            (
                r"^(die )?meist(gelesenen|geklickten|kommentierten) (artikel|beiträge|nachrichten)"
                r"( (bei|auf|von) \S+)?\s*:?$"
            ),
            r"^(neueste|aktuelle|letzte|neue) (artikel|beiträge|news|tests|produkttests)\s*:?$",
            # the site's other posts, and the full results or the schedule elsewhere on the site ('Weitere
            # Beiträge: …', 'Komplette Ergebnisse: Rubrik …')
            r"^(weitere|andere) (beiträge|artikel)\s*:",
            (
                r"^(komplette |vollständige )?(ergebnisse|tabelle|programm|spielplan)\b[^.:—–]{0,50}(:|—|–|gibt es|"
                r"finden sie)\s*[^.]{0,40}\b(website|webseite|seite|rubrik|mitgliederbereich)\b"
            ),
            # where the site posts a document ('Das Protokoll steht in der Rubrik „Dokumente“ bereit.')
            (
                r"^[^.!?]{2,80}\b(in der rubrik|im bereich|im menüpunkt|unter dem menüpunkt)\s*([„\"»]|(?-i:[A"
                r"-ZÄÖÜ]))[^.!?]{2,30}\b(bereit|abrufbar|einsehbar|veröffentlicht|zu finden|zum download|zur v"
                r"erfügung|online)( gestellt| bereit)?\.?$"
            ),
        ),
        "author_bio": (
            (
                r"^über (den|die) (autor|autorin|autoren|autorinnen|verfasser|verfasserin)"
                r"(\s*/\s*(den|die) (autor|autorin))?\s*(:.*)?$"
            ),
            # "Über Jane Doe"; "Über den Wolken" is a heading of the story
            r"^(?-i:Über(?! (?:Den|Die|Das|Uns|Mich)\b)(?: [A-ZÄÖÜ][\w'’.-]*){2,3})$",
            # a bio line that opens with "der Autor", not the name ("Der Autor ist Redakteur …")
            (
                r"^(der|die|unser|unsere) (autor|autorin|verfasser|verfasserin)( dieses (beitrags|artikels|textes))?"
                r" (ist|war|lebt|arbeitet|schreibt|lehrt)\s[^.!?]*[.!]?$"
            ),
        ),
        "opinion_disclaimer": (
            # a syndication or partnership disclosure under the article: who made or funded it, not the story
            (
                r"^(dieser|diese|dieses) (artikel|beitrag|text|bericht|recherche|reportage|"
                r"serie)\b[^.]{0,40}\b(in (kooperation|zusammenarbeit|partnerschaft) mit|mit (freundlicher |"
                r"finanzieller )?(unterstützung|förderung) (von|der|des|durch)|gefördert (von|durch))"
            ),
            (
                r"^(die )?(meinung|ansicht|auffassung)(en)? (des|der) (autors|autorin|autoren|verfassers?|verfasserin|"
                r"gastautors|gastautorin)[^.]{0,60}\b(muss|müssen|entspricht|entsprechen|deckt|decken|spiegelt|"
                r"spiegeln)\b[^.]{0,40}\bnicht\b[^.]{0,60}\bredaktion\b"
            ),
            (
                r"^(dieser|der) (beitrag|gastbeitrag|kommentar|text|artikel|meinungsbeitrag) (gibt|spiegelt) "
                r"(ausschließlich |allein |nur )?die (persönliche )?(meinung|ansicht|auffassung) (des|der) (autors|"
                r"autorin|autoren|verfassers?|verfasserin)\b"
            ),
            (
                r"^(gastbeiträge|gastkommentare|kommentare|meinungsbeiträge|beiträge) (geben|spiegeln) nicht "
                r"(notwendigerweise|unbedingt|zwingend) die (meinung|ansicht|position|haltung) der redaktion\b"
            ),
            # "Kommentare geben die Meinung des Autors wieder, nicht unbedingt die der Redaktion."
            (
                r"^(gastbeiträge|gastkommentare|kommentare|meinungsbeiträge|beiträge) (geben|spiegeln) "
                r"(ausschließlich |allein |nur )?die (persönliche )?(meinung|ansicht|auffassung) (des|der) "
                r"(autors|autorin|autoren|verfassers?|verfasserin|verfasserinnen)( wieder)?"
                r"\b[^.]{0,30}\bnicht\b[^.]{0,40}\bredaktion\b"
            ),
            # a market page's note that its figures are no investment advice or only for reference
            r"^(alle )?angaben ohne gewähr\b",
            r"^keine anlageberatung\b",
            # eine Restaurantkritik: wer die Rechnung zahlte, ob anonym getestet wurde, eine Einladung
            r"^die rechnung (hat die redaktion|wurde von der redaktion) (bezahlt|beglichen)\b",
            (
                r"^(wir|unsere (tester|kritiker|kritikerinnen)) (bezahlen|zahlen) (unsere|ihre|alle)"
                r" (rechnungen|besuche|essen) selbst\b"
            ),
            r"^(wir|unsere (tester|kritiker|kritikerinnen)) (besuchen|testen) (die )?(restaurants )?anonym\b",
            r"^(die (reise|recherche)|der besuch) (erfolgte|wurde) (auf einladung|mit unterstützung) (von|des|der)\b",
        ),
        "live_blog_close": (
            # a live blog's closing entry, its time stamp first or not ('23:40 · Wir beenden diesen Liveblog.')
            (
                rf"{LIVE_STAMP}((wir )?(beenden|schließen) (hiermit |an dieser stelle )?(diesen|unseren|den) (l"
                r"ive-?blog|live-?ticker|ticker)|(dieser|unser|der) (live-?blog|live-?ticker|ticker) (ist )?(h"
                r"iermit )?(beendet|geschlossen))\b"
            ),
        ),
        # a press release's notes to editors: its press contact, and its company's boilerplate
        "press_notes": (
            # a study summary's reference line: its original publication's label
            # ('Originalpublikation: Doe, J. et al. (2026): …')
            r"^(originalpublikation|originalveröffentlichung|originalarbeit|originalstudie|originalartikel)\s*:",
            # or a source's label before a citation of several authors ('Quelle: Doe, J. et al. …')
            r"^(quelle|publikation|studie|referenz|literatur)\s*:\s*.{2,80}?\s(et al|u\. ?a)\.",
            r"^(presse|medien)kontakte?\b",
            r"^(presse|medien)anfragen\s*:",
            r"^kontakt für (die )?(presse|medien|journalisten)\b",
            r"^hinweise? für (die )?redaktion(en)?\b",
            r"^über (?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}:\s+\S",
            # ihr Kontakt für Rückfragen und ihr Hinweis auf zukunftsgerichtete Aussagen
            r"^kontakt für rückfragen\b",
            (
                r"^(für )?(rückfragen|weitere informationen|nähere (informationen|auskünfte))( wenden sie sich)?("
                r" bitte)?( an)?\s*:"
            ),
            r"^zukunfts(gerichtete|bezogene) aussagen\s*(:|$)",
            (
                r"^(diese|die) (presse)?(mitteilung|meldung|veröffentlichung) enthält (bestimmte"
                r" )?zukunfts(gerichtete|bezogene) aussagen\b"
            ),
            # an analysis's note on its data under it, the label, a colon and the sources with their dates ('Methodik:
            # Stellenmeldungen …, Stichtag 30.09.2026; eigene Befragung, n = 58.'); a heading ('Methodology: How we
            # tested …') has no figure and no stop
            r"^(methodik|methode|datenquellen?|datenbasis|datengrundlage)\s*:\s*[^!?]*\d[^!?]*\.$",
        ),
        "contact_line": (
            # a notice's credit of the office that prepared it ("Informationen zusammengestellt von der Pressestelle.")
            (
                r"^(diese )?(information|informationen|text|inhalt|hinweise) (wurden? )?"
                r"(erstellt|zusammengestellt|bereitgestellt|verfasst) (von|durch) (der |dem |den )?"
                f"{rows.CREDITED_OFFICE}"
            ),
            # a letters page's call to answer, and where to: "Want to respond? Write to letters@…"
            (
                r"^(möchten sie |wollen sie |willst du )"
                r"(reagieren|antworten|uns schreiben|einen leserbrief schreiben)\b[^?]{0,60}\?.*@"
            ),
            r"^(kontakt|e-?mail|mail) (zur|an die|an den|an das) (redaktion|autor|autorin|verfasser|verfasserin)\b",
            (
                r"^(schreiben sie|mailen sie|kontaktieren sie) "
                r"(uns|der redaktion|dem autor|der autorin|die redaktion|den autor|die autorin)"
                r"\s*([:!.]|$|an |eine |per |unter )"
            ),
            # "Haben Sie einen Hinweis? Schreiben Sie an redaktion@…"
            (
                r"^(haben sie|sie haben|hast du) "
                r"(einen hinweis|eine frage|anregungen|hinweise|ein thema|eine idee)\b[^.]{0,60}"
                r"[?:]\s*.*(redaktion|@)"
            ),
            r"^(kontakt|e-?mail|mail)\s*:\s*[\w.+-]+@[\w-]+\.",
            # a shop's or a service's customer-service line with its hours or number ('Kundenservice: Montag bis Freitag
            # …')
            r"^(kundenservice|kundendienst|service-?hotline|hotline|servicetelefon)\s*:\s*[^!?]{0,60}?\d",
            # a consultation's how-to-respond line ('Stellungnahmen können über das Online-Formular abgegeben werden.')
            (
                r"^(ihre )?(stellungnahmen?|anregungen|rückmeldungen?|einwendungen) (können sie |können |kann )?(über|p"
                r"er|mit) (das|dem|unser|unserem) (online-?)?(formular|beteiligungsformular|kontaktformular)\b"
            ),
            # a site's practical line under its article: the visit's place and hours, guided visits, the
            # next club outing, membership dues, the readers' editor's contact, whose service the site is
            # ('Besuchen Sie uns: …', 'Mitgliedsbeitrag 2027: …')
            r"^(besuchen sie uns|so finden sie uns|öffnungszeiten des lesesaals)\s*:",
            r"^(öffentliche |kostenlose )?führungen\b[^:.]{0,40}:\s*[^.]{0,40}\d",
            r"^nächste[rs]? (ausfahrt|treffen|termin|training|tour|lauf|vereinsabend|stammtisch)\s*:\s*[^.]{0,40}\d",
            r"^(mitgliedsbeitr(ag|äge)|jahresbeitr(ag|äge)|vereinsbeitr(ag|äge))\b[^:.]{0,25}:",
            r"^(der |die )?leserbeauftragte\b[^.]{0,40}\b(erreichbar|erreichen|kontaktieren)\b",
            r"^[^.,:]{2,60} ist (ein|eine) (angebot|service|dienst|einrichtung) (der|des|von) [^.,:]{2,60}\.?$",
            # a prompt to report an error or a broken link, and how ('Fehler gefunden? Schreiben Sie uns …')
            (
                r"^((haben sie |hast du )?(einen )?fehler (gefunden|entdeckt)|seite nicht gefunden|link (defek"
                r"t|funktioniert nicht)|(defekter|fehlerhafter) link)\s*\?\s*(bitte )?(melden|schreiben|sagen|"
                r"kontaktieren|informieren|melde|schreib) (sie|du|uns)\b"
            ),
            # a calendar's dated entries ('Termine: 11. November – unterrichtsfrei; 20. November – Elternabend')
            rf"^(kalender|termine|terminkalender|nächste termine|termine im überblick|wichtige termine){DATED_ENTRIES}",
            # a review's practical line, address then days ('Zum Anker, Hafenstraße 3, Kiel. Geöffnet …')
            (
                rf"{PLACE_ADDRESS}ge(ö|oe)ffnet (täglich|von|(mo|di|mi|do|fr|sa|so)\b|montag|dienstag|mittwo"
                r"ch|donnerstag|freitag|samstag|sonntag)"
            ),
        ),
    },
    # a reporter's credit as a label, in text dumps only (in HTML a site's section label):
    # "Bericht: Gottlob Rienäcker · Sonntag, 18. Oktober 2026"
    text_byline_words=("bericht:", "reporter:", "reporterin:", "korrespondent:", "korrespondentin:"),
    author_path_words=("autor", "autoren", "autorin", "autorinnen"),
    byline_words=(
        # the post's or the article's author as a label ("Autor wpisu: Jan Kowalski", "Автор допису: …")
        "autor des beitrags",
        "autorin des beitrags",
        "verfasser des beitrags",
        # a credit naming the kind of text, or the writing up, before the writer ("Post di Ilaria Mencacci",
        # "Relację spisał Bartłomiej Sobiesiak", "Розповідає Орест Кулиняк")
        "eintrag von",
        "blogeintrag von",
        "bericht von",
        "kolumne von",
        "eine kolumne von",  # the kind of text with its article ("Eine Kolumne von Nils Pickert")
        "zusammengestellt von",  # a compiler's credit ("Zusammengestellt von Jana Roth, Pflanzenschutz")
        # a release's manager signing its notes ("Releasebeheerder: Fenna de Graaff · 10-03-2026")
        "release-manager:",
        "releasemanager:",
        "releasemanagerin:",
        "von",
        "veröffentlicht von",  # a blog's post line ("Veröffentlicht von Anna Müller am 15. Januar 2026")
        "gepostet von",
        "text von",
        "ein text von",
        "artikel von",
        "beiträge von",
        "beitrag von",
        "blog beitrag von",
        "alles von",
        "ein artikel von",
        "ein beitrag von",
        "ein ratgeber von",
        "verfasst von",
        "rezension von",  # a review's byline ("Rezension von Ute Zierold")
        "geschrieben von",
        "autor:",
        "redaktion:",
        "autorin:",
        "autoren:",
        "autor(en)",
        "autor",
        "autorin",
        "autoren",
        "interview:",
        "interview von",
        "text:",
        "text und fotos:",
        "text & fotos:",
        "rezept:",
        "rezept und fotos:",
        "rezept & fotos:",
        "das gespräch führte",
        "das interview führte",
        "live-ticker von",  # a live ticker's, a report's or a critic's credit ("Live-Ticker von Kai Wendeborn")
        "liveticker von",
        "liveblog von",
        "ein bericht von",
        "ein marktbericht von",
        "kritik von",
        "es schreibt",  # a newsletter's or a column's present-tense credit ("Es schreibt: Anna Müller")
        "es schreibt:",
        # a feminine author's label, an analysis's and a meeting's minute-taker's credit ("Авторка: Ганна Стецюк",
        # "Analyse: Dr. Henrik Braun", "Notulist: Gerrit Jansen, secretaris")
        "analyse:",
        "eine analyse von",
        "protokoll:",
        "protokollführer:",
        "protokollführerin:",
        "das wort des pfarrers",  # a column's label naming its writer's office, a dash, the name
        "wort des pfarrers",
        "grußwort des bürgermeisters",
        "grußwort der bürgermeisterin",
        "aus dem pfarrbüro",
    ),
    name_joiners=("und",),
    after_name_words=("in", "aus", "mit"),
    place_words=("bad", "sankt", "neu", "alt", "groß", "klein", "ober", "unter", "nieder"),
    newsroom_words=("redaktion", "agentur", "nachrichtenagentur", "presseagentur", "pressestelle", "abteilung"),
    brand_words=("team", "blog", "tipps", "news", "ratgeber"),
    study_year_words=("semester", "studienjahr", "klasse", "jahrgang"),
    role_words=(
        "leiter",  # a head of a place after the name ("Dr. Ansgar Lichtwardt, Leiter der Volkssternwarte")
        "leiterin",
        "redakteur",
        "redakteurin",
        "chefredakteur",
        "chefredakteurin",
        "ressortleiter",
        "ressortleiterin",
        "korrespondent",
        "korrespondentin",
        "reporterin",
        "volontär",
        "volontärin",
        "journalistin",
        "ehrenamtlicher",
        "ehrenamtliche",
        "bibliothekar",
        "bibliothekarin",
        "archivar",
        "archivarin",
        "kurator",
        "kuratorin",
        "sekretär",
        "sekretärin",
        "schriftführer",
        "schriftführerin",
        "kassenwart",
        "kassenwartin",
        "vorsitzender",
        "vorsitzende",
        "koordinator",
        "koordinatorin",
        "sprecherin",
        "pressesprecher",
    ),
    affiliation_words=("abteilung", "fakultät", "institut", "universität", "hochschule", "lehrstuhl", "labor"),
    live_status_words=("liveticker", "liveblog", "beendet"),
    self_introductions=(
        "ich bin",
        "hallo, ich bin",
        "hi, ich bin",
        "ich heiße",
        "mein name ist",
    ),
    signature_openings=(
        "für den vorstand",  # a body's officer signing for it
        "im namen des vorstands",
        "im auftrag des vorstands",
        "mit freundlichen grüßen",
        "mit freundlichem gruß",
        "viele grüße",
        "herzliche grüße",
        "liebe grüße",
        "ihr",
        "ihre",
        "euer",
        "eure",
    ),
    signed_marks=(
        "gez.",
        "gezeichnet",
    ),
    calendar_words=(
        "sonntag",
        "advent",
        "fastenzeit",
        "ostern",
        "pfingsten",
        "trinitatis",
        "kirchweih",
    ),
    organisation_words=(
        "verband",
        "verein",
        "gesellschaft",
        "stiftung",
        "zentrum",
        "verlag",
        "gruppe",
        "forum",
        "netzwerk",
        "feuerwehr",  # a fire brigade, a unit signing its own reports
    ),
    rights_reserved_words=("rechte",),
    honorifics=(
        "herr",
        "frau",
        "hr",
        "fr",
        "dr",
        "prof",
        "pfarrer",
        "pfarrerin",
        "pfr",
        "pater",
        "pastor",
        "pastorin",
        "diakon",
        "msgr",
        "rechtsanwalt",  # a lawyer's title before the name ("Autor: <a>Rechtsanwalt</a> Sebastian Einbock")
        "rechtsanwältin",
        "fachanwalt",
        "fachanwältin",
    ),
    other_credit_words=(
        "übersetzung",
        "übersetzt",
        "übersetzer",
        "übersetzerin",
        "geprüft",
        "überprüft",
        "faktencheck",
        "faktengeprüft",
        "gegengelesen",
        "begutachtet",
    ),
    review_credit_words=("rezensiert von", "getestet von"),
    review_title_words=("rezension", "kritik", "test"),
    publication_articles=("der", "die", "das"),
    published_words=(
        "veröffentlicht",
        "erstellt",
        "erschienen",
        "geschrieben",
        "gepostet",
        "datum",
        "veröffentlichungsdatum",
        "datum der veröffentlichung",
        "herausgegeben",
        "publiziert",
        "hinzugefügt",  # a CMS's "Added:" stamp on a post (Joomla's, a forum's)
        "online seit",
        "online gestellt",
    ),
    other_date_words=(
        "einsendeschluss",
        "bewerbungsschluss",
        "anmeldeschluss",
        "annahmeschluss",
        "abgabefrist",
        "antragsfrist",
        "bewerbungsfrist",
        "frist",
        "stichtag",
        "einsatzdatum",
        "veranstaltungsdatum",
        "gültig bis",
        "geburtsdatum",
        "termin",
    ),
    as_of_words=("stand", "stand vom", "ausgabe vom"),
    document_date_words=("vom",),
    issue_words=("ausgabe", "heft", "nummer", "nr"),
    section_words=("in", "unter"),
    section_labels=("aus dem archiv", "aus unserem archiv", "aus den archiven", "aus unseren archiven"),
    place_date_words=("den",),
    updated_words=(
        "aktualisiert",
        "geändert",
        "zuletzt aktualisiert",
        "zuletzt geprüft",
        "geprüft",
        "überprüft",
        "letzte aktualisierung",
        "änderungsdatum",
        "zuletzt geändert",
    ),
    relative_dates=(
        r"vor (einer|einem|\d+) (minuten?|min\.?|stunden?|std\.?|tagen?|wochen?|monaten?|jahren?)",
        "gestern",
        "heute",
    ),
    dateline_filler=(
        r"aufrufe:\s*\d[\d\s.,]*",  # a page's view count, labelled ("Wyświetleń: 1 284")
        r"pressemitteilung(\s+nr\.?\s*\d+(/\d+)?)?",  # "Pressemitteilung Nr. 07/2026"
        r"(\d+(\s*[-–]\s*\d+)?\s*)?(min\.?|minuten?)(\s+lesezeit)?",
        r"lesezeit:?\s*\d+\s*(min\.?|minuten?)",
        r"\d+\s+(kommentare?|wörter)",
        r"kommentare?",
        r"teilen",
        r"kategorien?:\s*.+",  # a category, the signing office ("Kategorie: Fahrplan · Pressestelle VOW")
        r"pressestelle(\s+\S+)?",
    ),
    # a mail client's header fields over a forwarded message
    mail_header_labels=("von", "an", "cc", "betreff"),
    mail_date_labels=("datum", "gesendet"),
    page_url_labels=(
        # an HTML-to-Gemini proxy's link to the page it converted ("=> https://… Originalartikel")
        "originalartikel",
        "dieser artikel wurde von calibre heruntergeladen von",
        "originalseite",
        # a mailed article's link to its page
        "artikel online lesen",
        "online lesen",
        "auf der website lesen",
        "auf unserer website lesen",
        "den ganzen artikel lesen",
        "permalink",
        "url",
        "artikel-url",
        "url zum artikel",  # a printed post's footer (WP-Print)
        "diese e-mail im browser anzeigen",  # a newsletter's web copy, the URL after it
        "e-mail im browser anzeigen",
        "im browser anzeigen",
        "eingefügt aus",  # a note pasted into OneNote: "Eingefügt aus <https://…>" under it
        # a shared or mailed article's link to the rest of it, or a proxy's to the page it converted
        "weiterlesen",
        "weiterlesen auf",
        "den vollständigen artikel lesen",
        "diesen artikel im web lesen",
        "im web lesen",
        "originalseite öffnen",
        "originalseite im browser öffnen",
    ),
    source_labels=("quelle",),
    cache_banner_labels=("dies ist der cache von google von",),
    sentence_case_headlines=False,
    function_words=frozenset(
        """der die das den dem des und ist ein eine nicht mit von zu auf für sich im in es er sie wir auch als bei
        nach dass hat wird sind aus an wie oder aber noch um""".split()
    ),
    forum_profile_labels=("beiträge", "registriert", "mitglied seit", "wohnort"),
    contents_headings=("inhalt", "inhaltsverzeichnis", "inhaltsübersicht", "auf dieser seite", "in diesem artikel"),
    ingredients_headings=("zutaten",),
    ingredient_units=(
        "el",
        "tl",
        "esslöffel",
        "teelöffel",
        "tasse",
        "tassen",
        "becher",
        "prise",
        "bund",
        "zehe",
        "zehen",
    ),
    consent_words=(
        "cookie",
        "einwilligung",
        "personenbezogene daten",
        "personenbezogenen daten",
        "technische speicherung",
        "datenschutzeinstellungen",
    ),
    reader_words=(
        "sie",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "ihrer",
        "du",
        "dich",
        "dir",
        "dein",
        "deine",
        "deinen",
        "deinem",
        "deiner",
    ),
    # a scraper's stamp of when it fetched the page atop its dump
    fetch_labels=("abgerufen", "abgerufen am"),
    speech_heading=("Überschrift Ebene",),
    speech_link=("Link",),
    speech_visited=("besucht",),
    speech_graphic=("Grafik",),
    speech_control=("Schalter", "anklickbar"),
    speech_bullet=("Aufzählungszeichen",),
    speech_region=(
        "Orientierungspunkt",
        "Liste mit {n} Einträgen",
        "Liste mit {n} Elementen",
        "außerhalb der Liste",
        "Liste verlassen",
    ),
)
