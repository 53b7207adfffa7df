"""Dutch rows of the language tables: the line rules' patterns and the words of prose."""

from cleaners.languages import rows
from cleaners.languages.rows import DATED_ENTRIES, LABELLED_LIST, LIVE_STAMP, MAIL_SENDERS, PLACE_ADDRESS, LanguageRows

# A lynx dump puts a link's reference number before its text ("[8]Akkoord"): buttons may carry one.
_REF = r"(\[\d+\]\s*)?"
# A consent banner's buttons, one or several on a line ("Instellingen wijzigen Akkoord", "Ja, akkoord").
_CONSENT_BUTTON = (
    r"((ja,? )?(ik ga )?akkoord|(alles |alle cookies )?accepteren|accepteer( alles| alle cookies)?"
    r"|toestaan|alles toestaan|(alles )?weigeren|weiger( alles)?|(alles )?afwijzen"
    r"|nee,? (alleen|enkel) (noodzakelijke|functionele)( cookies)?"
    r"|(alleen|enkel) (noodzakelijke|functionele) cookies( accepteren| toestaan)?"
    r"|(cookie-?|privacy-?)?instellingen( wijzigen| aanpassen| beheren| opslaan)?"
    r"|(cookies|voorkeuren|keuze) (beheren|aanpassen|instellen|opslaan|wijzigen))"
)
# The buttons may lead the banner's sentence on its line ("Accepter et fermer Paramétrer les cookies Nous et nos
# partenaires utilisons des cookies …").
_BUTTONS_FIRST = rf"({_REF}{_CONSENT_BUTTON}(\s*[|·/,]\s*|\s+)){{0,4}}"
# One-word (or two-word) menu and footer entries of a Dutch site.
_MENU_ENTRY = (
    r"(voorpagina|zoeken|zoek|hoofdmenu|rubrieken|inloggen|uitloggen|log in|log uit|mijn account|mijn profiel"
    r"|terug naar boven|naar boven|terug naar (de )?(homepage|voorpagina)|word abonnee|abonneren|colofon|privacy"
    r"|privacyverklaring|privacybeleid|cookiebeleid|cookieverklaring|cookie-instellingen|adverteren|over ons|contact"
    r"|algemene voorwaarden|disclaimer|zoeken op de site)"
)
# Share-strip words: verbs, their objects and the networks ("Deel dit artikel: Facebook X WhatsApp").
_SHARE_WORD = (
    r"(delen|deel|gedeeld|dit|artikel|bericht|via|op|per|met|e-?mail|mail|link|kopieer|kopiëren|printen|print|afdrukken"
    r"|bewaar|bewaren|volg|ons|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|messenger|flipboard"
    r"|bluesky|threads|instagram|youtube|tiktok)"
)

# a feed reader's buttons around an item, in its interface's words (Miniflux's, FreshRSS's, Tiny Tiny RSS's,
# Feedly's, Inoreader's)
_FEED_READER_BUTTONS = (
    "markeren als gelezen",
    "markeren als ongelezen",
    "markeer als gelezen",
    "markeer als ongelezen",
    "als gelezen markeren",
    "als ongelezen markeren",
    "favoriet maken",
    "markeer als favoriet",
    "toevoegen aan favorieten",
    "verwijderen uit favorieten",
    "originele inhoud ophalen",
    "originele inhoud downloaden",
    "origineel artikel openen",
    "originele link openen",
    "later lezen",
    "origineel bekijken",  # a read-it-later app's (Pocket's) link to the page
    "bekijk origineel",  # (the same, in other versions)
    # a browser's reader view's toolbar over the article (Edge's Immersive Reader), copied with it
    "tekstvoorkeuren",
    "grammaticahulpmiddelen",
    "leesvoorkeuren",
    "voorlezen",
)
# the words such a row holds beside them, too common to tell one alone
_FEED_ROW_WORDS = (
    "opslaan",
    "favoriet",
    "bladwijzer",
    "delen",
    "downloaden",
    "externe link",
    "reacties",
    "labels",
    "link openen",
    "website bezoeken",
)

# a follow call's network and what for (`rows.named_network`): its purpose words
_FOLLOWED_ON = rows.named_network(("om", "zodat"))

ROWS = LanguageRows(
    code="nl",
    feed_reader_buttons=_FEED_READER_BUTTONS,
    saved_words=("toegevoegd op",),  # wallabag's stamp of the day it saved the page
    book_page_words=("pagina's", "pagina’s", "blz.", "pp."),
    rule_patterns={
        "not_found_tail": (
            # the heading alone, or before its punctuation ("Pagina niet gevonden | NU.nl")
            (
                r"^((fout|foutcode|error)\s*:?\s*404\s*[:–—-]?\s*)?"
                r"pagina (niet gevonden|bestaat niet|niet beschikbaar)\s*([.!:|–—-].*)?$"
            ),
            r"^(fout|foutcode)\s*:?\s*404\s*[.!]?$",
            # "Helaas, de pagina die je zoekt bestaat niet (meer) of is verplaatst."
            (
                r"^((helaas|sorry|oeps|excuses)[\s,.!]*)?(de|deze) pagina "
                r"(die (je|u) (zoekt|probeert te bezoeken|opvraagt)|die (je|u) zocht|die (je|u) hebt opgevraagd"
                r"|die (je|u) wilt bekijken) "
                r"(bestaat|is|kon|kan|werd) (niet|niet meer|helaas niet|helaas niet meer)\b"
            ),
            # the bare sentence only with its apology, and when it is all the line says
            (
                r"^((helaas|sorry|oeps)[\s,.!]*(de|deze) pagina (bestaat|is) (helaas )?"
                r"|(de|deze) pagina (bestaat|is) helaas )niet( meer)?( gevonden| beschikbaar)?\s*[.!]?$"
            ),
            (
                r"^(het|dit) (artikel|bericht) (dat (je|u) zoekt )?"
                r"(bestaat niet( meer)?|is niet (meer )?beschikbaar)\s*[.!]?$"
            ),
        ),
        "comments_widget": (
            # a sidebar box of the readers' latest comments on other posts, not this page's comments
            r"^(recente|laatste) (reacties|opmerkingen)\s*:?$",
        ),
        "comments_tail": (
            # "Reacties", "8 reacties", "Reacties (8)": a lone "Reactie" heads a statement in an article
            r"^(\d+ reacties?|reacties)(\s*\(\d+\))?\s*:?$",
            r"^(reageer|reageren)( op dit (artikel|bericht))?\s*[:!.]?$",
            r"^(geef|plaats|schrijf|laat) (een |je |uw )?reactie( achter)?\b",
            r"^(bekijk|toon|lees|laad) (alle )?(\d+ )?reacties\b",
            r"^reageren is (niet meer mogelijk|gesloten|uitgeschakeld)\b",
            r"^(er zijn )?(nog )?geen reacties( geplaatst)?\s*[.!]?$",
            r"^(log in|meld je aan|inloggen|log in of registreer) om te reageren\b",
            # a notice that commenting needs a login ("Je moet ingelogd zijn om een reactie te plaatsen.")
            r"^(je moet|u moet) (ingelogd|aangemeld) zijn om (een reactie|te reageren)\b",
            # a comment form's notice ("Je e-mailadres wordt niet gepubliceerd.")
            r"^(je|uw) e-?mail(adres)? (wordt|zal) niet (gepubliceerd|getoond)\b",
            # an obituary's guestbook prompt and notice buttons ('Condoleance plaatsen', 'Overlijdensbericht plaatsen')
            (
                r"^((een )?condoleance (plaatsen|schrijven|achterlaten)|(een )?(overlijdensbericht|rouwadvertentie) (pl"
                r"aatsen|bekijken))\b"
            ),
            # a comment section's prompt and its moderation note, the whole line ("Be the first to comment",
            # "Comments are moderated."): "Comments are moderated, the platform insists, …" is the story's
            r"^wees de eerste (die reageert|om te reageren)[.!]?$",
            r"^(alle )?reacties worden (eerst )?gemodereerd\b[^,;!?]{0,60}[.!]?$",
        ),
        "comment_thread": (
            # WordPress: "3 reacties op “Titel”", "Eén gedachte over “Titel”"
            r"^(\d+|één|eén|een|geen) (reacties?|gedachten?|antwoorden|opmerkingen?) (op|over)\s*[“\"„«‘']",
        ),
        "taxonomy": (
            # a post's taxonomy line: its label alone or over a list of tags or categories
            rf"^(tags|trefwoorden|categorie(ën)?|rubriek|geplaatst in|onderwerpen){LABELLED_LIST}",
            r"^(tags|trefwoorden|categorieën)$",
        ),
        "navigation": (
            # a feed reader's row of buttons (`rows.feed_button_row`)
            rows.feed_button_row(_FEED_READER_BUTTONS, _FEED_ROW_WORDS),
            # a read-it-later app's link back to its list, its arrow first (Pocket's "← Terug naar lijst")
            r"^[←‹]\s*terug\b",
            # a site's join and sign-in buttons side by side (LinkedIn's, logged out: "Nu lid worden Inloggen"
            # over the headline)
            r"^(nu lid worden|lid worden|registreren|account aanmaken|word lid)\s+(inloggen|aanmelden)$",
            # a breadcrumb's lead-in ("You are here: Home » News » …")
            r"^(u bent|je bent|jij bent) hier\s*:",
            # a forum topic's page row and search box (phpBB's "4 posts • Page 1 of 1", "Search this topic…")
            r"^(\d+ (berichten|bericht|reacties|onderwerpen)\s*[•·|]\s*)?pagina \d+ van \d+$",
            r"^(zoek|zoeken) in (dit|deze) (onderwerp|topic|forum|draad)(…|\.\.\.)?$",
            (
                rf"^{_REF}(ga |spring |ga direct |direct |meteen )?naar (de )?"
                r"(hoofdinhoud|inhoud|navigatie|hoofdnavigatie|zoekfunctie|hoofdmenu|menu|content|footer)$"
            ),
            r"^(menu|navigatie|zoeken) (openen|sluiten|tonen|verbergen)$",
            r"^(menu|navigatie|hoofdnavigatie)$",
            rf"^{_REF}{_MENU_ENTRY}(\s*[·|•/–]\s*{_REF}{_MENU_ENTRY}){{0,8}}$",
            r"^(voorpagina|home)\s*(>|»|›|/|\||→)",
            r"^(u bent|je bent|jij bent) hier\s*:",
            r"^(vorig|volgend) (artikel|bericht)$",
        ),
        "signup_consent": (
            # a sign-up form's consent box in the first person: to receive the mails
            (
                r"^(ja,? )?ik (ga akkoord met het ontvangen van|geef (mijn )?toestemming (om|voor)|stem ermee in)\b"
                r"[^.!?]{0,100}\b(e-?mails?|nieuwsbrief|nieuwsbrieven|aanbiedingen|commerciële berichten)\b"
            ),
        ),
        "newsletter": (
            # a plea to give after the sentence saying what the site is ("This paper is made by volunteers. Support
            # us with a donation")
            rf"{rows.AFTER_ONE_SENTENCE}steun ons met een (donatie|gift|bijdrage)\b",
            # a mailing list's footer: why the mail came, the way out, the sending service
            r"^(je|u) ontvangt (deze|dit) (e-?mail|mail|nieuwsbrief|bericht)\b.{0,80}\bomdat\b",
            r"^(afmelden|uitschrijven)( (voor|van) (deze|de|onze) nieuwsbrief)?\s*[.!]?$",
            r"^klik hier om (je|u) af te melden\b",
            rf"^verzonden (met|via|door) {MAIL_SENDERS}\b",
            # a feedback question, then a plea to support ('Was dit artikel nuttig? Steun …')
            r"^(was|is) (dit artikel|dit stuk|deze tekst) (nuttig|waardevol)\?\s*(steun|word|abonneer|doneer)",
            # the same as a clause ('Als dit artikel nuttig was, steun ons dan.')
            (
                r"^als (je )?(dit artikel|dit stuk|deze tekst|ons artikel) (nuttig|waardevol) (was|vond)[^.!?]{0,20}"
                r"[,:]\s*(ste"
                r"un|word|abonneer|doneer)"
            ),
            # a question on the article, then a call to support or subscribe ("Vond je dit artikel goed? …")
            r"^(vond je|vond u|beviel)[^?]{0,40}\?\s*(steun|word|abonneer|doneer|help)",
            # an app's download pitch: "Download our app for breaking news alerts"
            r"^(download|installeer) (gratis )?(de|onze) (gratis )?[\w-]*app\b[^.!?]{0,80}[.!]?$",
            # a newsletter heading alone or run into its blurb: "Nieuwsbrief: elke ochtend …"
            r"^((de|onze|gratis|dagelijkse|wekelijkse) )?[\w-]*nieuwsbrief(\s*($|[:|–—-])|(?-i:[A-Z]))",
            # "Schrijf je in voor onze nieuwsbrief …", also after its heading ("Utrecht Vandaag — Schrijf je in …")
            (
                r"^([^.!?:]{1,40}[:–—|]\s*)?"
                r"(schrijf (je|u)( nu)? in|meld (je|u)( nu)? aan|abonneer (je|u)?( nu)?)\b"
                r"[^.]{0,60}\b(nieuwsbrief|nieuwsbrieven|mailing)"
            ),
            r"^ontvang (het|de|elke|iedere|dagelijks|wekelijks|gratis|onze|ons)\b.*\b(nieuwsbrief|inbox|mailbox)\b",
            (
                rf"^{_REF}(schrijf (je|u) in|meld (je|u) aan|aanmelden|inschrijven|abonneren)"
                r"( voor de nieuwsbrief)?( nu)?\s*[.!]?$"
            ),
            r"^(bedankt|dank (je|u)) voor (je|jouw|uw) (aanmelding|inschrijving)\b",
            r"^(vul )?(je|jouw|uw) e-?mailadres( in)?\s*\*?$",
            r"^(blijf op de hoogte|mis (niets|geen nieuws))\b.*\b(nieuwsbrief|inbox|mailbox|aanmelden|schrijf)\b",
            # a paywall's teaser, a plea to support the journalism, the news offered on a messenger
            (
                r"^(dit|het) (artikel|verhaal|stuk) is (alleen |exclusief )?(voor|beschikbaar voor)"
                r" (abonnees|leden|premium-?leden)\b"
            ),
            r"^(alleen )?voor abonnees\s*[.!]?$",
            r"^(dit|het) (artikel|verhaal|stuk) is gratis (te lezen|leesbaar)\b.*\b(steun|word abonnee|abonneer)",
            r"^steun (onafhankelijke|lokale|onze|goede) (\w+ )?journalistiek\b",
            r"^ontvang (het |al het |het laatste )?(nieuws|updates)\b.*\b(via|op|in) (whatsapp|telegram)\b",
            # a reader-feedback question on this article, review or recipe, alone or before a pitch ("Did you like
            # this review? Get our picks every week", "¿Te ha gustado esta reseña? Recibe …")
            (
                r"^((vond|vind) (je|u) (dit|deze) (artikel|recensie|recept|bericht|verhaal|stuk|review) "
                r"(leuk|interessant|nuttig|handig)"
                r"|(was|is) (dit|deze) (artikel|recensie|recept|bericht|pagina|stuk) (nuttig|handig|interessant))"
                r"\?\s*($|(ontvang|schrijf|abonneer|steun|deel|volg|ontd"
                r"ek|laat|word|geef|klik|stem|beoordeel)\b|ja\W*nee\W*$)"
            ),
            # a notice block's donation prompt (a label and its call) and stay-in-touch prompt ('Doneer online: …',
            # 'Blijf in contact: …')
            r"^(doneer|doneren|steun ons)( online| nu)?\s*:\s*\S",
            r"^blijf (in contact|in verbinding)\s*(:\s*\S.*)?$",
            # a donation plea's slogan, its button and its question on reading the site ("Elke kleine donatie helpt!",
            # "Doneer nu!", "Leest u graag Koerier.nl?"): a whole line, so a sentence reporting a plea or a question on
            # reading goes on and stays
            rf"^elke (kleine )?(donatie|gift|bijdrage) (helpt|telt|maakt het verschil){rows.PLEA_END}",
            r"^(doneer|geef) (nu|vandaag|hier)\s*!?$",
            r"^(leest u|lees jij|lees je) graag (deze blog|onze artikelen|[\w-]+\.(com|nl|be|org|net))\s*\?$",
            # a thanks to the patrons who pay for it ('Deze aflevering is mogelijk gemaakt door 1200 donateurs …')
            (
                r"^(deze|dit) (aflevering|podcast|nieuwsbrief|artikel|project) (is |wordt |werd )?mogelijk (ge"
                r"maakt )?(dankzij|door) [^!?]{0,40}?\b(donateurs|leden|abonnees|supporters|luisteraars|lezers"
                r"|steunpilaren|begunstigers)\b"
            ),
            # a call to subscribe and what comes ("Suscríbete a … y recibe cada mes la revista"), or what comes, then
            # the call ("Per ricevere i bollettini via e-mail, iscriviti …"): the imperative, so subscribers stay
            r"^(abonneer (u|je)|neem een abonnement) op [^.!?]{1,60}? en (ontvang|krijg)\b",
            r"^om [^.!?]{1,60}? te ontvangen,\s*(schrijf (je|u)|meld (je|u)|abonneer (je|u)|registreer (je|u))\b",
            # the site's app and the stores it is in ("… dans notre appli Ovalie, disponible sur iOS et Android.")
            rf"^[^.!?]{{0,80}}\bonze\b[^.!?]{{0,40}}\bapp\b[^.!?]{{0,30}}\bbeschikbaar {rows.IN_APP_STORES}",
            # a plea to support after the sentence saying what the site is ("… est un journal étudiant indépendant.
            # Soutenez-nous : adhérez …")
            rf"{rows.AFTER_ONE_SENTENCE}steun ons\s*:\s*\S",
            # a paywall's free trial, alone or after the sentence naming the plan ("Dieser Beitrag ist Teil von
            # Planerblatt+. Jetzt vier Wochen kostenlos testen."): the call, so a trial told of in prose stays
            (
                rf"{rows.AFTER_ONE_SENTENCE}(probeer|lees)[^.!?]{{0,30}}"
                r"\b(een|twee|drie|vier|\d+) (weken|maanden|maand) gratis\b"
            ),
            # a paywall's pitch: the login prompt to subscribers, the promise to cancel at will, unlimited access at
            # a price ("Already a subscriber? Log in", "Cancel anytime.", "Unlimited access for less than $2 a month")
            r"^((ben je|bent u|ben jij) )?(al|reeds) abonnee\s*\?",
            rf"{rows.AFTER_A_PITCH}(altijd|dagelijks|maandelijks) opzegbaar[.!]?$",
            (
                r"^(krijg |geniet van )?onbeperkte? (digitale )?toegang\b[^.!?]{0,60}\b(voor|vanaf) (slechts |maar )?(€"
                r"\s?)?\d"
            ),
        ),
        "social_share": (
            rf"^({_REF}{_SHARE_WORD}[\s|,:/·•-]*)+$",
            # the site's channel on a network, then what for ("Follow us on WhatsApp for every wicket as it happens.")
            (
                r"^volg ons (ook )?(op|via) (whatsapp|instagram|facebook|x|twitter|tiktok|youtube|telegram|threads|"
                r"bluesky|linkedin|mastodon)\b[^.!?,]{0,80}[.!]?$"
            ),
            # a newsletter's footer button (Mailchimp's "Forward to a friend (https://…)")
            (
                r"^(doorsturen naar een vriend|stuur (deze e-mail |deze nieuwsbrief )?do"
                r"or naar een vriend)(\s*\(https?://\S+\))?$"
            ),
            # the site or its channel on a named network, then what for ("Siga o Planície Notícias no Facebook e no
            # Instagram."): a call, so a path followed on foot stays
            rf"^(volg|volgt|like) [^.!?]{{0,60}}?\bop {_FOLLOWED_ON}",
        ),
        "cookie_notice": (
            (
                rf"^{_BUTTONS_FIRST}(wij|we|deze (web)?site|onze (web)?site|deze website) "
                r"(gebruik(t|en)|plaats(t|en)|maak(t|en) gebruik van)\s+[^.]{0,40}\bcookies\b"
            ),
            # "Brabants Kwartier en partners gebruiken cookies …", "Wij en onze partners gebruiken cookies …"
            (
                r"^[^.!?,:;„“\"]{2,40} en (onze |haar |zijn )?(\d+ )?partners "
                r"(gebruiken|plaatsen|verwerken|slaan)\b[^.]{0,80}\b(cookies|gegevens)\b"
            ),
            # a site's name first: "Het Noorderlicht gebruikt cookies om … Ga je akkoord …?"
            (
                r"^[^.!?,:;„“\"]{2,40} (gebruikt|plaatst|maakt gebruik van) (functionele |analytische |tracking )?"
                r"cookies\b.*\b(akkoord|toestemming|instellingen|accepteer|accepteren"
                r"|cookiebeleid|cookieverklaring|privacyverklaring)\b"
            ),
            r"^(wij|we) (respecteren|waarderen) (je|jouw|uw) privacy\b",
            r"^(jouw|je|uw) privacy is (belangrijk voor ons|ons veel waard)\b",
            rf"^{_REF}{_CONSENT_BUTTON}((\s*[|·/,]\s*|\s+){_REF}({_CONSENT_BUTTON}|meer informatie|lees meer)){{0,4}}$",
        ),
        "advertisement": (
            # a media player's running time ("Video duration 2 minutes 47 seconds")
            (
                r"^(video)?(duur|lengte)( van de video)?"
                r"\s*:?\s*(\d{1,2}:\d{2}(:\d{2})?"
                r"|(\d{1,3} (uur|minuten|minuut|min|seconden|seconde|sec),?\s*(en\s+)?){1,3})$"
            ),
            # a media player's button left where its embed was ("Watch the trailer", "Listen")
            r"^(volledig scherm|schermvullend)( sluiten)?$",
            r"^(bekijk|bekijk hier) (de )?trailer$",
            r"^trailer (afspelen|bekijken)$",
            r"^(luister|beluister)( (de|deze) (aflevering|podcast))?$",
            (
                r"^(advertentie|advertenties|gesponsord|gesponsorde inhoud|ingezonden mededeling|partnercontent"
                r"|commercieel bericht)$"
            ),
            r"^(het artikel|de tekst|het verhaal) gaat verder (onder|na) (de|deze) advertentie\.?$",
            r"^(lees )?verder (onder|na) de advertentie\.?$",
        ),
        "embed_placeholder": (
            # the placeholder's notice, its prompt to load, the consent loading implies, its button
            r"^(u bekijkt|je bekijkt|jij bekijkt) (momenteel |nu )?(een )?(tijdelijke|vervangende) (inhoud|content)\b",
            (
                r"^(klik|klikt u) (op de (onderstaande )?knop( hieronder)?|hier) om (de )?(inhoud|content|video|kaart|"
                r"tweet)\b[^!?]{0,40}?\b(te )?(laden|tonen|bekijken|deblokkeren)[.!]?$"
            ),
            r"^door (de video|de kaart|de inhoud) te (laden|afspelen),? (gaat u|ga je|accepteert u|accepteer je)\b",
            r"^((inhoud|video|kaart) (laden|tonen)|externe (inhoud|content))[.!]?$",
        ),
        "shop_teaser": (
            # an ad's label, then a bullet or a bar and its text, or a dash and a capital's phrase (no comma: prose goes
            # on)
            (
                r"^(advertentie|gesponsord|reclame)\s*([·|•]\s*\S|[–—]\s*(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])[^.!?,;]*[.!…"
                r"]?$)"
            ),
            # a shop's product teaser by its label, and a cart button ending a line
            (
                r"^(uitgelicht product|product van de (week|maand)|(verkrijgbaar |te koop )?in onze (web)?winkel"
                r"|in onze webshop)\s*:"
            ),
            r"\b(in|toevoegen aan) (de |het )?winkelwagen(tje)?\s*$",
            # an affiliate note: the site earns on what the reader buys through its links
            (
                r"\b(ontvangt|ontvangen|krijgt|krijgen) (mogelijk |soms )?een (kleine )?(vergoeding|commissie) "
                r"als (je|u) via\b"
            ),
            r"\b(bevat|bevatten) affiliate[- ]?links\b",
            # an advertising disclosure, alone on its line after an optional label ('*Werbung. Dieser Beitrag enthält
            # Werbung für X'); what follows a brand or a comma is a sentence about ads, not the notice
            (
                r"^(\*?\s*[^\W\d_]+\s*[.:!]\s*)?\*?\s*(dit|deze) (artikel|bericht|blog|blogpost|post|video) "
                r"(bevat) (reclame|advertenties|gesponsorde inhoud|productplaatsing)( voor "
                r"[^.,;:!?]{1,40})?\s*[.!]?\*?$"
            ),
            # a prompt to buy the book under an excerpt or review; a row of a shop's buttons, the cart's first
            r"^(koop|bestel) (het|dit) boek\b",
            r"^((in|toevoegen aan) (de |het )?winkelwagen(tje)?|nu kopen)\s*[·|•]\s*\S",
        ),
        "photo_credit": (
            # the label, the caption and its credit in brackets ("Photo: Bicycles at the depot (Courier)")
            r"^(foto|foto['’]s|beeld)\s*:\s*[^.!?()]{2,150}\([^()]{2,50}\)$",
            r"^(foto|foto['’]s|beeld|fotografie|illustratie|bron foto)\s*:\s*[^.]{0,60}$",
            # "Beeld ANP / Remko de Waal", "Foto ANP"
            (
                r"^(foto|beeld|foto['’]s)\s+(anp|afp|reuters|ap|epa|getty images|hollandse hoogte|shutterstock|belga"
                r"|anp foto|pro shots|orange pictures)\b[^.]{0,60}$"
            ),
            # a caption's closing credit: "(Foto: ANP)", "… Beeld: Erik de Vries"
            rf"\((foto|beeld|archieffoto)\s*(:\s*{rows.BRACKETED}{{1,50}})?\)\.?$",
            r"[.!?|]\s+foto(['’]s)?:\s*[^.]{2,60}$",
            # … or without a colon, a name opening with a capital ("… met juf Tromp. FOTO GERBEN HOEKSEMA")
            r"[.!?|]\s+foto(['’]s)?\s+(?-i:[A-Z])[^.]{2,60}$",
            r"[.!?|]\s+beeld:\s*[^.]{2,60}$",
            r"^(anp|hollandse hoogte|archieffoto|archiefbeeld)(\s*/\s*[\w .'’-]{2,40})?$",
            # a chart's source: the label and a name of a few words ('Bron: CBS')
            r"^(bron|bronnen)\s*:\s*(?-i:[A-Z])[\w'’&.-]*( [\w'’&.-]+){0,4}$",
        ),
        "copyright": (
            # a feed's footer crediting the site a post first appeared on (WordPress's, in the blog's language)
            r"^het bericht .{3,200} verscheen eerst op [^\s.!?,;:]+(\s+[^\s.!?,;:]+){0,5}\.?$",
            r"^alle rechten voorbehouden\b",
            r"[.,|–—-]\s*alle rechten voorbehouden\b",
            (
                r"^niets (uit|van) deze (uitgave|website|site|publicatie)\b"
                r".*\b(overgenomen|verveelvoudigd|gereproduceerd|openbaar gemaakt)"
            ),
            # a printed post's footer crediting the site (WP-Print's 'Artikel afgedrukt van Site: https://…')
            r"^artikel (afgedrukt|geprint) (van|vanaf) [^:]{1,80}:\s*https?://\S+$",
        ),
        "related_links": (
            # a post navigation's label, then the neighbour post's headline it links to, on one line
            r"^(vorige?|volgende?) (artikel|bericht)\s*([:»›>|–—-]|(?-i:[A-Z0-9\"“„«'‘+]))",
            # a page's attachments: a label, then documents with their file types ("… (PDF, 312 KB)")
            (
                r"^(bijlagen?|downloads?|documenten|gerelateerde documenten)"
                r"\s*:\s*[^.!?]{0,120}\((pdf|docx?|xlsx?|odt|zip)\b"
            ),
            # the prompt alone or before its link; "Lees ook maar eens de brief …" is prose
            (
                r"^(lees ook|lees meer|lees verder|bekijk ook|zie ook|ook interessant|ook leuk|ook gelezen|meer lezen"
                r"|meer over dit onderwerp|meer nieuws|meer artikelen"
                r"|gerelateerde (artikelen|berichten|nieuws|verhalen)|gerelateerd"
                r"|meest gelezen|meest bekeken|meest gedeeld|populair|populaire artikelen"
                r"|aanbevolen( voor jou| voor u)?|dit vind je misschien ook (interessant|leuk)"
                r"|misschien ook interessant|uitgelicht|net binnen|laatste nieuws|het laatste nieuws|ander nieuws)"
                r"\s*([:»>|–—-].*)?$"
            ),
            r"^meer (nieuws|artikelen|verhalen|berichten) (uit|over|van|in)\b[^.]*$",
            # the site's other posts, and the full results or the schedule elsewhere on the site ('Andere
            # berichten: …', 'Volledige uitslagen: rubriek …')
            r"^(andere|meer) berichten\s*:",
            (
                r"^(volledige |complete )?(uitslagen|uitslag|stand|programma|dienstregeling)\b[^.:—–]{0,50}(:|—|–|"
                r"staan)\s*[^.]{0,40}\b(website|site|rubriek|ledenpagina|pagina)\b"
            ),
            # where the site posts a document ('Het verslag staat in de rubriek Documenten.')
            (
                r"^[^.!?]{2,80}\b(staat|staan|(is|zijn) (nu )?(beschikbaar|gepubliceerd|online|te vinden))\b[^"
                r".!?]{0,30}\b(in de rubriek|onder het kopje|op de pagina|in het onderdeel)\s*([\"“]|(?-i:[A-Z"
                r"]))[^.!?]{1,30}\.?$"
            ),
        ),
        "author_bio": (
            r"^over de (auteur|auteurs|schrijver|schrijfster)\s*(:.*)?$",
            # a bio line that opens with "de auteur", not the name ("De auteur is journalist en woont in …")
            (
                r"^de (auteur|schrijver|schrijfster|columnist)( van (dit|deze) (artikel|column|stuk))?"
                r" (is|was|woont|werkt|schrijft|doceert)\s[^.!?]*[.!]?$"
            ),
        ),
        "opinion_disclaimer": (
            # a syndication or partnership disclosure under the article: who made or funded it, not the story
            (
                r"^(dit|deze) (artikel|verhaal|stuk|productie|reportage|serie)\b[^.]{0,40}\b(met"
                r" (de )?(financiële )?(steun|bijdrage|ondersteuning) van|in samenwerking met|"
                r"mede mogelijk gemaakt)"
            ),
            (
                r"^(de )?(mening|meningen|standpunten|opvattingen) (van de (auteurs?|schrijver|columnist)|in "
                r"(deze|dit) (column|opiniestuk|artikel|bijdrage))[^.]{0,80}\bniet (noodzakelijk|noodzakelijkerwijs)\b"
            ),
            (
                r"^(de inhoud van )?(deze|dit) (column|opiniestuk|bijdrage|artikel|opinieartikel) (geeft|vertolkt|"
                r"weerspiegelt) (uitsluitend |alleen )?(de|het) (persoonlijke )?(mening|standpunt|visie) "
                r"(weer )?van de (auteur|schrijver|columnist)\b"
            ),
            # a market page's note that its figures are no investment advice or only for reference
            r"^(dit is |dit artikel is )?geen (beleggingsadvies|financieel advies)[.!]?$",
            r"^(alle )?(koersen|gegevens|informatie|prijzen) (zijn |is )?(onder voorbehoud|indicatief)\b",
            # een recensie: wie betaalde, het anonieme bezoek, de uitnodiging
            r"^de rekening (werd|is) (betaald|voldaan) door de redactie\b",
            r"^(wij|we) betalen (altijd )?(onze|al onze) (eigen )?(maaltijden|rekeningen)\b",
            r"^(het restaurant werd|wij bezoeken restaurants|we bezoeken restaurants) anoniem\b",
            r"^(de auteur|de schrijver|de verslaggever) (reisde|was) op uitnodiging van\b",
        ),
        "live_blog_close": (
            # a live blog's closing entry, its time stamp first or not ('23:40 · We sluiten dit liveblog.')
            (
                rf"{LIVE_STAMP}((we |wij )?(sluiten|beëindigen|stoppen) (hierbij |hier )?(dit|ons|het|met dit|m"
                r"et ons) (live-?blog|blog)|(dit|ons) (live-?blog) is (nu )?(gesloten|beëindigd))\b"
            ),
        ),
        # a press release's notes to editors: its press contact, and its company's boilerplate
        "press_notes": (
            # a study summary's reference line: its original publication's label
            # ('Oorspronkelijke publicatie: Doe, J. et al. (2026): …')
            r"^(oorspronkelijke|originele) (publicatie|studie|artikel)\s*:",
            # or a source's label before a citation of several authors ('Bron: Doe, J. et al. …')
            r"^(bron|referentie|studie|publicatie)\s*:\s*.{2,80}?\set al\.",
            r"^(pers|media)contacte?n?\b",
            r"^contact (voor|met) (de )?(pers|media)\b",
            r"^noot voor de redactie\b",
            r"^over (?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}:\s+\S",
            # haar contact voor meer informatie en haar noot over toekomstgerichte uitspraken
            r"^persvoorlichting\s*:",
            r"^voor (meer|nadere|verdere) informatie,? (kunt u )?(contact opnemen met|neem contact op met)\s*(:|$)",
            r"^(toekomstgerichte|toekomstige) (uitspraken|verklaringen|mededelingen)\s*(:|$)",
            (
                r"^(dit|het) (persbericht|bericht|document) bevat (bepaalde )?toekomstgerichte (uitspraken"
                r"|verklaringen|mededelingen)\b"
            ),
            # an analysis's note on its data under it, the label, a colon and the sources with their dates ('Methode:
            # vacatures per 30 september 2026; eigen enquête, n = 58.'); a heading ('Methodology: How we tested …') has
            # no figure and no stop
            r"^(methodologie|methode|verantwoording|databronn?e?n?|bronnen van de data)\s*:\s*[^!?]*\d[^!?]*\.$",
        ),
        "contact_line": (
            # a notice's credit of the office that prepared it ("Informatie opgesteld door de Dienst Communicatie.")
            (
                r"^(deze )?(informatie|tekst|inhoud) (is |werd )?"
                rf"(opgesteld|samengesteld|verstrekt|geschreven|aangeleverd) door (de |het )?{rows.CREDITED_OFFICE}"
            ),
            # a letters page's call to answer, and where to: "Want to respond? Write to letters@…"
            r"^(wilt u |wil je )?(reageren|reactie)\b[^?]{0,60}\?.*@",
            r"^(neem )?contact (op )?met (de|onze) redactie\b",
            r"^(mail|e-?mail|tip|schrijf|bel|app) (de|naar de|onze) redactie\b",
            # "Heb je een tip? Mail naar redactie@…", "Weet jij meer? Tip de redactie"
            (
                r"^(heb je|hebt u|heeft u|weet je|weet jij|weet u) "
                r"(ook )?(een )?([\w-]+ )?(tip|nieuwstip|vraag|opmerking|verhaal|meer)\b[^.]{0,60}\?\s*.*(redactie|@)"
            ),
            r"^(tip|tips) (de redactie|ons)\b",
            r"^nieuwstip\s*[:?]",
            r"^(contact|e-?mail)\s*:\s*[\w.+-]+@[\w-]+\.",
            # a shop's or a service's customer-service line with its hours or number ('Klantenservice: maandag t/m
            # vrijdag …')
            r"^(klantenservice|klantendienst|servicelijn|helpdesk)\s*:\s*[^!?]{0,60}?\d",
            # a consultation's how-to-respond line ('Reageren kan via het formulier [ Reactie indienen ] of per post.')
            (
                r"^(u kunt |je kunt )?(reageren|uw reactie geven|een reactie indienen|uw zienswijze indienen|een ziensw"
                r"ijze indienen)( kan| is mogelijk)? (via|met) (het|dit|ons|een) (digitale |online )?(reactie|inspraak)"
                r"?formulier\b"
            ),
            # a site's practical line under its article: the visit's place and hours, guided visits, the
            # next club outing, membership dues, the readers' editor's contact, whose service the site is
            # ('Bezoek ons: …', 'Contributie 2027: …')
            r"^(bezoek ons|kom langs|openingstijden (van de )?studiezaal)\s*:",
            r"^rondleidingen\b[^:.]{0,40}:\s*[^.]{0,40}\d",
            r"^volgende (rit|toertocht|tocht|training|bijeenkomst|clubavond)\s*:\s*[^.]{0,40}\d",
            r"^(contributie|lidmaatschapsgeld)\b[^:.]{0,25}:",
            r"^(de )?(lezersredacteur|ombudsman)\b[^.]{0,40}\b(bereikbaar|te bereiken)\b",
            r"^[^.,:]{2,60} is een (dienst|service) van [^.,:]{2,60}\.?$",
            # a prompt to report an error or a broken link, and how ('Fout gezien? Laat het ons weten …')
            (
                r"^(een )?(fout|foutje|typfout|dode link|kapotte link)( gezien| gevonden| ontdekt| opgemerkt)?"
                r"\s*\?\s*(laat het (ons )?weten|meld|mail|stuur|neem contact)"
            ),
            # a calendar's dated entries ('Agenda: 11 november – geen school; 20 november – ouderavond')
            rf"^(kalender|agenda|belangrijke data|data om te onthouden|komende data){DATED_ENTRIES}",
            # a review's practical line, address then days ('De Kombuis, Havenstraat 3, Urk. Open …')
            (
                rf"{PLACE_ADDRESS}(open|geopend) (dagelijks|elke dag|van (maandag|dinsdag|woensdag|donderdag"
                r"|vrijdag|zaterdag|zondag)|(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))"
            ),
        ),
    },
    # a reporter's credit as a label, in text dumps only (a broadcaster's "Verslaggever: Jan de Vries")
    text_byline_words=("verslaggever:", "verslaggeefster:", "correspondent:"),
    author_path_words=("auteur", "auteurs", "redacteur", "redacteuren", "schrijver"),
    byline_words=(
        # the post's or the article's author as a label ("Autor wpisu: Jan Kowalski", "Автор допису: …")
        "auteur van het artikel",
        "auteur van dit bericht",
        # a credit naming the kind of text, or the writing up, before the writer ("Post di Ilaria Mencacci",
        # "Relację spisał Bartłomiej Sobiesiak", "Розповідає Орест Кулиняк")
        "blog van",
        "blogbericht van",
        "verslag van",
        "column van",
        "een column van",  # the kind of text with its article ("Eine Kolumne von Nils Pickert")
        "samengesteld door",  # a compiler's credit ("Samengesteld door Fenna Jansen, teeltadviseur")
        "een bijdrage van",
        "bijdrage van",
        # a release's manager signing its notes ("Releasebeheerder: Fenna de Graaff · 10-03-2026")
        "releasebeheerder:",
        "releasemanager:",
        "door",
        "geplaatst door",  # a blog's post line ("Geplaatst door Lotte de Vries op 15 januari 2026 in Nieuws")
        "gepubliceerd door",
        "geschreven door",
        "tekst:",
        "tekst van",
        "een tekst van",
        "auteur:",
        "auteur(s)",
        "recensie door",
        "verslag:",
        "liveblog bijgehouden door",  # a live blog's, a critic's or a reporter's credit ("Liveblog bijgehouden door …")
        "bijgehouden door",
        "recensie:",
        "verslag door",
        "bericht door",  # a forum post's line ("Bericht door Wouter Blankendaal » di 17 nov 2026, 20:37")
        # a feminine author's label, an analysis's and a meeting's minute-taker's credit ("Авторка: Ганна Стецюк",
        # "Analyse: Dr. Henrik Braun", "Notulist: Gerrit Jansen, secretaris")
        "analyse:",
        "analyse door",
        "notulist:",
        "notulen:",
        "verslag opgesteld door",  # a report's kind, then who prepared it ("Отчёт подготовила …")
        "opgesteld door",
        "woord van de pastoor",  # a column's label naming its writer's office, a dash, the name
        "van de pastoor",
        "van de voorzitter",
        "woordje van de voorzitter",
    ),
    name_joiners=("en",),
    after_name_words=("in", "uit", "met"),
    place_words=("den", "sint", "nieuw", "oud", "groot"),
    newsroom_words=("redactie", "persbureau", "agentschap", "afdeling", "persdienst"),
    brand_words=("team", "blog", "nieuws", "tips"),
    study_year_words=("jaar", "klas", "semester"),
    role_words=(
        "verslaggever",
        "verslaggeefster",
        "redacteur",
        "correspondent",
        "journalist",
        "columnist",
        "vrijwilliger",
        "vrijwilligster",
        "bibliothecaris",
        "archivaris",
        "conservator",
        "secretaris",
        "penningmeester",
        "voorzitter",
        "coördinator",
        "coordinator",
        "woordvoerder",
        "woordvoerster",
    ),
    affiliation_words=("afdeling", "faculteit", "instituut", "universiteit", "hogeschool", "vakgroep", "laboratorium"),
    live_status_words=("liveblog", "afgelopen", "beëindigd"),
    self_introductions=(
        "ik ben",
        "mijn naam is",
        "hoi, ik ben",
        "hallo, ik ben",
    ),
    signature_openings=(
        "namens het bestuur",  # a body's officer signing for it
        "met vriendelijke groet",
        "met vriendelijke groeten",
        "hartelijke groet",
        "hartelijke groeten",
        "groeten",
        "uw",
        "jullie",
    ),
    signed_marks=(
        "get.",
        "getekend",
        "w.g.",
    ),
    calendar_words=(
        "zondag",
        "advent",
        "veertigdagentijd",
        "pasen",
        "pinksteren",
        "hoogfeest",
    ),
    organisation_words=(
        "vereniging",
        "stichting",
        "genootschap",
        "centrum",
        "uitgeverij",
        "groep",
        "federatie",
        "brandweer",
    ),
    rights_reserved_words=("rechten",),
    honorifics=(
        "dhr",
        "mevr",
        "mw",
        "dr",
        "prof",
        "ir",
        "ds",
        "pastoor",
        "pater",
        "zr",
        "dominee",
        # a lawyer's title before the name ("Door mr. Jan de Vries", "advocaat Jan de Vries")
        "advocaat",
        "advocate",
    ),
    other_credit_words=("vertaling", "vertaald", "vertaler", "gecontroleerd", "gecheckt", "nagekeken", "gereviewd"),
    review_credit_words=("gerecenseerd door", "getest door"),
    review_title_words=("recensie", "review"),
    published_words=(
        "gepubliceerd",
        "geplaatst",
        "datum",
        "publicatiedatum",
        "datum van publicatie",
        "uitgegeven",
        "toegevoegd",
        "online sinds",
    ),
    other_date_words=(
        "deadline",
        "sluitingsdatum",
        "uiterlijk",
        "inschrijven tot",
        "geldig tot",
        "datum evenement",
        "datum van het evenement",
        "geboortedatum",
        "einddatum",
    ),
    as_of_words=("bulletin van", "editie van"),
    document_date_words=("van",),
    issue_words=("editie", "uitgave", "nummer", "nr"),
    section_words=("in", "onder"),
    section_labels=("uit het archief", "uit ons archief", "uit de archieven"),
    updated_words=(
        "bijgewerkt",
        "aangepast",
        "gewijzigd",
        "gecontroleerd",
        "herzien",
        "laatste update",
        "laatst bijgewerkt",
        "datum van wijziging",
        "laatst gewijzigd",
    ),
    relative_dates=(
        r"(een|\d+) (minuut|minuten|uur|dag|dagen|week|weken|maand|maanden|jaar) geleden",
        "gisteren",
        "vandaag",
    ),
    dateline_filler=(
        r"weergaven:\s*\d[\d\s.,]*",  # a page's view count, labelled ("Wyświetleń: 1 284")
        r"persbericht(\s+(nr\.?|no\.?)\s*\d+(/\d+)?)?",
        r"(\d+(\s*[-–]\s*\d+)?\s*)?(min\.?|minuten)(\s+lezen|\s+leestijd)?",
        r"leestijd:?\s*\d+\s*(min\.?|minuten)",
        r"\d+\s+(reacties?|woorden)",
        r"reacties?",
        r"delen",
        r"categorie(ën)?:\s*.+",  # a category or the signing office beside the date
        r"(afdeling )?communicatie",
        r"persvoorlichting",
    ),
    # a mail client's header fields over a forwarded message
    mail_header_labels=("van", "aan", "cc", "onderwerp"),
    mail_date_labels=("datum", "verzonden"),
    page_url_labels=(
        # an HTML-to-Gemini proxy's link to the page it converted ("=> https://… Origineel artikel")
        "origineel artikel",
        "dit artikel is gedownload door calibre van",
        "originele pagina",
        # a mailed article's link to its page
        "lees op de website",
        "lees het artikel op de website",
        "lees het volledige artikel",
        "lees online",
        "permalink",
        "url",
        "url naar artikel",  # a printed post's footer (WP-Print)
        "bekijk deze e-mail in je browser",  # a newsletter's web copy, the URL after it
        "bekijk deze e-mail in uw browser",
        "bekijk in je browser",
        "geplakt uit",  # a note pasted into OneNote: "Geplakt uit <https://…>" under it
        # a shared or mailed article's link to the rest of it, or a proxy's to the page it converted
        "lees verder",
        "lees verder op",
        "lees het hele artikel",
        "lees dit artikel op het web",
        "open de originele pagina",
        "open de originele pagina in je browser",
    ),
    source_labels=("bron",),
    cache_banner_labels=("dit is de cache van google van",),
    function_words=frozenset(
        """de het een en in is op te dat met voor zijn niet aan er ook als bij om maar naar ze je we hij zij
        wordt werd heeft hebben uit of dan nog geen wat was""".split()
    ),
    forum_profile_labels=("berichten", "lid geworden op", "geregistreerd", "woonplaats"),
    contents_headings=("inhoud", "inhoudsopgave", "in dit artikel", "op deze pagina"),
    ingredients_headings=("ingrediënten",),
    ingredient_units=(
        "el",
        "tl",
        "eetlepel",
        "eetlepels",
        "theelepel",
        "theelepels",
        "kopje",
        "kopjes",
        "snufje",
        "teen",
        "tenen",
    ),
    consent_words=("cookie", "toestemming", "persoonsgegevens", "technische opslag"),
    reader_words=("je", "jij", "jou", "jouw", "u", "uw", "jullie"),
    # a scraper's stamp of when it fetched the page atop its dump
    fetch_labels=("opgehaald op", "geraadpleegd op"),
    speech_heading=("kop niveau",),
    speech_link=("link",),
    speech_visited=("bezocht",),
    speech_graphic=("afbeelding",),
    speech_control=("knop", "klikbaar"),
    speech_bullet=("opsommingsteken",),
    speech_region=("oriëntatiepunt", "lijst met {n} items", "uit lijst"),
)
