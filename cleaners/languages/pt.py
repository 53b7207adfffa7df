"""Portuguese rows of the language tables: the line rules' patterns and the words of prose.

Brazilian and European usage alike: "Compartilhe" and "Partilhe", "Assine" and "Subscreva", "Pular
para o conteúdo" and "Saltar para o conteúdo", "Fale conosco" and "Contactos".
"""

from cleaners.languages import rows
from cleaners.languages.rows import DATED_ENTRIES, LABELLED_LIST, LIVE_STAMP, MAIL_SENDERS, PLACE_ADDRESS, LanguageRows

# Between the buttons of a consent bar or the links of a share strip: spaces, bars, dots, and what a
# dump leaves of the links ("[Aceitar](#)" becomes "Aceitar"; a lynx dump's "[9]Aceitar" keeps "[9]").
_SEP = r"[\s|·•/,\[\]\d-]*"
# What a consent banner's buttons say.
_CONSENT_BUTTON = (
    r"(aceitar( todos os cookies| todos| tudo| os cookies| cookies| e fechar| e continuar)?|aceito|concordo|"
    r"recusar( todos| tudo| cookies)?|rejeitar( todos| tudo)?|(gerir|gerenciar) (as )?(preferências|cookies)|"
    r"configurações( de cookies)?|configurar( cookies)?|definições( de cookies)?|personalizar|"
    r"(apenas|só|somente) (os )?(cookies )?(necessários|essenciais)|entendi|ok,? entendi|"
    r"saber mais|saiba mais|mais informações|prosseguir|fechar)"
)
# What a share strip links to.
_NETWORK = (
    r"(facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|flipboard|messenger|bluesky|threads|"
    r"instagram|youtube|tiktok|e-?mail|imprimir|copiar( o)? link|link|e)"
)
# A skip link, each of them a whole line: "Pular para o conteúdo", "[1]Saltar para o conteúdo principal".
_SKIP_LINK = (
    r"(\[\d+\]\s*)?((pular|saltar|ir|avançar) (para|ao|à) (o )?(conteúdo|navegação|menu|pesquisa|busca|rodapé)"
    r"( principal)?|pular (a )?navegação)"
)
# The items of a site's menu and account strip, each of them a whole line.
_MENU_ENTRY = (
    r"(início|inicio|página inicial|buscar|busca|pesquisar|pesquisa|menu|seções|secções|editorias|entrar|sair|"
    r"iniciar sessão|inicie sessão|cadastre-se|registar|registe-se|registre-se|assine|assinar|minha conta|"
    r"a minha conta|meu perfil|o meu perfil|área do assinante|voltar ao topo|voltar para o topo|ir para o topo|"
    r"topo|última hora|voltar à página inicial|voltar para a página inicial|voltar ao início)"
)
# The links of a site's footer.
_FOOTER_LINK = (
    r"(aviso legal|política de privacidade|política de cookies|termos de uso|termos e condições|"
    r"termos de utilização|estatuto editorial|ficha técnica|expediente|contactos|contatos|contacto|contato|"
    r"fale conosco|quem somos|sobre nós|anuncie|publicidade|trabalhe conosco|privacidade|mapa do site|ajuda|"
    r"assinaturas|rss|acessibilidade|política editorial)"
)
# What an error page opens with: "Desculpe, …", "Oops! …"
_SORRY = r"^((oops|ops|opa|ups|desculpe|lamentamos|pedimos desculpa)[,.!]*\s*)?"

# a feed reader's buttons around an item, in its interface's words (Miniflux's, FreshRSS's, Tiny Tiny RSS's,
# Feedly's, Inoreader's)
_FEED_READER_BUTTONS = (
    "marcar como lido",
    "marcar como não lido",
    "adicionar aos favoritos",
    "marcar como favorito",
    "remover dos favoritos",
    "buscar conteúdo original",
    "baixar conteúdo original",
    "descarregar conteúdo original",
    "abrir link original",
    "abrir o link original",
    "abrir artigo original",
    "ler mais tarde",
    "ver original",  # a read-it-later app's (Pocket's) link to the page
    # a browser's reader view's toolbar over the article (Edge's Immersive Reader), copied with it
    "preferências de texto",
    "ferramentas de gramática",
    "preferências de leitura",
    "ler em voz alta",
)
# the words such a row holds beside them, too common to tell one alone
_FEED_ROW_WORDS = (
    "salvar",
    "guardar",
    "favorito",
    "favoritos",
    "compartilhar",
    "partilhar",
    "baixar",
    "descarregar",
    "link externo",
    "comentários",
    "etiquetas",
    "abrir link",
    "visitar site",
)

# a follow call's network and what for (`rows.named_network`): its purpose words
_FOLLOWED_ON = rows.named_network(("para",))

ROWS = LanguageRows(
    code="pt",
    feed_reader_buttons=_FEED_READER_BUTTONS,
    saved_words=("adicionado em",),  # wallabag's stamp of the day it saved the page
    book_page_words=("páginas", "págs.", "pp."),
    rule_patterns={
        "not_found_tail": (
            _SORRY + r"(erro\s*404\s*[-–—:|.]?\s*)?página não (encontrada|disponível)\b",
            (
                _SORRY + r"(a|esta) página (que (você )?(procura|procuras|está procurando|está a procurar|buscou|"
                r"busca|tentou acessar|tentou aceder|solicitou)\s|solicitada\s)?(já )?(não existe|"
                r"não está disponível|não (foi|pôde ser) encontrada|foi (removida|excluída|apagada|movida))"
            ),
            (
                _SORRY + r"(o )?conteúdo (que (você )?(procura|está procurando)|solicitado) "
                r"(não existe|não está (mais )?disponível|não foi encontrado)"
            ),
            (
                _SORRY + r"não (encontramos|conseguimos encontrar|foi possível encontrar) "
                r"(a página|o que (você )?procura|o conteúdo)"
            ),
            r"^erro\s*404\s*[.!]?$",
        ),
        "comments_widget": (
            # a sidebar box of the readers' latest comments on other posts, not this page's comments
            r"^(comentários recentes|últimos comentários)\s*:?$",
        ),
        "comments_tail": (
            r"^(\d+\s+)?comentários(\s*\(\d+\))?:?$",
            r"^(1|um) comentário:?$",
            (
                r"^(deixe|deixa|deixar|escreva|escreve|adicione|adicionar|publique|envie|faça) "
                r"(um|uma|o seu|seu|sua|a sua|o teu|teu) (comentário|resposta)\b"
            ),
            r"^(ver|mostrar|carregar|ler) (os |todos os )?(\d+ )?comentários\b",
            r"^(os )?comentários (estão )?(encerrados|fechados|desativados|desactivados)\b",
            r"^seja o primeiro a comentar\b",
            r"^(faça login|inicie sessão|entre|registe-se|cadastre-se) para comentar\b",
            # a notice that commenting needs a login ("Você precisa fazer login para publicar um comentário.")
            (
                r"^(você precisa|precisa|tem de|tens de|é necessário) (fazer login|estar "
                r"(logado|registado|registrado|autenticado)|iniciar sessão) para (publicar|deixar|enviar|escrever) "
                r"(um|o seu|seu) comentário\b"
            ),
            # a comment form's notice ("O seu endereço de email não será publicado.")
            r"^(o )?(seu )?(endereço de )?e-?mail não será publicado\b",
            # an obituary's guestbook prompt and notice buttons ('Deixe as suas condolências', 'Publicar um anúncio
            # fúnebre')
            (
                r"^((deixe|escreva|envie) (as suas|uma mensagem de) condolências|(publicar|consultar) (um |os )?anúncio"
                r"s? fúnebres?)\b"
            ),
            # a comment section's moderation note, the whole line ("Comments are moderated."): "Comments are moderated,
            # the platform insists, …" is the story's
            r"^(todos )?os comentários (são|serão) moderados\b[^,;!?]{0,60}[.!]?$",
        ),
        "comment_thread": (
            # the heading of a blog's comments: "2 comentários em “Título”", "Uma resposta para “Título”"
            (
                r"^(\d+|um|uma|dois|duas|três) (comentários?|respostas?|pensamentos?) "
                r"(a|em|para|sobre|de|no|na|ao|à)\s*[“\"«‘'].*[”\"»’']$"
            ),
        ),
        "taxonomy": (
            # a post's taxonomy line: its label alone or over a list of tags or categories
            rf"^(tags|etiquetas|categorias?|arquivado em|marcadores|temas){LABELLED_LIST}",
            r"^(tags|etiquetas|categorias|marcadores)$",
        ),
        "navigation": (
            # a feed reader's row of buttons (`rows.feed_button_row`)
            rows.feed_button_row(_FEED_READER_BUTTONS, _FEED_ROW_WORDS),
            # a read-it-later app's link back to its list, its arrow first (Pocket's "← Voltar à lista")
            r"^[←‹]\s*voltar\b",
            # a site's join and sign-in buttons side by side (LinkedIn's, logged out: "Cadastre-se agora Entrar"
            # over the headline)
            (
                r"^(cadastre-se( agora)?|inscreva-se( já)?|registe-se|junte-se( agora)?|criar conta)"
                r"\s+(entrar|iniciar sessão)$"
            ),
            # a breadcrumb's lead-in ("You are here: Home » News » …")
            r"^(você está aqui|está aqui|encontra-se em)\s*:",
            # a forum topic's page row and search box (phpBB's "4 posts • Page 1 of 1", "Search this topic…")
            r"^(\d+ (mensagens|respostas|tópicos)\s*[•·|]\s*)?página \d+ de \d+$",
            r"^(pesquisar|procurar) (neste|nesta|este) (tópico|tema|fórum|discussão)(…|\.\.\.)?$",
            rf"^{_SKIP_LINK}(\s*[|·•]?\s*{_SKIP_LINK})*$",
            r"^(abrir|fechar|mostrar|ocultar|esconder) (o )?(menu|navegação|pesquisa|busca)( principal)?$",
            r"^(menu|navegação)( principal)?$",
            # a lynx dump keeps its link numbers: "[3]Início", "[5]Autarquias"
            rf"^(\[\d+\]\s*)?{_MENU_ENTRY}(\s*[|/·•]\s*(\[\d+\]\s*)?{_MENU_ENTRY})*$",
            r"^(início|página inicial)\s*(>|»|›|/|\||→|::)",
            r"^(você está|está) (aqui|em)\s*:",
            r"^(notícia|artigo|post|matéria|página) (anterior|seguinte)(\s*[:»>›]|$)",
            r"^(próxima notícia|próximo artigo|próximo post|próxima matéria|anterior|seguinte|próximo|próxima)$",
            # a footer's run of links ("Estatuto editorial | Ficha técnica | Contactos")
            rf"^(\[\d+\]\s*)?{_FOOTER_LINK}(\s*[|·•/–-]\s*(\[\d+\]\s*)?{_FOOTER_LINK})+$",
            (
                r"^(aviso legal|política de privacidade|termos de uso|termos e condições|estatuto editorial|"
                r"ficha técnica|expediente|mapa do site)$"
            ),
        ),
        "signup_consent": (
            # a sign-up form's consent box in the first person: to receive the mails, or to terms by sending the address
            (
                r"^(sim,? )?(aceito|concordo em|autorizo|consinto|consinto em) (receber|o envio de|que [^.!?]{0,60} en"
                r"vie)\b[^.!?]{0,100}\b(e-?mails?|newsletters?|comunicações|ofertas|novidades|publicidade)\b"
            ),
            (
                r"^ao (enviar|inserir|fornecer) (o )?meu (e-?mail|endereço de e-?mail)\b[^.!?]{0,30}\b(aceito|concordo"
                r"|autorizo)\b"
            ),
        ),
        "newsletter": (
            # a plea to give after the sentence saying what the site is ("This paper is made by volunteers. Support
            # us with a donation")
            rf"{rows.AFTER_ONE_SENTENCE}apoie-nos com (um donativo|uma doação|um contributo)\b",
            # a mailing list's footer: why the mail came, the way out, the sending service
            (
                r"^(está a receber|você está recebendo|recebeu|você recebeu|recebe) (este|esta)"
                r" (e-?mail|mensagem|newsletter)\b.{0,80}\b(porque|por ser|por estar)\b"
            ),
            r"^para (deixar de receber|cancelar a (sua )?(subscrição|inscrição|assinatura))\b",
            r"^(cancelar|anular) (a )?(subscrição|inscrição|assinatura)\s*[.!]?$",
            rf"^enviad[oa] (por|com|via) {MAIL_SENDERS}\b",
            # a feedback question, then a plea to support ('Este artigo foi útil? Apoie …')
            r"^(este artigo|este texto) (lhe |te )?foi útil\?\s*(apoie|apoia|assine|subscreva|contribua|doe)",
            # the same as a clause ('Se este artigo lhe foi útil, apoie o nosso jornalismo.')
            (
                r"^se (este artigo|este texto|o nosso artigo|nosso artigo) (lhe |te )?(foi útil|agradou)[^.!?]{0,20}"
                r"[,:]\s*(apoie|apoia|assine|"
                r"subscreva|contribua|doe)"
            ),
            # a paywall's pitch: "Assine o Jornal do Mondego e tenha acesso a todos os artigos por 4,99 € por mês."
            r"^(assine|assina) (o|a|já|agora)\b[^.!?]{0,60}\b(tenha|terá|ganhe|garanta) acesso\b",
            # a question on the article, then a call to support or subscribe ("Gostou desta reportagem? …")
            r"^(gostou|curtiu)[^?]{0,40}\?\s*(apoie|assine|inscreva|doe|seja|torne)",
            # an app's download pitch: "Download our app for breaking news alerts"
            (
                r"^(baixe|descarregue|instale) (grátis |gratuitamente )?(o|a|nosso|nossa) (app"
                r"|aplicativo|aplicação)\b[^.!?]{0,80}[.!]?$"
            ),
            r"^((a )?(nossa )?)?(newsletter|boletim)( (diária|diário|semanal|gratuita|informativo))?\s*[:.!]?$",
            # a newsletter's name and its blurb: "Newsletter Consumo Hoje — todas as semanas, …"
            r"^newsletters?\b[^.!?]{0,60}?\s*[·|:–—]\s*(receb|assin|subscre|inscre|tod[oa]s|cada|as notícias|o melhor)",
            (
                r"^(assine|assina|subscreva|subscreve|inscreva-se|cadastre-se|registe-se|registre-se)\b.*"
                r"\b(newsletter|boletim|e-?mail|correio|caixa de entrada|alertas|notificações)"
            ),
            (
                r"^(assine|assinar|subscrever|subscreva|inscrever-me|quero me inscrever|quero receber|quero assinar|"
                r"inscreva-se|cadastre-se|cadastrar)( já| agora| grátis)?[.!]?$"
            ),
            r"^(receba|recebe)\b.*\b(no seu|em seu|no teu|na sua|por|via) (e-?mail|correio|caixa)",
            r"^(receba|recebe) (todas as|todos os|toda|todo|cada|às|aos|diariamente|semanalmente)\b",
            r"^(digite|insira|introduza|informe|indique) (o )?(seu|teu) (e-?mail|endereço de e-?mail)",
            r"^obrigad[oa] por (se inscrever|assinar|subscrever|se cadastrar|se registar|se registrar)\b",
            # a paywall's teaser, a plea to support the journalism, the news offered on a messenger
            r"^(este|esta|o|a) (artigo|conteúdo|matéria|reportagem|texto) é exclusiv[oa] para assinantes\b",
            r"^(conteúdo )?exclusivo para assinantes\s*[.!]?$",
            r"^apoie (o |um |nosso |o nosso )?jornalismo (independente|local|de qualidade)\b",
            (
                r"^receba (as |nossas |as últimas )?(notícias|novidades|informações)\b.*\b(no|pelo|em seu|no seu|via)"
                r" (whatsapp|telegram)\b"
            ),
            # a reader-feedback question on this article, review or recipe, alone or before a pitch ("Did you like
            # this review? Get our picks every week", "¿Te ha gustado esta reseña? Recibe …")
            (
                r"^((gostou|gostaste|gostaram|curtiu) (deste|desta) (artigo|crítica|receita|notícia|texto|guia|análise)"
                r"|(este|esta) (artigo|crítica|receita|notícia|texto|guia|análise) (lhe |te )?(foi útil|agradou))"
                r"\?\s*($|(receba|recebe|subscreva|assine|apoie|partilhe|"
                r"compartilhe|siga|descubra|deixe|dê|clique|vote|avalie)\b"
                r"|sim\W*não\W*$)"
            ),
            # a notice block's donation prompt (a label and its call) and stay-in-touch prompt ('Doe: …', 'Mantenha-se
            # em contacto: …')
            r"^(doe|doar|faça um donativo|faça uma doação)( online| agora)?\s*:\s*\S",
            r"^(mantenha-se|mantenha-te|fique) em conta(c)?to\s*(:\s*\S.*)?$",
            # a donation plea's slogan, its button and its question on reading the site ("Cada doação conta!", "Doe
            # agora!", "Gosta de ler o Correio.pt?"): a whole line, so a sentence reporting a plea or a question on
            # reading goes on and stays
            (
                rf"^(cada|toda) (pequena )?(doação|contribuição|donativo|contributo) (conta|ajuda|importa"
                rf"|faz a diferença){rows.PLEA_END}"
            ),
            r"^(doe|faça uma doação|faça um donativo) (agora|aqui|já)\s*!?$",
            (
                r"^(gosta|gostas|você gosta) de ler (este blog|este site|os nossos artigos|nossos artigos|(o "
                r"|a )?[\w-]+\.(com|pt|br|org|net))\s*\?$"
            ),
            # a thanks to the patrons who pay for it ('Este episódio só é possível graças aos 1200 apoiantes …')
            (
                r"^(este|esta) (episódio|podcast|programa|newsletter|artigo|projeto|projecto) (só )?(é|foi) po"
                r"ssível graças (a|aos|às|ao) [^!?]{0,40}?\b(mecenas|apoiantes|apoiadores|assinantes|doadores|"
                r"ouvintes|leitores|sócios|membros)\b"
            ),
            # a call to subscribe and what comes ("Suscríbete a … y recibe cada mes la revista"), or what comes, then
            # the call ("Per ricevere i bollettini via e-mail, iscriviti …"): the imperative, so subscribers stay
            r"^(assine|assina|subscreva) [^.!?]{1,60}? e receb(a|e|erá)\b",
            r"^para receber [^.!?]{1,60}?,\s*(inscreva-se|subscreva|assine|registe-se|registre-se|cadastre-se)\b",
            # the site's app and the stores it is in ("… dans notre appli Ovalie, disponible sur iOS et Android.")
            (
                rf"^[^.!?]{{0,80}}\bnoss[ao] (app|aplicação|aplicativo)\b[^.!?]{{0,40}}\b(disponível"
                rf"|disponivel) {rows.IN_APP_STORES}"
            ),
            # a plea to support after the sentence saying what the site is ("… est un journal étudiant indépendant.
            # Soutenez-nous : adhérez …")
            rf"{rows.AFTER_ONE_SENTENCE}apoie-nos\s*:\s*\S",
            # a paywall's free trial, alone or after the sentence naming the plan ("Dieser Beitrag ist Teil von
            # Planerblatt+. Jetzt vier Wochen kostenlos testen."): the call, so a trial told of in prose stays
            (
                rf"{rows.AFTER_ONE_SENTENCE}(experimente|experimenta)[^.!?]{{0,30}}"
                r"\bgr(á|a)tis durante (um|uma|dois|duas|três|quatro|\d+) (semanas?|m(ê|e)s(es)?)\b"
            ),
            # a paywall's pitch: the login prompt to subscribers, the promise to cancel at will, unlimited access at
            # a price ("Already a subscriber? Log in", "Cancel anytime.", "Unlimited access for less than $2 a month")
            r"^(você )?já (é|és) (assinante|subscritor|subscritora)\s*\?",
            rf"{rows.AFTER_A_PITCH}(cancele|cancela) (quando quiser|a qualquer momento)[.!]?$",
            rf"{rows.AFTER_A_PITCH}sem fideliza(ç|c)(ã|a)o[.!]?$",
            (
                r"^(tenha |obtenha |desbloqueie )?acesso ilimitado\b[^.!?]{0,60}\b(por|a partir de|desde) (apenas |só )"
                r"?(r\$\s?|€\s?)?\d"
            ),
        ),
        "social_share": (
            # a newsletter's footer button (Mailchimp's "Forward to a friend (https://…)")
            r"^(encaminhar|reencaminhar) (este e-mail )?(a|para) um amigo(\s*\(https?://\S+\))?$",
            # "Compartilhe: Facebook Twitter", "Partilhe este artigo:", "Compartilhe isso:"
            (
                r"^(compartilhe|compartilhar|compartilha|partilhe|partilhar|partilha)( isso| isto| esta "
                r"(notícia|reportagem|matéria|publicação|página|história)| este (artigo|post|conteúdo|texto)|"
                r" (nas|em) redes sociais)?( n[oa]s?| por| via)?\s*:?"
                rf"{_SEP}({_NETWORK}{_SEP})*$"
            ),
            (
                r"^(siga-nos|sigam-nos|nos siga|nos sigam|curtir isso|curta)( n[oa]s?)?( redes sociais)?\s*:?"
                rf"{_SEP}({_NETWORK}{_SEP})*$"
            ),
            # the site's networks named, then what for: "Siga-nos no Instagram e no Facebook para acompanhar …"
            (
                r"^(siga-nos|sigam-nos|acompanhe-nos) n[oa]s? (instagram|facebook|twitter|x|tiktok|youtube|whatsapp"
                r"|telegram|redes sociais)\b[^.!?]{0,80}[.!]?$"
            ),
            # the site or its channel on a named network, then what for ("Siga o Planície Notícias no Facebook e no
            # Instagram."): a call, so a path followed on foot stays
            (
                r"^(siga|sigam|segue|siga-nos|sigam-nos|curta|acompanhe"
                rf"|acompanhe-nos) [^.!?]{{0,60}}?\bn[oa]s? {_FOLLOWED_ON}"
            ),
        ),
        "cookie_notice": (
            (
                r"^(este|esta|o nosso|nosso) (site|sítio|website|portal|blog|página|loja|jornal)( web)? "
                r"(utiliza|usa|emprega)\b.{0,30}?\bcookies\b"
            ),
            r"^(nós )?(utilizamos|usamos)\b.{0,30}?\bcookies\b",
            r"^(política|configurações|definições|preferências|gestão|gerenciamento|aviso) de cookies\s*:?$",
            # the banner's second sentence: "Ao continuar a navegar, está a consentir a sua utilização."
            (
                r"^ao (continuar|clicar|utilizar|navegar|prosseguir)\b.{0,80}\b(cookies|"
                r"(concorda|consente|consentir|aceita)\s+(com\s+)?(o|a|os|as|estas|nossa|nossos|sua)\s+"
                r"(uso|utilização|condições|termos|política))"
            ),
            # a line of consent buttons only: "Aceitar todos | Gerir preferências"
            rf"^{_SEP}({_CONSENT_BUTTON}{_SEP})+$",
        ),
        "advertisement": (
            # a media player's running time ("Video duration 2 minutes 47 seconds")
            (
                r"^duração( do vídeo)?"
                r"\s*:?\s*(\d{1,2}:\d{2}(:\d{2})?|(\d{1,3} (horas?|minutos?|min|segundos?|s),?\s*(e\s+)?){1,3})$"
            ),
            # a media player's button left where its embed was ("Watch the trailer", "Listen")
            r"^(sair d[ae] )?(ecrã|tela) (inteir[oa]|cheia)$",
            r"^(ver|veja|assista( ao)?|reproduzir) (o )?trailer$",
            r"^(ouvir|ouça|escute)( o (episódio|podcast))?$",
            (
                r"^(publicidade|anúncio|anúncios|conteúdo patrocinado|patrocinado|conteúdo de marca|publieditorial|"
                r"informe publicitário|espaço publicitário|conteúdo publicitário)\s*[:.]?$"
            ),
            r"^(continua|continue) (depois|após|a seguir|abaixo)( d[ao]| a| o)? (publicidade|anúncio)\.?$",
            r"^(continue|continuar|continua) (lendo|a ler)\s*[:.]?$",
            r"^(role|deslize) (a página |para baixo )?para (continuar|ler)\b",
        ),
        "embed_placeholder": (
            # the placeholder's notice, its prompt to load, the consent loading implies, its button
            (
                r"^(você )?(está|estás) (atualmente |neste momento )?(a )?(visualizar|visualizando|ver|vendo) um "
                r"conteúdo (de espaço reservado|de substituição|bloqueado)\b"
            ),
            (
                r"^(clique|clica|carregue|pressione) (no botão( abaixo)?|aqui) para (carregar|mostrar|ver|desbloquear) "
                r"(o conteúdo|o vídeo|o mapa|o tweet|a publicação)\b[^,;!?]{0,60}[.!]?$"
            ),
            r"^ao (carregar|reproduzir) (o vídeo|o mapa|o conteúdo),? (você )?(aceita|concorda)\b",
            r"^((carregar|mostrar|desbloquear) (o )?(conteúdo|vídeo|mapa)|conteúdo externo)[.!]?$",
        ),
        "shop_teaser": (
            # an ad's label, then a bullet or a bar and its text, or a dash and a capital's phrase (no comma: prose goes
            # on)
            r"^(publicidade|patrocinado)\s*([·|•]\s*\S|[–—]\s*(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])[^.!?,;]*[.!…]?$)",
            # a shop's product teaser by its label, and a cart button ending a line
            (
                r"^(produtos? em destaque|produto (recomendado|da semana)|(disponível )?(na"
                r"|em) nossa loja( online| virtual)?)\s*:"
            ),
            r"\badicionar ao (carrinho|cesto)\s*$",
            # an affiliate note: the site earns on what the reader buys through its links
            r"\b(contém|inclui) links (de afiliados?|afiliados)\b",
            r"\b(recebemos|podemos receber) uma (pequena )?comiss[ãa]o\b",
            # an advertising disclosure, alone on its line after an optional label ('*Werbung. Dieser Beitrag enthält
            # Werbung für X'); what follows a brand or a comma is a sentence about ads, not the notice
            (
                r"^(\*?\s*[^\W\d_]+\s*[.:!]\s*)?\*?\s*este (artigo|post|conteúdo|vídeo) (contém|inclui) "
                r"(publicidade|anúncios|conteúdo patrocinado|links patrocinados)( (de|da|do|para) "
                r"[^.,;:!?]{1,40})?\s*[.!]?\*?$"
            ),
            # a prompt to buy the book under an excerpt or review; a row of a shop's buttons, the cart's first
            r"^(compre|compra|encomende|encomenda) (o|este) livro\b",
            r"^(adicionar ao (carrinho|cesto)|comprar agora)\s*[·|•]\s*\S",
        ),
        "photo_credit": (
            # the label, the caption and its credit in brackets ("Photo: Bicycles at the depot (Courier)")
            r"^(fotos?|fotografia|imagem)\s*:\s*[^.!?()]{2,150}\([^()]{2,50}\)$",
            # a caption's closing credit after its sentence, the label then a name, an initial first or not ("… na
            # aldeia. Foto: Arquivo", "… com a professora. Fotografia: J. Quaresmeira")
            r"[.!?|]\s+foto(s|grafia)?( de)?\s*:?\s+((?-i:[A-ZÀ-Þ])\.\s*)?(?-i:[A-ZÀ-Þ])[^.]{2,60}$",
            # a credit line of the word and a name or an office (lower-case common nouns), no colon:
            # "Foto Marina Silva", "Foto Assessoria de imprensa"
            r"^(foto|fotografia) (de )?(?-i:[A-Z])[\w'’-]+( [\w'’-]+){1,3}$",
            rf"\((fotos?|fotografias?|imagem|imagens|ilustração|créditos?|reprodução|divulgação)\b{rows.BRACKETED}{{0,60}}\)\.?$",
            r"^(fotos?|fotografias?|imagem|imagens|ilustração|créditos?|vídeo)\s*(:|/)[^.]{0,60}$",
            # the Brazilian credit line on its own: "Reprodução/Instagram", "Divulgação/Prefeitura de Santos"
            r"^(reprodução|divulgação)(\s*/\s*[^.]{1,40})?$",
            r"^(foto|imagem) \d+ de \d+$",
            r"^(fotos?|imagem) de arquivo\b[^.]{0,40}$",
            # a photographer and agency under a picture: "Marcelo Camargo/Agência Brasil"
            r"^[^./]{2,40}/\s*(agência brasil|folhapress|estadão conteúdo|agência estado|lusa|arquivo pessoal)$",
            # a chart's source: the label and a name of a few words ('Fonte: INE')
            r"^(fonte|fontes)\s*:\s*(?-i:[A-ZÀ-Ý])[\w'’&.-]*( [\w'’&.-]+){0,4}$",
        ),
        "copyright": (
            # a feed's footer crediting the site a post first appeared on (WordPress's, in the blog's language)
            (
                r"^(o conteúdo|o post|o artigo|a publicação)"
                r" .{3,200} (aparece|apareceu) primeiro (em|no|na) [^\s.!?,;:]+(\s+[^\s.!?,;:]+){0,5}\.?$"
            ),
            # the phrase as a footer says it: alone, or after a full stop or a bar, and ending there
            r"(^|[.|·–—-]\s*)(todos os )?direitos reservados\s*([.|·–—-]|$)",
            r"^(é )?proibida a (sua )?reprodução\b",
            # a printed post's footer crediting the site (WP-Print's 'Artigo impresso de Site: https://…')
            r"^artigo impresso (de|a partir de) [^:]{1,80}:\s*https?://\S+$",
        ),
        "related_links": (
            # a post navigation's label, then the neighbour post's headline it links to, on one line
            (
                r"^((notícia|artigo|post|matéria) (anterior|seguinte)|próxima (notícia|matéria)|próximo (artigo|post))"
                r"\s*([:»›>|–—-]|(?-i:[A-ZÀ-Ý0-9\"“„«'‘+]))"
            ),
            # a page's attachments: a label, then documents with their file types ("… (PDF, 312 KB)")
            (
                r"^(documentos( relacionados| anexos)?|anexos|downloads?|transferências)"
                r"\s*:\s*[^.!?]{0,120}\((pdf|docx?|xlsx?|odt|zip)\b"
            ),
            # with its colon or alone: "Leia também o rio, me disse …" is a sentence
            r"^(leia|leiam|ler|veja|vejam|ver|confira|saiba) (também|mais)\s*(:|»|>|$)",
            # an all-capitals marker before the linked headline: "LEIA TAMBÉM Metrô testa …"
            r"^(?-i:LEIA TAMBÉM|LEIA MAIS|VEJA TAMBÉM|VEJA MAIS|SAIBA MAIS|CONFIRA TAMBÉM)\b",
            r"^(notícias|artigos|conteúdos?|matérias|posts|vídeos|reportagens|textos) relacionad[oa]s?\s*:?$",
            r"^relacionad[oa]s?\s*(:|$)",
            r"^(você|tu) (também )?(pode|poderá|podes) (gostar|se interessar)\b[^.]*$",
            r"^(também )?pode (lhe )?interessar\b[^.]*$",
            r"^(talvez|quem sabe) (você )?(também )?(goste|se interesse)\b[^.]*$",
            (
                r"^(as |os )?mais (lidas|lidos|vistas|vistos|partilhad[oa]s|compartilhad[oa]s|comentad[oa]s|"
                r"populares)( (de hoje|hoje|da semana|do dia|em [^\s.]+))?\s*:?$"
            ),
            r"^(mais|outras|últimas) notícias( (de|do|da|sobre|em) [^.]{1,40})?\s*:?$",
            r"^(não perca|não deixe de ler|recomendad[oa]s( para você)?|sugestões de leitura|recomendamos)\s*:?$",
            # the site's other posts, and the full results or the schedule elsewhere on the site ('Outras
            # publicações: …', 'Classificação final e partidas em PGN disponíveis na área de sócios.')
            r"^outras (publicações|entradas)\s*:",
            (
                r"^(classificaç(ão|ões)|resultados|programação|horários)( final| finais| completa| completos|"
                r" geral)?\b[^.:—–]{0,50}(:|—|–|disponíve(l|is))\s*[^.]{0,40}\b(site|sítio|secção|seção|"
                r"área de sócios|página)\b"
            ),
            # where the site posts a document ('A ata está disponível na secção Documentos.')
            (
                r"^[^.!?]{2,80}\b(está|estão) (disponíve(l|is)|publicad[oa]s?|online|acessíve(l|is))\b[^.!?]{0,30}"
                r"\b(na secção|na seção|no separador|na área|na página)\s*([«\"“]|(?-i:[A-ZÀ-Ý]))[^.!?]{1,30}\."
                r"?$"
            ),
        ),
        "author_bio": (
            r"^sobre (o|a|os|as) (autor|autora|autores|autoras|escritor|escritora)\s*(:.*)?$",
            # "Sobre Jane Doe"; "Sobre o projeto" is a heading of the story
            r"^(?-i:Sobre(?! (?:O|A|Os|As|Nós|Nosotros|El|La|Los|Las)\b)(?: [A-Z][\w'’.-]*){2,3})$",
            # a bio line that opens with "o autor", not the name ("A autora é jornalista e vive em …"; "O autor escreve
            # …" is a note)
            (
                r"^(o|a) (autor|autora|escritor|escritora)( (deste|desta) (artigo|coluna|texto|crónica|crônica))?"
                r" (é|foi|vive|mora|trabalha|leciona)\s[^.!?]*[.!]?$"
            ),
        ),
        "opinion_disclaimer": (
            # a syndication or partnership disclosure under the article: who made or funded it, not the story
            (
                r"^(este|esta) (artigo|reportagem|conteúdo|matéria|série|texto|trabalho) (foi|é) (produzid[oa]|"
                r"realizad[oa]|publicad[oa]|escrit[oa]|financiad[oa]|feit[oa])( com (o )?(apoio|financiamento)|"
                r" graças ao apoio| em (parceria|colaboração) com)"
            ),
            # a column's spelling note ("O autor escreve de acordo com a antiga ortografia.")
            (
                r"^(o|a) (autor|autora|cronista|colunista) (escreve|escreveu) (de acordo com|segundo|"
                r"ao abrigo d[oa]|pel[oa]|conforme)( a| o)? "
                r"(antiga ortografia|antigo acordo ortográfico|ortografia antiga|antiga grafia)"
            ),
            (
                r"^por (decisão|opção|vontade) d[oa] (autor|autora)[^.]{0,40}\b(não )?(segue|respeita) o "
                r"(novo |antigo )?acordo ortográfico\b"
            ),
            (
                r"^(as )?(opiniões|ideias) (expressas|emitidas|manifestadas)[^.]{0,100}\b(não (refletem|reflectem|"
                r"representam) necessariamente|são (da |de )?(inteira |exclusiva |única )?responsabilidade "
                r"(exclusiva )?d[oae]s? (seus? |sua )?(autor|autora|autores))\b"
            ),
            (
                r"^(os )?(textos|artigos|colunas|crónicas|crônicas) de opinião são (da |de )?(inteira |exclusiva )?"
                r"responsabilidade (exclusiva )?d[oae]s? (seus |respetivos |respectivos )?"
                r"(autores|autoras|signatários)\b"
            ),
            # a market page's note that its figures are no investment advice or only for reference
            r"^(este artigo |esta informação )?não constitui (uma )?recomendação de investimento\b",
            r"^(preços|cotações|dados) (meramente )?indicativos\b",
            # uma crítica: quem pagou, a visita anónima, o convite
            r"^a conta foi paga pela (redação|redacção)\b",
            r"^(sempre )?pagamos (todas )?as nossas refeições\b",
            (
                r"^(o restaurante foi visitado|visitámos o restaurante|visitamos o restaurante) (de forma anónima"
                r"|anonimamente|em anonimato)\b"
            ),
            r"^(o autor|a autora|o jornalista|a jornalista) viajou a convite (de|da|do)\b",
        ),
        "live_blog_close": (
            # a live blog's closing entry, its time stamp first or not ('23:40 · Encerramos aqui este direto.')
            (
                rf"{LIVE_STAMP}((encerramos|terminamos|fechamos|concluímos) (aqui )?(este|o|o nosso|esta|a) (di"
                r"reto|acompanhamento ao minuto|liveblog|emissão em direto)|(este|o) direto (terminou|está enc"
                r"errado))\b"
            ),
        ),
        # a press release's notes to editors: its press contact, and its company's boilerplate
        "press_notes": (
            # a study summary's reference line: its original publication's label
            # ('Publicação original: Doe, J. et al. (2026): …')
            r"^(publicação|estudo|artigo) original\s*:",
            # or a source's label before a citation of several authors ('Fonte: Doe, J. et al. …')
            r"^(fonte|referência|estudo|publicação)\s*:\s*.{2,80}?\set al\.",
            r"^conta[c]?tos? (para|de) (a )?(imprensa|jornalistas|media|comunicação social)\b",
            r"^assessoria de imprensa\s*:",
            r"^notas? (para|aos) (os )?(editores|jornalistas|redações|redação)\b",
            r"^sobre (a |o )?(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}:\s+\S",
            # o seu contacto para mais informações e a nota sobre declarações prospetivas
            r"^para mais informações,? (contactar|contatar|contacte|contate)\s*(:|$)",
            r"^conta[c]?tos? (para|com) investidores\b",
            r"^(declarações|informações?) (prospe[c]?tivas?|sobre o futuro)\s*(:|$)",
            (
                r"^(este|o presente) (comunicado|documento) (contém|inclui|pode conter) (declarações|informações?)"
                r" (prospe[c]?tivas?|sobre o futuro)\b"
            ),
            # an analysis's note on its data under it, the label, a colon and the sources with their dates
            # ('Metodologia: ofertas de emprego a 30 de setembro de 2026.'); a heading ('Methodology: How we tested …')
            # has no figure and no stop
            r"^(metodologia|fontes? dos dados|fonte de dados)\s*:\s*[^!?]*\d[^!?]*\.$",
        ),
        "contact_line": (
            # a notice's credit of the office that prepared it ("Informação elaborada pelo Gabinete de Comunicação.")
            (
                r"^(esta )?(informação|informações|texto|conteúdo|nota|guia) (foi |foram )?"
                r"(elaborad|redigid|preparad|fornecid|produzid)[ao]s? (por (o |a |os |as )?|"
                rf"pel[oa]s? ){rows.CREDITED_OFFICE}"
            ),
            # a letters page's call to answer, and where to: "Want to respond? Write to letters@…"
            r"^(quer |deseja |queres )(reagir|responder|comentar|escrever-nos)\b[^?]{0,60}\?.*@",
            (
                r"^(fale|entre em contato|entre em contacto|contacte|contate|contatar|contactar|escreva)"
                r"( (com|para|a|à|ao))? (a redação|o autor|a autora|os autores|o colunista|a colunista|o jornalista|"
                r"a jornalista|conosco|connosco)\b"
            ),
            r"^(envie|mande|manda|enviar)\b.{0,40}(@|\b(sugestão de pauta|sua (denúncia|sugestão|notícia))\b)",
            r"^(contato|contacto|e-?mail|email)\s*:\s*[\w.+-]+@",
            # a shop's or a service's customer-service line with its hours or number ('Linha de apoio ao cliente: 800
            # …')
            (
                r"^(linha de apoio( ao cliente)?|apoio ao cliente|serviço de apoio ao cliente|atendimento ao cliente)\s"
                r"*:\s*[^.]{0,60}\d"
            ),
            # a consultation's how-to-respond line ('Pode participar através do formulário online.')
            (
                r"^(pode |é possível )?(participar|responder|pronunciar-se|enviar (o seu|um) contributo) (através do|pe"
                r"lo|no|com o) formulário\b"
            ),
            # a site's practical line under its article: the visit's place and hours, guided visits, the
            # next club outing, membership dues, the readers' editor's contact, whose service the site is
            # ('Horário da sala de leitura: …', 'Quotas de 2027: …')
            r"^(visite-nos|horário da sala de leitura)\s*:",
            r"^visitas guiadas\b[^:.]{0,40}:\s*[^.]{0,40}\d",
            r"^próxim[oa] (saída|passeio|treino|reunião|sessão|encontro)\s*:\s*[^.]{0,40}\d",
            r"^(quotas?|renovação (da|das) quotas?)\b[^:.]{0,25}:",
            r"^(o |a )?provedora? do leitor pode ser contactad[oa]\b",
            r"^[^.,:]{2,60} é um serviço (da|do|de) [^.,:]{2,60}\.?$",
            # a prompt to report an error or a broken link, and how ('Encontrou um erro? Avise-nos …')
            (
                r"^((encontrou|viu|detetou|detectou|encontraste) (um|algum) (erro|link (partido|quebrado))|(um"
                r" )?link (partido|quebrado)|página não encontrada)\s*\?\s*(avise|informe|escreva|contacte|con"
                r"tate|entre em contacto|entre em contato|diga)"
            ),
            # a calendar's dated entries ('Calendário: 11 de novembro – sem aulas; 20 de novembro – …')
            rf"^(calendário|agenda|datas a reter|datas importantes|próximas datas){DATED_ENTRIES}",
            # a review's practical line, address then days ('Tasca do Zé, Rua Direita 3, Évora. Aberto …')
            (
                rf"{PLACE_ADDRESS}aberto (todos os dias|de (segunda|terça|quarta|quinta|sexta|sábado|domingo"
                r")|(segunda|terça|quarta|quinta|sexta|sábado|domingo))"
            ),
        ),
    },
    # a reporter's credit as a label, in text dumps only (in HTML a site's section label):
    # "Reportagem: Rui Lima | 18.10.2026"
    text_byline_words=("reportagem:", "repórter:", "correspondente:"),
    author_path_words=("autor", "autores", "autora", "colunista", "colunistas"),
    byline_words=(
        # the post's or the article's author as a label ("Autor wpisu: Jan Kowalski", "Автор допису: …")
        "autor do artigo",
        "autora do artigo",
        "autor da publicação",
        # a credit naming the kind of text, or the writing up, before the writer ("Post di Ilaria Mencacci",
        # "Relację spisał Bartłomiej Sobiesiak", "Розповідає Орест Кулиняк")
        "publicação de",
        "artigo de",
        "coluna de",
        "uma coluna de",  # the kind of text with its article ("Eine Kolumne von Nils Pickert")
        "um artigo de",
        "entrada de",
        "assina:",
        # a release's manager signing its notes ("Releasebeheerder: Fenna de Graaff · 10-03-2026")
        "responsável pela versão:",
        "por",
        "publicado por",  # a blog's post line ("Publicado por Ana Sousa em 15 de janeiro de 2026")
        "postado por",
        "escrito por",
        "crítica por",  # a critic's, a report's or a live blog's credit ("Crítica por Vasco Arrochela")
        "crítica de",
        "autor:",
        "autores:",
        "autor(es)",
        "autor",
        "reportagem de",
        "acompanhamento de",
        "texto:",
        "texto de",
        "um texto de",
        "crónica de",
        "mensagem por",  # a forum post's line ("Mensagem por Rui Lima » 13 out 2026, 21:14")
        "escreve",  # a newsletter's or a column's present-tense credit ("Escreve Rui Tavares")
        "escreve:",
        # a feminine author's label, an analysis's and a meeting's minute-taker's credit ("Авторка: Ганна Стецюк",
        # "Analyse: Dr. Henrik Braun", "Notulist: Gerrit Jansen, secretaris")
        "autora:",
        "autora",
        "análise:",
        "análise de",
        "ata redigida por",
        "secretário da mesa:",
        "relatório elaborado por",  # a report's kind, then who prepared it ("Отчёт подготовила …")
        "elaborado por",
        "compilado por",  # a compiler's credit ("Compilado por Rita Sousa, agrónoma")
        "palavra do pároco",  # a column's label naming its writer's office, a dash, the name
        "mensagem do pároco",
        "mensagem do presidente",
        "palavra do presidente",
    ),
    name_joiners=("e",),
    after_name_words=("em", "desde", "com"),
    place_words=("são", "santa", "santo", "porto", "vila", "nova", "novo", "rio"),
    newsroom_words=("redação", "redacção", "redacao", "agência", "agencia", "gabinete", "departamento"),
    brand_words=("equipe", "equipa", "blog", "notícias", "dicas"),
    study_year_words=("ano", "semestre"),
    role_words=(
        "jornalista",
        "redator",
        "redatora",
        "repórter",
        "correspondente",
        "cronista",
        "voluntário",
        "voluntária",
        "bibliotecário",
        "bibliotecária",
        "arquivista",
        "secretário",
        "secretária",
        "tesoureiro",
        "tesoureira",
        "presidente",
        "coordenador",
        "coordenadora",
        "porta-voz",
        "responsável",
    ),
    affiliation_words=(
        "departamento",
        "faculdade",
        "instituto",
        "universidade",
        "escola",
        "laboratório",
        "gabinete",  # a university's or a ministry's office ("…, Gabinete de Comunicação")
    ),
    live_status_words=("direto", "terminado", "encerrado"),
    self_introductions=(
        "sou",
        "me chamo",
        "chamo-me",
        "olá, sou",
        "meu nome é",
        "o meu nome é",
    ),
    signature_openings=(
        "pela direção",  # a body's officer signing for it
        "pela direcção",
        "em nome da direção",
        "atenciosamente",
        "cordialmente",
        "com os melhores cumprimentos",
        "um abraço",
        "o vosso",
        "a vossa",
        "o seu",
        "a sua",
    ),
    signed_marks=(
        "ass.",
        "assinado",
    ),
    calendar_words=(
        "advento",
        "quaresma",
        "páscoa",
        "pentecostes",
        "solenidade",
    ),
    organisation_words=("associação", "sociedade", "fundação", "centro", "editora", "grupo", "federação", "bombeiros"),
    rights_reserved_words=("direitos", "reservados"),
    honorifics=(
        "sr",
        "sra",
        "dr",
        "dra",
        "prof",
        "profa",
        "eng",
        "o padre",
        "padre",
        "pe",
        "frei",
        "dom",
        "irmã",
        "mons",
        "advogado",  # a lawyer's title before the name ("Por advogado Rui Costa")
        "advogada",
        "o advogado",
        "a advogada",
    ),
    other_credit_words=(
        "tradução",
        "traduzido",
        "tradutor",
        "tradutora",
        "verificado",
        "verificada",
        "checado",
        "revisto",
        "revisado",
        "revisada",
    ),
    review_credit_words=("avaliado por", "testado por"),
    review_title_words=("crítica", "resenha"),
    published_words=(
        "publicado",
        "publicada",
        "publicado em",
        "publicada em",
        "publicado a",
        "publicada a",
        "data de publicação",
        "emitido",
        "adicionado em",  # a CMS's "Added:" stamp on a post (Joomla's, a forum's)
    ),
    date_label_words=("data",),
    other_date_words=(
        "prazo",
        "data limite",
        "data de encerramento",
        "data do evento",
        "válido até",
        "data de validade",
        "data de nascimento",
        "data da ocorrência",
    ),
    as_of_words=("boletim de", "edição de"),
    document_date_words=("de",),
    issue_words=("número", "edição", "n.º", "nº"),
    section_words=("em", "na", "no"),
    section_labels=("do arquivo", "do nosso arquivo", "dos arquivos", "dos nossos arquivos"),
    updated_words=(
        "atualizado",
        "atualizada",
        "actualizado",
        "actualizada",
        "atualizado a",
        "actualizado a",
        "revisado",
        "revisto",
        "última atualização",
        "última actualização",
        "data de atualização",
        "data de actualização",
    ),
    relative_dates=(r"(há|ha) (uma?|\d+) (minutos?|min|horas?|h|dias?|semanas?|m[eê]s(es)?|anos?)", "ontem", "hoje"),
    dateline_filler=(
        r"visualizações:\s*\d[\d\s.,]*",  # a page's view count, labelled ("Wyświetleń: 1 284")
        r"(comunicado de imprensa|nota à imprensa)(\s+n\.?º\s*\d+(/\d+)?)?",
        r"(\d+(\s*[-–]\s*\d+)?\s*)?min(utos?)?(\s+de\s+leitura)?",
        r"(tempo de )?leitura(:|\s+de)?\s*\d+\s*min(utos?)?",  # "Leitura de 5 min"
        r"\d+\s+(comentários?|palavras)",
        r"comentários?",
        r"compartilhar",
        r"categorias?:\s*.+",  # a category, the signing office, a bare release label
        r"gabinete de (imprensa|comunicação)",
        r"comunicado",
        r"nota de imprensa",
    ),
    # a mail client's header fields over a forwarded message
    mail_header_labels=("de", "para", "cc", "assunto"),
    mail_date_labels=("data", "enviado", "enviada"),
    page_url_labels=(
        # an HTML-to-Gemini proxy's link to the page it converted ("=> https://… Artigo original")
        "artigo original",
        "este artigo foi descarregado pelo calibre de",
        "página original",
        # a mailed article's link to its page
        "ler no site",
        "ler o artigo no site",
        "ler o artigo completo",
        "leia no site",
        "leia o artigo completo",
        "link permanente",
        "url",
        "instantâneo de",  # a web clipper's snapshot: "Instantâneo de URL"
        "url do artigo",  # a printed post's footer (WP-Print)
        "ver este e-mail no seu navegador",  # a newsletter's web copy, the URL after it
        "ver este email no navegador",
        "ver no navegador",
        "colado de",  # a note pasted into OneNote: "Colado de <https://…>" under it
        # a shared or mailed article's link to the rest of it, or a proxy's to the page it converted
        "ler mais",
        "leia mais",
        "continuar a ler",
        "continue lendo",
        "ler a notícia completa",
        "ver esta notícia na web",
        "abrir a página original no navegador",
    ),
    source_labels=("fonte",),
    cache_banner_labels=("esta é a versão em cache de",),
    function_words=frozenset(
        """o os a as um uma de do da dos das em no na nos nas ao por para com sem e ou mas que se não é foi
        são seu sua como mais""".split()
    ),
    forum_profile_labels=("mensagens", "registado em", "registrado em", "localização"),
    contents_headings=("índice", "conteúdo", "conteúdos", "sumário", "neste artigo"),
    ingredients_headings=("ingredientes",),
    ingredient_units=("xícara", "xícaras", "colher", "colheres", "pitada", "dente", "dentes", "copo", "copos"),
    consent_words=("cookie", "consentimento", "dados pessoais", "armazenamento ou acesso técnico"),
    reader_words=("você", "vocês", "seu", "sua", "seus", "suas", "tu", "te", "teu", "tua"),
    # a scraper's stamp of when it fetched the page atop its dump
    fetch_labels=("acessado em", "acedido em", "extraído em"),
    speech_heading=("cabeçalho nível",),
    speech_link=("ligação", "link"),
    speech_visited=("visitado", "visitada"),
    speech_graphic=("gráfico",),
    speech_control=("botão", "clicável"),
    speech_bullet=("marcador",),
    speech_region=("ponto de referência", "lista com {n} itens", "fora da lista"),
)
