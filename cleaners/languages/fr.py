"""French rows of the language tables: the line rules' patterns and the words of prose."""

from cleaners.languages import rows
from cleaners.languages.rows import DATED_ENTRIES, LABELLED_LIST, LIVE_STAMP, MAIL_SENDERS, PLACE_ADDRESS, LanguageRows

# A lynx dump puts a link's reference number before its text ("[9]Accepter"): buttons may carry one.
_REF = r"(\[\d+\]\s*)?"
# An apostrophe, typed or typographic.
_AP = r"['’]"
# A consent banner's buttons, one or several on a line ("Paramétrer les cookies Accepter et fermer").
_CONSENT_BUTTON = (
    r"((tout |tous )?(accepter|refuser|rejeter)( tout| tous| et (fermer|continuer)| les cookies| tous les cookies)?"
    rf"|continuer sans accepter|j{_AP}accepte|je refuse|ok,? j{_AP}accepte|ok"
    r"|personnaliser( mes choix)?|(paramétrer|gérer|personnaliser) (les |mes )?(cookies|préférences|choix|traceurs)"
    r"|paramètres( des)? cookies|gestion des cookies)"
)
# The buttons may lead the banner's sentence on its line ("Accepter et fermer Paramétrer les cookies Nous et nos
# partenaires utilisons des cookies …").
_BUTTONS_FIRST = rf"({_REF}{_CONSENT_BUTTON}(\s*[|·/,]\s*|\s+)){{0,4}}"
# One-word (or two-word) menu and footer entries of a French site.
_MENU_ENTRY = (
    rf"(accueil|recherche|rechercher|rubriques|se connecter|connexion|déconnexion|se déconnecter|mon compte|mon espace"
    rf"|s{_AP}abonner|s{_AP}inscrire|retour en haut( de (la )?page)?|haut de (la )?page|retour à l{_AP}accueil"
    rf"|mentions légales|plan du site|nous contacter|contact|qui sommes-nous ?\??|cgu|cgv"
    rf"|conditions générales( d{_AP}utilisation)?"
    rf"|politique de confidentialité|données personnelles|charte de confidentialité|gestion des cookies)"
)
# Share-strip words: verbs, their objects and the networks ("Partagez cet article : Facebook Twitter").
_SHARE_WORD = (
    r"(partager|partagez|partage|tweeter|tweetez|imprimer|envoyer|copier|enregistrer|suivez|nous|lien|le|la"
    r"|par|sur|à|un|ami|cet|cette|article|page|e-?mail|courriel|mail|facebook|twitter|x|whatsapp|linkedin|pinterest"
    r"|reddit|telegram|messenger|flipboard|bluesky|threads|instagram|youtube|tiktok)"
)

# a feed reader's buttons around an item, in its interface's words (Miniflux's, FreshRSS's, Tiny Tiny RSS's,
# Feedly's, Inoreader's)
_FEED_READER_BUTTONS = (
    "marquer comme lu",
    "marquer comme non lu",
    "marquer comme non-lu",
    "ajouter aux favoris",
    "mettre en favori",
    "retirer des favoris",
    "enlever des favoris",
    "enlever favoris",
    "récupérer le contenu original",
    "télécharger le contenu original",
    "ouvrir le lien original",
    "ouvrir l'article original",
    "lire plus tard",
    "voir l'original",  # a read-it-later app's (Pocket's) link to the page
    # a browser's reader view's toolbar over the article (Edge's Immersive Reader), copied with it
    "préférences de texte",
    "outils de grammaire",
    "préférences de lecture",
    "lecture à voix haute",
)
# the words such a row holds beside them, too common to tell one alone
_FEED_ROW_WORDS = (
    "enregistrer",
    "sauvegarder",
    "favori",
    "favoris",
    "partager",
    "télécharger",
    "lien externe",
    "commentaires",
    "étiquettes",
    "ouvrir le lien",
    "visiter le site",
)

# a follow call's network and what for (`rows.named_network`): its purpose words
_FOLLOWED_ON = rows.named_network(("pour", "afin de"))

ROWS = LanguageRows(
    code="fr",
    feed_reader_buttons=_FEED_READER_BUTTONS,
    saved_words=("ajouté le",),  # wallabag's stamp of the day it saved the page
    book_page_words=("pages", "p."),
    rule_patterns={
        "not_found_tail": (
            # the heading alone, or before its punctuation ("Page introuvable - Le Monde");
            # "Page introuvable ou presque" is prose
            r"^(erreur\s*404\s*[:–—-]?\s*)?page (introuvable|non trouvée|inexistante)\s*([.!:|–—-].*)?$",
            r"^erreur\s*404\s*[.!]?$",
            # "(Désolé,) la page que vous recherchez n'existe pas (ou a été déplacée)."
            (
                r"^((désolé|désolés|oups|oops)[\s,.!]*)?(la|cette) page "
                r"(que vous (re)?cherchez|que vous avez demandée|demandée) "
                rf"(n{_AP}existe (pas|plus)|est introuvable|n{_AP}a pas été trouvée"
                rf"|n{_AP}est (pas|plus) (disponible|accessible)|a été (supprimée|déplacée))"
            ),
            (
                r"^(désolé|désolés|oups|oops)[\s,.!]*(la|cette) page "
                rf"(n{_AP}existe (pas|plus)|est introuvable|n{_AP}est (pas|plus) disponible)"
            ),
            # the bare sentence only when it is all the line says
            (
                rf"^(la|cette) page (n{_AP}existe (pas|plus)|est introuvable|n{_AP}est (pas|plus) disponible)"
                r"( ou a été (déplacée|supprimée))?\s*[.!]?$"
            ),
            (
                rf"^(le contenu|l{_AP}article) (que vous (re)?cherchez|demandé) "
                rf"(n{_AP}existe (pas|plus)|est introuvable|n{_AP}est (pas|plus) disponible)"
            ),
        ),
        "comments_widget": (
            # a sidebar box of the readers' latest comments on other posts, not this page's comments
            r"^(commentaires récents|derniers commentaires)\s*:?$",
        ),
        "comments_tail": (
            # "Commentaires", "3 commentaires", "Commentaires (3)": a lone "Commentaire" is an op-ed's label
            r"^(\d+ commentaires?|commentaires|\d+ réactions?)(\s*\(\d+\))?\s*:?$",
            r"^(laisser|laissez|ajouter|ajoutez|écrire|écrivez|rédiger|poster|publier) (un commentaire|une réponse)\b",
            r"^(réagir|réagissez)( à cet article)?\s*[:!.]?$",
            r"^(voir|afficher|lire|charger) (les |tous les )?(\d+ )?commentaires\b",
            r"^les commentaires sont (fermés|clos|désactivés)\b",
            r"^soyez (le premier|la première) à (commenter|réagir)\b",
            r"^connectez-vous (ou créez un compte )?pour (réagir|commenter)\b",
            # a notice that commenting needs a login ("Vous devez être connecté pour publier un commentaire.")
            (
                r"^vous devez (être connecté|être connectée|vous connecter|être inscrit) pour"
                r" (publier|poster|écrire|laisser) un commentaire\b"
            ),
            # a comment form's notice ("Votre adresse e-mail ne sera pas publiée.")
            r"^votre (adresse )?(e-?mail|courriel|de messagerie|électronique)( [a-zé]+)? ne sera pas publiée\b",
            # an obituary's guestbook prompt and notice buttons ('Déposez un message de condoléances', 'Publier un avis
            # de décès')
            (
                r"^((vous souhaitez rendre hommage\s*\?\s*)?(déposez|laissez|écrivez) un message de condoléances|(publi"
                r"er|consulter) (un |les )?avis de décès)\b"
            ),
            # a comment section's moderation note, the whole line ("Comments are moderated."): "Comments are moderated,
            # the platform insists, …" is the story's
            r"^(tous )?les commentaires sont modérés\b[^,;!?]{0,60}[.!]?$",
        ),
        "comment_thread": (
            # WordPress: "3 réflexions sur « Titre »", "Une réponse à « Titre »"
            r"^(\d+|une?|aucune?) (réflexions?|réponses?|commentaires?|pensées?|avis) (sur|à|pour)\s*[«“\"‘']",
        ),
        "taxonomy": (
            # a post's taxonomy line: its label alone or over a list of tags or categories
            rf"^(tags|étiquettes|mots[- ]clés|catégories?|classé dans|thèmes|sujets){LABELLED_LIST}",
            r"^(tags|étiquettes|mots[- ]clés|catégories)$",
        ),
        "navigation": (
            # a feed reader's row of buttons (`rows.feed_button_row`)
            rows.feed_button_row(_FEED_READER_BUTTONS, _FEED_ROW_WORDS),
            # a read-it-later app's link back to its list, its arrow first (Pocket's "← Retour à la liste")
            r"^[←‹]\s*retour\b",
            # a site's join and sign-in buttons side by side (LinkedIn's, logged out: "S'inscrire S'identifier"
            # over the headline)
            (
                r"^(s'inscrire|inscrivez-vous( maintenant)?|rejoindre|créer un compte)"
                r"\s+(s'identifier|se connecter|connexion)$"
            ),
            # a forum topic's page row and search box (phpBB's "4 posts • Page 1 of 1", "Search this topic…")
            r"^(\d+ (messages?|réponses?|sujets?)\s*[•·|]\s*)?page \d+ (sur|de) \d+$",
            r"^rechercher dans (ce|cette) (sujet|discussion|forum)(…|\.\.\.)?$",
            (
                rf"^{_REF}(aller|passer|accéder|sauter|aller directement|accès direct) (au|à la|aux) "
                r"(contenu( principal)?|navigation( principale)?|menu( principal)?|recherche|pied de page)$"
            ),
            r"^(ouvrir|fermer|afficher|masquer) (le |la )?(menu|navigation|recherche)$",
            r"^(menu|menu principal|navigation|navigation principale)$",
            rf"^{_REF}{_MENU_ENTRY}(\s*[·|•/–]\s*{_REF}{_MENU_ENTRY}){{0,8}}$",
            r"^(s['’]abonner|abonnez-vous|je m['’]abonne)( dès| à partir de| pour) \d+([,.]\d+)? ?€",
            r"^accueil\s*(>|»|›|/|\||→|::)",
            r"^vous êtes ici\s*:",
            r"^(article|billet|page) (précédent|suivant)e?$",
        ),
        "signup_consent": (
            # a sign-up form's consent box in the first person: to receive the mails, or to terms by sending the address
            (
                r"^(oui,? )?j[’'](accepte|consens|souhaite) (de |à )?recevoir\b[^.!?]{0,100}\b(e-?mails?|courriels?|ne"
                r"wsletters?|lettres? d[’']information|offres|communications)\b"
            ),
            (
                r"^en (soumettant|saisissant|renseignant) (mon|votre) (adresse )?(e-?mail|courriel|adresse électroniqu"
                r"e),? (j|vous)[’' ]?(accepte|acceptez|consens)\b"
            ),
        ),
        "newsletter": (
            # a plea to give after the sentence saying what the site is ("This paper is made by volunteers. Support
            # us with a donation")
            rf"{rows.AFTER_ONE_SENTENCE}soutenez-nous (par|avec) un don\b",
            # a mailing list's footer: why the mail came, the way out, the sending service
            (
                r"^vous (recevez|avez reçu) (ce message|cet e-?mail|cette lettre|cette newsletter|ce courriel)"
                r"\b.{0,80}\b(car|parce que|puisque)\b"
            ),
            r"^vous l[\'’]avez reçue? (car|parce que)\b",
            r"^(se )?(désinscrire|désabonner)\s*[.!]?$",
            r"^pour (ne plus recevoir (nos|ces|cette|notre|les)|vous désinscrire|vous désabonner)\b",
            r"^(cet e-?mail|ce message|ce courriel) a été envoyé à\b",
            rf"^envoyé (par|avec|via) {MAIL_SENDERS}\b",
            # a lead-in, then the app's pitch to follow the news in it
            # ('En direct : suivez tous les matchs dans l'appli Ouest Sport')
            (
                r"^[^.!?:]{3,60}:\s*(suivez|retrouvez|regardez) [^.!?]{0,60}\b(sur|dans|avec) (l['’]|notre |la )"
                r"appli(cation)?\b[^.!?]{0,40}[.!]?$"
            ),
            # a feedback question, then a plea to support ('Cet article vous a été utile ? Soutenez …')
            (
                r"^(cet article|ce texte|cette information|ce contenu) vous a (été utile|plu|intéressée?)\s*\?\s"
                r"*(soutenez|abonnez|faites un don|devenez|rejoignez|aidez)"
            ),
            # the same as a clause ('Si cet article vous a été utile, soutenez-nous.')
            (
                r"^si (cet article|ce texte|ce contenu|notre article) vous a (été utile|plu)[^.!?]{0,20}[,:]\s*(sout"
                r"enez|abonnez|"
                r"faites un don|aidez)"
            ),
            # a question on the article, then a call to support or subscribe ("Vous avez aimé cet article ? …")
            (
                r"^(vous avez aimé|tu as aimé|cet article vous a plu)[^?]{0,40}\?"
                r"\s*(soutenez|abonnez|faites un don|devenez|rejoignez)"
            ),
            # an app's download pitch: "Download our app for breaking news alerts"
            (
                r"^(téléchargez|installez) (gratuitement )?(l['’]application|l['’]appli"
                r"|notre application|notre appli)\b[^.!?]{0,80}[.!]?$"
            ),
            # a newsletter heading alone ("Newsletter", "Notre lettre d'information")
            (
                rf"^((la|notre|nos|les) )?(newsletters?|lettres? d{_AP}information|infolettres?)"
                r"( (quotidienne|hebdomadaire|gratuite|du (matin|soir|jour)))?\s*[:!.]?$"
            ),
            # ... or run into its blurb ("Newsletter Lyon Matin – Recevez chaque matin …", "NewsletterRecevez …")
            r"^(newsletter|infolettre)s?(?-i:[A-Z])",
            r"^(newsletter|infolettre)s?\b[^.!?]{0,60}\s[–—:|-]\s*(recevez|inscrivez|abonnez|chaque|tous les)\b",
            # "Inscrivez-vous à notre newsletter …", also after its heading ("Bretagne Matin : inscrivez-vous …")
            (
                r"^([^.!?:]{1,40}[:–—|]\s*)?"
                rf"(inscrivez-vous|abonnez-vous|s{_AP}inscrire|s{_AP}abonner|je m{_AP}inscris|je m{_AP}abonne)\b"
                rf".*\b(newsletters?|lettres? (d{_AP}information|hebdomadaires?|quotidiennes?)|infolettres?|alertes?)\b"
            ),
            (
                rf"^{_REF}(je m{_AP}inscris|je m{_AP}abonne|s{_AP}inscrire|s{_AP}abonner|inscrivez-vous|abonnez-vous)"
                r"( gratuitement| maintenant| dès maintenant| ici)?\s*[.!]?$"
            ),
            (
                r"^([^.!?]{1,60}\?\s*)?recevez (notre|nos|la|les|gratuitement)\b.*\b(newsletters?"
                r"|infolettres?|lettres? d['’]information)\b"
            ),
            (
                r"^recevez\b.*\b(chaque|tous les) "
                r"(matin|jour|soir|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b"
            ),
            r"^(merci|nous vous remercions) (pour|de) votre inscription\b",
            r"^(saisissez|entrez|indiquez|renseignez) votre (adresse )?e-?mail\b",
            r"^en vous inscrivant\b",
            # a paywall's teaser, a plea to support the journalism, the news offered on a messenger
            r"^(cet article|ce contenu|la suite de cet article|l['’]accès à cet article) est réservée? aux abonnés\b",
            r"^(article )?réservé aux abonnés\s*[.!]?$",
            r"^soutenez (le |un |notre )?(journalisme|la presse|l['’]information) (indépendante?|locale?|libre)\b",
            (
                r"^recevez (l['’]actualité|l['’]actu|nos infos|nos actualités|les infos|les actualités)\b.*\bsur"
                r" (whatsapp|telegram)\b"
            ),
            # a reader-feedback question on this article, review or recipe, alone or before a pitch ("Did you like
            # this review? Get our picks every week", "¿Te ha gustado esta reseña? Recibe …")
            (
                r"^((avez-vous|as-tu|vous avez|tu as) (aimé|apprécié) (cet|cette|ce) "
                r"(article|critique|recette|texte|chronique|reportage|guide)"
                r"|(cet|cette|ce) (article|critique|recette|texte|contenu|chronique|reportage|guide) "
                r"vous a(-t-il|-t-elle)? (plu|été utile|intéressée?))\s*\?\s*"
                r"($|(recevez|inscrivez|abonnez|soutenez|partagez|suivez"
                r"|découvrez|lisez|donnez|laissez|cliquez|votez|notez)\b"
                r"|oui\W*non\W*$)"
            ),
            # a notice block's donation prompt (a label and its call) and stay-in-touch prompt ('Faire un don : …',
            # 'Restez en contact : …')
            r"^(faire un don|faites un don|donner|donnez)( en ligne| maintenant)?\s*:\s*\S",
            r"^restez (en contact|en lien|informés?)\s*(:\s*\S.*)?$",
            # a donation plea's slogan, its button and its question on reading the site ("Chaque petit don compte !",
            # "Faites un don maintenant !", "Vous aimez lire Courrier.fr ?"): a whole line, so a sentence reporting a
            # plea or a question on reading goes on and stays
            rf"^chaque (petit )?don (compte|aide|fait la différence){rows.PLEA_END}",
            r"^(faites un don|je fais un don|donnez) (maintenant|ici|dès maintenant)\s*!?$",
            (
                r"^(vous aimez|tu aimes|aimez-vous) (lire )?(ce blog|ce site|nos articles|[\w-]+\.(com|fr|be|ch|org"
                r"|net))\s*\?$"
            ),
            # a thanks to the patrons who pay for it ('Cet épisode existe grâce aux 1 200 donateurs …')
            (
                r"^(cet|cette|ce) (épisode|podcast|émission|newsletter|article|projet|site) (existe|est possib"
                r"le|est rendue? possible|a été rendue? possible) grâce (à|aux) [^!?]{0,40}?\b(mécènes|donateu"
                r"rs|donatrices|abonnés|soutiens|auditeurs|lecteurs|membres|contributeurs)\b"
            ),
            # a call to subscribe and what comes ("Suscríbete a … y recibe cada mes la revista"), or what comes, then
            # the call ("Per ricevere i bollettini via e-mail, iscriviti …"): the imperative, so subscribers stay
            r"^abonnez-vous (à|au|aux) [^.!?]{1,60}? et recevez\b",
            r"^pour recevoir [^.!?]{1,60}?,\s*(inscrivez-vous|abonnez-vous)\b",
            # the site's app and the stores it is in ("… dans notre appli Ovalie, disponible sur iOS et Android.")
            rf"^[^.!?]{{0,80}}\bnotre appli(cation)?\b[^.!?]{{0,40}}\bdisponible {rows.IN_APP_STORES}",
            # a plea to support after the sentence saying what the site is ("… est un journal étudiant indépendant.
            # Soutenez-nous : adhérez …")
            rf"{rows.AFTER_ONE_SENTENCE}soutenez-nous\s*:\s*\S",
            # a paywall's free trial, alone or after the sentence naming the plan ("Dieser Beitrag ist Teil von
            # Planerblatt+. Jetzt vier Wochen kostenlos testen."): the call, so a trial told of in prose stays
            (
                rf"{rows.AFTER_ONE_SENTENCE}(essayez|testez)[^.!?]{{0,30}}"
                r"\bgratuitement pendant (un|une|deux|trois|quatre|\d+) (semaines?|mois)\b"
            ),
            # a paywall's pitch: the login prompt to subscribers, the promise to cancel at will, unlimited access at
            # a price ("Already a subscriber? Log in", "Cancel anytime.", "Unlimited access for less than $2 a month")
            r"^(vous êtes )?déjà abonn(é|ée|é\.e|é·e)s?\s*\?",
            rf"{rows.AFTER_A_PITCH}(sans engagement|résiliable à tout moment|annulable à tout moment)[.!]?$",
            (
                r"^(profitez d['’]un |bénéficiez d['’]un |débloquez l['’])?accès illimité\b[^.!?]{0,60}"
                r"\b(pour|à partir de|dès) (seulement )?\d"
            ),
        ),
        "social_share": (
            rf"^({_REF}{_SHARE_WORD}[\s|,:/·•-]*)+$",
            # the site's channel on a network, then what for ("Follow us on WhatsApp for every wicket as it happens.")
            (
                r"^suivez-nous (aussi |également )?sur (whatsapp|instagram|facebook|x|twitter|tiktok|youtube|telegram|"
                r"threads|bluesky|linkedin|mastodon)\b[^.!?,]{0,80}[.!]?$"
            ),
            # a newsletter's footer button (Mailchimp's "Forward to a friend (https://…)")
            r"^(transférer|transmettre) (cet e-mail |cette newsletter )?à un ami(\s*\(https?://\S+\))?$",
            # the site or its channel on a named network, then what for ("Siga o Planície Notícias no Facebook e no
            # Instagram."): a call, so a path followed on foot stays
            (
                r"^(suivez|suivez-nous|likez-nous|rejoignez-nous|retrouvez-nous"
                rf"|abonnez-vous à) [^.!?]{{0,60}}?\bsur {_FOLLOWED_ON}"
            ),
        ),
        "cookie_notice": (
            r"^(ce|notre) site( web| internet)? (utilise|emploie|dépose|a recours à) (des )?(cookies|traceurs)\b",
            # "Nous utilisons des cookies …", "Avec votre accord, nous et nos 312 partenaires utilisons des cookies …",
            # "Le Monde et ses partenaires utilisent des cookies …"
            (
                rf"^{_BUTTONS_FIRST}(avec votre (accord|consentement),? )?"
                r"(nous|nos partenaires et nous|nous et nos (\d+ )?partenaires"
                r"|[^.!?,:;«»\"]{2,40} et (ses|nos) (\d+ )?partenaires) "
                r"(utilisons|utilisent|déposons|déposent|stockons|stockent)\b[^.]{0,80}\b(cookies|traceurs)\b"
            ),
            r"^nous (respectons|nous soucions de) (votre vie privée|la protection de vos données)\b",
            r"^en (poursuivant|continuant) (votre navigation|à naviguer|sur ce site)\b.*\b(cookies|traceurs)\b",
            rf"^{_REF}{_CONSENT_BUTTON}((\s*[|·/,]\s*|\s+){_REF}({_CONSENT_BUTTON}|en savoir plus)){{0,4}}$",
            r"^politique (de|relative aux) cookies$",
        ),
        "advertisement": (
            # a media player's running time ("Video duration 2 minutes 47 seconds")
            (
                r"^durée( de la vidéo)?"
                r"\s*:?\s*(\d{1,2}:\d{2}(:\d{2})?|(\d{1,3} (heures?|minutes?|min|secondes?|s),?\s*(et\s+)?){1,3})$"
            ),
            # a media player's button left where its embed was ("Watch the trailer", "Listen")
            r"^(passer en |quitter le )?plein écran$",
            r"^(voir|regarder|lire) (la )?bande-annonce$",
            r"^(écouter|écoutez)( l[\'’]épisode| le podcast)?$",
            (
                r"^(publicité|pub|annonce|sponsorisé|contenu (sponsorisé|partenaire)|article sponsorisé"
                r"|publi-?rédactionnel|publi-?reportage)$"
            ),
            (
                rf"^(la suite|lire la suite|l{_AP}article continue|la suite de l{_AP}article)( ci-dessous)?"
                r" (après|sous) (cette |la )?publicité\.?$"
            ),
        ),
        "embed_placeholder": (
            # the placeholder's notice, its prompt to load, the consent loading implies, its button
            r"^vous (visualisez|consultez|voyez) actuellement un contenu (de substitution|d['’]espace réservé)\b",
            (
                r"^(veuillez )?(cliquez|cliquer) (sur le bouton( ci-dessous)?|ici) pour (charger|afficher|débloquer|"
                r"voir) (le contenu|la vidéo|la carte|le tweet|la publication)\b[^,;!?]{0,60}[.!]?$"
            ),
            (
                r"^en (chargeant|lisant|affichant) (la vidéo|la carte|le contenu|le tweet|la publication),? vous "
                r"(acceptez|consentez)\b"
            ),
            r"^((charger|afficher|débloquer) (le contenu|la vidéo|la carte)|contenu externe)[.!]?$",
        ),
        "shop_teaser": (
            # an ad's label, then a bullet or a bar and its text, or a dash and a capital's phrase (no comma: prose goes
            # on)
            r"^(publicité|sponsorisé)\s*([·|•]\s*\S|[–—]\s*(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])[^.!?,;]*[.!…]?$)",
            # a shop's product teaser by its label, and a cart button ending a line
            (
                r"^(produit (phare|vedette|du moment|en avant|recommandé)|(à retrouver |disponible )?(dans"
                r"|sur) (notre|la) boutique( en ligne)?)\s*:"
            ),
            r"\bajouter au panier\s*$",
            # an affiliate note: the site earns on what the reader buys through its links
            r"\b(contient|comporte|peut contenir) des liens (d\'affiliation|affiliés)\b",
            r"\b(nous )?(percevons|touchons|pouvons percevoir|pouvons toucher) une (petite )?commission\b",
            # an advertising disclosure, alone on its line after an optional label ('*Werbung. Dieser Beitrag enthält
            # Werbung für X'); what follows a brand or a comma is a sentence about ads, not the notice
            (
                r"^(\*?\s*[^\W\d_]+\s*[.:!]\s*)?\*?\s*(cet|ce) (article|billet|post|contenu) (contient|"
                r"comporte) (de la |des )?(publicités?|placements? de produits?|contenus? sponsorisés?)( pour "
                r"[^.,;:!?]{1,40})?\s*[.!]?\*?$"
            ),
            # a prompt to buy the book under an excerpt or review; a row of a shop's buttons, the cart's first
            r"^(achetez|commandez|procurez-vous) (le|ce) livre\b",
            r"^(ajouter au panier|acheter maintenant)\s*[·|•]\s*\S",
        ),
        "photo_credit": (
            # the label, the caption and its credit in brackets ("Photo: Bicycles at the depot (Courier)")
            r"^(photos?|illustration|image)\s*:\s*[^.!?()]{2,150}\([^()]{2,50}\)$",
            # a caption's closing credit after its sentence, the label then a name ("… générale. Photo Jeanne Roux")
            r"[.!?|]\s+photos?\s*:?\s+(?-i:[A-ZÀ-Þ])[^.]{2,60}$",
            # a credit line of the word and a name or an office (lower-case common nouns), no colon:
            # "Photo Jean Dupont", "Photo Service de presse"
            r"^(photo|crédit photo) (?-i:[A-Z])[\w'’-]+( [\w'’-]+){1,3}$",
            r"^(photos?|crédits? photos?|crédits?|illustration|image)\s*:\s*[^.]{0,60}$",
            # a caption's closing credit: "(Photo AFP)", "(Photo : Jean Dupont)", "(Photo d'archives)"
            # (a colon, a capital or "d'archives" after the word: "(photos taken in 2019)" is prose)
            (
                r"\((photos?|crédit photo|illustration|archives)"
                rf"(\s*:\s*{rows.BRACKETED}{{1,50}}|\s+(?-i:[A-ZÀ-Ý]){rows.BRACKETED}{{1,50}}|\s+d{_AP}(archives?|illustration))\)\.?$"
            ),
            r"\bcr[ée]dit photo\s*:\s*[^.]{2,50}$",
            r"^(photo|image) \d+\s*(/|sur)\s*\d+(\s*[-–—|:]\s*[^.]{0,60})?$",
            r"^(photo )?(afp|maxppp|sipa|abaca|belga|hans lucas|getty images|reuters|ap)(\s*/\s*[\w .'’-]{2,40})?$",
            # a chart's source: the label and a name of a few words ('Source : Insee')
            r"^(source|sources)\s*:\s*(?-i:[A-ZÀ-Ý])[\w'’&.-]*( [\w'’&.-]+){0,4}$",
        ),
        "copyright": (
            # a feed's footer crediting the site a post first appeared on (WordPress's, in the blog's language)
            r"^l['’]article .{3,200} est apparu en premier sur [^\s.!?,;:]+(\s+[^\s.!?,;:]+){0,5}\.?$",
            r"^tous droits (de reproduction )?réservés\b",
            # after the publisher's name: "Midi Culture. Tous droits réservés."
            r"[.,|–—-]\s*tous droits (de reproduction )?r[ée]serv[ée]s\b",
            r"^(toute )?reproduction (totale ou partielle )?(strictement )?interdite\b",
            # a printed post's footer crediting the site (WP-Print's 'Article imprimé depuis Site : https://…')
            r"^article imprimé (depuis|de) [^:]{1,80}:\s*https?://\S+$",
        ),
        "related_links": (
            # a post navigation's label, then the neighbour post's headline it links to, on one line
            r"^(article|billet) (précédent|suivant)e?\s*([:»›>|–—-]|(?-i:[A-ZÀ-Ý0-9\"“„«'‘+]))",
            # a page's attachments: a label, then documents with their file types ("… (PDF, 312 KB)")
            (
                r"^(documents? (à télécharger|joints?|associés)|pièces? jointes?|téléchargements?)"
                r"\s*:?\s*[^.!?]{0,120}\((pdf|docx?|xlsx?|odt|zip)\b"
            ),
            # the prompt alone or before its link; "Lire aussi attentivement le contrat …" is prose
            r"^([àa] )?(lire|voir|découvrir) (aussi|également|encore)\s*([:»>|–—-].*)?$",
            (
                r"^(sur le même (sujet|thème)|dans la même rubrique|à découvrir( aussi| également)?"
                r"|(articles?|contenus?|sujets?) (similaires|liés|associés|recommandés)"
                r"|vous (aimerez|pourriez aimer|aimerez aussi|aimerez peut-être|pourriez aussi aimer)"
                r"( aussi| également)?"
                r"|ces articles pourraient vous intéresser|nos (dernières|derniers) (actus|actualités|articles|infos)"
                r"|(les )?(articles |contenus )?(les )?plus (lus|populaires|partagés|commentés)"
                r"|dernières (actus|actualités|infos)|pour (aller plus loin|approfondir)|sélectionné pour vous"
                r"|recommandé pour vous|ailleurs sur le web"
                r"|toute l['’]actualité)\s*([:»>|–—-].*)?$"
            ),
            r"^plus d['’](articles|actualités|infos) (sur|de|du|dans)\b[^.]*$",
            # the site's other posts, and the full results or the schedule elsewhere on the site
            # ('Classement complet et parties au format PGN : rubrique Résultats du site')
            r"^autres (articles|publications|billets)\s*:",
            (
                r"^(classement|résultats|programme|horaires)( complets?| final| détaillés?)?\b[^.:—–]{0,50}(:|—|–|"
                r"sont disponibles)\s*[^.]{0,40}\b(site|rubrique|espace (adhérents|membres)|page)\b"
            ),
            # where the site posts a document ('Le compte rendu est disponible dans la rubrique Documents.')
            (
                r"^[^.!?]{2,80}\b(est|sont) (disponibles?|publiée?s?|consultables?|en ligne|téléchargeables?|à"
                r" retrouver)\b[^.!?]{0,30}\b(dans la rubrique|dans l'onglet|dans l'espace)\s*([«\"“]|(?-i:[A-"
                r"ZÀ-Ý]))[^.!?]{1,30}\.?$"
            ),
        ),
        "author_bio": (
            r"^((à|a) propos de )?l['’](auteur|auteure|autrice)\s*(:.*)?$",
            r"^((à|a) propos des|les) auteurs\s*:?$",
            # a bio line that opens with "l'auteur", not the name ("L'auteur est journaliste à …")
            (
                r"^l['’](auteur|auteure|autrice)( de (cet article|cette chronique|ce texte|cette tribune))?"
                r" (est|était|a|vit|travaille|enseigne|écrit)\s[^.!?]*[.!]?$"
            ),
        ),
        "opinion_disclaimer": (
            # a syndication or partnership disclosure under the article: who made or funded it, not the story
            (
                r"^(cet|cette) (article|enquête|reportage|contenu|série|publication) (a été|est) (réalisée?|"
                r"produite?|publiée?|écrite?|rédigée?|financée?|soutenue?)( avec le (soutien|concours|"
                r"financement)| avec l['’](aide|appui)| grâce au soutien| en (partenariat|collaboration) avec|"
                r" dans le cadre d)"
            ),
            r"^[^.]{0,80}\bn['’]engagent? que (leurs?|son|ses|les|l['’]) ?(auteure?s?|autrices?|signataires?)\b",
            (
                r"^(les )?(opinions|propos|points de vue|idées) (exprimée?s|tenus)[^.]{0,100}\bne "
                r"(reflètent|représentent) pas (nécessairement|forcément)\b"
            ),
            # a market page's note that its figures are no investment advice or only for reference
            r"^(cet article |ce contenu )?ne constitue pas un conseil (en investissement|financier)\b",
            r"^(cours|données|informations|prix) (donnés |fournis |fournies )?à titre indicatif\b",
            # une critique de restaurant : qui a payé, la visite anonyme, l'invitation
            r"^(le restaurant|l['’]établissement|l['’]hôtel) nous a invités?\b",
            r"^(l['’]addition|le repas|notre repas) a été (réglée?|payée?) par (la rédaction|nos soins)\b",
            r"^nous (payons|réglons) (toujours )?(nos|toutes nos) (repas|additions)\b",
            (
                r"^(notre critique|nos critiques) (visite|visitent|se rend|se rendent) (les restaurants )?(de façon"
                r" |de manière |en toute )?anonym(e|at|ement)\b"
            ),
        ),
        "live_blog_close": (
            # a live blog's closing entry, its time stamp first or not ('23:40 · Nous fermons ce direct.')
            (
                rf"{LIVE_STAMP}((nous )?(fermons|clôturons|terminons|arrêtons) (ici )?(ce|notre) (direct|live|s"
                r"uivi en direct)|(ce|notre) (direct|live) est (désormais |maintenant )?(terminé|clos|fermé))\b"
            ),
        ),
        # a press release's notes to editors: its press contact, and its company's boilerplate
        "press_notes": (
            # a study summary's reference line: its original publication's label
            # ('Publication originale: Doe, J. et al. (2026): …')
            r"^(publication|étude|article) (originale?|d['’]origine|de référence)\s*:",
            # or a source's label before a citation of several authors ('Source: Doe, J. et al. …')
            r"^(source|référence|étude|publication)s?\s*:\s*.{2,80}?\set al\.",
            r"^contacts? (presse|médias?)\b",
            r"^notes? (aux|à la|pour les) (rédactions?|éditeurs|journalistes)\b",
            r"^à propos (de |d['’]|du |des )(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}\s?:\s+\S",
            # the boilerplate's heading on its own line, over the company's paragraph
            r"^à propos (de |d['’]|du |des )(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}$",
            # ses contacts pour plus d'informations et son avertissement sur les déclarations prospectives
            (
                r"^pour (plus d['’]informations?|tout renseignement|toute information)( complémentaire)?s?,?"
                r" (contactez|contacter|veuillez contacter)\s*(:|$)"
            ),
            r"^contacts? (investisseurs|analystes|relations investisseurs)\b",
            r"^(déclarations|informations) prospectives\s*(:|$)",
            (
                r"^((avertissement|mise en garde)\s*:\s*)?(ce|le) (communiqué|document) (contient|comporte|peut"
                r" contenir) des (déclarations|informations|éléments) prospecti(ves|fs)\b"
            ),
            # an analysis's note on its data under it, the label, a colon and the sources with their dates
            # ('Méthodologie : offres d’emploi au 30 septembre 2026 ; enquête, n = 58.'); a heading ('Methodology: How
            # we tested …') has no figure and no stop
            r"^(méthodologie|méthode|sources? des données|source de données)\s*:\s*[^!?]*\d[^!?]*\.$",
        ),
        "contact_line": (
            # a notice's credit of the office that prepared it ("Information élaborée par le Service des archives.")
            (
                r"^(cette |ces |l['’])?(information|informations|texte|contenu|fiche|note) (a été |ont été )?"
                rf"(élaboré|rédigé|préparé|fourni|réalisé)e?s? par (le |la |les |l['’])?{rows.CREDITED_OFFICE}"
            ),
            # a letters page's call to answer, and where to: "Want to respond? Write to letters@…"
            r"^(vous souhaitez |vous voulez |vous désirez |envie de )(réagir|répondre|nous écrire)\b[^?]{0,60}\?.*@",
            (
                r"^(contacter|contactez|écrire à|écrivez à|joindre) "
                r"(la rédaction|l['’]auteur|l['’]autrice|le journaliste|la journaliste|l['’]équipe)\b"
            ),
            r"^(contactez|écrivez)-nous (à|par e-?mail|sur)\b",
            # "Une info à nous signaler ? Contactez la rédaction …"
            (
                r"^(vous avez )?(une|des) (info|infos|information|informations|témoignages?)"
                r"( à (nous )?(partager|signaler|transmettre))?\s*\?\s*(contactez|écrivez|envoyez|signalez)"
            ),
            r"^(contact|e-?mail|courriel)\s*:\s*[\w.+-]+@[\w-]+\.",
            # a Q&A column's call for questions, and where to: "Vous avez une question d'argent ? Écrivez à …@…"
            r"^(vous avez )?(une|des) questions?\b[^?]{0,40}\?\s*(contactez|écrivez|envoyez)\b.*@",
            # a shop's or a service's customer-service line with its hours or number ('Service client : du lundi au
            # vendredi …')
            r"^(service (client|clients|consommateurs|après-vente)|hotline)\s*:\s*[^!?]{0,60}?\d",
            # a consultation's how-to-respond line ('Vous pouvez contribuer via le formulaire en ligne ou par
            # courrier.')
            (
                r"^(vous pouvez )?(réagir|répondre|contribuer|participer|donner votre avis|déposer (une|votre) contribu"
                r"tion) (via|par|avec|sur) (le|ce|notre) formulaire\b"
            ),
            # a site's practical line under its article: the visit's place and hours, guided visits, the
            # next club outing, membership dues, the readers' editor's contact, whose service the site is
            # ('Cotisation 2026-2027 : pensez à renouveler …')
            r"^(venez nous voir|nous rendre visite|horaires (d'ouverture )?de la salle de lecture)\s*:",
            r"^visites guidées\b[^:.]{0,40}:\s*[^.]{0,40}\d",
            r"^prochaine? (sortie|séance|rencontre|réunion|entraînement|randonnée|soirée du club)\s*:\s*[^.]{0,40}\d",
            r"^(cotisations?|adhésions?|renouvellement des licences)\b[^:.]{0,25}:",
            (
                r"^(le |la )?(médiat(eur|rice)|défenseur) des lecteurs (peut|peuvent) être (contacté|contactée|joint|"
                r"jointe)\b"
            ),
            r"^[^.,:]{2,60} est un service (de|du|de la|des) [^.,:]{2,60}\.?$",
            # a prompt to report an error or a broken link, and how ('Vous avez repéré une erreur ? Signalez-la …')
            (
                r"^((vous avez |tu as )?(repéré|trouvé|remarqué|vu) une (erreur|faute|coquille)|(un )?lien (br"
                r"isé|mort|cassé)|page introuvable)\s*\?\s*(signalez|écrivez|dites|contactez|faites|prévenez|s"
                r"ignale|écris)"
            ),
            # a calendar's dated entries ('Agenda : 11 novembre – pas de cours ; 20 novembre – réunion …')
            rf"^(calendrier|agenda|dates à retenir|à vos agendas|prochaines dates){DATED_ENTRIES}",
            # a review's practical line, address then days ('Le Goéland, 4 quai Duguay, Brest. Ouvert …')
            (
                rf"{PLACE_ADDRESS}ouvert(e)? (tous les jours|du (lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                r"dimanche)|le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(lundi|mardi|mercredi|jeu"
                r"di|vendredi|samedi|dimanche))"
            ),
        ),
    },
    # a reporter's credit as a label, in text dumps only (a broadcaster's "Correspondant : Jean Dupont")
    text_byline_words=("correspondant :", "correspondante :", "correspondant:", "correspondante:"),
    author_path_words=("auteur", "auteurs", "journaliste", "journalistes", "signature"),
    byline_words=(
        # the post's or the article's author as a label ("Autor wpisu: Jan Kowalski", "Автор допису: …")
        "auteur de l'article",
        "autrice de l'article",
        "auteur du billet",
        # a credit naming the kind of text, or the writing up, before the writer ("Post di Ilaria Mencacci",
        # "Relację spisał Bartłomiej Sobiesiak", "Розповідає Орест Кулиняк")
        "compte rendu de",
        "billet de",
        "un article de",
        "un billet de",
        "chronique de",
        "une chronique de",  # the kind of text with its article ("Eine Kolumne von Nils Pickert")
        "publication de",
        # a release's manager signing its notes ("Releasebeheerder: Fenna de Graaff · 10-03-2026")
        "responsable de version :",
        "responsable de version:",
        "par",
        "publié par",  # a blog's post line, names then date ("Publié par Claire Dubois le 15 janvier 2026")
        "posté par",
        "texte de",
        "un texte de",
        "texte :",
        "texte:",
        "écrit par",
        "rédigé par",
        "compilé par",  # a compiler's credit ("Compilé par Léa Morel, agronome")
        "auteur :",
        "auteur:",
        "auteur(s)",
        "auteur",
        "propos recueillis par",
        "entretien réalisé par",
        "reportage :",  # a reporter's credit ("Reportage : Odile Ferrandon | Le 11/02/2026 à 18h42")
        "reportage:",
        "critique signée",  # a critic's or a live blog's credit ("Critique signée Apolline Verchère — 14 mars 2026")
        "critique par",
        "direct animé par",
        # a feminine author's label, an analysis's and a meeting's minute-taker's credit ("Авторка: Ганна Стецюк",
        # "Analyse: Dr. Henrik Braun", "Notulist: Gerrit Jansen, secretaris")
        "autrice :",
        "autrice:",
        "auteure :",
        "auteure:",
        "analyse :",
        "analyse:",
        "secrétaire de séance :",
        "compte rendu rédigé par",
        "rapport rédigé par",  # a report's kind, then who prepared it ("Отчёт подготовила …")
        "préparé par",
        "le mot du curé",  # a column's label naming its writer's office, a dash, the name
        "le mot du maire",
        "le mot du président",
        "le mot de la présidente",
        "le mot du pasteur",
    ),
    name_joiners=("et",),
    after_name_words=("à", "depuis", "avec"),
    place_words=("saint", "sainte", "le", "la", "les"),
    newsroom_words=("rédaction", "redaction", "agence", "service"),
    brand_words=("équipe", "blog", "actu", "actus", "conseils"),
    study_year_words=("année", "an", "semestre"),
    role_words=(
        "journaliste",
        "rédacteur",
        "rédactrice",
        "correspondant",
        "correspondante",
        "chroniqueur",
        "chroniqueuse",
        "bénévole",
        "bibliothécaire",
        "archiviste",
        "conservateur",
        "conservatrice",
        "secrétaire",
        "trésorier",
        "trésorière",
        "présidente",
        "coordinateur",
        "coordinatrice",
        "porte-parole",
        "responsable",
    ),
    affiliation_words=("département", "faculté", "institut", "université", "école", "laboratoire"),
    live_status_words=("direct", "terminé"),
    self_introductions=(
        "je suis",
        "je m'appelle",
        "je m’appelle",
        "bonjour, je suis",
        "moi c'est",
        "moi c’est",
    ),
    signature_openings=(
        "pour le bureau",  # a body's officer signing for it
        "pour le conseil d'administration",
        "au nom du bureau",
        "cordialement",
        "bien cordialement",
        "bien à vous",
        "amitiés",
        "fraternellement",
        "votre",
        "vos",
    ),
    signed_marks=("signé",),
    calendar_words=(
        "dimanche",
        "avent",
        "carême",
        "pâques",
        "pentecôte",
        "toussaint",
        "solennité",
    ),
    organisation_words=(
        "association",
        "société",
        "fondation",
        "centre",
        "éditions",
        "groupe",
        "fédération",
        "pompiers",
    ),
    rights_reserved_words=("droits",),
    honorifics=(
        "mme",
        "mlle",
        "dr",
        "pr",
        "le père",
        "l'abbé",
        "le pasteur",
        "père",
        "abbé",
        "pasteur",
        "mgr",
        "sœur",
        "frère",
        "maître",  # a lawyer's title before the name ("Par Maître Jean Dupont")
    ),
    other_credit_words=(
        "traduction",
        "traduit",
        "traducteur",
        "traductrice",
        "vérifié",
        "vérifiée",
        "vérifiés",
        "relu",
        "relue",
        "relecture",
    ),
    review_credit_words=("testé par", "critiqué par"),
    review_title_words=("critique", "test"),
    published_words=(
        "publié",
        "publiée",
        "publié le",
        "publiée le",
        "posté",
        "posté le",
        "mis en ligne",
        "date de publication",
        "date de parution",
        "paru le",
        "parue le",
        "ajouté le",  # a CMS's "Added:" stamp on a post (Joomla's, a forum's)
        "mise en ligne",
        "mis en ligne le",
        "mise en ligne le",
        "date de mise en ligne",
        "en ligne depuis",
    ),
    other_date_words=(
        "date limite",
        "date de clôture",
        "clôture des candidatures",
        "date de l'événement",
        "date de l’événement",
        "valable jusqu'au",
        "valable jusqu’au",
        "échéance",
        "date d'échéance",
        "date d’échéance",
        "date de naissance",
        "date de l'intervention",
        "date de l’intervention",
    ),
    as_of_words=("bulletin du", "édition du"),
    document_date_words=("du",),
    issue_words=("numéro", "édition", "n°", "no"),
    section_words=("dans",),
    section_labels=("de nos archives", "dans nos archives", "dans les archives", "des archives"),
    place_date_words=("le",),
    updated_words=(
        "mis à jour",
        "mise à jour",
        "modifié",
        "révisé",
        "vérifié",
        "dernière mise à jour",
        "date de mise à jour",
        "date de modification",
    ),
    relative_dates=(r"il y a (une?|\d+) (minutes?|min|heures?|h|jours?|semaines?|mois|ans?)", "hier", "aujourd['’]hui"),
    dateline_filler=(
        r"vues?\s*:\s*\d[\d\s.,]*",  # a page's view count, labelled ("Wyświetleń: 1 284")
        r"communiqué de presse(\s+n[°º]\s*\d+(/\d+)?)?",
        r"(\d+(\s*[-–]\s*\d+)?\s*)?min(utes?)?(\s+de\s+lecture)?",
        r"(temps de )?lecture(\s*:|\s+de)?\s*\d+\s*min(utes?)?",  # "Lecture de 5 min"
        r"\d+\s+(commentaires?|mots)",
        r"commentaires?",
        r"partager",
        r"catégories?\s*:\s*.+",  # a category, the signing office or a bare release label beside the date
        r"service (de )?(presse|communication)",
        r"communiqué",
    ),
    # a mail client's header fields over a forwarded message
    mail_header_labels=("de", "à", "cc", "objet", "sujet", "pour"),  # Outlook's, then Thunderbird's
    mail_date_labels=("date", "envoyé", "envoyé le"),
    page_url_labels=(
        # an HTML-to-Gemini proxy's link to the page it converted ("=> https://… Article original")
        "article original",
        "cet article a été téléchargé par calibre depuis",
        "page originale",
        # a mailed article's link to its page
        "voir l'article sur notre site",
        "voir l'article sur le site",
        "lire l'article sur le site",
        "lire l'article sur notre site",
        "lire l'article en ligne",
        "lire en ligne",
        "lien permanent",
        "adresse de l'article",
        "url",
        "lien",
        "url de l'article",  # a printed post's footer (WP-Print)
        "voir cet e-mail dans votre navigateur",  # a newsletter's web copy, the URL after it
        "afficher cet e-mail dans votre navigateur",
        "voir la version en ligne",
        "collé à partir de",  # a note pasted into OneNote: "Collé à partir de <https://…>" under it
        # a shared or mailed article's link to the rest of it, or a proxy's to the page it converted
        "lire la suite",
        "lire la suite sur le site",
        "continuer la lecture",
        "lire l'article complet",
        "voir cet article sur le web",
        "ouvrir la page originale",
        "ouvrir la page originale dans votre navigateur",
    ),
    source_labels=("source",),
    cache_banner_labels=("ceci est la version en cache de",),
    function_words=frozenset(
        """le la les des de du un une et est en pour que qui dans sur au aux par il elle ils ne pas se son sa ses
        a ont été avec ce cette mais ou plus sont nous vous""".split()
    ),
    forum_profile_labels=("messages", "inscription", "inscrit le", "localisation"),
    contents_headings=("sommaire", "table des matières", "dans cet article", "sur cette page", "contenu"),
    ingredients_headings=("ingrédients",),
    ingredient_units=(
        "cuillère",
        "cuillères",
        "c. à soupe",
        "c. à café",
        "verre",
        "verres",
        "pincée",
        "gousse",
        "gousses",
        "sachet",
    ),
    consent_words=(
        "cookie",
        "traceurs",
        "consentement",
        "données personnelles",
        "stockage ou l'accès technique",
        "stockage ou l’accès technique",
    ),
    reader_words=("vous", "votre", "vos", "tu", "ton", "ta", "tes", "te", "toi"),
    # a scraper's stamp of when it fetched the page atop its dump
    fetch_labels=("récupéré le", "consulté le", "extrait le"),
    speech_heading=("titre niveau",),
    speech_link=("lien",),
    speech_visited=("visité",),
    speech_graphic=("graphique",),
    speech_control=("bouton", "cliquable"),
    speech_bullet=("puce",),
    speech_region=("repère", "région", "liste de {n} éléments", "liste avec {n} éléments", "hors de la liste"),
)
