"""Spanish rows of the language tables: the line rules' patterns and the words of prose.

Spain and Latin America alike: the `tú` forms ("Suscríbete", "Comparte") and the Rioplatense `vos`
forms ("Suscribite", "Compartí", "Recibí") that sites use for their prompts.
"""

from cleaners.languages import rows
from cleaners.languages.rows import DATED_ENTRIES, LABELLED_LIST, LIVE_STAMP, MAIL_SENDERS, PLACE_ADDRESS, LanguageRows

# Between the buttons of a consent bar or the links of a share strip: spaces, bars, dots, and what a
# dump leaves of the links ("[Aceptar](#)" becomes "Aceptar"; a lynx dump's "[10]Aceptar" keeps "[10]").
_SEP = r"[\s|·•/,\[\]\d-]*"
# What a consent banner's buttons say.
_CONSENT_BUTTON = (
    r"(aceptar( todas las cookies| todas| todos| todo| las cookies| cookies| y continuar| y cerrar| y seguir)?|"
    r"acepto|rechazar( todas las cookies| todas| todo| las cookies| cookies| y cerrar)?|rechazo|"
    r"configurar( las)?( cookies)?|configuración( de cookies)?|personalizar|gestionar (las )?(cookies|preferencias)|"
    r"(solo|sólo) (las )?(cookies )?(necesarias|esenciales|técnicas)|entendido|ok,? entendido|"
    r"más información|más opciones|leer más|ver más|cerrar)"
)
# What a share strip links to.
_NETWORK = (
    r"(facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|flipboard|messenger|bluesky|threads|"
    r"instagram|youtube|tiktok|e-?mail|correo( electrónico)?|imprimir|copiar( el)? enlace|enlace|menéame|y|e)"
)
# A skip link, each of them a whole line: "Saltar al contenido", "[3]Ir al contenido principal".
_SKIP_LINK = (
    r"(\[\d+\]\s*)?(saltar|salta|ir|pasar|ve) (al|a la) (contenido|navegación|menú|búsqueda|pie de página)"
    r"( principal)?"
)
# The items of a site's menu and account strip, each of them a whole line.
_MENU_ENTRY = (
    r"(inicio|portada|buscar|buscador|búsqueda|menú|secciones|temas|hemeroteca|última hora|"
    r"iniciar sesión|inicia sesión|cerrar sesión|acceder|entrar|registrarse|regístrate|registrate|suscríbete|"
    r"mi cuenta|mi perfil|volver arriba|ir arriba|subir|volver al inicio|volver a la portada|ir a la portada)"
)
# The links of a site's footer.
_FOOTER_LINK = (
    r"(aviso legal|nota legal|política de privacidad|política de cookies|configuración de cookies|"
    r"términos y condiciones|términos de uso|condiciones de uso|mapa del sitio|mapa web|contacto|contáctanos|"
    r"quiénes somos|sobre nosotros|publicidad|publicita|anúnciate|trabaja con nosotros|trabaje con nosotros|"
    r"accesibilidad|privacidad|cookies|rss|ayuda|preguntas frecuentes|suscripciones)"
)
# What an error page opens with: "Lo sentimos, …", "¡Ups! …"
_SORRY = r"^((lo sentimos|¡?ups|¡?uy|¡?vaya)[,.!]*\s*)?"

# a feed reader's buttons around an item, in its interface's words (Miniflux's, FreshRSS's, Tiny Tiny RSS's,
# Feedly's, Inoreader's)
_FEED_READER_BUTTONS = (
    "marcar como leído",
    "marcar como no leído",
    "añadir a favoritos",
    "agregar a favoritos",
    "marcar como favorito",
    "quitar de favoritos",
    "obtener contenido original",
    "descargar contenido original",
    "abrir enlace original",
    "abrir el enlace original",
    "abrir artículo original",
    "leer más tarde",
    "ver original",  # a read-it-later app's (Pocket's) link to the page
    # a browser's reader view's toolbar over the article (Edge's Immersive Reader), copied with it
    "preferencias de texto",
    "herramientas de gramática",
    "preferencias de lectura",
    "leer en voz alta",
)
# the words such a row holds beside them, too common to tell one alone
_FEED_ROW_WORDS = (
    "guardar",
    "favorito",
    "marcador",
    "compartir",
    "descargar",
    "enlace externo",
    "comentarios",
    "etiquetas",
    "abrir enlace",
    "visitar sitio web",
)

# a follow call's network and what for (`rows.named_network`): its purpose words
_FOLLOWED_ON = rows.named_network(("para",))

ROWS = LanguageRows(
    code="es",
    feed_reader_buttons=_FEED_READER_BUTTONS,
    saved_words=("añadido el",),  # wallabag's stamp of the day it saved the page
    book_page_words=("páginas", "págs.", "pp."),
    rule_patterns={
        "not_found_tail": (
            _SORRY + r"(error\s*404\s*[-–—:|.]?\s*)?página no (encontrada|disponible)\b",
            _SORRY + r"(la )?página no existe[.!]?$",
            (
                _SORRY + r"(la|esta) página (que (buscas|busca|estás buscando|está buscando|has solicitado|"
                r"solicitaste|ha solicitado|intentas visitar)\s|solicitada\s)?(ya )?(no existe|no está disponible|"
                r"no se (ha podido encontrar|pudo encontrar|encuentra|encontró)|"
                r"ha sido (eliminada|borrada|trasladada|movida))"
            ),
            (
                _SORRY + r"no (hemos podido encontrar|hemos encontrado|encontramos|"
                r"se (ha )?(podido )?encontr(ó|ado|ar)) (la página|lo que buscas|el contenido)"
            ),
            (
                _SORRY + r"el (contenido|artículo) que (buscas|busca|has solicitado|solicitaste) "
                r"(ya )?(no existe|no está disponible|ha sido eliminado)"
            ),
            r"^error\s*404\s*[.!]?$",
        ),
        "comments_widget": (
            # a sidebar box of the readers' latest comments on other posts, not this page's comments
            r"^(comentarios recientes|últimos comentarios)\s*:?$",
        ),
        "comments_tail": (
            r"^(\d+\s+)?comentarios(\s*\(\d+\))?:?$",
            r"^(1|un) comentario:?$",
            (
                r"^(deja|dejá|deje|dejar|escribe|escribí|escriba|añade|añadir|agrega|agregá|agregar|publica|"
                r"publicar) (un|una|tu|su) (comentario|respuesta)\b"
            ),
            r"^(ver|mostrar|cargar|leer) (los |todos los )?(\d+ )?comentarios\b",
            r"^(los )?comentarios (están )?(cerrados|desactivados)\b",
            r"^(sé|se) el primero en comentar\b",
            (
                r"^(inicia sesión|iniciá sesión|regístrate|registrate|identifícate) para "
                r"(comentar|dejar (un|tu) comentario)\b"
            ),
            r"^únete a la (conversación|discusión)\b",
            # a notice that commenting needs a login ("Debes iniciar sesión para publicar un comentario.")
            (
                r"^(debes|tienes que|necesitas) (iniciar sesión|estar registrado|registrarte|identificarte) para"
                r" (publicar|dejar|escribir|enviar) un comentario\b"
            ),
            # a comment form's notice ("Tu dirección de correo electrónico no será publicada.")
            r"^(tu|su) (dirección de )?(correo electrónico|e-?mail) no (será|se) publicad[ao]\b",
            # an obituary's guestbook prompt and notice buttons ('Deja tus condolencias', 'Publicar una esquela')
            (
                r"^((deja|escribe|envía) (tus|un mensaje de) condolencias|firma (en )?el libro de condolencias|(publica"
                r"r|consultar) (una |las )?esquelas?)\b"
            ),
            # a comment section's moderation note, the whole line ("Comments are moderated."): "Comments are moderated,
            # the platform insists, …" is the story's
            r"^(todos )?los comentarios (son|están|serán) moderados\b[^,;!?]{0,60}[.!]?$",
        ),
        "comment_thread": (
            # the heading of a blog's comments: "2 comentarios en “Título”", "Una respuesta a «Título»"
            (
                r"^(\d+|un|una|dos|tres) (comentarios?|respuestas?|opiniones|pensamientos?) (a|en|sobre|para|de)\s*"
                r"[“\"«‘'].*[”\"»’']$"
            ),
        ),
        "taxonomy": (
            # a post's taxonomy line: its label alone or over a list of tags or categories
            rf"^(tags|etiquetas|categorías?|archivado en|temas){LABELLED_LIST}",
            r"^(tags|etiquetas|categorías)$",
        ),
        "navigation": (
            # a feed reader's row of buttons (`rows.feed_button_row`)
            rows.feed_button_row(_FEED_READER_BUTTONS, _FEED_ROW_WORDS),
            # a read-it-later app's link back to its list, its arrow first (Pocket's "← Volver a la lista")
            r"^[←‹]\s*(volver|regresar)\b",
            # a site's join and sign-in buttons side by side (LinkedIn's, logged out: "Unirse ahora Iniciar sesión"
            # over the headline)
            (
                r"^(unirse( ahora)?|únete( ahora)?|regístrate|registrarse|crear cuenta)"
                r"\s+(iniciar sesión|inicia sesión|entrar)$"
            ),
            # a breadcrumb's lead-in ("You are here: Home » News » …")
            r"^(usted )?(estás|está) aquí\s*:",
            # a forum topic's page row and search box (phpBB's "4 posts • Page 1 of 1", "Search this topic…")
            r"^(\d+ (mensajes?|respuestas?|temas?)\s*[•·|]\s*)?página \d+ de \d+$",
            r"^buscar en este (tema|foro|hilo)(…|\.\.\.)?$",
            rf"^{_SKIP_LINK}(\s*[|·•]?\s*{_SKIP_LINK})*$",
            r"^(abrir|cerrar|mostrar|ocultar|desplegar) (el )?(menú|navegación|buscador|búsqueda)( principal)?$",
            r"^(menú|navegación)( principal)?$",
            # a lynx dump keeps its link numbers: "[5]Portada", "[8]Política"
            rf"^(\[\d+\]\s*)?{_MENU_ENTRY}(\s*[|/·•]\s*(\[\d+\]\s*)?{_MENU_ENTRY})*$",
            r"^(inicio|portada)\s*(>|»|›|/|\||→|::)",
            r"^(usted )?(estás|está) (aquí|en)\s*:",
            r"^(noticia|artículo|entrada|publicación|nota|página) (anterior|siguiente)(\s*[:»>›]|$)",
            r"^(anterior|siguiente)$",
            # a footer's run of links ("Aviso legal | Política de cookies | Contacto")
            rf"^(\[\d+\]\s*)?{_FOOTER_LINK}(\s*[|·•/–-]\s*(\[\d+\]\s*)?{_FOOTER_LINK})+$",
            r"^(aviso legal|nota legal|política de privacidad|términos y condiciones|condiciones de uso)$",
        ),
        "signup_consent": (
            # a sign-up form's consent box in the first person: to receive the mails, or to terms by sending the address
            (
                r"^(sí,? )?(acepto|consiento|autorizo|doy mi consentimiento para) (recibir|el envío de|que [^.!?]{0,60"
                r"}(me )?envíe)\b[^.!?]{0,100}\b(correos?|e-?mails?|newsletters?|boletín|boletines|comunicaciones|ofer"
                r"tas|publicidad)\b"
            ),
            (
                r"^al (enviar|introducir|facilitar) (mi|tu|su) (correo|e-?mail|dirección de correo)\b[^.!?]{0,30}\b(ac"
                r"epto|aceptas|acepta|consiento)\b"
            ),
        ),
        "newsletter": (
            # a plea to give after the sentence saying what the site is ("This paper is made by volunteers. Support
            # us with a donation")
            rf"{rows.AFTER_ONE_SENTENCE}ap(ó|o)yanos con un (donativo|donación|aporte)\b",
            # a mailing list's footer: why the mail came, the way out, the sending service
            (
                r"^(has recibido|ha recibido|recibes|recibe|estás recibiendo|está recibiendo) este"
                r" (correo|mensaje|e-?mail|boletín)\b.{0,80}\b(porque|por)\b"
            ),
            r"^((darse|darte|date) de baja|(cancelar|anular) (la )?suscripción)\s*[.!]?$",
            r"^para (darte|darse|dejar) de (baja|recibir)\b",
            rf"^enviado (por|con|mediante|a través de) {MAIL_SENDERS}\b",
            # a lead-in, then the app's pitch to follow the news in it
            # ('En directo: sigue todos los partidos en la app de Deportes')
            r"^[^.!?:]{3,60}:\s*(sigue|consulta|mira) [^.!?]{0,60}\b(en|con) (la|nuestra) app\b[^.!?]{0,40}[.!]?$",
            # a feedback question, then a plea to support ('¿Te ha sido útil este artículo? Apóyanos …')
            (
                r"^¿?(te|le|os) ha (resultado |sido )?útil (este|esta) (artículo|texto|información)\?\s*(apóyano"
                r"s|apoya|suscríbete|hazte|colabora|dona)"
            ),
            # the same as a clause ('Si este artículo te ha sido útil, apóyanos.')
            (
                r"^si (este|esta|nuestro|nuestra) (artículo|texto|información) (te|le|os) ha (resultado |sido )?"
                r"(útil|gustado)[^.!?]{0,20}[,:]\s*(apóyanos|apoya|suscríbete|hazte|colabora|dona)"
            ),
            # a question on the article, then a call to support or subscribe ("¿Te ha gustado este artículo? …")
            (
                r"^¿?(te ha gustado|te gustó|le ha gustado|le gustó)[^?]{0,40}\?"
                r"\s*(apóyanos|apoya|suscríbete|hazte|dona|colabora)"
            ),
            # an app's download pitch: "Download our app for breaking news alerts"
            (
                r"^(descarga|descargue|descárgate|instala|instale) (gratis )?(la"
                r"|nuestra) (app|aplicación)\b[^.!?]{0,80}[.!]?$"
            ),
            (
                r"^((el|la|nuestro|nuestra)\s+)?(boletín|newsletter)"
                r"( (diario|semanal|gratuito|de (noticias|la mañana|la tarde)))?\s*[:.!]?$"
            ),
            # a newsletter's name and its blurb: "Newsletter Pulso Tech · Recibí los martes …"
            r"^newsletters?\b[^.!?]{0,60}?\s*[·|:–—]\s*(recib|suscr|apunt|cada|todos|todas|lo más|las noticias)",
            (
                r"^(suscríbete|suscribite|suscríbase|suscribirse|apúntate|anotate|regístrate|registrate|inscríbete|"
                r"date de alta)\b.*\b(boletín|boletines|newsletters?|correo|e-?mail|bandeja|alertas)"
            ),
            (
                r"^(suscribirme|suscribirse|suscríbete|suscribite|suscríbase|quiero suscribirme|me suscribo)"
                r"( (ahora|ya|gratis))?[.!]?$"
            ),
            # a paywall's offer: "Suscríbete a nuestra edición digital por 1 € el primer mes"
            r"^(suscríbete|suscribite|suscríbase) a (nuestra|la) edición (digital|impresa|en papel)\b",
            r"^(recibe|recibí|reciba|recibirás)\b.*\b(en|a) (tu|su) (correo|e-?mail|bandeja|buzón)",
            r"^(recibe|recibí|reciba|recibirás)\b.*\b(boletín|newsletter)",
            (
                r"^(recibe|recibí|reciba) (cada|todas las|todos los|los|las) (mañanas?|días|tardes?|noches?|semanas?|"
                r"lunes|martes|miércoles|jueves|viernes|sábados?|domingos?)\b"
            ),
            r"^(introduce|introduzca|ingresa|ingresá|ingrese|escribe) (tu|su) (correo|e-?mail|dirección de)",
            r"^gracias por (suscribirte|suscribirse|registrarte|tu suscripción)\b",
            # a question, then the prompt: "¿Te gustó esta crónica? Suscríbete al boletín …"
            (
                r"^¿[^?]{1,80}\?\s*(suscríbete|suscribite|suscríbase|apúntate|anotate|regístrate)\b.*"
                r"\b(boletín|boletines|newsletters?|correo|e-?mail|bandeja|alertas)"
            ),
            # the app named, then the call to get it: "Sigue … en la app de Marcador Sur. Descárgala gratis"
            (
                r"^.*\b(app|aplicación)\b[^.!?]{0,60}[.!:]\s*(descárgala|descargala|descárgatela|bájala|instálala)"
                r"( gratis| ya| ahora)?[.!]?$"
            ),
            r"^al (suscribirte|suscribirse|registrarte)\b",
            # a paywall's teaser, a plea to support the journalism, the news offered on a messenger
            r"^(este|el) (artículo|contenido|reportaje) es (exclusivo|solo|sólo) para (suscriptores|socios|abonados)\b",
            r"^(contenido )?exclusivo para (suscriptores|socios|abonados)\s*[.!]?$",
            r"^apoya (el |al |nuestro )?periodismo (independiente|local|de calidad)\b",
            (
                r"^recibe (las |nuestras |todas las )?(noticias|novedades|últimas noticias)\b.*\b(en|por) (tu"
                r" )?(whatsapp|telegram)\b"
            ),
            r"^únete a (nuestro|el) canal (de|en) (whatsapp|telegram)\b",  # "Únete a nuestro canal de WhatsApp para …"
            # a reader-feedback question on this article, review or recipe, alone or before a pitch ("Did you like
            # this review? Get our picks every week", "¿Te ha gustado esta reseña? Recibe …")
            (
                r"^¿?(te|le|os) (ha|han) (gustado|resultado útil|sido útil|servido) (este|esta) (artículo|reseña|"
                r"crítica|receta|noticia|texto|contenido|entrada|guía)\?\s*($|(recibe|reciba|suscríbete|apóyanos|"
                r"apoya|comparte|síguenos|descubre|déjanos|valora|danos|dale|pulsa|haz clic|vota)\b|sí\W*no\W*$)"
            ),
            # a notice block's donation prompt (a label and its call) and stay-in-touch prompt ('Dona: …', 'Mantente en
            # contacto: …')
            r"^(dona|haz un donativo|haz una donación|donar)( en línea| online| ahora)?\s*:\s*\S",
            r"^(mantente|manténgase|sigamos) en contacto\s*(:\s*\S.*)?$",
            # a donation plea's slogan, its button and its question on reading the site ("¡Cada pequeña donación
            # cuenta!", "¡Dona ahora!", "¿Te gusta leer Correo.es?"): a whole line, so a sentence reporting a plea or a
            # question on reading goes on and stays
            (
                rf"^¡?(cada|toda) (pequeña )?(donación|aportación|aporte|contribución) (cuenta|ayuda|suma"
                rf"|importa){rows.PLEA_END}"
            ),
            r"^¡?(dona|haz un donativo|haz una donación) (ahora|aquí|ya)\s*!?$",
            (
                r"^¿?(te gusta|le gusta|disfrutas) (leer )?(este blog|este sitio|nuestros artículos|[\w-]+\.(com|es|mx"
                r"|ar|org|net))\s*\?$"
            ),
            # a thanks to the patrons who pay for it ('Este episodio es posible gracias a los 1.200 mecenas de …')
            (
                r"^(este|esta) (episodio|pódcast|podcast|programa|boletín|newsletter|artículo|proyecto|web) (e"
                r"s|ha sido) posible gracias a [^!?]{0,40}?\b(mecenas|socios|socias|suscriptores|donantes|oyen"
                r"tes|lectores|patrocinadores|miembros)\b"
            ),
            # a call to subscribe and what comes ("Suscríbete a … y recibe cada mes la revista"), or what comes, then
            # the call ("Per ricevere i bollettini via e-mail, iscriviti …"): the imperative, so subscribers stay
            r"^(suscríbete|suscríbase|suscribite) a [^.!?]{1,60}? y recib(e|a|í)\b",
            (
                r"^para recibir [^.!?]{1,60}?,\s*(suscríbete|suscríbase|inscríbete|inscríbase|regístrate"
                r"|regístrese|apúntate)\b"
            ),
            # the site's app and the stores it is in ("… dans notre appli Ovalie, disponible sur iOS et Android.")
            rf"^[^.!?]{{0,80}}\bnuestra ap(p|licación)\b[^.!?]{{0,40}}\bdisponible {rows.IN_APP_STORES}",
            # a plea to support after the sentence saying what the site is ("… est un journal étudiant indépendant.
            # Soutenez-nous : adhérez …")
            rf"{rows.AFTER_ONE_SENTENCE}ap(ó|o)yanos\s*:\s*\S",
            # a paywall's free trial, alone or after the sentence naming the plan ("Dieser Beitrag ist Teil von
            # Planerblatt+. Jetzt vier Wochen kostenlos testen."): the call, so a trial told of in prose stays
            (
                rf"{rows.AFTER_ONE_SENTENCE}(pruébalo|prueba|pruébelo)[^.!?]{{0,30}}"
                r"\bgratis durante (un|una|dos|tres|cuatro|\d+) (semanas?|mes(es)?)\b"
            ),
            # a paywall's pitch: the login prompt to subscribers, the promise to cancel at will, unlimited access at
            # a price ("Already a subscriber? Log in", "Cancel anytime.", "Unlimited access for less than $2 a month")
            r"^¿?\s*ya (eres|es|sos) (suscriptor|suscriptora|abonado|abonada|socio|socia)\s*\?",
            (
                rf"{rows.AFTER_A_PITCH}(cancela|cancele|cancelá|date de baja) (cuando quieras|cuando quiera|en cualquie"
                rf"r momento)[.!]?$"
            ),
            rf"{rows.AFTER_A_PITCH}sin permanencia[.!]?$",
            r"^(obtén |disfruta de |consigue )?acceso ilimitado\b[^.!?]{0,60}\b(por|desde) (solo )?\d",
        ),
        "social_share": (
            # a newsletter's footer button (Mailchimp's "Forward to a friend (https://…)")
            r"^reenviar a un amigo(\s*\(https?://\S+\))?$",
            # "Compartir en redes: Facebook Twitter WhatsApp", "Comparte esta nota:", "Compartí esta nota"
            (
                r"^(compartir|comparte|compartí|comparta|compártelo|compártela|compartilo|compartir esto|"
                r"comparte esto)( (en|por|a través de))?( (las )?redes( sociales)?| (esta|este|la|el) "
                r"(nota|noticia|artículo|publicación|entrada|historia|post|contenido))?( (en|por))?\s*:?"
                rf"{_SEP}({_NETWORK}{_SEP})*$"
            ),
            (
                r"^(síguenos|siguenos|seguinos|síganos|me gusta esto)( en)?( (las )?redes( sociales)?)?\s*:?"
                rf"{_SEP}({_NETWORK}{_SEP})*$"
            ),
            # "Síguenos en Telegram, Instagram y Twitter para recibir … nuestras actualizaciones"
            r"^(síguenos|siguenos|seguinos|síganos) en [^.!?]*[.!]?$",
            # the news offered on a messenger ("¿Ya sabías que en … tenemos canal de Telegram? Únete …")
            r"^¿?ya sabías que [^?]{0,40}tenemos (un )?canal de (telegram|whatsapp)\b",
            # the site or its channel on a named network, then what for ("Siga o Planície Notícias no Facebook e no
            # Instagram."): a call, so a path followed on foot stays
            rf"^(sigue|siga|seguí|síguenos|sígannos|únete a) [^.!?]{{0,60}}?\ben {_FOLLOWED_ON}",
        ),
        "cookie_notice": (
            (
                r"^(aviso de cookies\s*:\s*)?(este|esta|nuestro|nuestra) (sitio web|sitio|web|página web|página|"
                r"portal|blog|tienda|medio|periódico|diario|aplicación) (utiliza|usa|emplea|instala)\b"
                r".{0,30}?\bcookies\b"
            ),
            r"^(nosotros y nuestros (socios|partners) )?(utilizamos|usamos|empleamos)\b.{0,30}?\bcookies\b",
            r"^(aviso|política|configuración|preferencias|gestión|uso|ajustes) de (las )?cookies\s*:?$",
            # the banner's second sentence: "Si continúas navegando, consideramos que aceptas su uso."
            (
                r"^(al|si) (continuar|continúas|continúa|continuás|sigues|sigue|seguís|seguir|hacer clic|"
                r"hacés clic|pulsar|navegar)\b.*\b(cookies|su uso|nuestra política)\b"
            ),
            # a line of consent buttons only: "Aceptar todas | Rechazar todas | Configurar cookies"
            rf"^{_SEP}({_CONSENT_BUTTON}{_SEP})+$",
        ),
        "advertisement": (
            # a media player's running time ("Video duration 2 minutes 47 seconds")
            (
                r"^duración( del (vídeo|video))?"
                r"\s*:?\s*(\d{1,2}:\d{2}(:\d{2})?|(\d{1,3} (horas?|minutos?|min|segundos?|s),?\s*(y\s+)?){1,3})$"
            ),
            # a media player's button left where its embed was ("Watch the trailer", "Listen")
            r"^(salir de )?(la )?pantalla completa$",
            r"^(ver|mira|reproducir) (el )?(tráiler|trailer)$",
            r"^(escuchar|escucha)( (el )?(episodio|podcast))?$",
            (
                r"^(publicidad|anuncio|anuncios|contenido patrocinado|patrocinado|contenido de marca|"
                r"espacio patrocinado|espacio publicitario|publirreportaje|contenido promocionado)\s*[:.]?$"
            ),
            (
                r"^(sigue|continúa|continua|seguí) leyendo"
                r"( (debajo|abajo|más abajo|después|tras) (de )?(la |el )?(publicidad|anuncio))?\s*[:.]?$"
            ),
            r"^(desplázate|desliza|haz scroll) (hacia abajo )?para (continuar|seguir leyendo|leer)\b",
        ),
        "embed_placeholder": (
            # the placeholder's notice, its prompt to load, the consent loading implies, its button
            (
                r"^(usted )?(está|estás) (viendo|visualizando) (actualmente )?(un )?contenido (de marcador de "
                r"posición|de sustitución|bloqueado)\b"
            ),
            (
                r"^(haga|haz|pulse|pulsa) (clic|click) (en el botón( de abajo| inferior)?|aquí) para (cargar|mostrar|"
                r"ver|desbloquear) (el contenido|el vídeo|el video|el mapa|el tuit|la publicación)\b[^,;!?]{0,60}[.!]?$"
            ),
            r"^al (cargar|reproducir) (el vídeo|el video|el mapa|el contenido),? (usted )?(acepta|aceptas|aceptás)\b",
            r"^((cargar|mostrar|desbloquear) (el )?(contenido|vídeo|video|mapa)|contenido externo)[.!]?$",
        ),
        "shop_teaser": (
            # an ad's label, then a bullet or a bar and its text, or a dash and a capital's phrase (no comma: prose goes
            # on)
            r"^(publicidad|patrocinado)\s*([·|•]\s*\S|[–—]\s*(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])[^.!?,;]*[.!…]?$)",
            # a shop's product teaser by its label, and a cart button ending a line
            (
                r"^(producto (destacado|recomendado|de la semana)|(disponible )?en (nuestra|la) tienda( online"
                r"| en línea)?)\s*:"
            ),
            r"\b(añadir|agregar) al carrito\s*$",
            r"\b(añadir|agregar) a la cesta\s*$",
            # an affiliate note: the site earns on what the reader buys through its links
            r"\benlaces (de afiliados?|de afiliación|afiliados)\b",
            r"\brecibimos una (pequeña )?comisión\b",
            # an advertising disclosure, alone on its line after an optional label ('*Werbung. Dieser Beitrag enthält
            # Werbung für X'); what follows a brand or a comma is a sentence about ads, not the notice
            (
                r"^(\*?\s*[^\W\d_]+\s*[.:!]\s*)?\*?\s*este (artículo|post|contenido|vídeo) (contiene|incluye) "
                r"(publicidad|anuncios|contenido patrocinado|enlaces patrocinados)( de "
                r"[^.,;:!?]{1,40})?\s*[.!]?\*?$"
            ),
            # a prompt to buy the book under an excerpt or review; a row of a shop's buttons, the cart's first
            r"^(compra|compre|cómpralo|pide|encarga) (el|este) libro (en|aquí|online|ya|desde)\b",
            r"^((añadir|agregar) al carrito|(añadir|agregar) a la cesta|comprar ahora)\s*[·|•]\s*\S",
        ),
        "photo_credit": (
            # the label, the caption and its credit in brackets ("Photo: Bicycles at the depot (Courier)")
            r"^(fotos?|fotografía|imagen)\s*:\s*[^.!?()]{2,150}\([^()]{2,50}\)$",
            # a credit line of the word and a name or an office (lower-case common nouns), no colon:
            # "Foto Juan Pérez", "Foto Gabinete de prensa"
            r"^(foto|fotografía) (de )?(?-i:[A-Z])[\w'’-]+( [\w'’-]+){1,3}$",
            (
                r"\((fotos?|fotografías?|imagen|imágenes|ilustración|infografía|créditos?"
                rf"|cortesía|vídeo)\b{rows.BRACKETED}{{0,60}}\)\.?$"
            ),
            r"^(fotos?|fotografías?|imagen|imágenes|ilustración|infografía|créditos?|vídeo|video)\s*(:|/)[^.]{0,60}$",
            r"^(fotos?|imagen|imágenes) de archivo\b[^.]{0,40}$",
            # a caption's closing credit: "… durante el año escolar. Foto: Andina"
            r"[.!?|]\s+fotos?:\s*([^.]|\.(?!\s)){2,60}$",
            r"^(foto|imagen|fotografía) \d+ de \d+$",
            r"^(fuente de la (imagen|foto)|créditos? (de la )?(foto|imagen))\s*:",
            # an agency credit under a picture: "EFE/Juan Carlos Hidalgo", "Europa Press/Archivo"
            r"^(efe|europa press|cuartoscuro)\s*/\s*[^.]{2,40}$",
            # a chart's source: the label and a name of a few words ('Fuente: INE')
            r"^(fuente|fuentes)\s*:\s*(?-i:[A-ZÁÉÍÓÚÑ])[\w'’&.-]*( [\w'’&.-]+){0,4}$",
        ),
        "copyright": (
            # a feed's footer crediting the site a post first appeared on (WordPress's, in the blog's language)
            r"^la entrada .{3,200} se publicó primero en [^\s.!?,;:]+(\s+[^\s.!?,;:]+){0,5}\.?$",
            # the phrase as a footer says it: alone, or after a full stop or a bar, and ending there
            # (not a headline that opens with it, "Todos los derechos reservados: el pleito …")
            r"(^|[.|·–—-]\s*)(todos los )?derechos reservados\s*([.|·–—-]|$)",
            r"^reservados todos los derechos\b",
            r"^(queda )?prohibida (la|su) reproducción (total|parcial)\b",
            # a printed post's footer crediting the site (WP-Print's 'Artículo impreso desde Sitio: https://…')
            r"^(artículo|entrada) impres[oa] desde [^:]{1,80}:\s*https?://\S+$",
        ),
        "related_links": (
            # a post navigation's label, then the neighbour post's headline it links to, on one line
            (
                r"^(noticia|artículo|entrada|publicación|nota) (anterior|siguiente)"
                r"\s*([:»›>|–—-]|(?-i:[A-ZÁÉÍÓÚÑ¿¡0-9\"“„«'‘+]))"
            ),
            # a page's attachments: a label, then documents with their file types ("… (PDF, 312 KB)")
            (
                r"^(documentos( relacionados| adjuntos)?|descargas|adjuntos|anexos)"
                r"\s*:\s*[^.!?]{0,120}\((pdf|docx?|xlsx?|odt|zip)\b"
            ),
            # with its colon or alone: "Lee también la letra pequeña …" is a sentence
            r"^(lee|lea|leer|leé|ver|vea|véase|mira|mirá) (también|además)\s*(:|»|>|$)",
            # an all-capitals marker before the linked headline: "LEE TAMBIÉN El precio del limón …"
            r"^(?-i:LEE TAMBIÉN|LEA TAMBIÉN|VER TAMBIÉN|LEE MÁS|LEA MÁS|TE PUEDE INTERESAR)\b",
            r"^(lee|lea|leer|leé) más\s*(:|»|>|$)",
            (
                r"^(noticias|artículos|contenidos?|notas|entradas|publicaciones|historias|temas|enlaces|vídeos|"
                r"videos) relacionad[oa]s?\s*(:.*)?$"
            ),
            r"^relacionad[oa]s?\s*(:|$)",
            r"^(también )?(te|le|les) (puede|podría|pueden|podrían) (interesar|gustar)\b[^.]*$",
            r"^(quizás|quizá|tal vez) (también )?(te|le) (interese|guste)\b[^.]*$",
            r"^(puede|podría) interesarte\b[^.]*$",
            r"^(te|le) recomendamos\b[^.]*$",
            r"^recomendad[oa]s( para (ti|usted|vos))?\s*:?$",
            (
                r"^(lo )?más (leíd[oa]s?|vist[oa]s?|compartid[oa]s?|comentad[oa]s?|popular(es)?)"
                r"( (hoy|ahora|de (hoy|la semana|la jornada|[^\s.]+)|en [^\s.]+))?\s*:?$"
            ),
            r"^(más|otras|últimas) noticias( (de|sobre|en) [^.]{1,40})?\s*:?$",
            r"^no te (lo )?pierdas\s*(:|$)",
            r"^más información\s*:?$",
            # a marker and its linked headline: "Lea: Consejo Permanente …", "PUEDES VER: ¿Qué es …?"
            r"^(lea|lee|leé|vea|puedes ver|podés ver)\s*:\s*[^.]+$",
            r"^(infórmate|informate|entérate|enterate) más\s*:?$",
            # the site's other posts, and the full results or the schedule elsewhere on the site ('Otras
            # publicaciones: …', 'Clasificación completa: sección …')
            r"^otras (entradas|publicaciones)\s*:",
            (
                r"^(clasificación|resultados|programación|horarios)( completa| completos| final|"
                r" finales)?\b[^.:—–]{0,50}(:|—|–|disponibles)\s*[^.]{0,40}\b(web|sitio|sección|área de soci[oa]s|"
                r"página)\b"
            ),
            # where the site posts a document ('El acta está disponible en la sección Documentos.')
            (
                r"^[^.!?]{2,80}\b(está|están) (disponibles?|publicad[oa]s?|colgad[oa]s?|accesibles?)\b[^.!?]{0,30}"
                r"\ben (la sección|el apartado|la pestaña)\s*([«\"“]|(?-i:[A-ZÁÉÍÓÚÑ]))[^.!?]{1,30}\.?$"
            ),
        ),
        "author_bio": (
            (
                r"^(sobre|acerca) (de )?(el|la|del|de la|los|las) (autor|autora|autores|autoras|escritor|escritora)\s*("
                r":.*)?$"
            ),
            # a bio line that opens with "el autor", not the name ("La autora es periodista y vive en …")
            (
                r"^(el|la) (autor|autora|escritor|escritora)( de (este|esta) (artículo|columna|texto|tribuna))?"
                r" (es|fue|vive|trabaja|escribe|enseña)\s[^.!?]*[.!]?$"
            ),
        ),
        "opinion_disclaimer": (
            # a syndication or partnership disclosure under the article: who made or funded it, not the story
            (
                r"^(este|esta) (artículo|reportaje|contenido|serie|investigación|información|trabajo) (ha sido|"
                r"fue|se ha) (realizad[oa]|producid[oa]|elaborad[oa]|publicad[oa]|escrit[oa]|"
                r"financiad[oa])( con el (apoyo|patrocinio|respaldo|financiamiento)| gracias al apoyo| en"
                r" (colaboración|alianza) con)"
            ),
            (
                r"^(la|las) (opini[oó]n|opiniones)( del autor| de la autora| de los autores| de sus? autora?e?s?|"
                r" expresadas?| vertidas?)[^.]{0,80}\bno (refleja|reflejan|representa|representan|coincide|"
                r"coinciden)n? (necesariamente|con la (línea editorial|posición|opinión) de(l| la| este| esta))\b"
            ),
            (
                r"^((las?|los) )?(opini[oó]n(es)?|ideas|contenidos?|afirmaciones|artículos de opinión)\b[^.]{0,80}"
                r"\b(son|es) (de )?(exclusiva |única )?responsabilidad (exclusiva |única )?(de|del) "
                r"(su |sus |los |las |la |el )?(autor|autora|autores|autoras|firmantes?)\b"
            ),
            # a market page's note that its figures are no investment advice or only for reference
            r"^(este artículo |esta información )?no constituye (una )?recomendación de inversión\b",
            r"^(precios|cotizaciones|datos) (meramente |a título )?orientativos?\b",
            # una reseña: quién pagó, la visita anónima, la invitación
            r"^la (cuenta|comida|cena) (la pagó|fue pagada por) la redacción\b",
            r"^(siempre )?pagamos (todas )?nuestras (comidas|cuentas|visitas)\b",
            (
                r"^(visitamos|nuestros críticos visitan) (el restaurante|los restaurantes) (de forma |de manera"
                r" )?anónim(a|amente)\b"
            ),
            r"^(el autor|la autora|el periodista|la periodista) (viajó|fue) invitad[oa] por\b",
        ),
        "live_blog_close": (
            # a live blog's closing entry, its time stamp first or not ('23:40 · Cerramos este directo.')
            (
                rf"{LIVE_STAMP}((cerramos|finalizamos|terminamos|damos por (cerrado|finalizado|terminado)) (aqu"
                r"í )?(este|el|nuestro) (directo|minuto a minuto|blog en directo)|(este|el) directo (ha termin"
                r"ado|ha finalizado|queda cerrado))\b"
            ),
        ),
        # a press release's notes to editors: its press contact, and its company's boilerplate
        "press_notes": (
            # a study summary's reference line: its original publication's label
            # ('Publicación original: Doe, J. et al. (2026): …')
            r"^(publicación|estudio|artículo) original\s*:",
            # or a source's label before a citation of several authors ('Fuente: Doe, J. et al. …')
            r"^(fuente|referencia|estudio|publicación)\s*:\s*.{2,80}?\set al\.",
            r"^contactos? (de|para) (prensa|medios|periodistas)\b",
            r"^notas? (para|a) (los )?(editores|redactores|periodistas|medios)\b",
            r"^(acerca de|sobre) (?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}:\s+\S",
            # su contacto para más información y su nota sobre declaraciones a futuro
            r"^para (más|mayor) información,? (contactar|contacte|póngase en contacto)( con)?\s*(:|$)",
            r"^(contactos? (para|con) (inversores|inversionistas)|relación con inversores)\s*:",
            r"^(declaraciones|manifestaciones|información) (prospectivas?|a futuro|sobre el futuro)\s*(:|$)",
            (
                r"^(este|el) (comunicado|documento|anuncio) (contiene|incluye|puede contener)"
                r" (declaraciones|manifestaciones|estimaciones|previsiones|información)"
                r" (prospectivas?|a futuro|sobre el futuro|de futuro)\b"
            ),
            # an analysis's note on its data under it, the label, a colon and the sources with their dates
            # ('Metodología: ofertas de empleo a 30 de septiembre de 2026.'); a heading ('Methodology: How we tested …')
            # has no figure and no stop
            r"^(metodología|fuentes? de (los )?datos)\s*:\s*[^!?]*\d[^!?]*\.$",
        ),
        "contact_line": (
            # a notice's credit of the office that prepared it ("Información elaborada por la Oficina de Atención al
            # Viajero.")
            (
                r"^(esta )?(información|texto|contenido|nota|guía) (ha sido |fue )?"
                r"(elaborad|redactad|preparad|facilitad|proporcionad)[ao] por (el |la |los |las )?"
                f"{rows.CREDITED_OFFICE}"
            ),
            # a letters page's rules and where to send them ("Las cartas no deben superar las 150 palabras. …")
            (
                r"^(las )?cartas (al director |de los lectores )?(no deben|no podrán|no pueden|deberán|deben) "
                r"(superar|exceder|sobrepasar|tener más de)\b"
            ),
            # a letters page's call to answer, and where to: "Want to respond? Write to letters@…"
            r"^¿(quieres |quiere |desea |deseas )(opinar|responder|reaccionar|escribirnos)\b[^?]{0,60}\?.*@",
            (
                r"^(contacta|contactá|contacte|contactar)( con)? (la redacción|el autor|la autora|los autores|"
                r"el periodista|la periodista|nosotros|el equipo)\b"
            ),
            (
                r"^(escribe|escriba|escribí|escríbele|escríbenos|escribinos|escríbanos|envía|envíanos|envianos|"
                r"envíenos|mándanos)\b.{0,40}(@|\ba (la|nuestra) redacción\b|\bal autor\b|\ba la autora\b)"
            ),
            r"^(contacto|correo|correo electrónico|e-?mail)\s*:\s*[\w.+-]+@",
            r"^¿(tienes|tiene|tenés) (una (pista|denuncia|historia|noticia)|información)\b.*(@|escríb|contact)",
            # a question to the reader, then "write to us": "¿Tienes una duda? Escríbenos a …"
            (
                r"^¿(tienes|tiene|tenés|tienen)\b[^?]{0,60}\?\s*(escr[íi]benos|escr"
                r"[íi]banos|escribinos|env[íi]anos|mándanos)\b"
            ),
            # a shop's or a service's customer-service line with its hours or number ('Atención al cliente: de lunes a
            # viernes …')
            (
                r"^(atención al (cliente|consumidor)|servicio de atención al cliente|línea de atención)\s*:\s*[^!?]{0,6"
                r"0}?\d"
            ),
            # a consultation's how-to-respond line ('Puede presentar alegaciones a través del formulario en línea.')
            (
                r"^(puede |puedes )?(participar|opinar|responder|presentar alegaciones|enviar (su|tu) (opinión|alegació"
                r"n|aportación)) (a través del|mediante el|en el|con el) formulario\b"
            ),
            # a site's practical line under its article: the visit's place and hours, guided visits, the
            # next club outing, membership dues, the readers' editor's contact, whose service the site is
            # ('Visitas guiadas gratuitas al yacimiento: sábados a las 11:00 h.')
            r"^(visítanos|visítenos|horario de (la )?sala de lectura)\s*:",
            r"^visitas guiadas\b[^:.]{0,40}:\s*[^.]{0,40}\d",
            r"^próxim[oa] (salida|quedada|reunión|sesión|entrenamiento|ruta)\s*:\s*[^.]{0,40}\d",
            r"^(cuotas?( de soci[oa]s?)?|renovación de (la )?(cuota|licencia)s?)\b[^:.]{0,25}:",
            r"^(el |la )?defensora? del lector (puede|pueden) ser contactad[oa]\b",
            r"^[^.,:]{2,60} es un servicio (de|del|de la) [^.,:]{2,60}\.?$",
            # a prompt to report an error or a broken link, and how ('¿Has visto un error? Avísanos …')
            (
                r"^¿?((has|ha|habéis|han) (visto|encontrado|detectado) (un|algún) (error|enlace roto)|(un )?en"
                r"lace roto|página no encontrada)\s*\?\s*(avísanos|escríbenos|comunícanoslo|notifícalo|infórma"
                r"nos|contacta|contáctanos|háganoslo|díganos|dínoslo)"
            ),
            # a calendar's dated entries ('Calendario: 11 de noviembre – no lectivo; 20 de noviembre – …')
            rf"^(calendario|agenda|fechas (clave|importantes)|próximas fechas){DATED_ENTRIES}",
            # a review's practical line, address then days ('Casa Pepe, calle Mayor 3, Soria. Abierto …')
            (
                rf"{PLACE_ADDRESS}abierto (todos los días|de (lunes|martes|miércoles|jueves|viernes|sábado|d"
                r"omingo)|(lunes|martes|miércoles|jueves|viernes|sábados?|domingos?))"
            ),
        ),
    },
    # a reporter's credit as a label, in text dumps only (in HTML a site's section label):
    # "Crónica: Ana Gil | 18/10/2026"
    text_byline_words=("crónica:", "reportero:", "reportera:", "corresponsal:"),
    author_path_words=("autor", "autores", "autora", "periodista", "periodistas"),
    byline_words=(
        # the post's or the article's author as a label ("Autor wpisu: Jan Kowalski", "Автор допису: …")
        "autor del artículo",
        "autora del artículo",
        "autor de la entrada",
        "autora de la entrada",
        # a credit naming the kind of text, or the writing up, before the writer ("Post di Ilaria Mencacci",
        # "Relację spisał Bartłomiej Sobiesiak", "Розповідає Орест Кулиняк")
        "firma:",
        "entrada de",
        "crónica de",
        "publicación de",
        "artículo de",
        "columna de",
        "una columna de",  # the kind of text with its article ("Eine Kolumne von Nils Pickert")
        "un artículo de",
        # a release's manager signing its notes ("Releasebeheerder: Fenna de Graaff · 10-03-2026")
        "responsable de la versión:",
        "por",
        "publicado por",  # a blog's post line ("Publicado por Ana García el 15 de enero de 2026 en Noticias")
        "publicada por",
        "escrito por",
        "autor:",
        "autores:",
        "autor(es)",
        "autor",
        "texto:",
        "texto de",
        "un texto de",
        "texto y fotos:",
        "responde",
        "crítica de",  # a critic's credit ("Crítica de Inmaculada Retuerta")
        "reseña:",  # a critic's, a reporter's or a live blog's credit ("Informa: Baltasar Quiroga | Jaén")
        "reseña de",
        "informa:",
        "directo narrado por",
        "mensaje por",  # a forum post's line ("Mensaje por Ana Gil » 13 Oct 2026, 21:14")
        "escribe",  # a newsletter's or a column's present-tense credit ("Escribe Marta Gil, coordinadora")
        "escribe:",
        # a feminine author's label, an analysis's and a meeting's minute-taker's credit ("Авторка: Ганна Стецюк",
        # "Analyse: Dr. Henrik Braun", "Notulist: Gerrit Jansen, secretaris")
        "autora:",
        "autora",
        "análisis:",
        "análisis de",
        "acta redactada por",
        "levanta acta:",
        "informe elaborado por",  # a report's kind, then who prepared it ("Отчёт подготовила …")
        "elaborado por",
        "recopilado por",  # a compiler's credit ("Recopilado por Ana Ruiz, ingeniera agrónoma")
        "carta del párroco",  # a column's label naming its writer's office, a dash, the name
        "palabras del párroco",
        "saluda del alcalde",
        "saluda de la alcaldesa",
        "palabras del presidente",
    ),
    name_joiners=("y", "e"),
    after_name_words=("en", "desde", "con"),
    place_words=("san", "santa", "santo", "puerto", "villa", "nueva", "nuevo", "ciudad"),
    newsroom_words=("redacción", "redaccion", "agencia", "gabinete", "departamento"),
    brand_words=("equipo", "blog", "noticias", "consejos"),
    study_year_words=("curso", "año", "semestre"),
    role_words=(
        "periodista",
        "redactor",
        "redactora",
        "corresponsal",
        "columnista",
        "voluntario",
        "voluntaria",
        "bibliotecario",
        "bibliotecaria",
        "archivero",
        "archivera",
        "secretario",
        "secretaria",
        "tesorero",
        "tesorera",
        "presidenta",
        "coordinador",
        "coordinadora",
        "portavoz",
        "responsable",
    ),
    affiliation_words=("departamento", "facultad", "instituto", "universidad", "escuela", "laboratorio"),
    live_status_words=("directo", "finalizado", "finalizada"),
    self_introductions=(
        "soy",
        "me llamo",
        "hola, soy",
        "mi nombre es",
    ),
    signature_openings=(
        "por la junta directiva",  # a body's officer signing for it
        "en nombre de la junta directiva",
        "un saludo",
        "saludos",
        "atentamente",
        "cordialmente",
        "un abrazo",
        "vuestro",
        "vuestra",
        "su",
    ),
    signed_marks=(
        "fdo.",
        "firmado",
    ),
    calendar_words=(
        "adviento",
        "cuaresma",
        "pascua",
        "pentecostés",
        "solemnidad",
    ),
    organisation_words=(
        "asociación",
        "sociedad",
        "fundación",
        "centro",
        "editorial",
        "grupo",
        "federación",
        "bomberos",
    ),
    rights_reserved_words=("derechos", "reservados"),
    honorifics=(
        "sr",
        "sra",
        "srta",
        "don",
        "doña",
        "dr",
        "dra",
        "prof",
        "el padre",
        "padre",
        "fray",
        "sor",
        "mons",
        # a lawyer's title before the name ("Por el abogado Luis Gil")
        "el abogado",
        "la abogada",
        "abogado",
        "abogada",
        "letrado",
        "letrada",
    ),
    other_credit_words=(
        "traducción",
        "traducido",
        "traductor",
        "traductora",
        "verificado",
        "verificada",
        "comprobado",
        "revisado",
        "revisada",
    ),
    review_credit_words=("reseñado por", "probado por"),
    review_title_words=("reseña", "crítica"),
    published_words=(
        "publicado",
        "publicada",
        "fecha de publicación",
        "fecha de emisión",
        "emitido",
        "añadido",
    ),
    date_label_words=("fecha",),
    other_date_words=(
        "plazo",
        "fecha límite",
        "fecha de cierre",
        "fecha del evento",
        "fecha de celebración",
        "válido hasta",
        "vencimiento",
        "fecha de vencimiento",
        "fecha de nacimiento",
        "fecha del suceso",
    ),
    as_of_words=("boletín del", "edición del"),
    document_date_words=("del",),
    issue_words=("número", "edición", "núm", "n.º", "nº"),
    section_words=("en",),
    section_labels=("del archivo", "de nuestro archivo", "de nuestros archivos", "de los archivos", "de la hemeroteca"),
    updated_words=(
        "actualizado",
        "actualizada",
        "modificado",
        "revisado",
        "revisada",
        "última actualización",
        "fecha de actualización",
        "fecha de modificación",
    ),
    relative_dates=(r"hace (una?|\d+) (minutos?|min|horas?|h|días?|semanas?|mes(es)?|años?)", "ayer", "hoy"),
    dateline_filler=(
        r"visitas:\s*\d[\d\s.,]*",  # a page's view count, labelled ("Wyświetleń: 1 284")
        r"(nota|comunicado) de prensa(\s+(n\.?º|nº|núm\.?)\s*\d+(/\d+)?)?",
        r"(\d+(\s*[-–]\s*\d+)?\s*)?min(utos?)?(\s+de\s+lectura)?",
        r"(tiempo de )?lectura(:|\s+de)?\s*\d+\s*min(utos?)?",  # "Lectura de 9 min"
        r"\d+\s+(comentarios?|palabras)",
        r"comentarios?",
        r"compartir",
        r"categorías?:\s*.+",  # a category, the signing office or a bare release label beside the date
        r"(gabinete|departamento) de (prensa|comunicación)",
        r"comunicado",
    ),
    # a mail client's header fields over a forwarded message
    mail_header_labels=("de", "para", "cc", "asunto"),
    mail_date_labels=("fecha", "enviado", "enviado el"),
    page_url_labels=(
        # an HTML-to-Gemini proxy's link to the page it converted ("=> https://… Artículo original")
        "artículo original",
        "este artículo fue descargado por calibre desde",
        "página original",
        # a mailed article's link to its page
        "leer en la web",
        "leer en nuestra web",
        "leer el artículo en la web",
        "leer el artículo completo",
        "leer en línea",
        "enlace permanente",
        "url",
        "enlace",
        "url del artículo",  # a printed post's footer (WP-Print)
        "ver este correo en tu navegador",  # a newsletter's web copy, the URL after it
        "ver este email en tu navegador",
        "ver en el navegador",
        "pegado desde",  # a note pasted into OneNote: "Pegado desde <https://…>" under it
        # a shared or mailed article's link to the rest of it, or a proxy's to the page it converted
        "sigue leyendo",
        "sigue leyendo en",
        "seguir leyendo",
        "leer la noticia completa",
        "ver esta noticia en la web",
        "ver en la web",
        "abrir la página original en el navegador",
    ),
    source_labels=("fuente",),
    cache_banner_labels=("esta es la versión en caché de",),
    function_words=frozenset(
        """el la los las lo un una unos de del al a y o e en por con para sin sobre entre que se su sus es son
        fue ha han como pero no más le les""".split()
    ),
    forum_profile_labels=("mensajes", "registrado", "ubicación"),
    contents_headings=("índice", "contenido", "contenidos", "tabla de contenidos", "en este artículo"),
    ingredients_headings=("ingredientes",),
    ingredient_units=(
        "taza",
        "tazas",
        "cucharada",
        "cucharadas",
        "cucharadita",
        "cucharaditas",
        "pizca",
        "diente",
        "dientes",
        "vaso",
        "vasos",
    ),
    consent_words=("cookie", "consentimiento", "datos personales", "almacenamiento o acceso técnico"),
    reader_words=("tu", "tus", "te", "ti", "usted", "ustedes", "vosotros", "os"),
    # a scraper's stamp of when it fetched the page atop its dump
    fetch_labels=("recuperado el", "consultado el", "extraído el"),
    speech_heading=("encabezado nivel",),
    speech_link=("enlace",),
    speech_visited=("visitado",),
    speech_graphic=("gráfico",),
    speech_control=("botón", "pulsable", "cliqueable"),
    speech_bullet=("viñeta",),
    speech_region=("punto de referencia", "lista con {n} elementos", "fuera de lista"),
)
