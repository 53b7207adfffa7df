"""Italian rows of the language tables: the line rules' patterns and the words of prose."""

from cleaners.languages import rows
from cleaners.languages.rows import DATED_ENTRIES, LABELLED_LIST, LIVE_STAMP, MAIL_SENDERS, PLACE_ADDRESS, LanguageRows

# Between the buttons of a consent bar or the links of a share strip: spaces, bars, dots, and what a
# dump leaves of the links ("[Accetta](#)" becomes "Accetta"; a lynx dump's "[9]Accetto" keeps "[9]").
_SEP = r"[\s|·•/,\[\]\d-]*"
# What a consent banner's buttons say.
_CONSENT_BUTTON = (
    r"(accetta( tutti i cookie| tutti| tutto| i cookie| e chiudi| e continua)?|accetto|acconsento|"
    r"rifiuta( tutti| tutto| e chiudi)?|rifiuto|personalizza( le (scelte|preferenze))?|"
    r"gestisci (le )?(preferenze|opzioni|scelte|cookie)|impostazioni( dei)?( cookie)?|"
    r"(solo|solamente) (i )?(cookie )?(necessari|tecnici|essenziali)|continua senza accettare|ho capito|"
    r"ok,? ho capito|informativa( estesa| cookie)?|leggi l'informativa|leggi di più|maggiori informazioni|"
    r"più informazioni|scopri di più|chiudi)"
)
# What a share strip links to.
_NETWORK = (
    r"(facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|flipboard|messenger|bluesky|threads|"
    r"instagram|youtube|tiktok|e-?mail|stampa|copia( il)? link|link|e)"
)
# A skip link, each of them a whole line: "Vai al contenuto", "[1]Salta al contenuto principale".
_SKIP_LINK = (
    r"(\[\d+\]\s*)?((vai|salta|passa) (al|alla|ai) (contenuto|navigazione|menu|ricerca|piè di pagina)"
    r"( principale)?|salta (la )?navigazione)"
)
# The items of a site's menu and account strip, each of them a whole line.
_MENU_ENTRY = (
    r"(home ?page|cerca|ricerca|menu|sezioni|argomenti|accedi|entra|esci|registrati|abbonati|il mio account|"
    r"il mio profilo|area riservata|torna su|torna in alto|torna all'inizio|torna alla home( ?page)?|"
    r"vai alla home( ?page)?|ultim'ora|ultima ora)"
)
# The links of a site's footer.
_FOOTER_LINK = (
    r"(privacy policy|cookie policy|privacy|informativa privacy|informativa cookie|note legali|"
    r"termini e condizioni|condizioni d'uso|termini di servizio|chi siamo|contatti|contattaci|redazione|"
    r"pubblicità|lavora con noi|mappa del sito|abbonamenti|codice etico|dati societari|accessibilità|rss|impressum)"
)
# What an error page opens with: "Ci dispiace, …", "Oops! …"
_SORRY = r"^((ci dispiace|spiacenti|siamo spiacenti|oops|ops)[,.!]*\s*)?"

# a feed reader's buttons around an item, in its interface's words (Miniflux's, FreshRSS's, Tiny Tiny RSS's,
# Feedly's, Inoreader's)
_FEED_READER_BUTTONS = (
    "segna come letto",
    "segna come non letto",
    "aggiungi ai preferiti",
    "rimuovi dai preferiti",
    "scarica contenuto originale",
    "scarica il contenuto originale",
    "scarica il contenuto integrale",
    "apri link originale",
    "apri il link originale",
    "apri l'articolo originale",
    "leggi più tardi",
    "vedi originale",  # a read-it-later app's (Pocket's) link to the page
    "visualizza originale",  # (the same, in other versions)
    # a browser's reader view's toolbar over the article (Edge's Immersive Reader), copied with it
    "preferenze testo",
    "strumenti di grammatica",
    "preferenze di lettura",
    "leggi ad alta voce",
)
# the words such a row holds beside them, too common to tell one alone
_FEED_ROW_WORDS = (
    "salva",
    "preferito",
    "preferiti",
    "condividi",
    "scarica",
    "link esterno",
    "commenti",
    "tag",
    "apri link",
    "apri il link",
    "visita il sito",
)

# a follow call's network and what for (`rows.named_network`): its purpose words
_FOLLOWED_ON = rows.named_network(("per",))

ROWS = LanguageRows(
    code="it",
    feed_reader_buttons=_FEED_READER_BUTTONS,
    saved_words=("aggiunto il",),  # wallabag's stamp of the day it saved the page
    book_page_words=("pagine", "pp.", "pagg."),
    rule_patterns={
        "not_found_tail": (
            _SORRY + r"(errore\s*404\s*[-–—:|.]?\s*)?pagina non (trovata|disponibile|esistente)\b",
            (
                _SORRY + r"(la|questa) pagina (che (stai cercando|cerchi|hai cercato|hai richiesto)\s|richiesta\s)?"
                r"(non esiste|non è (più )?disponibile|non è stata trovata|non può essere trovata|"
                r"è stata (rimossa|spostata|cancellata|eliminata))"
            ),
            (
                _SORRY + r"non (abbiamo trovato|riusciamo a trovare|è stato possibile trovare) "
                r"(la pagina|quello che cerchi|il contenuto)"
            ),
            (
                _SORRY + r"il contenuto (che stai cercando|richiesto) "
                r"(non esiste|non è (più )?disponibile|è stato rimosso)"
            ),
            r"^errore\s*404\s*[.!]?$",
        ),
        "comments_widget": (
            # a sidebar box of the readers' latest comments on other posts, not this page's comments
            r"^(commenti recenti|ultimi commenti)\s*:?$",
        ),
        "comments_tail": (
            r"^(\d+\s+)?commenti(\s*\(\d+\))?:?$",
            r"^(1|un) commento:?$",
            r"^(lascia|lasciate|scrivi|aggiungi|inserisci|invia|pubblica) (un|una|il tuo|un tuo) (commento|risposta)\b",
            r"^(mostra|visualizza|leggi|carica|vedi) (tutti )?(i )?(\d+ )?commenti\b",
            r"^(i )?commenti (sono )?(chiusi|disabilitati)\b",
            r"^(nessun commento[.!]?\s+)?(sii il primo a commentare|scrivi il primo commento)\b",
            r"^per (poter )?commentare (è necessario|devi|occorre|bisogna)\b",
            r"^partecipa alla discussione\b",
            r"^(accedi|registrati) per (commentare|lasciare un commento)\b",
            # a notice that commenting needs a login ("Devi essere connesso per inviare un commento.")
            (
                r"^(devi|è necessario) (essere (connesso|registrato|loggato)|effettuare il login|accedere) per"
                r" (inviare|pubblicare|lasciare|scrivere) (un|il tuo) commento\b"
            ),
            # a comment form's notice ("Il tuo indirizzo email non sarà pubblicato.")
            r"^il tuo indirizzo (e-?mail|di posta elettronica) non sarà pubblicato\b",
            # an obituary's guestbook prompt and notice buttons ('Lascia un messaggio di cordoglio', 'Pubblica un
            # necrologio')
            r"^((lascia|scrivi|invia) un (messaggio di )?cordoglio|(pubblica|consulta) (un |i )?necrologi[oi])\b",
            # a comment section's moderation note, the whole line ("Comments are moderated."): "Comments are moderated,
            # the platform insists, …" is the story's
            r"^(tutti )?i commenti (sono|vengono) moderati\b[^,;!?]{0,60}[.!]?$",
        ),
        "comment_thread": (
            # the heading of a blog's comments: "2 commenti su “Titolo”", "Un pensiero su “Titolo”"
            (
                r"^(\d+|un|uno|una|due|tre) (commenti|commento|risposte|risposta|pensieri|pensiero) (a|su|per|di)\s*"
                r"[“\"«‘'].*[”\"»’']$"
            ),
        ),
        "taxonomy": (
            # a post's taxonomy line: its label alone or over a list of tags or categories
            rf"^(tags?|etichette|categori(a|e)|archiviato in|argomenti){LABELLED_LIST}",
            r"^(tags?|etichette|categorie)$",
        ),
        "navigation": (
            # a feed reader's row of buttons (`rows.feed_button_row`)
            rows.feed_button_row(_FEED_READER_BUTTONS, _FEED_ROW_WORDS),
            # a read-it-later app's link back to its list, its arrow first (Pocket's "← Torna all'elenco")
            r"^[←‹]\s*(torna|indietro)\b",
            # a site's join and sign-in buttons side by side (LinkedIn's, logged out: "Iscriviti ora Accedi"
            # over the headline)
            r"^(iscriviti( ora)?|registrati|unisciti( ora)?|crea un account)\s+(accedi|entra)$",
            # a breadcrumb's lead-in ("You are here: Home » News » …")
            r"^(sei qui|ti trovi (qui|in))\s*:",
            # a forum topic's page row and search box (phpBB's "4 posts • Page 1 of 1", "Search this topic…")
            r"^(\d+ (messaggi|risposte|argomenti)\s*[•·|]\s*)?pagina \d+ di \d+$",
            r"^cerca (in )?(questo|questa) (argomento|discussione|forum)(…|\.\.\.)?$",
            rf"^{_SKIP_LINK}(\s*[|·•]?\s*{_SKIP_LINK})*$",
            r"^(apri|chiudi|mostra|nascondi) (il )?(menu|navigazione|ricerca)( principale)?$",
            r"^(menu|navigazione)( principale)?$",
            # a lynx dump keeps its link numbers: "[3]Home page", "[9]Accedi"; a flattened dump runs them together
            # with a space ("Accedi Registrati")
            rf"^(\[\d+\]\s*)?{_MENU_ENTRY}((\s*[|/·•]\s*|\s+)(\[\d+\]\s*)?{_MENU_ENTRY})*$",
            r"^home ?page\s*(>|»|›|/|\||→|::)",
            r"^(ti trovi in|sei (qui|in))\s*:",
            r"^(articolo|post|notizia|pagina) (precedente|successiv[oa])(\s*[:»>›]|$)",
            r"^(precedente|successivo)$",
            # a footer's run of links ("Privacy policy | Cookie policy | Redazione")
            rf"^(\[\d+\]\s*)?{_FOOTER_LINK}(\s*[|·•/–-]\s*(\[\d+\]\s*)?{_FOOTER_LINK})+$",
            r"^(note legali|privacy policy|termini e condizioni|mappa del sito|informativa privacy)$",
        ),
        "signup_consent": (
            # a sign-up form's consent box in the first person: to receive the mails, or to terms by sending the address
            (
                r"^(sì,? )?(acconsento|accetto|autorizzo) (a ricevere|di ricevere|l[’']invio|all[’']invio)\b[^.!?]{0,1"
                r"00}\b(e-?mail|newsletter|comunicazioni|offerte|materiale (pubblicitario|promozionale|informativo))\b"
            ),
            (
                r"^(inviando|inserendo) (il mio|la mia) (indirizzo )?(e-?mail|indirizzo)\b[^.!?]{0,30}\b(acconsento|ac"
                r"cetto)\b"
            ),
        ),
        "newsletter": (
            # a plea to give after the sentence saying what the site is ("This paper is made by volunteers. Support
            # us with a donation")
            rf"{rows.AFTER_ONE_SENTENCE}sostienici con una (donazione|offerta)\b",
            # a mailing list's footer: why the mail came, the way out, the sending service
            (
                r"^(ricevi|hai ricevuto|stai ricevendo) questa (e-?mail|mail|newsletter|comunicazione)"
                r"\b.{0,80}\b(perché|in quanto|poiché)\b"
            ),
            r"^((annulla|cancella) (l[\'’])?iscrizione|disiscriviti)\s*[.!]?$",
            r"^per (non ricevere più|disiscriverti|cancellarti)\b",
            rf"^inviat[ao] (con|da|tramite) {MAIL_SENDERS}\b",
            # a lead-in, then the app's pitch to follow the news in it
            # ('Risultati in diretta: segui ogni partita sull'app di Sportivo')
            (
                r"^[^.!?:]{3,60}:\s*(segui|guarda) [^.!?]{0,60}\b(sull['’]|nell['’]|con l['’]|con la nostra )app"
                r"\b[^.!?]{0,40}[.!]?$"
            ),
            # a feedback question, then a plea to support ('Questo articolo ti è stato utile? Sostienici …')
            r"^(questo articolo|questo testo) (ti|vi) è (stato utile|piaciuto)\?\s*(sostienici|sostieni|abbonati|dona)",
            # the same as a clause ('Se questo articolo ti è stato utile, sostienici.')
            (
                r"^se (questo articolo|questo testo|il nostro articolo) (ti|vi) è (stato utile|piaciuto)[^.!?]{0,20}"
                r"[,:]\s*(sostienici"
                r"|sostieni|abbonati|dona)"
            ),
            # a question on the article, then a call to support or subscribe ("Ti è piaciuto questo articolo? …")
            (
                r"^(ti è piaciuto|vi è piaciuto|ti piace)[^?]{0,40}\?"
                r"\s*(sostieni|sostienici|abbonati|iscriviti|dona|diventa)"
            ),
            # an app's download pitch: "Download our app for breaking news alerts"
            (
                r"^(scarica|scaricate|installa) (gratis )?(l['’]app|la nostra app|l['’]applicazione"
                r"|la nostra applicazione)\b[^.!?]{0,80}[.!]?$"
            ),
            r"^((la )?(nostra )?)?newsletter( (quotidiana|settimanale|gratuita))?\s*[:.!]?$",
            # a newsletter's name and its blurb: "Newsletter Il Mattino · Ogni giorno …"
            r"^newsletters?\b[^.!?]{0,60}?\s*[·|:–—]\s*(ricev|iscriv|ogni|tutt[ie]|le notizie|il meglio)",
            r"^(iscriviti|iscrivetevi|registrati|abbonati)\b.*\b(newsletter|e-?mail|casella|posta|notifiche|alert)",
            r"^(iscriviti|iscrivimi|iscrivetevi|voglio iscrivermi|mi iscrivo)( (ora|subito|gratis))?[.!]?$",
            r"^(ricevi|riceverai|ricevere)\b.*\b(nella tua|via|per) (casella|e-?mail|posta)",
            (
                r"^(ricevi|riceverai) (ogni|tutti i|tutte le) (mattina|giorno|sera|settimana|giorni|mattine|sere|"
                r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\b"
            ),
            r"^inserisci (il tuo|la tua) (indirizzo )?(e-?mail|indirizzo)",
            r"^grazie per (esserti iscritt[oa]|l'iscrizione|la registrazione|esserti registrat[oa])\b",
            # a blog's prompt before its newsletter or share buttons
            r"^ti (è|e) piaciut[oa] (questo |quest'|l')\s*(articolo|post|contenuto)\?",
            # a paywall's teaser, a plea to support the journalism, the news offered on a messenger
            (
                r"^(questo articolo|l['’]articolo|questo contenuto|il contenuto) è riservato (agli|ai)"
                r" (abbonati|iscritti)\b"
            ),
            r"^(contenuto )?riservato agli abbonati\s*[.!]?$",
            r"^sostieni (il |un |il nostro )?giornalismo (indipendente|locale|di qualità)\b",
            r"^ricevi (le |tutte le |le ultime )?(notizie|news)\b.*\b(su|via) (whatsapp|telegram)\b",
            # a reader-feedback question on this article, review or recipe, alone or before a pitch ("Did you like
            # this review? Get our picks every week", "¿Te ha gustado esta reseña? Recibe …")
            (
                r"^((ti|vi) è (piaciut[oa]|stat[oa] utile) (questo|questa|quest') ?(articolo|recensione|ricetta|guida|"
                r"notizia)|(questo|questa) (articolo|recensione|ricetta|guida|notizia) (ti|vi) è (piaciut[oa]|stat[oa] "
                r"utile))\?\s*($|(ricevi|iscriviti|abbonati|sostienici|"
                r"condividi|seguici|scopri|lasciaci|dacci|clicca|vota)\b"
                r"|sì\W*no\W*$)"
            ),
            # a notice block's donation prompt (a label and its call) and stay-in-touch prompt ('Dona ora: …', 'Resta in
            # contatto: …')
            r"^(dona|fai una donazione|donazioni)( online| ora| subito)?\s*:\s*\S",
            r"^(resta|restiamo|rimani) in contatto\s*(:\s*\S.*)?$",
            # a donation plea's slogan, its button and its question on reading the site ("Ogni piccola donazione
            # conta!", "Dona ora!", "Ti piace leggere Corriere.it?"): a whole line, so a sentence reporting a plea or a
            # question on reading goes on and stays
            rf"^ogni (piccola |singola )?(donazione|offerta|contributo) (conta|aiuta|fa la differenza){rows.PLEA_END}",
            r"^(dona|fai una donazione) (ora|adesso|subito)\s*!?$",
            (
                r"^(ti piace|vi piace|le piace) leggere (questo blog|questo sito|i nostri articoli|[\w-]+\.(com|it|org"
                r"|net))\s*\?$"
            ),
            # a thanks to the patrons who pay for it ('Questa puntata è possibile grazie ai 1.200 sostenitori …')
            (
                r"^(questo|questa) (episodio|puntata|podcast|newsletter|articolo|progetto) (è |è stat[oa] )?(r"
                r"es[oa] )?possibile grazie (a|ai|agli|alle|al) [^!?]{0,40}?\b(mecenati|sostenitori|sostenitri"
                r"ci|abbonati|donatori|ascoltatori|lettori|soci|membri)\b"
            ),
            # a call to subscribe and what comes ("Suscríbete a … y recibe cada mes la revista"), or what comes, then
            # the call ("Per ricevere i bollettini via e-mail, iscriviti …"): the imperative, so subscribers stay
            r"^(abbonati|abbonatevi|iscriviti|iscrivetevi) a\w* [^.!?]{1,60}? e ricev(i|ete|erai)\b",
            r"^per ricevere [^.!?]{1,60}?,\s*(iscriviti|iscrivetevi|abbonati|abbonatevi|registrati)\b",
            # the site's app and the stores it is in ("… dans notre appli Ovalie, disponible sur iOS et Android.")
            rf"^[^.!?]{{0,80}}\bnostra app(licazione)?\b[^.!?]{{0,40}}\bdisponibile {rows.IN_APP_STORES}",
            # a plea to support after the sentence saying what the site is ("… est un journal étudiant indépendant.
            # Soutenez-nous : adhérez …")
            rf"{rows.AFTER_ONE_SENTENCE}sostienici\s*:\s*\S",
            # a paywall's free trial, alone or after the sentence naming the plan ("Dieser Beitrag ist Teil von
            # Planerblatt+. Jetzt vier Wochen kostenlos testen."): the call, so a trial told of in prose stays
            (
                rf"{rows.AFTER_ONE_SENTENCE}(prova|provalo|provala)[^.!?]{{0,30}}"
                r"\bgratis per (un|una|due|tre|quattro|\d+) (settimane?|mes[ei])\b"
            ),
            # a paywall's pitch: the login prompt to subscribers, the promise to cancel at will, unlimited access at
            # a price ("Already a subscriber? Log in", "Cancel anytime.", "Unlimited access for less than $2 a month")
            r"^(sei |è )?già abbonat[oaie]\s*\?",
            rf"{rows.AFTER_A_PITCH}(disdici|cancella|annulla) (quando vuoi|in qualsiasi momento|in ogni momento)[.!]?$",
            r"^(ottieni |sblocca )?(l['’])?accesso illimitato\b[^.!?]{0,60}\b(a|per|da) (solo |soli )?\d",
        ),
        "social_share": (
            # a newsletter's footer button (Mailchimp's "Forward to a friend (https://…)")
            r"^inoltra(re)? (questa email |la newsletter )?a un amico(\s*\(https?://\S+\))?$",
            # "Condividi su: Facebook X WhatsApp", "Condividi l'articolo:", "Condividi sui social"
            (
                r"^(condividi(lo|la)?|condivisione)( su| sui social( network)?| l'articolo| questo articolo|"
                r" la notizia| questa notizia| il post| via)?( su)?\s*:?"
                rf"{_SEP}({_NETWORK}{_SEP})*$"
            ),
            rf"^(seguici|segui(ci)? sui social|mi piace)( su)?\s*:?{_SEP}({_NETWORK}{_SEP})*$",
            # the site's channel on a network, then what for ("Follow us on WhatsApp for every wicket as it happens.")
            (
                r"^seguici (anche )?su (whatsapp|instagram|facebook|x|twitter|tiktok|youtube|telegram|threads|bluesky|"
                r"linkedin|mastodon)\b[^.!?,]{0,80}[.!]?$"
            ),
            # the site or its channel on a named network, then what for ("Siga o Planície Notícias no Facebook e no
            # Instagram."): a call, so a path followed on foot stays
            rf"^(segui|seguite|seguici|seguiteci|metti mi piace a) [^.!?]{{0,60}}?\bsu {_FOLLOWED_ON}",
        ),
        "cookie_notice": (
            # "Questo sito utilizza cookie …", and the Garante's wording "Questo sito o gli strumenti terzi …"
            (
                r"^(informativa\s*:?\s*)?(questo|il nostro) (sito|blog|portale|giornale|negozio)( web| internet)?"
                r"( o gli strumenti terzi da questo utilizzati)? "
                r"(utilizza|usa|impiega|si avvale|si avvalgono|fa uso|installa)\b.{0,30}?\bcookie"
            ),
            (
                r"^(noi e (i nostri partner|alcuni partner selezionati|terze parti selezionate) )?"
                r"(utilizziamo|usiamo|impieghiamo)\b.{0,30}?\bcookie"
            ),
            r"^noi e (i nostri partner|terze parti selezionate|alcuni partner selezionati)\b.{0,80}\bcookie",
            r"^(proseguendo|continuando|chiudendo|cliccando|scorrendo)\b.*\b(cookie|acconsent|consenso)",
            (
                r"^(cookie policy|informativa (estesa )?(sui |sull'uso dei )?cookie|impostazioni (dei )?cookie|"
                r"preferenze (dei |sui )?cookie|gestione (dei )?cookie|politica (dei |sui )?cookie)\s*:?$"
            ),
            # a line of consent buttons only: "Accetta tutti | Rifiuta | Personalizza le scelte"
            rf"^{_SEP}({_CONSENT_BUTTON}{_SEP})+$",
        ),
        "advertisement": (
            # a media player's running time ("Video duration 2 minutes 47 seconds")
            (
                r"^durata( del video)?"
                r"\s*:?\s*(\d{1,2}:\d{2}(:\d{2})?"
                r"|(\d{1,3} (ore|ora|minuti|minuto|min|secondi|secondo|s),?\s*(e\s+)?){1,3})$"
            ),
            # a media player's button left where its embed was ("Watch the trailer", "Listen")
            r"^(esci da )?(lo )?schermo intero$",
            r"^(guarda|vedi|riproduci) (il )?trailer$",
            r"^ascolta( l[\'’]episodio| il podcast| ora)?$",
            (
                r"^(pubblicità|annuncio|annunci|contenuto sponsorizzato|sponsorizzato|articolo sponsorizzato|"
                r"contenuto promozionale|pubbliredazionale|informazione pubblicitaria)\s*[:.]?$"
            ),
            # the label may lead it on its line ("Pubblicità - Continua a leggere sotto")
            (
                r"^((pubblicità|annuncio)\s*[-–—·|:]\s*)?continua (a leggere|la lettura)( sotto| (dopo|sotto) (la "
                r"pubblicità|l'annuncio))?\s*[:.]?$"
            ),
            r"^(scorri|scrolla) (in basso |verso il basso )?per (continuare|leggere)\b",
        ),
        "embed_placeholder": (
            # the placeholder's notice, its prompt to load, the consent loading implies, its button
            r"^(stai|sta) (attualmente )?visualizzando un contenuto segnaposto\b",
            (
                r"^(clicca|fai clic|clicchi) (sul pulsante( qui sotto| sottostante)?|qui) per (caricare|mostrare|"
                r"visualizzare|sbloccare) (il contenuto|il video|la mappa|il tweet|il post)\b[^,;!?]{0,60}[.!]?$"
            ),
            r"^caricando (il video|la mappa|il contenuto),? (accetti|accetta)\b",
            r"^((carica|mostra|sblocca) (il )?(contenuto|video|mappa)|contenuto esterno)[.!]?$",
        ),
        "shop_teaser": (
            # an ad's label, then a bullet or a bar and its text, or a dash and a capital's phrase (no comma: prose goes
            # on)
            r"^(pubblicità|sponsorizzato)\s*([·|•]\s*\S|[–—]\s*(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])[^.!?,;]*[.!…]?$)",
            # a shop's product teaser by its label, and a cart button ending a line
            (
                r"^(prodotto (in evidenza|consigliato|della settimana)|(disponibile )?(nel|sul) nostro (shop"
                r"|negozio)( online)?)\s*:"
            ),
            r"\b(aggiungi|metti) al carrello\s*$",
            # an affiliate note: the site earns on what the reader buys through its links
            r"\b(contiene|include) (dei |alcuni )?link (di affiliazione|affiliati)\b",
            r"\b(riceviamo|potremmo ricevere) una (piccola )?commissione\b",
            # an advertising disclosure, alone on its line after an optional label ('*Werbung. Dieser Beitrag enthält
            # Werbung für X'); what follows a brand or a comma is a sentence about ads, not the notice
            (
                r"^(\*?\s*[^\W\d_]+\s*[.:!]\s*)?\*?\s*questo (articolo|post|contenuto|video) (contiene|"
                r"include) (pubblicità|contenuti sponsorizzati|link sponsorizzati|product placement)( (di|"
                r"per) [^.,;:!?]{1,40})?\s*[.!]?\*?$"
            ),
            # a prompt to buy the book under an excerpt or review; a row of a shop's buttons, the cart's first
            r"^(acquista|compra|ordina) (il|questo) libro\b",
            r"^((aggiungi|metti) al carrello|acquista ora)\s*[·|•]\s*\S",
        ),
        "photo_credit": (
            # the label, the caption and its credit in brackets ("Photo: Bicycles at the depot (Courier)")
            r"^(foto|fotografia|immagine)\s*:\s*[^.!?()]{2,150}\([^()]{2,50}\)$",
            # a caption's closing credit after its sentence, the label then a name ("… in piazza. Foto Mario Rossi")
            r"[.!?|]\s+foto(grafia)?( di)?\s*:?\s+(?-i:[A-ZÀ-Þ])[^.]{2,60}$",
            # a credit line of the word and a name or an office (lower-case common nouns), no colon:
            # "Foto Luca Bertola", "Foto Archivio comunale"
            r"^(foto|fotografia|ph\.?) (di )?(?-i:[A-Z])[\w'’-]+( [\w'’-]+){1,3}$",
            rf"\((foto|fotografia|immagine|immagini|credits?|crediti|ph)\b{rows.BRACKETED}{{0,60}}\)\.?$",
            r"^(foto|fotografia|fotografie|immagine|immagini|credits?|crediti|ph\.)\s*(:|/)[^.]{0,60}$",
            r"^((foto|immagine) )?\d+ di \d+$",
            r"^(foto|immagine) (d'|di )archivio\b[^.]{0,40}$",
            # an agency credit under a picture: "ANSA/CIRO FUSCO"
            r"^(ansa|lapresse|agf)\s*/\s*[^.]{2,40}$",
            r"^(fonte (dell')?(immagine|foto)|credits? (foto|immagine))\s*:",
            # a chart's source: the label and a name of a few words ('Fonte: Istat')
            r"^(fonte|fonti)\s*:\s*(?-i:[A-ZÀ-Ý])[\w'’&.-]*( [\w'’&.-]+){0,4}$",
        ),
        "copyright": (
            # a feed's footer crediting the site a post first appeared on (WordPress's, in the blog's language)
            r"^l['’]articolo .{3,200} proviene da [^\s.!?,;:]+(\s+[^\s.!?,;:]+){0,5}\.$",
            # the phrase as a footer says it: alone, or after a full stop or a dash, and ending there
            r"(^|[.|·–—-]\s*)(tutti i )?diritti (sono )?riservati\s*([.|·–—-]|$)",
            r"^(©\s*)?riproduzione (riservata|vietata)\b",
            r"^(è )?vietata (la )?riproduzione\b",
            r"^testata (giornalistica )?registrata\b",
            # the publisher's VAT number that closes an Italian site's footer
            r"^(p\.\s?iva|partita iva|c\.f\. e p\.\s?iva)\s*:?\s*\d{11}\b",
            # a printed post's footer crediting the site (WP-Print's 'Articolo stampato da Sito: https://…')
            r"^articolo stampato da [^:]{1,80}:\s*https?://\S+$",
        ),
        "related_links": (
            # a post navigation's label, then the neighbour post's headline it links to, on one line
            r"^(articolo|post|notizia) (precedente|successiv[oa])\s*([:»›>|–—-]|(?-i:[A-ZÀ-Ý0-9\"“„«'‘+]))",
            # a page's attachments: a label, then documents with their file types ("… (PDF, 312 KB)")
            r"^(allegati|documenti( allegati| correlati)?|download)\s*:\s*[^.!?]{0,120}\((pdf|docx?|xlsx?|odt|zip)\b",
            # with its colon or alone: "Leggi anche le bollette degli anni precedenti …" is a sentence
            r"^(leggi|leggete|vedi|guarda) (anche|pure)\s*(:|»|>|$)",
            # an all-capitals marker before the linked headline: "LEGGI ANCHE Mestre, via libera …"
            r"^(?-i:LEGGI ANCHE|LEGGI PURE|VEDI ANCHE|GUARDA ANCHE|POTREBBE INTERESSARTI)\b",
            (
                r"^(articoli|notizie|post|contenuti|video|approfondimenti) (correlati|correlate|collegati|collegate|"
                r"consigliati|consigliate|simili)\s*:?$"
            ),
            r"^correlat[oi]\s*(:|$)",
            r"^(ti )?potrebbe(ro)? (anche )?(interessarti|piacerti|interessare|piacere)( anche)?\b[^.]*$",
            (
                r"^(i |le )?(articoli |notizie )?più (lett[ie]|vist[ie]|condivis[ie]|commentat[ie]|popolari)"
                r"( (oggi|di oggi|della (settimana|giornata)|del (giorno|mese)))?\s*:?$"
            ),
            r"^(altre|ultime) notizie( (di|da|su|dalla|dal|dalle) [^.]{1,40})?\s*:?$",
            r"^(articoli|post) recenti\s*:?$",
            r"^ultimi articoli\s*:?$",
            r"^(da non perdere|non perderti|consigliati per te|scelti per te|per approfondire|approfondisci)\s*:?$",
            # the site's other posts, and the full results or the schedule elsewhere on the site ('Altri
            # articoli: …', 'Classifica completa: sezione …')
            r"^altri (articoli|post)\s*:",
            (
                r"^(classifica|risultati|programma|calendario)( completa| completi| finale)?\b[^.:—–]{0,50}(:|—|–|"
                r"disponibili)\s*[^.]{0,40}\b(sito|sezione|area soci|pagina)\b"
            ),
            # where the site posts a document ('Il verbale è disponibile nella sezione Documenti.')
            (
                r"^[^.!?]{2,80}\b(è|sono) (disponibil[ei]|pubblicat[oaie]|consultabil[ei]|scaricabil[ei]|onlin"
                r"e)\b[^.!?]{0,30}\b(nella sezione|nell'area|nella pagina|alla voce)\s*([«\"“]|(?-i:[A-ZÀ-Ý]))"
                r"[^.!?]{1,30}\.?$"
            ),
        ),
        "author_bio": (
            r"^(informazioni )?(sull['’]autore|sull['’]autrice|l['’]autore|l['’]autrice|gli autori)\s*(:.*)?$",
            # a bio line that opens with "l'autore", not the name ("L'autrice è giornalista e vive a …")
            (
                r"^l['’](autore|autrice)( di questo (articolo|testo|editoriale))?"
                r" (è|vive|lavora|scrive|insegna)\s[^.!?]*[.!]?$"
            ),
        ),
        "opinion_disclaimer": (
            # a syndication or partnership disclosure under the article: who made or funded it, not the story
            (
                r"^(questo|questa|quest['’]) ?(articolo|reportage|contenuto|inchiesta|serie) (è stat[oa]|viene)"
                r" (realizzat[oa]|prodott[oa]|pubblicat[oa]|scritt[oa]|finanziat[oa]|sostenut[oa])( con il"
                r" (sostegno|supporto|contributo)| grazie al (sostegno|supporto|contributo)|"
                r" in collaborazione con)"
            ),
            (
                r"^(le )?(opinioni|idee|tesi) (espresse|contenute|riportate)[^.]{0,100}\bnon (riflettono|rispecchiano|"
                r"rappresentano|coincidono) necessariamente\b"
            ),
            (
                r"^(le )?(opinioni|idee) (espresse|contenute)[^.]{0,60}\bsono (esclusivamente |unicamente |solo )?"
                r"(quelle )?(dell['’] ?autore|dell['’] ?autrice|degli autori|personali dell['’] ?autore)\b"
            ),
            # a market page's note that its figures are no investment advice or only for reference
            (
                r"^(questo articolo |le informazioni )?non costitu(isce|iscono) (una )?(consulenza|sollecitazione)"
                r" (finanziaria|all'investimento)\b"
            ),
            r"^(prezzi|quotazioni|dati) (puramente |a titolo )?indicativ[io]\b",
            # una recensione: chi ha pagato, la visita anonima, l'invito
            r"^il conto (è stato pagato dalla|lo ha pagato la) redazione\b",
            r"^paghiamo sempre (il conto|i nostri pasti|le nostre cene)\b",
            r"^(visita|la visita è stata) (effettuata )?in forma anonima\b",
            r"^(l['’]autore|l['’]autrice) (è stat[oa] )?ospite (di|del|della|dell['’])(?! onore)",
        ),
        "live_blog_close": (
            # a live blog's closing entry, its time stamp first or not ('23:40 · Chiudiamo qui la diretta.')
            (
                rf"{LIVE_STAMP}((chiudiamo|terminiamo|concludiamo) (qui )?(questa|la|la nostra) (diretta|cronac"
                r"a in diretta|diretta testuale)|la diretta (termina|finisce|si chiude) qui)\b"
            ),
        ),
        # a press release's notes to editors: its press contact, and its company's boilerplate
        "press_notes": (
            # a study summary's reference line: its original publication's label
            # ('Pubblicazione originale: Doe, J. et al. (2026): …')
            r"^(pubblicazione|studio|articolo) original[ei]\s*:",
            # or a source's label before a citation of several authors ('Fonte: Doe, J. et al. …')
            r"^(fonte|riferimento|studio|pubblicazione)\s*:\s*.{2,80}?\set al\.",
            r"^contatt[oi] (stampa|per la stampa|per i media|per i giornalisti)\b",
            r"^ufficio stampa\s*:",
            r"^note? (per|alle) (le )?redazioni\b",
            r"^(informazioni su|a proposito di) (?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}:\s+\S",
            # il suo contatto per ulteriori informazioni e la nota sulle dichiarazioni previsionali
            r"^per ulteriori informazioni,? (contattare|rivolgersi a)\s*(:|$)",
            r"^contatti (investitori|investor relations)\b",
            r"^dichiarazioni (previsionali|prospettiche)\s*(:|$)",
            (
                r"^(il presente|questo) (comunicato|documento) (contiene|include|può contenere) (dichiarazioni"
                r"|informazioni|elementi) (previsionali|prospettiche|di carattere previsionale)\b"
            ),
            # an analysis's note on its data under it, the label, a colon and the sources with their dates
            # ('Metodologia: annunci di lavoro al 30 settembre 2026.'); a heading ('Methodology: How we tested …') has
            # no figure and no stop
            r"^(metodologia|nota metodologica|fonti? dei dati)\s*:\s*[^!?]*\d[^!?]*\.$",
        ),
        "contact_line": (
            # a notice's credit of the office that prepared it ("Informazioni a cura dell'Ufficio stampa.")
            (
                r"^(questa |queste )?(informazione|informazioni|testo|contenuto|nota|scheda) (è stat[ao] |"
                r"sono stat[ei] )?"
                r"(a cura|elaborat[aoei]|redatt[aoei]|preparat[aoei]|fornit[aoei]) "
                rf"(di |da |del |della |dello |dei |delle |dell['’]|dal |dalla |dai |dalle ){rows.CREDITED_OFFICE}"
            ),
            # an obituaries desk's notice: "Per pubblicare un necrologio … contatta l'ufficio necrologie …"
            (
                r"^per (pubblicare|inserire) (un |il |i |una )?(necrologi[oa]?|annunci[oa]? funebr[ei]|"
                r"partecipazion[ei]|ringraziament[oi])\b.*\b(contatta|contattate|contattare|chiama|chiamate|"
                r"rivolgersi|rivolgetevi|scrivi)\b"
            ),
            # a letters page's call to answer, and where to: "Want to respond? Write to letters@…"
            r"^(vuoi |volete |desidera )(rispondere|intervenire|scriverci|commentare)\b[^?]{0,60}\?.*@",
            (
                r"^(contatta|contattate|contattare|contattaci|scrivi|scrivete|scrivici|scriveteci|invia|inviaci|"
                r"manda|mandaci)\b.{0,40}(@|\b(alla|la) redazione\b|\ball'autore\b|\ball'autrice\b)"
            ),
            r"^per (segnalazioni|informazioni|contatti|comunicati( stampa)?)\b.{0,60}@",
            r"^(segnala|segnalaci) (una notizia|un errore|una storia)\b[^.]*$",
            r"^(contatti|email|e-mail|mail|posta elettronica)\s*:\s*[\w.+-]+@",
            # a shop's or a service's customer-service line with its hours or number ('Servizio clienti: dal lunedì al
            # venerdì …')
            r"^(servizio clienti|assistenza clienti|numero verde)\s*:\s*[^!?]{0,60}?\d",
            # a consultation's how-to-respond line ('È possibile inviare osservazioni tramite il modulo online.')
            (
                r"^(è possibile |si può |puoi |potete )?(partecipare|rispondere|inviare (il proprio contributo|un contr"
                r"ibuto|osservazioni)) (tramite|attraverso|con|mediante) il (modulo|form)\b"
            ),
            # a site's practical line under its article: the visit's place and hours, guided visits, the
            # next club outing, membership dues, the readers' editor's contact, whose service the site is
            # ('Vieni a trovarci: …', 'Quote associative 2027: …')
            r"^(vieni a trovarci|venite a trovarci|orari della sala (di lettura|studio))\s*:",
            r"^visite guidate\b[^:.]{0,40}:\s*[^.]{0,40}\d",
            r"^prossim[oa] (uscita|incontro|riunione|allenamento|serata|escursione)\s*:\s*[^.]{0,40}\d",
            r"^(quot[ae] (associativ[ae]|social[ei])|tesseramento|rinnovo (della )?tessera)\b[^:.]{0,25}:",
            r"^(il |la )?garante dei lettori (può|possono) essere contattat[oa]\b",
            r"^[^.,:]{2,60} è un servizio (del|della|di|dello) [^.,:]{2,60}\.?$",
            # a prompt to report an error or a broken link, and how ('Hai trovato un errore? Segnalacelo …')
            (
                r"^((hai|avete) (trovato|notato|visto) (un|qualche) (errore|refuso|link rotto)|(un )?link (rot"
                r"to|non funzionante)|pagina non trovata)\s*\?\s*(segnalacelo|segnalatecelo|segnalalo|segnala|"
                r"scrivici|scriveteci|contattaci|faccelo sapere)"
            ),
            # a calendar's dated entries ('Calendario: 11 novembre – niente lezioni; 20 novembre – …')
            rf"^(calendario|agenda|date da ricordare|prossimi appuntamenti|prossime date){DATED_ENTRIES}",
            # a review's practical line, address then days ('Da Nino, Via Roma 3, Lucca. Aperto …')
            (
                rf"{PLACE_ADDRESS}aperto (tutti i giorni|dal (lunedì|martedì|mercoledì|giovedì|venerdì|sabat"
                r"o|domenica)|(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica))"
            ),
        ),
    },
    # a reporter's credit as a label, in text dumps only (in HTML a site's section label):
    # "Cronaca: Anna Neri · 18 ottobre 2026"
    text_byline_words=("cronaca:", "inviato:", "inviata:", "corrispondente:"),
    author_path_words=("autore", "autori", "autrice", "firma", "firme", "giornalista"),
    byline_words=(
        # the post's or the article's author as a label ("Autor wpisu: Jan Kowalski", "Автор допису: …")
        "autore dell'articolo",
        "autrice dell'articolo",
        "autore del post",
        # a credit naming the kind of text, or the writing up, before the writer ("Post di Ilaria Mencacci",
        # "Relację spisał Bartłomiej Sobiesiak", "Розповідає Орест Кулиняк")
        "post di",
        "articolo di",
        "rubrica di",
        "una rubrica di",  # the kind of text with its article ("Eine Kolumne von Nils Pickert")
        "un articolo di",
        "resoconto di",
        "firma:",
        "pubblicazione di",
        # a release's manager signing its notes ("Releasebeheerder: Fenna de Graaff · 10-03-2026")
        "responsabile del rilascio:",
        "di",
        "pubblicato da",  # a blog's post line ("Pubblicato da Giulia Rossi il 15 gennaio 2026 in Notizie")
        "postato da",
        "scritto da",
        "a cura di",
        "a cura della",  # a desk's or a head's credit ("A cura della Redazione", "A cura della Dirigente …")
        "a cura del",
        "compilato da",  # a compiler's credit ("Compilato da Serena Pellizzaro, agronoma")
        "a cura dell",  # its elided article, the name right after ("A cura dell'Ufficio stampa del Bioparco")
        "conducono",
        "conduce",
        "autore:",
        "autrice:",
        "autore",
        "testo:",
        "testo di",
        "un testo di",
        "ricetta di",
        "servizio di",  # a report's credit ("Servizio di Alessio Pedrazzini e Chiara Bonfanti")
        "recensione di",  # a critic's, a live blog's or a report's credit ("Recensione di Ottavia Brambati")
        "diretta a cura di",
        "cronaca di",
        "messaggio da",  # a forum post's line ("Messaggio da Luca Neri » 13 ott 2026, 21:14")
        "scrive",  # a newsletter's or a column's present-tense credit ("Scrive Elisa Varriale, responsabile rifugi")
        "scrive:",
        # a feminine author's label, an analysis's and a meeting's minute-taker's credit ("Авторка: Ганна Стецюк",
        # "Analyse: Dr. Henrik Braun", "Notulist: Gerrit Jansen, secretaris")
        "analisi di",
        "analisi:",
        "verbale a cura di",
        "verbalizzante:",
        "la parola del parroco",  # a column's label naming its writer's office, a dash, the name
        "parola del parroco",
        "il saluto del sindaco",
        "dal parroco",
    ),
    name_joiners=("e", "ed"),
    after_name_words=("a", "con"),
    place_words=("san", "santa", "santo", "porto", "monte", "castel", "borgo"),
    newsroom_words=("redazione", "agenzia", "ufficio"),
    brand_words=("team", "staff", "blog", "notizie", "consigli"),
    study_year_words=("anno", "semestre"),
    role_words=(
        "giornalista",
        "redattore",
        "redattrice",
        "corrispondente",
        "inviato",
        "inviata",
        "volontario",
        "volontaria",
        "bibliotecario",
        "bibliotecaria",
        "archivista",
        "conservatore",
        "conservatrice",
        "segretario",
        "segretaria",
        "tesoriere",
        "tesoriera",
        "presidente",
        "coordinatore",
        "coordinatrice",
        "portavoce",
        "responsabile",
    ),
    affiliation_words=("dipartimento", "facoltà", "istituto", "università", "scuola", "laboratorio"),
    live_status_words=("diretta", "conclusa", "terminata"),
    self_introductions=(
        "sono",
        "mi chiamo",
        "ciao, sono",
        "il mio nome è",
    ),
    signature_openings=(
        "per il direttivo",  # a body's officer signing for it
        "per il consiglio direttivo",
        "a nome del direttivo",
        "cordiali saluti",
        "distinti saluti",
        "un saluto",
        "un caro saluto",
        "il vostro",
        "la vostra",
        "il tuo",
        "la tua",
    ),
    signed_marks=(
        "f.to",
        "firmato",
    ),
    calendar_words=(
        "domenica",
        "avvento",
        "quaresima",
        "pasqua",
        "pentecoste",
        "solennità",
    ),
    organisation_words=(
        "associazione",
        "società",
        "fondazione",
        "centro",
        "editore",
        "gruppo",
        "federazione",
        "pompieri",
    ),
    rights_reserved_words=("diritti",),
    honorifics=(
        "sig",
        "sig.ra",
        "sig.na",
        "dott",
        "dott.ssa",
        "prof",
        "prof.ssa",
        "avv",
        "avvocato",  # a lawyer's title before the name ("Di avvocato Marco Neri")
        "avvocata",
        "l'avvocato",
        "l'avvocata",
        "ing",
        "don",
        "padre",
        "fra",
        "suor",
        "mons",
    ),
    other_credit_words=(
        "traduzione",
        "tradotto",
        "traduttore",
        "traduttrice",
        "verificato",
        "verificata",
        "rivisto",
        "revisionato",
        "revisionata",
    ),
    review_credit_words=("recensito da", "provato da"),
    review_title_words=("recensione", "prova"),
    published_words=(
        "pubblicato",
        "pubblicata",
        "data di pubblicazione",
        "emesso",
        "aggiunto il",
        "online dal",
    ),
    date_label_words=("data",),
    other_date_words=(
        "scadenza",
        "data di scadenza",
        "termine",
        "data dell'evento",
        "data dell’evento",
        "valido fino al",
        "entro il",
        "data di nascita",
        "data dell'intervento",
        "data dell’intervento",
    ),
    as_of_words=("bollettino del", "edizione del"),
    document_date_words=("del",),
    issue_words=("numero", "edizione", "n"),
    section_words=("in",),
    section_labels=("dal nostro archivio", "dai nostri archivi", "dall'archivio", "dagli archivi"),
    updated_words=(
        "aggiornato",
        "aggiornata",
        "modificato",
        "revisionato",
        "verificato",
        "ultimo aggiornamento",
        "ultima modifica",
        "data di aggiornamento",
        "data di modifica",
    ),
    relative_dates=(r"(un|una|\d+) (minut[oi]|ore|ora|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa", "ieri", "oggi"),
    dateline_filler=(
        r"visualizzazioni:\s*\d[\d\s.,]*",  # a page's view count, labelled ("Wyświetleń: 1 284")
        r"comunicato stampa(\s+n(\.|°|º)\s*\d+(/\d+)?)?",
        r"(\d+(\s*[-–]\s*\d+)?\s*)?min(uti)?(\s+di\s+lettura)?",
        r"(tempo di )?lettura(:|\s+d[ai])?\s*\d+\s*min(uti)?",  # "Lettura di 4 minuti"
        r"\d+\s+(commenti|parole)",
        r"commenti",
        r"condividi",
        r"categori[ae]:\s*.+",  # a category, the signing office or a bare release label beside the date
        r"ufficio stampa",
        r"comunicato",
    ),
    # a mail client's header fields over a forwarded message
    mail_header_labels=("da", "a", "cc", "oggetto", "mittente"),  # Thunderbird's sender last
    mail_date_labels=("data", "inviato"),
    page_url_labels=(
        # an HTML-to-Gemini proxy's link to the page it converted ("=> https://… Articolo originale")
        "articolo originale",
        "questo articolo è stato scaricato da calibre da",
        "pagina originale",
        # a mailed article's link to its page
        "leggi sul sito",
        "leggi l'articolo sul sito",
        "leggi l'articolo completo",
        "leggi online",
        "link permanente",
        "url",
        "url dell'articolo",  # a printed post's footer (WP-Print)
        "visualizza questa email nel tuo browser",  # a newsletter's web copy, the URL after it
        "visualizza questa email nel browser",
        "visualizza nel browser",
        "incollato da",  # a note pasted into OneNote: "Incollato da <https://…>" under it
        # a shared or mailed article's link to the rest of it, or a proxy's to the page it converted
        "continua a leggere",
        "continua a leggere su",
        "leggi la notizia completa",
        "leggi questo articolo sul web",
        "apri la pagina originale",
        "apri la pagina originale nel browser",
    ),
    source_labels=("fonte",),
    cache_banner_labels=("questa è la copia cache di google della pagina",),
    function_words=frozenset(
        """il lo la i gli le un una uno di del della dei delle al alla nel in a da per con su tra che non
        è e ma si sono ha anche più come""".split()
    ),
    forum_profile_labels=("messaggi", "iscritto il", "iscritto", "località"),
    contents_headings=("indice", "sommario", "indice dei contenuti", "contenuti", "in questo articolo"),
    ingredients_headings=("ingredienti",),
    ingredient_units=(
        "cucchiaio",
        "cucchiai",
        "cucchiaino",
        "cucchiaini",
        "bicchiere",
        "bicchieri",
        "pizzico",
        "spicchio",
        "spicchi",
    ),
    consent_words=("cookie", "consenso", "dati personali", "archiviazione tecnica"),
    reader_words=("tu", "tuo", "tua", "tuoi", "tue", "ti", "voi", "vostro", "vostra", "vostri", "vostre", "vi"),
    # a scraper's stamp of when it fetched the page atop its dump
    fetch_labels=("recuperato il", "consultato il", "estratto il"),
    speech_heading=("titolo livello",),
    speech_link=("collegamento",),
    speech_visited=("visitato",),
    speech_graphic=("grafico",),
    speech_control=("pulsante", "cliccabile"),
    speech_bullet=("punto elenco",),
    speech_region=("punto di riferimento", "elenco con {n} elementi", "fuori dall'elenco"),
)
