"""French test lines of each line rule: lines it must take, and look-alike lines it must leave."""

MUST_GO: dict[str, list[str]] = {
    "not_found_tail": [
        "Page introuvable",
        "Erreur 404 - Page non trouvée",
        "Erreur 404",
        "Désolé, la page que vous recherchez n'existe pas ou a été déplacée.",
        "La page que vous avez demandée est introuvable.",
        "Oups ! Cette page n’existe plus.",
        "Le contenu que vous recherchez n'est plus disponible.",
    ],
    "comments_tail": [
        "Commentaires",
        "Commentaires (3)",
        "12 commentaires",
        "Laisser un commentaire",
        "Laisser une réponse",
        "Réagir à cet article",
        "Voir les 24 commentaires",
        "Les commentaires sont fermés.",
        "Soyez le premier à réagir",
    ],
    "comment_thread": [
        "3 réflexions sur « Comment bien choisir son vélo-cargo »",
        "Une réponse à “Recette : la tarte Tatin de ma grand-mère”",
        "12 commentaires sur « Le Tour de France passera par Lyon »",
    ],
    "navigation": [
        "Aller au contenu principal",
        "[Aller au contenu](#contenu)",
        "Aller à la navigation",
        "Passer au contenu",
        "[1]Aller au contenu",
        "Menu",
        "Fermer le menu",
        "Accueil",
        "Se connecter",
        "Retour en haut de la page",
        "Accueil > Actualités > Lyon",
        "Accueil | Mayenne | Sarthe",
        "Vous êtes ici : Accueil › Culture",
        "Mentions légales · Nous contacter · Gestion des cookies",
        "S'abonner dès 1 €",
        "Article suivant",
    ],
    "newsletter": [
        "Newsletter",
        "Notre newsletter",
        "Lettre d'information",
        "**Newsletter Lyon Matin** – Recevez chaque matin l'essentiel de l'actualité lyonnaise. [Je m'inscris](/nl)",
        "Recevez notre newsletter Éco Occitanie",
        "Inscrivez-vous à notre newsletter Bretagne Matin et recevez l'essentiel de l'actualité régionale chaque jour.",
        "Abonnez-vous à notre newsletter",
        "Je m'inscris",
        "[Je m'abonne gratuitement](https://example.fr/newsletters)",
        "Recevez chaque matin l'essentiel de l'actualité",
        "Merci pour votre inscription !",
        "Saisissez votre adresse e-mail",
        "En vous inscrivant, vous acceptez notre politique de confidentialité.",
    ],
    "social_share": [
        "Partager",
        "Partager sur Facebook",
        "Partagez cet article : Facebook Twitter LinkedIn",
        "Partager : [10]Facebook [11]Twitter [12]E-mail",
        "Copier le lien",
        "Envoyer par e-mail",
        "Suivez-nous sur Facebook",
    ],
    "cookie_notice": [
        (
            "Ce site utilise des cookies pour assurer son bon fonctionnement et, avec votre accord, pour mesurer "
            "l'audience."
        ),
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
        "Avec votre accord, nous et nos 312 partenaires utilisons des cookies ou technologies similaires.",
        "Le Monde et ses partenaires utilisent des cookies pour mesurer l'audience.",
        "Nous respectons votre vie privée. Nos partenaires et nous utilisons des cookies pour mesurer l'audience.",
        "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
        "Tout accepter",
        "Tout refuser",
        "Personnaliser mes choix",
        "Accepter et fermer",
        "[Paramétrer les cookies](/cookies) [Accepter et fermer](#)",
        "Continuer sans accepter",
        "[Accepter](#) [Refuser](#) [En savoir plus](/confidentialite)",
    ],
    "advertisement": [
        "Publicité",
        "PUBLICITÉ",
        "Contenu sponsorisé",
        "La suite après cette publicité",
        "L'article continue ci-dessous après la publicité",
    ],
    "photo_credit": [
        "Photo : AFP",
        "Crédit photo : Jean Dupont",
        "Une station de vélos-cargos place Bellecour, mercredi matin. (Photo AFP)",
        "Le maire devant la mairie, lundi (Photo : Jean Dupont / Le Progrès).",
        "Des manifestants à Paris. Crédit photo : Thomas Samson / AFP",
        "Le port de Concarneau en 1950 (Photo d'archives)",
        "AFP / Ludovic Marin",
        "MAXPPP",
    ],
    "copyright": [
        "© 2026 Le Courrier des Traboules – Tous droits réservés",
        "Tous droits réservés",
        "Midi Culture. Tous droits réservés. Toute reproduction interdite.",
        "Reproduction interdite sans autorisation",
        "Copyright © 2024 Le Parisien",
    ],
    "related_links": [
        "Lire aussi : Tramway T10 : les travaux prennent trois mois de retard",
        "[Lire aussi : Fraude aux titres-restaurant](https://example.fr/a)",
        "À lire aussi",
        "Pour approfondir",
        "Pour aller plus loin :",
        "À lire aussi – Concarneau : le port de plaisance affiche complet",
        "Voir aussi",
        "Sur le même sujet",
        "À découvrir aussi",
        "Vous aimerez aussi",
        "Nos dernières actus",
        "Les plus lus",
        "Articles similaires",
    ],
    "author_bio": [
        "À propos de l'auteur",
        "L’auteure",
        "À propos des auteurs",
    ],
    "contact_line": [
        "Contacter la rédaction",
        "Contactez l'auteur : jean.dupont@exemple.fr",
        "Écrivez-nous à redaction@exemple.fr",
        "Une info à nous signaler ? Contactez la rédaction à infos@exemple.fr",
        "Contact : redaction@exemple.fr",
    ],
}

MUST_STAY: dict[str, list[str]] = {
    "not_found_tail": [
        "Des captures d'écran de pages « Erreur 404 » remplacent les photos retirées après des procès.",
        "La page n'existe plus depuis 2019, a confirmé la mairie à nos confrères.",
        "Page introuvable ou presque : le registre de 1848 a fini par refaire surface aux archives.",
    ],
    "comments_tail": [
        "Commentaire",
        "Commentaires du ministre : l'opposition dénonce une provocation.",
        "Il n'a pas souhaité laisser un commentaire sur l'affaire en cours.",
        "Réactions",
    ],
    "comment_thread": [
        "Deux réponses à la crise ont été présentées mardi par le gouvernement.",
        "Douze commentaires sur le projet ont été reçus par la préfecture avant la date limite.",
    ],
    "navigation": [
        "Aller au contenu de la réforme prendra du temps, a prévenu la ministre.",
        "L'accueil des réfugiés a été organisé par la mairie dès lundi.",
        "Le menu de la cantine a changé à la rentrée, selon les parents d'élèves.",
        "Recherche et innovation : la région débloque 20 millions d'euros.",
    ],
    "newsletter": [
        "La newsletter, envoyée chaque semaine à 40 000 lecteurs, a révélé l'affaire mardi.",
        (
            "Le formulaire comportait une case intitulée « Inscrivez-vous à notre newsletter pour ne rien manquer de "
            "l'actualité de votre ville »."
        ),
        "Recevez-le bien, a-t-il lancé aux supporteurs venus l'accueillir à l'aéroport.",
    ],
    "social_share": [
        "Facebook a annoncé mardi qu'il partagerait ses données avec des chercheurs.",
        "Partager les tâches ménagères reste un combat, selon une étude de l'Insee.",
    ],
    "cookie_notice": [
        (
            "Sur le site de commande en ligne, un bandeau affichait « Nous utilisons des cookies pour améliorer votre "
            "expérience », relève la Commission."
        ),
        "La boulangerie vend des cookies et des macarons aux touristes du Vieux-Lyon.",
        "Accepter la défaite n'a jamais été son fort, reconnaît son entraîneur.",
    ],
    "advertisement": [
        "La publicité en ligne a rapporté 9 milliards d'euros l'an dernier, selon le syndicat.",
        "Publicité mensongère : l'enseigne condamnée à 50 000 euros d'amende.",
    ],
    "photo_credit": [
        "La photo de l'agence a été largement partagée sur les réseaux sociaux, selon la préfecture.",
        "Deux nouveaux cas ont été signalés en Bretagne, selon l'AFP.",
        "Photographie et cinéma : le festival de Sète ouvre ses portes.",
        "Le musée expose quarante clichés inédits (photos prises en 1944 par un soldat américain).",
    ],
    "copyright": [
        "« Tous droits réservés » : à Sète, les photos que l'on ne voit plus",
        "Le tribunal a tranché le litige sur les droits d'auteur entre les deux éditeurs après dix ans de procédure.",
    ],
    "related_links": [
        "Lire aussi attentivement le contrat de location s'avère utile : la caution est prélevée dès la réservation.",
        "Sur le même sujet, le ministre a refusé de s'exprimer.",
        "Voir aussi loin que possible, c'est le métier du guetteur.",
        "Pour aller plus loin dans la réforme, le gouvernement devra convaincre le Sénat.",
        "Plus lus que jamais, les romans policiers dominent les ventes.",
    ],
    "author_bio": [
        "À propos de nous",
        "L'auteur de l'attaque a été arrêté mardi soir à Lyon.",
    ],
    "contact_line": [
        "Il a dit n'avoir eu aucun contact avec l'auteur de la lettre avant sa publication.",
        "Contacter la mairie par téléphone relève du parcours du combattant, selon les habitants.",
    ],
}
