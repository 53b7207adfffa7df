"""Polish rows of the language tables: the line rules' patterns and the words of prose.

Patterns are matched case-insensitively against a line's plain text. Almost every pattern is anchored
at the line start (see cleaners/patterns.py).
"""

from cleaners.languages import rows
from cleaners.languages.rows import DATED_ENTRIES, LABELLED_LIST, LIVE_STAMP, MAIL_SENDERS, PLACE_ADDRESS, LanguageRows

# a feed reader's buttons around an item, in its interface's words (Miniflux's, FreshRSS's, Tiny Tiny RSS's,
# Feedly's, Inoreader's)
_FEED_READER_BUTTONS = (
    "oznacz jako przeczytane",
    "oznacz jako nieprzeczytane",
    "dodaj do ulubionych",
    "oznacz jako ulubione",
    "usuń z ulubionych",
    "pobierz oryginalną treść",
    "otwórz oryginalny link",
    "otwórz oryginalny artykuł",
    "przeczytaj później",
    "czytaj później",
    "zobacz oryginał",  # a read-it-later app's (Pocket's) link to the page
    # a browser's reader view's toolbar over the article (Edge's Immersive Reader), copied with it
    "preferencje tekstu",
    "narzędzia gramatyczne",
    "preferencje czytania",
    "czytaj na głos",
)
# the words such a row holds beside them, too common to tell one alone
_FEED_ROW_WORDS = (
    "zapisz",
    "ulubione",
    "udostępnij",
    "pobierz",
    "link zewnętrzny",
    "komentarze",
    "tagi",
    "otwórz link",
    "odwiedź stronę",
)

# a follow call's network and what for (`rows.named_network`): its purpose words
_FOLLOWED_ON = rows.named_network(("aby", "żeby", "by"))

ROWS = LanguageRows(
    code="pl",
    feed_reader_buttons=_FEED_READER_BUTTONS,
    saved_words=("dodano",),  # wallabag's stamp of the day it saved the page
    book_page_words=("stron", "strony", "s."),
    rule_patterns={
        "not_found_tail": (
            # "Nie znaleziono strony", "Błąd 404 – Nie znaleziono strony", "Ups! Strona nie została znaleziona"
            (
                r"^(ups[!.,]*\s*|przepraszamy[!.,]*\s*)?(błąd\s*404\s*[.:!–—-]?\s*)?"
                r"(nie znaleziono (strony|podanej strony|szukanej strony|takiej strony)(,? której szukasz)?|"
                r"nie znaleźliśmy (tej |takiej |szukanej )?strony|"
                r"strona nie (została znaleziona|istnieje))\s*(\(?404\)?)?[.!]?$"
            ),
            r"^błąd\s*404\s*[.!]?$",
            # "Przepraszamy, ale strona, której szukasz, nie istnieje lub została przeniesiona."
            (
                r"^(przepraszamy,?\s*(ale\s*)?)?(ta |podana |szukana |żądana |wybrana |wskazana )?strona,? "
                r"(której szukasz|której szukałeś|której szukałaś|o którą prosisz),? "
                r"(nie istnieje|nie została znaleziona|została usunięta|została przeniesiona|jest niedostępna)"
            ),
            (
                r"^(przepraszamy,?\s*(ale\s*)?)?(podana|szukana|żądana|wybrana|wskazana) strona "
                r"(nie istnieje|nie została znaleziona|została usunięta|została przeniesiona|jest niedostępna)"
            ),
        ),
        "comments_widget": (
            # a sidebar box of the readers' latest comments on other posts, not this page's comments
            r"^(najnowsze|ostatnie) komentarze\s*:?$",
        ),
        "comments_tail": (
            # "Komentarze", "Komentarze (7)", "Komentarzy: 5", "12 komentarzy" (a lone "Komentarz" is also
            # the label of an opinion piece: not here)
            (
                r"^(\d+\s+komentarz(e|y)?|komentarz(e|y)(\s*\(\d+\)|:\s*\d+)?|wszystkie komentarze|"
                r"komentarze czytelników)\s*:?$"
            ),
            (
                r"^((dodaj|zostaw|napisz) (swój |twój )?komentarz( jako gość)?|"
                r"skomentuj( artykuł| wpis| jako gość)?)\s*[.:!]?$"
            ),
            r"^(zaloguj się|zarejestruj się)\b[^.]{0,40}\b((dodać|napisać|zostawić) komentarz|skomentować|komentować)",
            r"^(aby|żeby) (dodać|napisać|zostawić) komentarz,? (zaloguj|zarejestruj)\b",
            (
                r"^(komentarze (są )?(zamknięte|wyłączone)|brak komentarzy|nie ma jeszcze komentarzy|"
                r"skomentuj jako pierwszy)[.!]?$"
            ),
            r"^(pokaż|zobacz|czytaj|załaduj|wczytaj) (wszystkie )?(\d+ )?komentarz(e|y)\b",
            r"^regulamin komentowania$",
            # a notice that commenting needs a login ("Musisz się zalogować, aby móc dodać komentarz.")
            (
                r"^musisz (się zalogować|być zalogowany|być zalogowana)[^.]{0,20}(aby|żeby) (móc"
                r" )?(dodać|napisać|opublikować|zostawić) komentarz\b"
            ),
            # a comment form's notice ("Twój adres e-mail nie zostanie opublikowany.")
            r"^(twój|twoj) adres e-?mail nie zostanie opublikowany\b",
            # an obituary's guestbook prompt and notice buttons ('Złóż kondolencje', 'Dodaj nekrolog')
            r"^((złóż|zostaw|napisz) kondolencje|(dodaj|zamieść) (nekrolog|klepsydrę))\b",
            # a comment section's prompt and its moderation note, the whole line ("Be the first to comment",
            # "Comments are moderated."): "Comments are moderated, the platform insists, …" is the story's
            r"^bądź (pierwszy|pierwszą|pierwsza),? (który|która) (skomentuje|doda komentarz)[.!]?$",
            r"^(wszystkie )?komentarze (są )?moderowane\b[^,;!?]{0,60}[.!]?$",
        ),
        "comment_thread": (
            # WordPress: "Jeden komentarz do „…”", "5 komentarzy do wpisu „…”", "3 myśli nt. „…”"
            (
                r"^(\d+|jeden|jedna|brak)\s+(komentarz(e|y)?|odpowied(ź|zi)|opini[ai]|myśl[il]?|przemyśleni[ea])\s+"
                r"(do|na|nt\.|na temat|o)\s+(wpisu\s+|artykułu\s+|posta\s+)?[«\"“„‘']"
            ),
            r"^komentarze do (wpisu|posta)\s+[«\"“„‘']",
        ),
        "taxonomy": (
            # a post's taxonomy line: its label alone or over a list of tags or categories
            rf"^(tagi|kategori(a|e)|tematy|słowa kluczowe){LABELLED_LIST}",
            r"^(tagi|kategorie|słowa kluczowe)$",
        ),
        "navigation": (
            # a feed reader's row of buttons (`rows.feed_button_row`)
            rows.feed_button_row(_FEED_READER_BUTTONS, _FEED_ROW_WORDS),
            # a read-it-later app's link back to its list, its arrow first (Pocket's "← Wróć do listy")
            r"^[←‹]\s*(wróć|powrót)\b",
            # a site's join and sign-in buttons side by side (LinkedIn's, logged out: "Dołącz teraz Zaloguj się"
            # over the headline)
            r"^(dołącz( teraz)?|zarejestruj się|załóż konto|rejestracja)\s+(zaloguj się|logowanie)$",
            # a breadcrumb's lead-in ("You are here: Home » News » …")
            r"^(jesteś (tutaj|tu|w)|znajdujesz się (tutaj|w))\s*:",
            # a forum topic's page row and search box (phpBB's "4 posts • Page 1 of 1", "Search this topic…")
            r"^(\d+ (postów|posty|post|odpowiedzi|tematów)\s*[•·|]\s*)?strona \d+ z \d+$",
            r"^(szukaj|przeszukaj) (w )?(tym|ten) (wątku|wątek|temacie|temat|forum)(…|\.\.\.)?$",
            (
                r"^(przejdź|przejdz|pomiń|skocz) do (głównej )?"
                r"(treści|zawartości|nawigacji|menu|wyszukiwarki|stopki)( głównej| strony)?$"
            ),
            r"^pomiń nawigację$",
            r"^(otwórz|zamknij|pokaż|ukryj|rozwiń) (menu|wyszukiwarkę|nawigację)$",
            (
                r"^(strona główna|menu|szukaj|wyszukaj|wyszukiwarka|zaloguj|zaloguj się|wyloguj|wyloguj się|"
                r"zarejestruj się|rejestracja|moje konto|mój profil|do góry|na górę|wróć na górę|przewiń do góry|"
                r"działy|kategorie|wróć do strony głównej|wróć na stronę główną|powrót do strony głównej|"
                r"wersja mobilna|wersja pełna)$"
            ),
            r"^strona główna\s*(>|»|›|/|\||→|::)",
            r"^jesteś (tutaj|tu|w)\s*:",
            r"^[←→«»<>]?\s*(poprzedni|następny|kolejny) (artykuł|wpis|post|tekst)\s*([:→←»«>].*)?$",
            r"^[←→«»<>]?\s*(poprzednia|następna) (strona|wiadomość|publikacja)\s*([:→←»«>].*)?$",
            r"^tagi\s*:",
        ),
        "signup_consent": (
            # a sign-up form's consent box in the first person: to receive the mails, or to terms by sending the address
            (
                r"^(tak,? )?(wyrażam zgodę|zgadzam się|chcę otrzymywać)\b[^.!?]{0,100}\b(newsletter\w*|e-?mail\w*|info"
                r"rmacji handlowych|wiadomości|ofert|marketingow\w*)\b"
            ),
        ),
        "newsletter": (
            # a plea to give after the sentence saying what the site is ("This paper is made by volunteers. Support
            # us with a donation")
            rf"{rows.AFTER_ONE_SENTENCE}wesprzyj nas (darowizną|wpłatą)\b",
            # a mailing list's footer: why the mail came, the way out, the sending service
            r"^(otrzymujesz|otrzymałeś|otrzymałaś|otrzymują państwo) (tę|tą) wiadomość\b.{0,80}\b(ponieważ|bo|gdyż)\b",
            (
                r"^(wypisz się( z (listy|newslettera|subskrypcji))?|zrezygnu"
                r"j z (subskrypcji|newslettera)|anuluj subskrypcję)\s*[.!]?$"
            ),
            rf"^(wysłano|wysłane) (przez|za pomocą) {MAIL_SENDERS}\b",
            # a feedback question, then a plea to support ('Czy ten artykuł był przydatny? Wesprzyj …')
            (
                r"^(czy )?(ten artykuł|ten tekst) (był|okazał się) (przydatny|pomocny)\?\s*(wesprzyj|wspieraj|za"
                r"subskrybuj|zostań)"
            ),
            # the same as a clause ('Jeśli ten tekst był dla ciebie przydatny, wesprzyj nas.')
            (
                r"^jeśli (ten artykuł|ten tekst|nasz artykuł|nasz tekst) (był|okazał się) (dla (ciebie|was) )?(przy"
                r"datny|pomocny)[^.!?]{0,20}[,:]\s*(wesprzyj|wspieraj|zasubskrybuj|zostań)"
            ),
            # a question on the article, then a call to support or subscribe ("Podobał ci się ten tekst? …")
            (
                r"^(podobał ci się|podobał się wam|spodobał ci się)[^?]{0,40}\?"
                r"\s*(wesprzyj|wesprzyjcie|zasubskrybuj|subskrybuj|zostań|przekaż)"
            ),
            # an app's download pitch: "Download our app for breaking news alerts"
            r"^(pobierz|zainstaluj|ściągnij) (darmową |bezpłatną |naszą )*aplikację\b[^.!?]{0,80}[.!]?$",
            (
                r"^(zapisz|zapiszcie) się (do|na) (nasz\w* |bezpłatn\w* |darmow\w* |codzienn\w* |cotygodniow\w* )*"
                r"(newslett\w*|powiadomie\w*|alert\w*|subskrypcj\w*|listę mailingową)"
            ),
            (
                r"^(zapisz się|zapisuję się|zasubskrybuj|subskrybuj|zamów newsletter|zapisz mnie)"
                r"( za darmo| bezpłatnie| teraz)?[.!]?$"
            ),
            # a newsletter's heading, alone or before a colon: "Newsletter Smaków Krakowa: nowe przepisy co piątek"
            r"^((nasz|bezpłatny|darmowy|codzienny|cotygodniowy|poranny)\s+)*newsletter(\s+[^\s.:]+){0,4}\s*([:|–—]|$)",
            (
                r"^(otrzymuj|odbieraj|dostawaj)\b[^.]{0,80}\b"
                r"(na (twoją|swoją|twoja|swoja) skrzynkę|na (twój|swój) e-?mail|do (twojej|swojej) skrzynki|"
                r"mailem|e-mailem|codziennie rano|co tydzień|każdego (dnia|ranka|tygodnia)|"
                r"co (piątek|poniedziałek|rano))"
            ),
            r"^(bądź|bądźcie) na bieżąco[.!]?$",
            r"^chcesz[^?]{0,80}\?\s*(zapisz się|subskrybuj|zasubskrybuj|obserwuj)\b",
            r"^chcesz być na bieżąco\?$",
            r"^(twój|twoj) (adres )?e-?mail\s*:?$",
            r"^zapraszamy (też |także |również )?do (subskrypcji|zapisania się|zapisu)\b",
            r"^(podaj|wpisz|wprowadź) (swój |twój )?(adres e-?mail|e-?mail|adres poczty)\b",
            r"^(dziękujemy za (zapisanie się|subskrypcję|zapis)|zostałeś zapisany|zostałaś zapisana)\b",
            r"^(zapisując się|klikając (przycisk )?„?zapisz)\b",
            # a paywall's teaser, a plea to support the journalism, the news offered on a messenger
            (
                r"^(ten artykuł|ten materiał|artykuł|materiał) (jest )?dostępny (tylko|wyłącznie) dla"
                r" (prenumeratorów|subskrybentów|abonentów)\b"
            ),
            r"^wesprzyj (niezależne |lokalne |nasze |rzetelne )?dziennikarstwo\b",
            (
                r"^(otrzymuj|odbieraj) (najnowsze |najważniejsze )?(wiadomości|informacje|newsy)\b.*\b(na|przez|w)"
                r" (whatsappie|whatsapp|telegramie|telegram)\b"
            ),
            # a reader-feedback question on this article, review or recipe, alone or before a pitch ("Did you like
            # this review? Get our picks every week", "¿Te ha gustado esta reseña? Recibe …")
            (
                r"^((czy )?(podobał|podobała|podobało) (ci|wam) się (ten|ta|to) "
                r"(artykuł|recenzja|przepis|tekst|poradnik)"
                r"|(czy )?(ten|ta) (artykuł|recenzja|przepis|tekst|poradnik) (był[ao]? )?"
                r"(pomocn[ya]|przydatn[ya]|ciekaw[ya]))"
                r"\?\s*($|(zapisz|zasubskrybuj|wesprzyj|udostępnij|ob"
                r"serwuj|zostaw|otrzymuj|daj|kliknij|oceń|zagłosuj)\b"
                r"|tak\W*nie\W*$)"
            ),
            # a notice block's donation prompt (a label and its call) and stay-in-touch prompt ('Wesprzyj nas: …', 'Bądź
            # w kontakcie: …')
            r"^(wesprzyj( nas)?|przekaż darowiznę|wpłać darowiznę|darowizny)( online| teraz)?\s*:\s*\S",
            r"^(bądź|bądźmy|pozostańmy|zostańmy) w kontakcie\s*(:\s*\S.*)?$",
            # a donation plea's slogan, its button and its question on reading the site ("Każda darowizna się liczy!",
            # "Wpłać teraz!", "Lubisz czytać Kurier.pl?"): a whole line, so a sentence reporting a plea or a question on
            # reading goes on and stays
            rf"^każda (mała |najmniejsza )?(darowizna|wpłata|złotówka) (pomaga|się liczy|ma znaczenie){rows.PLEA_END}",
            r"^(wpłać|wesprzyj nas|przekaż darowiznę) (teraz|już dziś)\s*!?$",
            r"^(czy )?(lubisz|lubicie) czytać (ten blog|nasze artykuły|[\w-]+\.(pl|com|org|net))\s*\?$",
            # a thanks to the patrons who pay for it ('Ten odcinek powstał dzięki 1200 patronom …')
            (
                r"^(ten|ta|to) (odcinek|podcast|newsletter|artykuł|projekt|audycja)[^!?]{0,30}?dzięki [^!?]{0,40}"
                r"?(mecenas|patron|subskrybent|darczyńc|słuchacz|czytelnik|wspierając|członk)"
            ),
            # a call to subscribe and what comes ("Suscríbete a … y recibe cada mes la revista"), or what comes, then
            # the call ("Per ricevere i bollettini via e-mail, iscriviti …"): the imperative, so subscribers stay
            (
                r"^(zaprenumeruj|zamów prenumeratę|subskrybuj|zasubskrybuj) [^.!?]{1,60}? i (otrzymuj"
                r"|otrzymasz|dostawaj)\b"
            ),
            r"^(aby|żeby) (otrzymywać|dostawać) [^.!?]{1,60}?,\s*(zapisz się|zarejestruj się|zasubskrybuj)\b",
            # the site's app and the stores it is in ("… dans notre appli Ovalie, disponible sur iOS et Android.")
            rf"^[^.!?]{{0,80}}\bnasz\w* aplikac\w*[^.!?]{{0,40}}\b(dostępn\w*|do pobrania) {rows.IN_APP_STORES}",
            # a plea to support after the sentence saying what the site is ("… est un journal étudiant indépendant.
            # Soutenez-nous : adhérez …")
            rf"{rows.AFTER_ONE_SENTENCE}wesprzyj nas\s*:\s*\S",
            # a paywall's free trial, alone or after the sentence naming the plan ("Dieser Beitrag ist Teil von
            # Planerblatt+. Jetzt vier Wochen kostenlos testen."): the call, so a trial told of in prose stays
            (
                rf"{rows.AFTER_ONE_SENTENCE}(wypróbuj|testuj|czytaj)[^.!?]{{0,30}}"
                r"\bza darmo przez (\w+ )?(tydzień|tygodnie|tygodni|miesiąc|miesiące|miesięcy)\b"
            ),
            # a paywall's pitch: the login prompt to subscribers, the promise to cancel at will, unlimited access at
            # a price ("Already a subscriber? Log in", "Cancel anytime.", "Unlimited access for less than $2 a month")
            r"^(masz już|posiadasz już) (prenumeratę|subskrypcję|dostęp|konto premium)\s*\?",
            r"^jesteś już (prenumeratorem|subskrybentem|abonentem)\s*\?",
            (
                rf"{rows.AFTER_A_PITCH}(anuluj|zrezygnuj|możesz zrezygnować) (w dowolnym momencie|w każdej chwili|kiedy"
                rf" chcesz)[.!]?$"
            ),
            rf"{rows.AFTER_A_PITCH}bez zobowiązań[.!]?$",
            r"^(zyskaj |odblokuj |uzyskaj )?nieograniczony dostęp\b[^.!?]{0,60}\b(za|od) (jedyne |tylko )?\d",
        ),
        "social_share": (
            # a newsletter's footer button (Mailchimp's "Forward to a friend (https://…)")
            r"^prześlij (tę wiadomość |ten newsletter )?(znajomemu|znajomym|dalej)(\s*\(https?://\S+\))?$",
            # a strip made only of share words and networks: "Udostępnij: Facebook | X | Wyślij e-mailem"
            (
                r"^((udostępnij|udostępnij to|podziel|podzielcie|się|wyślij|e-mailem|mailem|emailem|drukuj|wydrukuj|"
                r"kopiuj|skopiuj|link|linku|poleć|tweetnij|na|w|przez|znajomym|ze|znajomymi|artykuł|artykułem|ten|"
                r"tym|tekst|tekstem|obserwuj|śledź|nas|facebooku|twitterze|facebook|twitter|x|whatsapp|messenger|"
                r"telegram|linkedin|linkedinie|pinterest|reddit|instagram|instagramie|youtube|tiktok|email|e-mail|"
                r"wykop)[\s|,:/·•—–-]*)+$"
            ),
            # the site's channel on a network, then what for ("Follow us on WhatsApp for every wicket as it happens.")
            (
                r"^obserwuj nas (też |także )?(na|w) (whatsapp|instagram|facebook|x|twitter|tiktok|youtube|telegram|"
                r"threads|bluesky|linkedin)\w*\b[^.!?,]{0,80}[.!]?$"
            ),
            # the site or its channel on a named network, then what for ("Siga o Planície Notícias no Facebook e no
            # Instagram."): a call, so a path followed on foot stays
            rf"^(polub|polubcie|obserwuj|obserwujcie|śledź|śledźcie|dołącz do) [^.!?]{{0,60}}?\bna {_FOLLOWED_ON}",
        ),
        "cookie_notice": (
            (
                r"^(((ta|nasza) )?strona( internetowa)?|((ten|nasz) )?(serwis|portal|blog)( internetowy)?|"
                r"((ta|nasza) )?witryna( internetowa)?)\s+"
                r"(używa|korzysta z|wykorzystuje|stosuje|zapisuje)\s+(plików\s+|pliki\s+|plik\s+)?"
                r"„?(cookies?|ciasteczek|ciasteczka)"
            ),
            (
                r"^(używamy|korzystamy z|wykorzystujemy|stosujemy|zapisujemy)\s+(plików\s+|pliki\s+)?"
                r"„?(cookies?|ciasteczek|ciasteczka)"
            ),
            (
                r"^w ramach (naszej |tej )?(witryny|strony|serwisu)\b[^.]{0,40}\b"
                r"(stosujemy|używamy|wykorzystujemy)\s+(pliki|plików)\s+(cookies?|ciasteczek)"
            ),
            r"^(szanujemy|dbamy o|cenimy) (twoją|twoja|państwa|waszą) prywatność",
            # "Korzystając z serwisu bez zmiany ustawień przeglądarki, zgadzasz się na użycie plików cookie"
            (
                r"^(korzystając z|kontynuując|dalsze korzystanie z|klikając)\b[^.]{0,120}\b"
                r"(zgadzasz się|wyrażasz zgodę|akceptujesz)\b"
            ),
            (
                r"^w celu\b[^.]{0,100}\b(stosujemy|używamy|wykorzystujemy)\s+(pliki|plików)\s+"
                r"(cookies?|ciasteczek|ciasteczka)"
            ),
            # consent buttons, alone or in a row: "Akceptuję wszystkie", "Akceptuję | Ustawienia", "OK, rozumiem"
            (
                r"^((akceptuję|akceptuj|zaakceptuj|akceptuje|wszystkie|wszystko|odrzuć|odrzucam|ustawienia|"
                r"prywatności|cookies?|zarządzaj|zgodami|zgodą|zapisz|wybór|wybrane|tylko|niezbędne|zgadzam|się|"
                r"zgoda|pozwól|więcej|informacji|ok|rozumiem|dostosuj|przejdź|do|serwisu|strony)[\s|,:/·•.!]*)+$"
            ),
            r"^(polityka (prywatności|cookies|plików cookies?|cookie)|regulamin serwisu)$",
        ),
        "advertisement": (
            # a media player's running time ("Video duration 2 minutes 47 seconds")
            (
                r"^(czas trwania|długość)( (wideo|filmu|nagrania))?"
                r"\s*:?\s*(\d{1,2}:\d{2}(:\d{2})?"
                r"|(\d{1,3} (godzin[ay]?|minut[ay]?|min\.?|sekund[ay]?|s),?\s*(i\s+)?){1,3})$"
            ),
            # a media player's button left where its embed was ("Watch the trailer", "Listen")
            r"^(pełny ekran|tryb pełnoekranowy|zamknij pełny ekran)$",
            r"^(zobacz|obejrzyj|odtwórz|oglądaj) (zwiastun|trailer)$",
            r"^(posłuchaj|słuchaj)( (odcinka|podcastu))?$",
            r"^reklama\s*[.:]?$",
            r"^(materiał|artykuł|tekst|wpis) (sponsorowany|partnera|promocyjny|reklamowy)\.?$",
            r"^(treść|treści) (sponsorowana|sponsorowane|partnera)\.?$",
            r"^(dalsza część|dalszy ciąg|ciąg dalszy) (artykułu|tekstu|materiału) (pod|poniżej) reklam(ą|y)\.?$",
            r"^(czytaj|przewiń) dalej (pod|poniżej) reklam(ą|y)\.?$",
            r"^(przewiń|przesuń) (w dół|niżej),? (aby|by) (czytać|czytać dalej|kontynuować)\b",
        ),
        "embed_placeholder": (
            # the placeholder's notice, its prompt to load, the consent loading implies, its button
            r"^(obecnie )?(przeglądasz|wyświetlasz|widzisz) (treść|zawartość) zastępczą\b",
            (
                r"^(kliknij|naciśnij) (w |na )?(poniższy przycisk|prz"
                r"ycisk( poniżej)?|tutaj),? (aby|by|żeby) (załadować|"
                r"wczytać|wyświetlić|zobaczyć|odblokować) (treść|zawar"
                r"tość|film|wideo|mapę|tweet|post)\b[^,;!?]{0,60}[.!]?$"
            ),
            r"^(ładując|wczytując|odtwarzając) (film|wideo|mapę|treść|zawartość),? (akceptujesz|zgadzasz się)\b",
            r"^((załaduj|wczytaj|pokaż) (treść|zawartość|film|wideo|mapę)|(treść|zawartość) zewnętrzna)[.!]?$",
        ),
        "shop_teaser": (
            # an ad's label, then a bullet or a bar and its text, or a dash and a capital's phrase (no comma: prose goes
            # on)
            r"^(reklama|sponsorowane)\s*([·|•]\s*\S|[–—]\s*(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])[^.!?,;]*[.!…]?$)",
            # a shop's product teaser by its label, and a cart button ending a line
            (
                r"^(produkt (dnia|tygodnia|miesiąca|polecany)|polecany produkt|(kup "
                r"|dostępne )?w naszym sklepie( internetowym)?)\s*:"
            ),
            r"\b(dodaj )?do koszyka\s*$",
            # an affiliate note: the site earns on what the reader buys through its links
            r"\blinki (afiliacyjne|partnerskie)\b",
            r"\botrzymujemy (niewielką )?prowizję\b",
            # an advertising disclosure, alone on its line after an optional label ('*Werbung. Dieser Beitrag enthält
            # Werbung für X'); what follows a brand or a comma is a sentence about ads, not the notice
            (
                r"^(\*?\s*[^\W\d_]+\s*[.:!]\s*)?\*?\s*(ten|niniejszy) (artykuł|wpis|post|materiał) zawiera "
                r"(reklamę|reklamy|lokowanie produktu|treści sponsorowane)( (marki|firmy|dla) [^.,;:!?]{1,40})?"
                r"\s*[.!]?\*?$"
            ),
            # a prompt to buy the book under an excerpt or review; a row of a shop's buttons, the cart's first
            r"^(kup|zamów|kupisz) (książkę|tę książkę)\b",
            r"^((dodaj )?do koszyka|kup teraz)\s*[·|•]\s*\S",
        ),
        "photo_credit": (
            # the label, the caption and its credit in brackets ("Photo: Bicycles at the depot (Courier)")
            r"^(fot\.:?|(foto|zdjęcie|fotografia)\s*:)\s*[^.!?()]{2,150}\([^()]{2,50}\)$",
            # a caption's closing credit after its sentence ("… na rynku. Fot. Jan Kowalski")
            r"[.!?|]\s+fot(\.|:|o:)\s*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[^.]{2,60}$",
            r"[.!?|]\s+zdj(\.|ęcie:)\s*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[^.]{2,60}$",
            # "Fot. PAP/Leszek Szymański", "Zdjęcie: materiały prasowe", "Źródło zdjęcia: …"
            (
                r"^(fot\.|fot:|foto\s*:|zdj\.|zdjęcie\s*:|zdjęcia\s*:|fotografia\s*:|ilustracja\s*:|grafika\s*:|"
                r"źródło zdjęcia\s*:|źródło zdjęć\s*:)"
            ),
            r"^(zdjęcie|fot\.?|fotografia) (ilustracyjne|ilustracyjna|poglądowe|archiwalne)\.?$",
            r"^(zdjęcie|foto|slajd) \d+ z \d+$",
            r"^(kadr z (filmu|nagrania|wideo|transmisji)|zrzut ekranu)\b[^.!?]*$",
            r"^(pap|east news|shutterstock|depositphotos|unsplash|pixabay|reuters)$",
            # an agency's credit with its photographer: "PAP/ Rafał Guz", "PAP/EPA/Olivier Hoslet"
            r"^(pap|east news|reuters|afp|epa)\s*/\s*[^.!?]{2,40}$",
            # a caption that ends in its credit: "Wnętrze baru po remoncie. Fot. Jan Kowalski"
            r"[.!?…”)|] fot\. [^!?„”]{2,60}$",
            r"[.!?…”)|] zdj\. [^!?„”]{2,60}$",
            r"[.!?…”)|]\s+(fot|foto|zdjęcie|zdjęcia)\s*:\s*[^!?„”]{2,60}$",
            rf"\((fot\.|fot:|zdj\.|foto:|zdjęcie:)\s*{rows.BRACKETED}{{2,60}}\)\.?$",
            # a chart's source: the label and a name of a few words ('Źródło: GUS')
            r"^(źródło|źródła)\s*:\s*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’&.-]*( [\w'’&.-]+){0,4}$",
        ),
        "copyright": (
            # a feed's footer crediting the site a post first appeared on (WordPress's, in the blog's language)
            r"^(artykuł|wpis) .{3,200} pochodzi z serwisu [^\s.!?,;:]+(\s+[^\s.!?,;:]+){0,5}\.?$",
            # followed by a stop, a "©" or nothing: a headline "Wszelkie prawa zastrzeżone: …" is not a footer
            r"^(wszelkie|wszystkie) prawa zastrzeżone\s*([.!,©|]|\d|$)",
            r"^materiał chroniony prawem autorskim\b",
            # "Media Wschód sp. z o.o. Wszelkie prawa zastrzeżone."
            r"^.{0,100}[.”\"] (wszelkie|wszystkie) prawa zastrzeżone\s*([.!,©|]|\d|$)",
            # "Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy zabronione."
            (
                r"^(kopiowanie|przedruk|powielanie|rozpowszechnianie|wykorzystywanie)\b[^.]{0,120}\b"
                r"(zabronione|zabroniony|jest zabronione|wymaga (pisemnej )?zgody (wydawcy|redakcji|autora))\.?$"
            ),
            # a printed post's footer crediting the site (WP-Print's 'Artykuł wydrukowany z Strona: https://…')
            r"^artykuł (wydrukowany|drukowany) z [^:]{1,80}:\s*https?://\S+$",
        ),
        "related_links": (
            # a post navigation's label, then the neighbour post's headline it links to, on one line
            r"^(poprzedni|następny|kolejny) (artykuł|wpis|post|tekst)\s*([:»›>|–—-]|(?-i:[A-ZĄĆĘŁŃÓŚŹŻ0-9\"“„«'‘+]))",
            # a page's attachments: a label, then documents with their file types ("… (PDF, 312 KB)")
            r"^(załączniki|do pobrania|pliki do pobrania|dokumenty)\s*:\s*[^.!?]{0,120}\((pdf|docx?|xlsx?|odt|zip)\b",
            # "Czytaj także:", "Czytaj także: …", "Zobacz też" alone; not "Czytaj także skład, nie tylko cenę — …"
            r"^(czytaj|zobacz|przeczytaj|sprawdź) (także|też|również|więcej)\s*([:»>→|]|$)",
            r"^(także|też|również) (czytaj|zobacz|przeczytaj)\s*([:»>→|]|$)",
            (
                r"^(polecamy|polecane|warto przeczytać|warto zobaczyć|może cię (też |także |również )?zainteresować|"
                r"to (może|mogło) cię (też |także |również )?zainteresować)\s*([:»>→].*)?$"
            ),
            (
                r"^(podobne|powiązane|polecane|inne|najnowsze|popularne|ostatnie) "
                r"(artykuły|wpisy|teksty|wiadomości|posty|informacje)\s*:?$"
            ),
            r"^najnowsze(\s+(w|z)\s+(dziale|działu|kategorii)\b[^.]*)?\s*:?$",
            r"^(więcej|inne) (z|w) (działu|dziale|kategorii|regionu)\b[^.]*$",
            r"^więcej (na ten temat|na temat|informacji na temat|artykułów|wiadomości|tekstów)\s*:?$",
            r"^(najczęściej|najchętniej) (czytane|komentowane|oglądane|udostępniane|czytany)\b[^.]*$",
            r"^(najpopularniejsze|na czasie|wybór redakcji)( teraz| dziś| dzisiaj)?\s*:?$",
            r"^(inne|więcej) (artykuły|artykułów|teksty|tekstów|wpisy|wpisów) (autora|autorki|tego autora)\b[^.]*$",
            r"^dowiedz się więcej\s*[:.!»→]?$",
            r"^(czytaj|przeczytaj) (więcej|dalej|całość|cały artykuł)\s*(»|→|>|\.\.\.|…|:)?$",
            r"^więcej\s*:",
            # the site's other posts, and the full results or the schedule elsewhere on the site ('Inne
            # wpisy: …', 'Pełne wyniki: zakładka …')
            r"^(inne|pozostałe) (wpisy|artykuły)\s*:",
            (
                r"^(pełne )?(wyniki|klasyfikacja|tabela|harmonogram|program)\b[^.:—–]{0,50}(:|—|–|"
                r"dostępne)\s*[^.]{0,40}\b(stronie|zakładce|dziale|serwisie)\b"
            ),
            # where the site posts a document ('Protokół jest dostępny w zakładce „Dokumenty”.')
            (
                r"^[^.!?]{2,80}\b(jest|są) (dostępn[ay]|dostępne|opublikowan[yae]|zamieszczon[yae])\b[^.!?]{0,30}"
                r"\b(w zakładce|w dziale|w sekcji|na stronie)\s*([„\"“]|(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))[^.!?]{1,30}\.?$"
            ),
        ),
        "author_bio": (
            r"^o (autorze|autorce|autorach)\s*(:.*)?$",
            # a bio line that opens with "autor", not the name ("Autorka jest dziennikarką i mieszka w …")
            (
                r"^(autor|autorka)( (tekstu|artykułu|felietonu))?"
                r" (jest|był|była|mieszka|pracuje|pisze|wykłada)\s[^.!?]*[.!]?$"
            ),
        ),
        "opinion_disclaimer": (
            # a syndication or partnership disclosure under the article: who made or funded it, not the story
            (
                r"^((ten|ta|niniejszy|niniejsza) )?(artykuł|tekst|materiał|reportaż|publikacja|cykl)"
                r" (powstał[aoy]?|został[aoy]? (przygotowan[yaoe]|napisan[yaoe]|opublikowan[yaoe]|"
                r"sfinansowan[yaoe]|zrealizowan[yaoe])) (we współpracy z|dzięki wsparciu|przy wsparciu|"
                r"przy współpracy z|ze środków|dzięki dofinansowaniu|z dofinansowania)"
            ),
            (
                r"^(opinie|poglądy) (wyrażone|zawarte|przedstawione)[^.]{0,80}\b(są (wyłącznie |jedynie |tylko )?"
                r"(opiniami|poglądami|prywatnymi opiniami) (autora|autorki|autorów)|nie (muszą|odzwierciedlają)"
                r"[^.]{0,40}\b(stanowisk\w*|poglądów|opinii) redakcji)"
            ),
            (
                r"^(tekst|artykuł|felieton|komentarz|wpis|materiał) (wyraża|przedstawia|odzwierciedla) (wyłącznie |"
                r"jedynie |tylko )?(prywatne |osobiste )?(opinię|opinie|poglądy|zdanie|stanowisko) (autora|autorki|"
                r"autorów)(\s*([.,;—–-]|i\s|$))"
            ),
            (
                r"^redakcja nie (musi )?(podziela|podzielać|utożsamia się|utożsamiać się)[^.]{0,30}\b(opinii|poglądów|"
                r"stanowiska) (autora|autorki|autorów)"
            ),
            # a market page's note that its figures are no investment advice or only for reference
            r"^(ceny|notowania|dane)( w serwisie)? mają charakter (informacyjny|orientacyjny)\b",
            r"^(artykuł |tekst )?nie stanowi (rekomendacji|porady) inwestycyjnej\b",
            # recenzja: kto zapłacił, anonimowa wizyta
            r"^rachunek (zapłaciła|opłaciła|pokryła) redakcja\b",
            r"^(restauracj[aęi]|lokal) (został[ao]? )?(odwiedzon[ya]|odwiedziliśmy|odwiedzamy) anonimowo\b",
            r"^(zawsze )?płacimy (za )?(wszystkie )?(nasze )?(posiłki|rachunki)\b",
        ),
        "live_blog_close": (
            # a live blog's closing entry, its time stamp first or not ('23:40 · Kończymy naszą relację na żywo.')
            (
                rf"{LIVE_STAMP}((na tym )?(kończymy|zamykamy|zakończyliśmy) (naszą |tę |tą )?(relację|transmisj"
                r"ę|relację na żywo|relację live)|(relacja|transmisja) (na żywo )?(zakończona|dobiegła końca))"
            ),
        ),
        # a press release's notes to editors: its press contact, and its company's boilerplate
        "press_notes": (
            # a study summary's reference line: its original publication's label
            # ('Oryginalna publikacja: Doe, J. et al. (2026): …')
            r"^(oryginalna publikacja|publikacja oryginalna|oryginalny artykuł)\s*:",
            # or a source's label before a citation of several authors ('Źródło: Doe, J. i in. …')
            r"^(źródło|publikacja|badanie)\s*:\s*.{2,80}?\s(i in|et al)\.",
            r"^kontakt (dla mediów|dla prasy|prasowy|dla dziennikarzy)\b",
            r"^informacj[ae] dla (mediów|redakcji|dziennikarzy)\b",
            r"^o (firmie|spółce|grupie) (?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}:\s+\S",
            # jego kontakt po dodatkowe informacje i zastrzeżenie o stwierdzeniach dotyczących przyszłości
            r"^(dodatkowych|szczegółowych) informacji udziela(ją)?\b",
            r"^kontakt dla inwestorów\b",
            r"^(stwierdzenia|oświadczenia|informacje) dotyczące przyszłości\s*(:|$)",
            (
                r"^(niniejszy|ten) (komunikat|dokument|materiał) (zawiera|może zawierać) (stwierdzenia|oświadczenia"
                r"|informacje) dotyczące przyszłości\b"
            ),
            # an analysis's note on its data under it, the label, a colon and the sources with their dates ('Źródło
            # danych: oferty pracy, wrzesień 2026 r.'); a heading ('Methodology: How we tested …') has no figure and no
            # stop
            r"^(metodologia|metodyka|źródł[oa] danych)\s*:\s*[^!?]*\d[^!?]*\.$",
        ),
        "contact_line": (
            # a notice's credit of the office that prepared it ("Informację przygotowało Biuro Prasowe Urzędu Miasta.")
            (
                r"^(tę )?(informacj[ęa]|materiał|tekst|komunikat) "
                rf"(przygotował[aoy]?|opracował[aoy]?|przygotowan[aoy]|opracowan[aoy]) (przez )?{rows.CREDITED_OFFICE}"
            ),
            # a letters page's call to answer, and where to: "Want to respond? Write to letters@…"
            r"^(chcesz |chcą państwo |chciałbyś )(odpowiedzieć|zareagować|napisać do nas|skomentować)\b[^?]{0,60}\?.*@",
            r"^(kontakt|kontakt z|napisz do|skontaktuj się z|pisz do) (redakcją|redakcji|autorem|autorką|nami)\b",
            (
                r"^(napisz|napiszcie|pisz|piszcie) do (nas|redakcji|autora|autorki)\s*"
                r"([:!.]|$|na (adres|e-?mail)|przez|[\w.+-]+@)"
            ),
            r"^(masz|znasz) (temat|newsa|informację|informacje|ciekawą historię|sygnał)\b[^.]{0,40}\?",
            r"^(zgłoś|przekaż|wyślij) (błąd|temat|newsa|informację|sygnał)\s*[.!]?$",
            r"^(e-?mail|adres e-?mail|telefon|adres|kontakt) (redakcji|do redakcji)\s*:",
            r"^(e-?mail|mail|poczta)\s*:\s*[\w.+-]+@[\w-]+\.",
            (
                r"^(jeśli |jeżeli )?(znalazłeś|zauważyłeś|znalazłaś|zauważyłaś|widzisz) (błąd|literówkę)\b"
                r".*\bctrl\s*\+?\s*enter"
            ),
            # a question to the reader, then "write to us": "Masz pytanie do prawnika? Napisz do nas: …"
            r"^(masz|macie|ma pan|ma pani)\b[^.?]{0,60}\?\s*(napisz|napiszcie|pisz|piszcie|wyślij|wyślijcie)\b",
            # a shop's or a service's customer-service line with its hours or number ('Obsługa klienta: pon.–pt. 8–18,
            # 800 …')
            r"^(obsługa klienta|biuro obsługi klienta|infolinia)\s*:\s*[^!?]{0,60}?\d",
            # a consultation's how-to-respond line ('Uwagi można składać przez formularz na stronie.')
            (
                r"^(uwagi|opinie|propozycje|wnioski)( i (uwagi|opinie|propozycje))? (można )?(składać|zgłaszać|przesyła"
                r"ć|wnosić) (przez|za pomocą|poprzez) (formularz|e-formularz)\b"
            ),
            # a site's practical line under its article: the visit's place and hours, guided visits, the
            # next club outing, membership dues, the readers' editor's contact, whose service the site is
            # ('Odwiedź nas: …', 'Składki członkowskie 2027: …')
            r"^(odwiedź nas|odwiedźcie nas|godziny otwarcia czytelni)\s*:",
            r"^(zwiedzanie z przewodnikiem|oprowadzania)\b[^:.]{0,40}:\s*[^.]{0,40}\d",
            r"^(następn[ya]|najbliższ[ya]) (wyjazd|spotkanie|trening|zbiórka|przejażdżka|ustawka)\s*:\s*[^.]{0,40}\d",
            r"^składk[ai]( członkowsk(a|ie))?\b[^:.]{0,25}:",
            r"^(z )?rzecznik(iem)? (praw )?czytelników\b[^.]{0,40}\bskontaktować\b",
            r"^[^.,:]{2,60} (jest|to) (usługą|jednostką|serwisem) [^.,:]{2,60}\.?$",
            # a prompt to report an error or a broken link, and how ('Znalazłeś błąd? Napisz do nas …')
            (
                r"^(znalazł(e|a)ś|zauważył(e|a)ś|znaleźliście|zauważyliście|widzisz) (błąd|literówkę|niedziała"
                r"jący link)\s*\?\s*(napisz|zgłoś|daj (nam )?znać|poinformuj|skontaktuj|napiszcie|dajcie znać)"
            ),
            # a calendar's dated entries ('Kalendarz: 11 listopada – dzień wolny; 20 listopada – zebrania')
            rf"^(kalendarz|terminarz|ważne daty|najbliższe terminy|kalendarium){DATED_ENTRIES}",
            # a review's practical line, address then days ('Bar Pod Lipą, ul. Długa 5, Gdańsk. Otwarte …')
            (
                rf"{PLACE_ADDRESS}(otwarte|czynne) (codziennie|od (poniedziałku|wtorku|środy|czwartku|piątku"
                r"|soboty|niedzieli)|w (dni powszednie|weekendy))"
            ),
        ),
    },
    # a reporter's credit as a label, in text dumps only (a broadcaster's "Reporter: Jan Kowalski")
    text_byline_words=("reporter:", "reporterka:", "korespondent:", "korespondentka:"),
    author_path_words=("autor", "autorzy", "autorka"),
    byline_words=(
        # the post's or the article's author as a label ("Autor wpisu: Jan Kowalski", "Автор допису: …")
        "autor wpisu",
        "autorka wpisu",
        "autor artykułu",
        "autor felietonu",  # a column's writer ("Eine Kolumne von Nils Pickert"; no article in Polish)
        "autorka felietonu",
        "autorka artykułu",
        # a credit naming the kind of text, or the writing up, before the writer ("Post di Ilaria Mencacci",
        # "Relację spisał Bartłomiej Sobiesiak", "Розповідає Орест Кулиняк")
        "relację spisał",
        "relację spisała",
        "spisał",
        "spisała",
        "relację przygotował",
        "relację przygotowała",
        "wpis:",
        "opowiada",
        # a release's manager signing its notes ("Releasebeheerder: Fenna de Graaff · 10-03-2026")
        "menedżer wydania:",
        "koordynator wydania:",
        "autor:",
        "opublikowane przez",
        "opublikowano przez",  # a blog's post line ("Opublikowane przez Annę Nowak 15 stycznia 2026")
        "opublikował",
        "opublikowała",
        "dodane przez",
        "autorka:",
        "autorzy:",
        "autor",
        "tekst:",
        "tekst i zdjęcia:",
        "odpowiada:",
        "rozmawiał",  # an interviewer's credit ("Rozmawiał Bartosz Wierzbicki")
        "rozmawiała",
        "rozmawiali",
        "relacja:",  # a match reporter's credit ("Relacja: Kacper Żmudziński, 22.11.2026")
        "napisał:",  # a writer's, a critic's or a live blog's credit ("Napisał: Ignacy Wawrzyniak | 27.02.2026")
        "napisała:",
        "napisał",
        "napisała",
        "autor tekstu:",
        "autorka tekstu:",
        "recenzja:",
        "recenzent:",
        "relację prowadził",
        "relację prowadziła",
        "post przez",  # a forum post's line ("Post przez Jan Nowak » 14 lis 2026, 19:05")
        "pisze",  # a newsletter's or a column's present-tense credit ("Pisze Zuzanna Pietraszek, koordynatorka …")
        "pisze:",
        # a feminine author's label, an analysis's and a meeting's minute-taker's credit ("Авторка: Ганна Стецюк",
        # "Analyse: Dr. Henrik Braun", "Notulist: Gerrit Jansen, secretaris")
        "analiza:",
        "protokołował:",
        "protokołowała:",
        "protokolant:",
        "sprawozdanie przygotował",  # a report's kind, then who prepared it ("Отчёт подготовила …")
        "sprawozdanie przygotowała",
        "przygotował",
        "przygotowała",
        # a compiler's credit, abbreviated as a notice's meta row writes it ("oprac. Jan Nowak, specjalista ds. …")
        "oprac.",
        "opracował",
        "opracowała",
        "opracowanie:",
        "słowo proboszcza",  # a column's label naming its writer's office, a dash, the name
        "słowo księdza proboszcza",
        "słowo prezesa",
        "słowo wójta",
        "słowo burmistrza",
    ),
    name_joiners=("i", "oraz"),
    after_name_words=("w", "z", "ze"),
    place_words=(
        "nowy",
        "nowa",
        "nowe",
        "stary",
        "stara",
        "stare",
        "biała",
        "biały",
        "zielona",
        "wielki",
        "wielka",
        "górny",
        "dolny",
    ),
    newsroom_words=("redakcja", "agencja", "biuro", "dział"),
    brand_words=("zespół", "blog", "wiadomości", "porady"),
    study_year_words=("rok", "roku", "klasa", "semestr"),
    role_words=(
        "dziennikarz",
        "dziennikarka",
        "redaktor",
        "redaktorka",
        "reporterka",
        "korespondent",
        "korespondentka",
        "publicysta",
        "publicystka",
        "wolontariusz",
        "wolontariuszka",
        "bibliotekarz",
        "bibliotekarka",
        "archiwista",
        "archiwistka",
        "sekretarz",
        "przewodniczący",
        "przewodnicząca",
        "koordynator",
        "koordynatorka",
        "kierownik",
        "kierowniczka",
        "rzeczniczka",
    ),
    affiliation_words=(
        "biuro",  # an office after the name ("Autorka: Weronika Chmielowiec, Biuro Prasowe")
        "wydział",
        "katedra",
        "instytut",
        "uniwersytet",
        "politechnika",
        "laboratorium",
        "zakład",
    ),
    live_status_words=("żywo", "zakończona", "zakończony"),
    self_introductions=(
        "jestem",
        "nazywam się",
        "mam na imię",
        "cześć, jestem",
    ),
    signature_openings=(
        "za zarząd",  # a body's officer signing for it
        "w imieniu zarządu",
        "z poważaniem",
        "pozdrawiam",
        "serdecznie pozdrawiam",
        "z wyrazami szacunku",
        "wasz",
        "wasza",
    ),
    signed_marks=(
        "podp.",
        "podpisano",
    ),
    calendar_words=(
        "niedziela",
        "adwent",
        "wielkanoc",
        "uroczystość",
        "zwykła",
    ),
    organisation_words=(
        "stowarzyszenie",
        "towarzystwo",
        "fundacja",
        "centrum",
        "wydawnictwo",
        "grupa",
        "federacja",
        "straż",
        "osp",
    ),
    rights_reserved_words=("prawa",),
    honorifics=(
        "pan",
        "pani",
        "dr",
        "prof",
        "mgr",
        "inż",
        "dh",
        "dhna",
        "ks",
        "ksiądz",
        "bp",
        "abp",
        "siostra",
        "mecenas",  # a lawyer's title before the name ("Autor: mecenas Jan Kowalski", "mec. Anna Nowak")
        "mec",
        "adwokat",
        "adwokatka",
        "radca prawny",
        "radczyni prawna",
    ),  # "dh.": a firefighter's or scout's "druh"
    other_credit_words=(
        "tłumaczenie",
        "tłumacz",
        "przekład",
        "sprawdzone",
        "sprawdził",
        "sprawdziła",
        "zweryfikowane",
        "zweryfikował",
        "zweryfikowała",
    ),
    review_credit_words=("recenzent:", "recenzentka:", "testował", "testowała"),
    review_title_words=("recenzja", "test"),
    published_words=("opublikowano", "data publikacji", "data wydania", "wydano", "dodano"),
    date_label_words=("data",),
    other_date_words=(
        "termin",
        "termin składania",
        "termin zgłoszeń",
        "data wydarzenia",
        "ważne do",
        "data zakończenia",
        "data urodzenia",
        "data zdarzenia",
    ),
    as_of_words=("biuletyn z", "wydanie z"),
    document_date_words=("z dnia", "z"),
    year_words=("r.", "r", "roku"),
    issue_words=("wydanie", "numer", "nr"),
    section_words=("w", "w kategorii"),
    section_labels=("z archiwum", "z naszego archiwum", "z archiwów"),
    updated_words=(
        "aktualizacja",
        "zaktualizowano",
        "zweryfikowano",
        "sprawdzono",
        "ostatnia aktualizacja",
        "data aktualizacji",
        "ostatnia modyfikacja",
        "zmodyfikowano",
    ),
    relative_dates=(
        (
            r"(\d+ )?(minutę|minuty|minut|godzinę|godziny|godzin|dzień|dni|tydzień|tygodnie|tygodni"
            r"|miesiąc|miesiące|miesięcy) temu"
        ),
        "wczoraj",
        "dzisiaj",
        "dziś",
    ),
    dateline_filler=(
        r"wyświetle(ń|nia):\s*\d[\d\s.,]*",  # a page's view count, labelled ("Wyświetleń: 1 284")
        r"komunikat prasowy(\s+nr\.?\s*\d+(/\d+)?)?",
        r"(\d+(\s*[-–]\s*\d+)?\s*)?min(\.|ut[ay]?)?(\s+czytania)?",
        r"czas czytania:?\s*\d+\s*min(\.|ut[ay]?)?",
        r"\d+\s+(komentarz(y|e)?|wyświetle[ńn])",
        r"komentarz(e|y)?",
        r"udostępnij",
        r"kategori[ae]:\s*.+",  # a category, the signing office or a bare release label beside the date
        r"biuro prasowe",
        r"dział komunikacji",
        r"komunikat",
    ),
    # a mail client's header fields over a forwarded message
    mail_header_labels=("od", "do", "dw", "temat"),
    mail_date_labels=("data", "wysłano", "wysłane"),
    page_url_labels=(
        # an HTML-to-Gemini proxy's link to the page it converted ("=> https://… Oryginalny artykuł")
        "oryginalny artykuł",
        "ten artykuł został pobrany przez calibre z",
        "oryginalna strona",
        # a mailed article's link to its page
        "link do artykułu",
        "czytaj na stronie",
        "przeczytaj na stronie",
        "przeczytaj cały artykuł",
        "link stały",
        "url",
        "adres artykułu",
        "adres url artykułu",  # a printed post's footer (WP-Print)
        "zobacz tę wiadomość w przeglądarce",  # a newsletter's web copy, the URL after it
        "wyświetl tę wiadomość w przeglądarce",
        "wyświetl w przeglądarce",
        "wklejone z",  # a note pasted into OneNote: "Wklejone z <https://…>" under it
        # a shared or mailed article's link to the rest of it, or a proxy's to the page it converted
        "czytaj dalej",
        "czytaj dalej na stronie",
        "przeczytaj całość",
        "zobacz ten artykuł w sieci",
        "otwórz oryginalną stronę",
        "otwórz oryginalną stronę w przeglądarce",
    ),
    source_labels=("źródło",),
    cache_banner_labels=("to jest kopia z pamięci podręcznej google adresu",),
    function_words=frozenset(
        """i w we z ze na do nie się że to jest są o od po za jak ale przez dla oraz jego ich był była było
        były już tak który która które czy a by""".split()
    ),
    forum_profile_labels=("posty", "rejestracja", "lokalizacja"),
    contents_headings=("spis treści", "treść", "w tym artykule", "na tej stronie"),
    ingredients_headings=("składniki",),
    ingredient_units=("szklanka", "szklanki", "łyżka", "łyżki", "łyżeczka", "łyżeczki", "szczypta", "ząbek", "ząbki"),
    consent_words=("cookie", "ciasteczk", "zgodę na", "danych osobowych", "dane osobowe"),
    reader_words=(
        "ty",
        "ciebie",
        "cię",
        "ci",
        "tobie",
        "twój",
        "twoja",
        "twoje",
        "twoich",
        "wy",
        "wam",
        "wasz",
        "wasza",
        "wasze",
    ),
    # a scraper's stamp of when it fetched the page atop its dump
    fetch_labels=("pobrano", "data dostępu", "dostęp"),
    speech_heading=("nagłówek poziom", "nagłówek poziomu"),
    speech_link=("łącze", "link"),
    speech_visited=("odwiedzony", "odwiedzone"),
    speech_graphic=("grafika",),
    speech_control=("przycisk", "klikalny"),
    speech_bullet=("punktor",),
    speech_region=("punkt orientacyjny", "lista z {n} elementami", "lista {n} elementów", "poza listą"),
)
