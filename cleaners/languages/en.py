"""English rows of the language tables: the line rules' patterns and the words of prose."""

from cleaners.languages import rows
from cleaners.languages.rows import DATED_ENTRIES, LABELLED_LIST, LIVE_STAMP, MAIL_SENDERS, PLACE_ADDRESS, LanguageRows

# the networks a follow prompt names
_NETWORK = (
    r"(facebook|twitter|instagram|youtube|linkedin|pinterest|tiktok|threads|bluesky|mastodon|spotify|rss( feed)?|x)\b"
)

# a feed reader's buttons around an item (Feedly's, Inoreader's, Miniflux's, FreshRSS's, Tiny Tiny RSS's)
_FEED_READER_BUTTONS = (
    "save to board",
    "read later",
    "mark as read",
    "mark as unread",
    "save web page",
    "visit website",
    "go to website",
    "add to favorites",
    "add to favourites",
    "mark as favorite",
    "mark as favourite",
    "remove from favorites",
    "remove from favourites",
    "fetch original content",
    "open original article",
    "open original link",
    "view original",  # a read-it-later app's (Pocket's) link to the page
    # a browser's reader view's toolbar over the article (Edge's Immersive Reader), copied with it
    "text preferences",
    "grammar tools",
    "reading preferences",
    "read aloud",
)
# the words such a row holds beside them, too common to tell one alone
_FEED_ROW_WORDS = ("share", "tag", "save", "star", "unstar", "download", "comments", "external link", "open link")

ROWS = LanguageRows(
    code="en",
    book_page_words=("pages", "pp."),
    rule_patterns={
        "not_found_tail": (
            # "404", "Error 404", "404 Not Found", "404 | Page …"; never "404 people were evacuated"
            r"^(error\s*)?404\b\s*(([-–—:|]|error\b|not found\b|page\b).*)?$",
            r"^page not found\b",
            r"^(sorry,?\s*)?(this|the) page (is not|isn't|is no longer) available\b",
            (
                r"^(sorry,?\s*)?(this|the) page (you (requested|are looking for|were looking for) )?"
                r"(no longer exists|does not exist|doesn't exist|could not be found|cannot be found|can't be found"
                r"|was not found)"
            ),
            r"^the (content|article|page) you requested (does not exist|is not available|could not be found)",
            r"^oops[!,.]?\s+(something went wrong|we can't find|that page)",
        ),
        "comments_widget": (
            # a sidebar box of the readers' latest comments on other posts, not this page's comments
            r"^recent (comments|replies)\s*:?$",
        ),
        "comments_tail": (
            r"^[\[(]?\s*(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?\s*[\])]?:?$",
            # "Top Rated Comments", "Readers' comments", "Most recent replies": a heading of the comments ("Recent
            # Comments" alone is a blog's sidebar widget listing other posts' comments, often above the article)
            (
                r"^(top|most|best|latest|newest|featured|readers?['’]?)( rated| liked| popular| recent)?"
                r" (comments|responses|replies)\s*:?$"
            ),
            r"^(leave|post|add|write) a (reply|comment|response)\b",
            r"^(join|start) the (conversation|discussion)\b",
            r"^have your say\s*(:\s*((join|start) the (conversation|discussion)|(leave|post|add) a comment)\b.*)?$",
            r"^(show|view|load|see) (all )?(\d+ )?comments\b",
            # a notice that commenting is closed or needs a login ("You must be logged in to post a comment.")
            (
                r"^(please |you must |you need to )?(log ?in|sign ?in|be logged in|register)( here)? to"
                r" (post|leave|add|write|submit) a (comment|reply)\b"
            ),
            r"^(sorry, )?(comments|commenting) (are|is|have been|has been) (now )?(closed|disabled|turned off)\b",
            # a comment form's notice ("Your email address will not be published. Required fields are marked *")
            r"^your email( address)? will not be published\b",
            # an obituary's guestbook prompt and notice buttons ('Leave a condolence message', 'Place a death notice')
            (
                r"^((leave|post|write) (a |your )?(condolence|message of condolence|tribute)|sign the (online )?guest ?"
                r"book|(place|publish|view) (a |the )?(death|funeral) notices?)\b"
            ),
            # a comment section's prompt and its moderation note, the whole line ("Be the first to comment",
            # "Comments are moderated."): "Comments are moderated, the platform insists, …" is the story's
            r"^be the first to (comment|reply|respond)[.!]?$",
            r"^(comments are moderated|all comments are moderated)\b[^,;!?]{0,60}[.!]?$",
        ),
        "comment_thread": (r"^(\d+|one|no) (responses?|comments?|replies|thoughts?) (to|on)\s*[“\"«‘']",),
        "taxonomy": (
            # a post's taxonomy line: its label alone or over a list of tags or categories
            rf"^(tags?|tagged|filed (under|in)|posted in|categor(y|ies)|topics){LABELLED_LIST}",
            r"^(tags|categories)$",
            # … and the label's words run into the list ("Filed under china, plague"; not "Filed under the act, …")
            (
                r"^(filed under|tagged( with)?|posted in)\s+(?!(the|a|an|this|that|his|her|its|their|our|my|your)\b)"
                r"[^.!?:]{1,40}(\s*[,|]\s*[^.!?:,|]{1,40})*\.?$"
            ),
        ),
        "navigation": (
            # a read-it-later app's link back to its list, its arrow first (Pocket's "← Back to Saves")
            r"^[←‹]\s*(back|return)\b",
            # a site's join and sign-in buttons side by side (LinkedIn's, logged out: "Join now Sign in"
            # over the headline)
            r"^(join( now)?|sign up|register|create (an |your )?account)\s+(sign in|log ?in)$",
            # a forum topic's page row and search box (phpBB's "4 posts • Page 1 of 1", "Search this topic…")
            r"^(\d+ (posts?|replies|topics?)\s*[•·|]\s*)?page \d+ of \d+$",
            r"^search (this|in this) (topic|thread|forum)(…|\.\.\.)?$",
            r"^skip (to|navigation)\b",
            r"^(toggle|open|close|show|hide) (the )?(navigation|menu|search|sidebar)\b",
            r"^(main |site |mobile )?(menu|navigation)$",
            (
                r"^(home|search|menu|sections|topics|log ?in|log ?out|sign ?in|sign ?out|my account|back to top"
                r"|go to top)$"
            ),
            r"^home\s*(>|»|›|/|\||→|::)",
            r"^you are here\s*:",
            r"^(previous|next) (article|story|post|page)\b",
            # a blog platform's publication over a post ("Published in Slow Soil")
            r"^published in [^\W\d][^.!?,:;\d]{1,40}$",
            # a feed reader's buttons around an item (Feedly's "Save to Board", "Read Later", "Mark as Read", "Visit
            # Website"; Inoreader's "Save web page  Read later  Share  Tag", "Go to website  Mark as unread  Add to
            # favorites"), alone or in a row, "Share" and "Tag" only beside one of them
            rows.feed_button_row(_FEED_READER_BUTTONS, _FEED_ROW_WORDS),
            # a read-it-later app's export's heading over the page it saved (Readwise's "## Full Document")
            r"^full document$",
        ),
        "signup_consent": (
            # a sign-up form's consent box in the first person: to receive the mails, or to terms by sending the address
            (
                r"^(yes,? )?i (agree|consent|would like) to (receive|receiving|be contacted|get)\b[^.!?]{0,100}\b(e-?m"
                r"ails?|newsletters?|marketing|offers|communications|promotions)\b"
            ),
            r"^by (submitting|entering|providing) (my|your) e-?mail( address)?,? (i|you) (agree|consent|accept)\b",
        ),
        "newsletter": (
            # a plea to give after the sentence saying what the site is ("This paper is made by volunteers. Support
            # us with a donation")
            rf"{rows.AFTER_ONE_SENTENCE}support us with a (donation|gift)\b",
            # a mailing list's footer: why the mail came, the way out, the sending service
            r"^you(\'re| are) receiving this (e-?mail|message|newsletter|bulletin)\b",
            r"^you (received|got) this (e-?mail|message|newsletter) (because|as)\b",
            (
                r"^(update|manage|change) (your )?(e-?mail |subscriptio"
                r"n |mailing list )?preferences\b.{0,40}\bunsubscribe\b"
            ),
            r"^unsubscribe( here| now| from (this|our|the) (list|newsletter|mailing list|emails))?\s*[.!]?$",
            rf"^(this (e-?mail|message) was )?sent (by|via|with|using) {MAIL_SENDERS}\b",
            # a lead-in, then the app's pitch to follow the news in it
            # ('Live scores: follow every game in the Courier Sport app')
            (
                r"^[^.!?:]{3,60}:\s*(follow|watch|track|get) [^.!?]{0,60}\b(in|on|with) (the|our) [^.!?]{0,40}\b"
                r"app\b[^.!?]{0,30}[.!]?$"
            ),
            # a feedback question, then a plea to support ('Was this article useful? Support …')
            (
                r"^(was|is|did you find) this (article|story|post|piece|text|content) (helpful|useful|valuable)"
                r"\?\s*(please )?(support|subscribe|donate|become|join|help)\b"
            ),
            # the same as a clause ('If this article was useful, support us on Patreon.')
            (
                r"^if (you found (this|our) (article|story|post|piece|text) |(this|our) (article|story|post|piece|text)"
                r" was |you (liked|enjoyed) (this|our) (article|story|post|piece|text))(helpful|useful|valuable)?\b"
                r"[^.!?]{0,20}[,:]\s*(please )?(support|subscribe|donate|consider)\b"
            ),
            # a question on the article, then a call to support or subscribe ("Enjoyed this article? …")
            (
                r"^(did you )?(like|enjoy|enjoyed|love|loved) (this|the|our)"
                r" (article|story|post|piece)\?\s*(please )?(support|subscribe|donate|become|join|help)\b"
            ),
            # a lead-in, then the app's pitch: "Follow every game on the go: Download the Courier app"
            r"^[^.!?:]{3,60}:\s*(download|get|install) (the|our) (free )?[^.!?]{0,40}\bapp\b[.!]?$",
            # an app's download pitch: "Download our app for breaking news alerts"
            (
                r"^(download|get|install) (the|our) (free )?[^.!?]{0,40}\bapp\b[^.!?]{0,60}"
                r"\b(app store|google play|android|ios|iphone|alerts?|notifications?|news|headlines)\b"
                r"[^.!?]{0,40}[.!]?$"
            ),
            # a newsletter heading alone, or run into its blurb ("Daily newsletterReceive …")
            (
                r"^((the|our|free|daily|weekly|morning|evening|email|e-mail|breaking news|get (our|the))\s+)*"
                r"newsletters?($|\s*[:|–—-]|(?-i:[A-Z]))"
            ),
            r"^(sign up|subscribe|register)\b.*\b(newsletter|updates|alerts|e-?mails?|inbox|briefing|digest)",
            r"^(sign up|subscribe)( now| today| here| for free)?[.!]?$",
            r"\b(delivered|sent|straight|directly|direct) to your inbox\b",
            r"^(receive|get) .*\b(every|each) (morning|day|evening|week|weekday)\b",
            r"^enter your e-?mail( address)?\b",
            r"^never miss\b.*\b(newsletter|subscrib\w*|sign(ing)? up)\b",
            r"^stay (up to date|updated|informed|in the know|connected)\b.*\b(newsletter|subscribe|sign up|inbox)\b",
            # the prompt alone, the site named: "Stay up to date with Ascom."
            (
                r"^(stay|keep) (up to date|up-to-date|updated|informed|in the know|in the loop)"
                r"( with [^.!?]{1,40})?\s*[.!]?$"
            ),
            # the prompt ends there; "You can also subscribe to this newsletter here — just tick …" is prose
            r"\bsubscribe to (our|the) [\w' -]{0,30}newsletters?\s*[.!]?$",
            r"^(you have|you've) (successfully |succesfully )?subscribed( to (our|the) newsletter)?[.!]",
            r"^thanks? (you )?for (subscribing|signing up|joining (our|the) [\w' -]{0,30}newsletter)\b",
            r"^by (signing up|subscribing|clicking subscribe)\b",
            # a sign-up form's footnote
            r"^this (site|page|form) is protected by recaptcha\b",
            # a sign-up form's promise ("No spam, we promise. You can unsubscribe at any time …")
            r"(^|[.,]\s*|\byou (can|may) (\w+ )?|\bor )unsubscribe (at any time|anytime)\b",
            # a named newsletter's heading ("The Ledger Tech newsletter: the week in technology")
            r"^(the\s+)?((?-i:[A-Z])[\w'’&-]*\s+){1,3}newsletters?\s*[:–—-]",
            # a paywall's prompt: "To view the full story, please subscribe to …"
            (
                r"^to (view|read|see|access|continue reading) (the|this) (full|whole|entire) (story|article),?\s*"
                r"(please )?(subscribe|sign in|log in|become a subscriber)\b"
            ),
            r"^subscribe\b[^.]{0,60}\bfor the (full|whole|entire) (story|article)\b",
            r"^get (the|our) .*\b(newsletter|briefing|digest|bulletin)\b.*\bin your inbox\b",
            # a newsletter's name, a dash and its promise ("Island Briefing — the news … in your inbox every morning")
            r"^[^.!?:]{2,60}\s[—–|-]\s.*\bin your inbox (every|each)\b",
            # a pitch that ends in its sign-up button ("… our weekly newsletter. Subscribe now")
            # (one pattern per word: each needs its literal, so lines without it skip the search)
            r"\bnewsletter\b.*\b(sign up|subscribe)( now| today| here| free| for free)?[.!]?$",
            r"\binbox\b.*\b(sign up|subscribe)( now| today| here| free| for free)?[.!]?$",
            r"\bbriefing\b.*\b(sign up|subscribe)( now| today| here| free| for free)?[.!]?$",
            # an app's pitch ("CLICK HERE TO GET THE FOX NEWS APP", "… download the Nationnews apps for iOS and
            # Android.")
            (
                r"^(click here to )?(download|get|install) (the|our) [^.!?]{0,40}\bapps?( now| today| here| for free)?"
                r"[.!]?$"
            ),
            (
                r"^(for (the latest|breaking|more)\b[^.!?]{0,60}\s)?download (the|our) [^.!?]{0,40}\bapps? (for|on)"
                r" (ios|iphone|ipad|android)\b[^.!?]*[.!]?$"
            ),
            r"^subscribe to (the |our )?[^.!?]{0,40}\byoutube channel\b",
            # a paywall's teaser, a plea to support the journalism, the news offered on a messenger
            (
                r"^this (article|story|content|page) is (only |exclusively )?(reserved|available|accessible) (only"
                r" )?(for|to) (our )?(paying )?(subscribers|members)\b"
            ),
            r"^(please )?support (independent|local|quality|our) (\w+ )?journalism\b",
            r"^get (the latest |breaking |our )?(news|headlines|updates)\b.*\bon (whatsapp|telegram)\b",
            # a plea under the article ("If you enjoyed reading this post – would you consider supporting our work?")
            (
                r"^if you (enjoyed|liked|loved) (reading )?(this|the|our) (article|story|post|piece)\W+"
                r"(would|will|could|please) (you )?(consider )?(support|subscrib|donat|becom|join|help)"
            ),
            # a sign-up pitch ("Do you want to be informed of …'s actions? Sign up here", "Get the Most Popular …
            # Stories in a Weekly Newsletter") and a paywall's login note to subscribers
            r"^(do you want|would you like) to (be informed|stay informed|hear)\b[^.!?]{0,60}\?\s*sign up\b",
            # a feedback prompt under the article ("Was this page helpful?", "Was this content helpful? Yes No")
            r"^(was|is) this (article|page|post|story|content|information) (helpful|useful)\?(\s*yes\W*no)?$",
            r"^get (the|our) [^.!?]{0,60}\bin (a|our) (daily|weekly|monthly) newsletter$",
            r"^if you['’]re (seeing this message but you['’]re )?already a subscriber\b",
            # a reader-feedback question on this article, review or recipe, alone or before a pitch ("Did you like
            # this review? Get our picks every week", "¿Te ha gustado esta reseña? Recibe …")
            (
                r"^(did you (like|enjoy)|do you like|how did you like|was|is|did you find) this (article|review|recipe|"
                r"story|post|piece|guide|page|content)( (helpful|useful|interesting))?\?\s*($|(get|sign up|subscribe|"
                r"support|join|read|share|follow|rate|tell|leave|let us know|give|click|tap|vote)\b|yes\W*no\W*$)"
            ),
            # a notice block's donation prompt (a label and its call) and stay-in-touch prompt, a label and its call
            # ('Donate online: Give …', 'Stay in touch: [Sign up …]')
            r"^(donate|give|make a (donation|gift))( online| now| today| here)?\s*:\s*\S",
            r"^(stay|keep) in touch\s*(:\s*\S.*)?$",
            # a donation plea's slogan, its button and its question on reading the site ("Every little donation helps!",
            # "Donate now!", "Do you enjoy reading Courier.com?"): a whole line, so a sentence reporting a plea or a
            # question on reading goes on and stays
            (
                rf"^every (little |small |single )?(donation|gift|contribution) (helps|counts|matters"
                rf"|makes a difference){rows.PLEA_END}"
            ),
            r"^donate (now|today|here)\s*!?$",
            (
                r"^(do you )?(enjoy|like|love) reading (this (blog|site|website|magazine)|our (articles|stories"
                r"|journalism)|[\w-]+\.(com|org|net|co\.uk|[a-z]{2}))\s*\?$"
            ),
            # a thanks to the patrons who pay for it ('This episode is made possible by our 1,200 patrons …')
            (
                r"^this (episode|podcast|show|newsletter|article|series|project|site|work) (is |was )?(made )?"
                r"possible (thanks to|by|because of) [^!?]{0,40}?\b(patrons|supporters|members|subscribers|don"
                r"ors|listeners|readers|backers)\b"
            ),
            # a call to subscribe and what comes ("Suscríbete a … y recibe cada mes la revista"), or what comes, then
            # the call ("Per ricevere i bollettini via e-mail, iscriviti …"): the imperative, so subscribers stay
            r"^subscribe to [^.!?]{1,60}? and (get|receive)\b",
            r"^to (receive|get) [^.!?]{1,60}?,\s*(sign up|subscribe|register)\b",
            # the site's app and the stores it is in ("… dans notre appli Ovalie, disponible sur iOS et Android.")
            rf"^[^.!?]{{0,80}}\bour\b[^.!?]{{0,40}}\bapp\b[^.!?]{{0,30}}\bavailable {rows.IN_APP_STORES}",
            # a plea to support after the sentence saying what the site is ("… est un journal étudiant indépendant.
            # Soutenez-nous : adhérez …")
            rf"{rows.AFTER_ONE_SENTENCE}support us\s*:\s*\S",
            # a paywall's free trial, alone or after the sentence naming the plan ("Dieser Beitrag ist Teil von
            # Planerblatt+. Jetzt vier Wochen kostenlos testen."): the call, so a trial told of in prose stays
            (
                rf"{rows.AFTER_ONE_SENTENCE}try (it |us |[^.!?]{{0,20}} )?free for (a|one|two|three|four|\d+) "
                r"(weeks?|months?)\b"
            ),
            # a paywall's pitch: the login prompt to subscribers, the promise to cancel at will, unlimited access at
            # a price ("Already a subscriber? Log in", "Cancel anytime.", "Unlimited access for less than $2 a month")
            r"^(note:\s*)?already (a )?(subscriber|member)\s*\?",
            rf"{rows.AFTER_A_PITCH}cancel (at )?any ?time[.!]?$",
            (
                r"^(get |unlock |enjoy )?unlimited (digital )?access\b[^.!?]{0,60}\b(for (only |just |less than )?"
                r"[$€£]|a month|per month|a year|per year)"
            ),
            r"^(unlock|get|enjoy) unlimited (digital )?access( to [^.!?,]{1,60})?[.!]?$",
        ),
        "social_share": (
            # a newsletter's footer button (Mailchimp's "Forward to a friend (https://…)")
            r"^forward (this (email|newsletter) )?to a friend(\s*\(https?://\S+\))?$",
            (
                r"^((share|tweet|pin|email|e-mail|print|copy|link|save|follow|like|us|on|this|article|story|post|via|"
                r"facebook|twitter|x|whatsapp|linkedin|pinterest|pint|reddit|telegram|flipboard|messenger|instagram|"
                r"youtube|tiktok|threads|bluesky|baixar|partager|teilen|compartir|compartilhar)[\s|,:/·•-]*)+$"
            ),
            # the question that asks for a share ("Like this story? Share it with a friend!")
            r"^(did you )?(like|enjoy|enjoyed|love|loved) (this|the|our) (article|story|post)\?\s*(share|tell|send)\b",
            # a follow prompt naming its networks ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.")
            rf"^follow [^.!?]{{1,60}}? on {_NETWORK}(\s*,?\s*((and|&|or)\s+)?(\(@\w+\)|{_NETWORK}))*\s*[.!]?$",
            # the site's channel on a network, then what for ("Follow us on WhatsApp for every wicket as it happens.")
            (
                r"^follow (us|@\w+) on (whatsapp|instagram|facebook|x|twitter|tiktok|youtube|telegram|threads|bluesky|"
                r"linkedin|mastodon)\b[^.!?,]{0,80}[.!]?$"
            ),
        ),
        "cookie_notice": (
            # a banner opens with it; an article sentence quoting one does not
            r"^(we|this (web)?site|our (web)?site|this page) (and our partners )?uses? cookies\b",
            r"^(by (using|continuing( to use)?|browsing)|if you continue)\b.{0,80}\b(cookies|use of cookies)\b",
            r"^we (care about|value) your privacy\b",
            r"^(accept|reject|manage|allow) (all )?cookies\b",
            r"^cookie (settings|preferences|policy)$",
        ),
        "advertisement": (
            # a media player's running time ("Video duration 2 minutes 47 seconds"), and any language's player's time
            # shown ("0:00 / 2:47")
            (
                r"^(video |clip )?(duration|length|running time)"
                r"\s*:?\s*(\d{1,2}:\d{2}(:\d{2})?|(\d{1,3} (hours?|minutes?|mins?|seconds?|secs?),?\s*(and\s+)?){1,3})$"
            ),
            r"^\d{1,2}:\d{2}(:\d{2})? / \d{1,2}:\d{2}(:\d{2})?$",
            # a media player's button left where its embed was ("Watch the trailer", "Listen")
            r"^(enter |exit )?full ?screen$",
            r"^(watch|play|view)( the)? (official )?(trailer|episode)( now)?$",
            r"^listen( now| to (this|the) (episode|podcast|article))?$",
            r"^(advertisement|advertising|ad|sponsored( content)?|supported by|paid (content|post))\s*:?$",
            # the label may lead it on its line ("Advertisement - Continue Reading Below")
            (
                r"^((advertisement|ad)\s*[-–—·|:]\s*)?(continue reading|story continues)( (the|this) (main )?(story"
                r"|article))?( below)?( advertisement)?\.?$"
            ),
            r"^(scroll|swipe) (down )?to (continue|read more)",
        ),
        "embed_placeholder": (
            # the placeholder's notice, its prompt to load, the consent loading implies, its button
            r"^you are (currently )?viewing (a )?placeholder content from\b",
            (
                r"^(please )?click (on )?(the button below|the button|here) to (load|show|display|unblock|view)"
                r" (the )?(content|video|map|tweet|post|embed)\b[^,;!?]{0,60}[.!]?$"
            ),
            r"^by (loading|playing) the (video|map|content|tweet|post|embed),? you (accept|agree|consent)\b",
            r"^you need to load content from \S+ to\b",
            (
                r"^(please )?(accept|allow|enable) [^.!?]{0,30}\bcookies to (play|view|watch|see|load) this"
                r" (video|content|map|tweet|post)\b"
            ),
            r"^((load|show|unblock) (the )?(external )?(content|video|map)|accept and load (the )?content)[.!]?$",
            r"^(external content|always unblock [^.!?\s]+( [^.!?\s]+)?)$",
        ),
        "shop_teaser": (
            # an ad's label, then a bullet or a bar and its text, or a dash and a capital's phrase (no comma: prose goes
            # on)
            (
                r"^(advertisement|sponsored|promoted|ad)\s*([·|•]\s*\S|[–—]\s*(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])[^.!?,;]"
                r"*[.!…]?$)"
            ),
            # a shop's product teaser by its label, and a cart button ending a line
            (
                r"^(featured product|product of the (week|month)|shop (the|this) (look|story|item)|(available"
                r"|buy (it|this|them)) (in|at|from) (our|the) (shop|store)|in (our|the) (shop|store))\s*:"
            ),
            r"\badd to (cart|basket|bag|trolley)\s*$",
            # an affiliate note: the site earns on what the reader buys through its links
            r"\b(we|this site) (may|might|could) (earn|receive|get|make) (a |an )?(small )?(affiliate )?commission\b",
            r"\b(we|this site) (may|might|could) (receive|get) compensation\b[^.]{0,60}\b(links?|click|buy|purchase)",
            r"^this (article|post|page|guide|review) (contains|includes|may contain) affiliate links\b",
            # an affiliate plugin's footer under its product boxes, in any language ('Letzte Aktualisierung am 2.02.2022
            # / Affiliate Links / Bilder von der Amazon Product Advertising API'): the API named last, after a bar
            r"[/|]\s*[^/|]{0,30}\bamazon product advertising api\s*$",
            # an advertising disclosure, alone on its line after an optional label ('*Werbung. Dieser Beitrag enthält
            # Werbung für X'); what follows a brand or a comma is a sentence about ads, not the notice
            (
                r"^(\*?\s*[^\W\d_]+\s*[.:!]\s*)?\*?\s*this (article|post|blog post|video|review) (contains|"
                r"includes) (paid )?(advertising|advertisements|ads|product placement|sponsored content)( for "
                r"[^.,;:!?]{1,40})?\s*[.!]?\*?$"
            ),
            # a prompt to buy the book under an excerpt or review; a row of a shop's buttons, the cart's first
            r"^(buy|order) (the|this|your copy of the) book (at|from|in|online|here|now|direct)\b",
            r"^(add to (cart|basket|bag)|buy now)\s*[·|•]\s*\S",
        ),
        "photo_credit": (
            # the label, the caption and its credit in brackets, past the label's row of 60: calibre's
            # captions ("Photo: Bicycles lined up at the depot before the sale (Stavercombe Courier)")
            r"^(photo|photograph|image|picture)\s*:\s*[^.!?()]{2,150}\([^()]{2,50}\)$",
            rf"\((photo|image|picture|credit|photograph|foto)s?( credit)?\s*(by|:){rows.BRACKETED}*\)\.?$",
            r"\((ap|afp|reuters|getty images|epa)( photo[^()]*)?\)\.?$",
            r"\([^()]{2,60} via ap\)\.?$",
            r"\(image: [^()]{2,30}\)$",
            r"\bcredit: [^.]{2,50}$",
            r"^(photo|photograph|image|picture|credit)s?\s*(:|by\b|copyright\b)[^.]{0,60}$",
            r"^(image|photo|slide) \d+ of \d+$",
            r"^(getty images|reuters|afp|ap|epa)$",
            # a caption closing with a © credit, in any language ("Stau © aremac / Clipdealer"); "© 2019 …" is copyright
            r"\b(?!copyright\b)[^\W\d_]+[\s.,:;/)-]*©\s*(?!\d)[^©\d]{2,40}$",
            # … or after the caption's date ("… November 19, 2019. © Reuters / David Mercado")
            r"\d\. ©\s*(?!\d)[^©\d]{2,40}$",
            # … with "(C)" for ©, as text folded to ASCII writes it ("… zu machen. (C) Thinkstock", "(C) Landtag | Jane
            # Roe"), after a word or a date: upper case and a capital after it, no sentence stop, so a list's "(c) the
            # landlord" stays
            r"(^|[^\W\d_][\s.,:;/)-]*|\d\.\s*)(?-i:\(C\))\s*(?-i:[A-ZÀ-ÞĄĆĘŁŃŚŹŻ])([^©\d;!?.]|\.(?=\S)){1,40}$",
            # a caption's closing credit: "Credit... Doug Mills/The New York Times", "… REUTERS/Brendan McDermid",
            # "Sanjeev Verma/Hindustan Times/Getty Images", "… Photograph by Robyn Beck/AFP/Getty Images"
            # (each with a literal of its own: a line without it skips the search)
            r"\bcredit(\.{2,3}|…)\s*[^.]{2,60}$",
            r"\breuters\s*/\s*(?-i:[A-Z])[\w '’-]{2,40}$",
            r"\bafp\s*/\s*(?-i:[A-Z])[\w '’-]{2,40}$",
            r"/ ?getty images\.?$",
            r"/ ?reuters files?\.?$",
            r"[.!?]\s+photo(graph)?s? by\s+[^.]{2,60}$",
            # a chart's source: the label and a name of a few words ('Source: Eurostat')
            r"^(source|sources|data source)\s*:\s*(?-i:[A-Z])[\w'’&.-]*( [\w'’&.-]+){0,4}$",
        ),
        "copyright": (
            # a feed's footer crediting the site a post first appeared on (WordPress's, in the blog's language)
            r"^the post .{3,200} appeared first on [^\s.!?,;:]+(\s+[^\s.!?,;:]+){0,5}\.?$",
            r"^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4})",
            r"©\s*\d{4}",
            # a footer ends (or opens) with it; a headline quoting the phrase does not
            r"^all rights reserved\b",
            r"\ball rights reserved\.?$",
            # the site's licence notice ("This work is licensed under a Creative Commons …", "Content on this
            # site is licensed under …"); a story republished under one names its source, not the site's content
            (
                r"\b(content|contents|text|work)( (on|of) this (site|page|website|blog))? (is|are)"
                r" (licensed|available) under (a |the )?creative commons\b"
            ),
            # a printed post's footer crediting the site (WP-Print's 'Article printed from Site: https://…')
            r"^(article|post) printed from [^:]{1,80}:\s*https?://\S+$",
        ),
        "related_links": (
            # a post navigation's label, then the neighbour post's headline it links to, on one line
            r"^(previous|next) (article|story|post)\s*([:»›>|–—-]|(?-i:[A-Z0-9\"“„«'‘+]))",
            # a page's attachments: a label, then documents with their file types ("… (PDF, 312 KB)")
            r"^(downloads?|attachments?|related documents|documents)\s*:\s*[^.!?]{0,120}\((pdf|docx?|xlsx?|odt|zip)\b",
            r"^(you (may|might|could) (also )?(like|enjoy|be interested in))\b",
            r"^(read|see) (more|also|next)\b\s*[:»>-]?",
            r"^also read\b",
            r"^related( (articles?|stories|posts|content|coverage|news|links|topics|reading))?\s*[:»>-]?$",
            r"^related\s*:",
            r"^(more|further) (reading|stories|articles|news)( from| on| in|:|$)",
            r"^more from\b[^.]*$",
            r"^recommended( for you| stories| articles| reading)?\s*:?$",
            r"^(most (popular|read|viewed|shared|commented))\b[^.]*$",
            r"^(trending|popular) (now|stories|articles|today)\b[^.]*$",
            r"^(don't|do not) miss\b[^.]*$",
            # the site's other posts, and the full results or the schedule elsewhere on the site ('Other
            # posts: …', 'Full results and games in PGN: Results section')
            r"^(other|more|older|newer) (posts|entries)\s*:",
            (
                r"^(full |final )?(results|standings|schedule|timetable|programme|tickets)\b[^.:—–]{0,50}(:|—|–|"
                r"are available)\s*[^.]{0,40}\b(website|site|members' area|section|page)\b"
            ),
            # where the site posts a document ('The minutes are available in the Documents section.')
            (
                r"^[^.!?]{2,80}\b(is|are) (now )?(posted|published|available|online|to be found)\b[^.!?]{0,30}"
                r"\b(in|under) the [\"“]?(?-i:[A-Z])[^.!?]{1,29} (section|tab)( of (the|our) (website|site))?\."
                r"?$"
            ),
        ),
        "author_bio": (
            r"^about (the )?(authors?|writers?|contributors?|experts?|reporters?)\s*(:.*)?$",
            # a box headed with its author's name ("About Jane Doe"); "About the project" is a heading of the story
            r"^(?-i:About(?! (?:The|This|That|These|Our|Your|My|Us)\b)(?: [A-Z][\w'’.-]*){2,3})$",
            # a bio line that opens with "the author", not the name ("The author is a reporter based in …")
            (
                r"^(the )?(author|writer|columnist)( of this (article|column|piece|essay))?"
                r" (is|was|has|lives|works|teaches|writes)\s[^.!?]*[.!]?$"
            ),
        ),
        "opinion_disclaimer": (
            # a syndication or partnership disclosure under the article: who made or funded it, not the story
            (
                r"^this (article|story|report|piece|series|investigation|coverage|reporting) (was|is) (written|"
                r"produced|reported|published|funded|supported|made possible|created)( in (partnership|"
                r"collaboration|cooperation|association) with| with (the )?(support|funding|help|"
                r"financial support|assistance) (of|from)| by an? \w+| as part of| thanks to)\b"
            ),
            (
                r"^(the )?(views|opinions)( and (views|opinions))?( expressed| stated)?( in (this|the) (article|"
                r"column|piece|op-?ed|commentary|post|blog|essay))?( here(in)?| above)? (are|is) "
                r"(solely |entirely |strictly )?(those of the (authors?|writers?|contributors?|columnists?)\b|"
                r"the (authors?|writers?)(['’]s?|s['’]) own\b|(his|her|their|my) own\b)"
            ),
            (
                r"^(the )?(views|opinions)( and (views|opinions))? expressed\b[^.]{0,100}\b(authors?|writers?|"
                r"contributors?|columnists?)\b[^.]{0,60}\bdo(es)? not necessarily (reflect|represent)\b"
            ),
            r"^(the )?(views|opinions) expressed by [^.]{0,60} (are|is) (solely )?(their|his|her) own\.?$",
            # the site's note that its article is no professional's advice ("This article is for information only
            # and does not replace advice from a health professional.")
            (
                r"^(this|the|our) (article|content|information|post|page|guide)s? (is|are) (provided )?(for|of) "
                r"(general )?(information(al)?|educational)( and (information(al)?|educational))?( purposes)?( only)?"
                r"\b[^.]{0,20}\b(not|never) (a substitute|intended|meant|replace|substitute|constitute)"
            ),
            # a market page's note that its figures are no investment advice or only for reference
            r"^all (information|data|figures|prices|quotes) (is |are )?(provided )?without (guarantee|warranty)[.,;]",
            r"^(this (article|information) is )?not (financial|investment) advice[.!]?$",
            # a review's note on who paid and whether the visit was announced ("We pay for all our meals …", "The writer
            # was a guest of …"); prose of a meal paid ("We paid for our meal and left") is past, not the site's policy
            r"^we (always )?pay for (all )?(our|my) (own )?(meals?|food|visits?|stays?)\b",
            r"^(our )?(reviewers?|critics?|inspectors?) (always )?(visits?|dines?|eats?) anonymously\b",
            r"^(the )?(writer|author|reviewer|critic)s? (was|were) (a )?guests? of(?! honou?r)\b",
            (
                r"^(the )?(writer|author|reviewer|critic)s? (was|were) invited by"
                r" (the )?(restaurant|hotel|venue|organi[sz]ers?)\b"
            ),
        ),
        "live_blog_close": (
            # a live blog's closing entry, its time stamp first or not ('23:40 · We are closing this live blog.')
            (
                rf"{LIVE_STAMP}((we are|we're|we will be|we'll be|we are now|we're now) (closing|ending|wrappin"
                r"g up|pausing) (this|our|the) live (blog|coverage|page|updates)|this live (blog|page) (is now"
                r" |has now )?(closed|ended|finished))\b"
            ),
        ),
        # a press release's notes to editors: its press contact, and its company's boilerplate
        "press_notes": (
            # a study summary's reference line: its original publication's label
            # ('Original publication: Doe, J. et al. (2026): …')
            r"^original (publication|paper|study|article|research)\s*:",
            # or a source's label before a citation of several authors ('Source: Doe, J. et al. …')
            r"^(source|reference|study|paper|publication|citation)s?\s*:\s*.{2,80}?\set al\.",
            r"^(press|media) (contacts?|enquiries|inquiries)\b",
            r"^(contacts? )?for (press|media) (enquiries|inquiries)\b",
            r"^notes? (to|for) editors\b",
            r"^about (?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐŁŚŻŹĆ])[^.:!?]{1,50}:\s+\S",
            # its contact label ("Enquiries: …", "For further information, please contact:") and its note on
            # forward-looking statements, and the wire's end mark
            r"^(further |investor |general )?(enquiries|inquiries)\s*:",
            r"^for (further|more) (information|details),? (please )?contact\s*(:|$)",
            r"^(cautionary (statement|note)|forward[- ]looking statements?)\b[^.:]{0,60}(:|$)",
            (
                r"^(this|the) (announcement|(press |news )?release|document) (contains|includes|may contain)"
                r" forward[- ]looking statements\b"
            ),
            r"^[-–—]*\s*(?-i:ENDS)\s*[-–—]*$",
            # an analysis's note on its data under it, the label, a colon and the sources with their dates
            # ('Methodology: vacancy notices, 30 September 2026; own survey, n = 58.'); a heading ('Methodology: How we
            # tested …') has no figure and no stop
            r"^(methodology|method|data sources?|source of (the )?data)\s*:\s*[^!?]*\d[^!?]*\.$",
        ),
        "contact_line": (
            # a notice's credit of the office that prepared it ("Information prepared by the Travellers' Office.")
            (
                r"^(this |the )?(information|text|content|guide|notice)( on this page)? (was )?"
                rf"(prepared|compiled|produced|provided|written) by (the )?{rows.CREDITED_OFFICE}"
            ),
            # a letters page's call to answer, and where to: "Want to respond? Write to letters@…"
            (
                r"^(do you |would you like to |want to |wish to )"
                r"(respond|reply|react|comment|write to us)\b[^?]{0,60}\?.*@"
            ),
            (
                r"^(contact|e-?mail|write to|reach|message) (the |this )?"
                r"(authors?|reporters?|writers?|editors?|columnists?|newsroom)\b"
            ),
            r"^(contact|e-?mail) (us|me|him|her|them) at\b",
            r"^(contact|e-?mail|write to|reach) [^.]{0,60}\bat\s+[\w.+-]+@[\w-]+\.",
            r"^(send|have) (us )?(a )?(news )?tips?\b.*@",
            # a newsroom's call for stories, and how to send them ("Got a story? Email newsdesk@… or WhatsApp us …")
            (
                r"^(got|have you got|do you have) a (story|news tip|tip)\b[^?]{0,40}\?\s*"
                r"(email|e-mail|call|contact|message|whatsapp|send|get in touch)\b"
            ),
            # a call for readers' letters ("We want to hear what you think about this article. Submit a letter …")
            (
                r"^we('d| would)? (want|like|love) to hear (what you think|from you"
                r"|your (thoughts|suggestions|comments|feedback))\b"
            ),
            r"(^|[.!?]\s+)(submit|send|write) (a |your |us a )?letters? to the editor\b",
            r"^[\w.+-]+@[\w-]+(\.[\w-]+)+(\s*(,|and|or)\s*[\w.+-]+@[\w-]+(\.[\w-]+)+)*$",
            # a fact-checker's call for claims: "If you see a claim you doubt, send it to us …"
            r"^if you (see|spot|come across|receive|get)\b[^.!?]{0,80},\s*(send|forward) (it|them) (on )?to us\b",
            # a shop's or a service's customer-service line with its hours or number ('Customer service: Mon–Fri
            # 8am–6pm, 0800 …')
            r"^(customer (service|services|care|helpline|support)|helpline|hotline)\s*:\s*[^!?]{0,60}?\d",
            # a consultation's how-to-respond line ('You can respond via the online form or by post.')
            (
                r"^(you can )?(respond|comment|reply|have your say|give your views)( to (the|this) consultation)? (via|"
                r"using|through|by) (the|our|this) (online )?(response )?(form|survey|questionnaire)\b"
            ),
            # a site's practical line under its article: the visit's place and hours, guided visits, the
            # next club outing, membership dues, the readers' editor's contact, whose service the site is
            # ('Visit us: …', 'Next club run: Saturday …')
            r"^(visit us|find us|come and see us|(the )?reading room('s)? (opening )?hours)\s*:",
            r"^(free )?guided (tours|visits)\b[^:.]{0,40}:\s*[^.]{0,40}\d",
            r"^next (club )?(run|ride|meet|meeting|session|training|walk|outing|club night)\s*:\s*[^.]{0,40}\d",
            r"^(membership|annual|club) (dues|fees?|subscriptions?|renewals?)\b[^:.]{0,25}:",
            r"^(the )?readers'? editor (can|may) be (contacted|reached)\b",
            r"^[^.,:]{2,60} (is|are) a service (of|from|provided by) [^.,:]{2,60}\.?$",
            # a prompt to report an error or a broken link, and how ('Spotted a mistake? Let us know at …')
            (
                r"^(found|spotted|noticed|seen) (an? )?(error|mistake|typo|broken link|dead link)s?\b[^?]{0,40}"
                r"\?\s*(please )?(let us know|tell us|report|e-?mail|write to|contact)\b"
            ),
            r"^(broken|dead) links?\?\s*(please )?(let us know|tell us|report|e-?mail|write to|contact)\b",
            # a calendar's dated entries ('Key dates: 11 November – no school; 20 November – parents evening')
            rf"^(calendar|key dates|diary dates|dates for (your|the) diary|upcoming dates|term dates){DATED_ENTRIES}",
            # a review's practical line, address then days ('The Net Loft, East Quay, Penhallow. Open …')
            rf"{PLACE_ADDRESS}open (daily|every day|all week|(mon|tues|wednes|thurs|fri|satur|sun)day)\b",
        ),
    },
    author_path_words=(
        "author",
        "authors",
        "contributor",
        "contributors",
        "writer",
        "writers",
        "columnist",
        "columnists",
        "byline",
        "profile",
    ),
    byline_words=(
        # the post's or the article's author as a label ("Autor wpisu: Jan Kowalski", "Автор допису: …")
        "post author",
        "article author",
        # a credit naming the kind of text, or the writing up, before the writer ("Post di Ilaria Mencacci",
        # "Relację spisał Bartłomiej Sobiesiak", "Розповідає Орест Кулиняк")
        "post by",
        "entry by",
        "report by",
        "column by",
        "a column by",  # the kind of text with its article ("Eine Kolumne von Nils Pickert")
        # a release's manager signing its notes ("Releasebeheerder: Fenna de Graaff · 10-03-2026")
        "release manager:",
        "by",
        "written by",
        "article written by",
        "this post was written by",
        "this article was written by",
        "posted by",
        "reported by",
        "issued by",
        "words by",
        "story by",
        "compiled by",
        "hosted by",
        "presented by",
        "interview by",
        "match report by",  # a sports reporter's ("Match report by Tamsin Ruddock at Quayside Park")
        "interviewed by",
        "text by",
        "a text by",
        "text:",
        "photos by",
        "article by",
        "an article by",
        "a post by",
        "more by",
        "articles by",
        "posts by",
        "all articles by",
        "all posts by",
        "view all posts by",
        "stories by",
        "recipe by",
        "author:",
        "authors:",
        "byline:",  # a tool's field (Readability's article object: "byline: Par Hervé Castagnol")
        "author(s)",
        "author",
        "contributor:",
        "contributors:",
        "reporter:",
        "reporter",
        "interview by",
        "interviewed by",
        "live coverage by",  # a live blog's credit ("Live coverage by Jane Doe and John Roe")
        "live updates by",
        "post by",  # a forum post's line ("Post by Jane Doe » Mon Oct 12, 2026 9:14 pm")
        # a feminine author's label, an analysis's and a meeting's minute-taker's credit ("Авторка: Ганна Стецюк",
        # "Analyse: Dr. Henrik Braun", "Notulist: Gerrit Jansen, secretaris")
        "analysis by",
        "minutes taken by",
        "minutes by",
        "report prepared by",  # a report's kind, then who prepared it ("Отчёт подготовила …")
        "prepared by",
        "from the vicar's study",  # a column's label naming its writer's office, a dash, the name
        "from the vicar’s study",
        "from the vicar's desk",
        "from the vicar’s desk",
        "from the rector's study",
        "from the rector’s study",
        "from the editor's desk",
        "from the editor’s desk",
        "from the chair",
        "a word from the vicar",
        "a message from the chair",
    ),
    # a reporter's credit as a label ("Report: Jane Doe · 18 October 2026"); in HTML a search box's "Report" over
    # "Press Release" read as one
    text_byline_words=("words:", "report:", "reporter:", "correspondent:"),
    name_joiners=("and",),
    after_name_words=("in", "from", "with", "at"),
    place_words=(
        "new",
        "san",
        "santa",
        "saint",
        "st.",
        "los",
        "las",
        "fort",
        "port",
        "mount",
        "lake",
        "north",
        "south",
        "east",
        "west",
        "city",
        "beach",
        "springs",
        "island",
        "bay",
        "falls",
        "heights",
        "county",
    ),
    newsroom_words=("newsroom", "newswire", "office", "communications"),  # a desk or a press office signing
    brand_words=("team", "staff", "tips", "editorial", "blog", "news", "insights"),
    study_year_words=("year", "grade", "form"),
    role_words=(
        "reporter",
        "correspondent",
        "editor",
        "columnist",
        "journalist",
        "writer",
        "contributor",
        "volunteer",
        "librarian",  # a body's office-holders and keepers who sign its notes ("…, Local Studies Librarian")
        "archivist",
        "curator",
        "secretary",
        "treasurer",
        "chairman",
        "chairwoman",
        "chairperson",
        "coordinator",
        "organiser",
        "organizer",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "headteacher",
        "councillor",
    ),
    affiliation_words=("department", "faculty", "institute", "university", "college", "school", "laboratory"),
    live_status_words=("live", "liveblog"),
    self_introductions=(
        "i'm",
        "i am",
        "i’m",
        "hi, i'm",
        "hi, i’m",
        "hello, i'm",
        "hello, i’m",
        "hey, i'm",
        "my name is",
    ),
    signature_openings=(
        "for the board",  # a body's officer signing for it
        "for the committee",
        "on behalf of the board",
        "on behalf of the committee",
        "kind regards",
        "best regards",
        "warm regards",
        "with best wishes",
        "with every blessing",
        "with love",
        "yours sincerely",
        "yours faithfully",
        "yours",
        "sincerely",
        "your",
        "our",
    ),
    signed_marks=(
        "signed",
        "sgd.",
    ),
    calendar_words=(
        "sunday",
        "advent",
        "lent",
        "easter",
        "pentecost",
        "trinity",
        "epiphany",
        "michaelmas",
    ),
    organisation_words=(
        "association",
        "society",
        "center",
        "centre",
        "foundation",
        "press",
        "media",
        "group",
        "holdings",
        "council",
        "club",
        "forum",
        "network",
        "unit",
        "brigade",  # a fire brigade, a unit signing its own reports
    ),
    rights_reserved_words=("rights", "reserved"),
    honorifics=(
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "mx",
        "the revd",
        "the rev",
        "the reverend",
        "revd",
        "rev",
        "reverend",
        "canon",
        "father",
        "sister",
        "pastor",
        "rabbi",
        # a lawyer's title before the name ("Attorney Jane Doe", "Autor: <a>Rechtsanwalt</a> Sebastian Einbock")
        "attorney",
        "atty",
    ),
    other_credit_words=("translation", "translated", "translator", "checked", "fact-checked", "factchecked"),
    review_credit_words=("reviewed by",),
    review_title_words=("review",),
    publication_articles=("the",),
    published_words=(
        "first published",
        "first posted",
        "published",
        "posted",
        "created",
        "written",
        "date",
        "dated",
        "released",
        "issued",
        "date issued",
        "publication date",
        "date of publication",
        "added",  # a CMS's "Added:" stamp on a post (Joomla's, a forum's)
        "date posted",
        "online since",
    ),
    other_date_words=(
        "deadline",
        "application deadline",
        "closing date",
        "apply by",
        "event date",
        "date of event",
        "date of the event",
        "valid until",
        "expires",
        "expiry date",
        "due date",
        "date of birth",
        "incident date",
    ),
    as_of_words=("bulletin of", "edition of"),
    document_date_words=("of", "dated"),
    issue_words=("issue", "edition", "volume", "vol", "number", "no"),
    feed_reader_buttons=_FEED_READER_BUTTONS,
    saved_words=("added on", "saved on"),  # wallabag's stamp of the day it saved the page
    section_words=("in", "under"),
    section_labels=("from our archive", "from our archives", "from the archive", "from the archives"),
    updated_words=(
        "last updated",
        "last modified",
        "updated",
        "modified",
        "last reviewed",
        "reviewed",
        "last update",
        "date modified",
        "last revised",
        "revised",
    ),
    relative_dates=(r"(an?|\d+) (minute|min|hour|hr|day|week|month|year)s? ago", "yesterday", "today"),
    dateline_filler=(
        r"views?:\s*\d[\d\s.,]*",  # a page's view count, labelled ("Wyświetleń: 1 284")
        r"👁\s*\d[\d\s.,]*",  # a page's view count after an eye, in any language ("👁 1 204")
        r"press release(\s+(no\.?|#)\s*\d+(/\d+)?)?",
        r"(\d+(\s*[-–]\s*\d+)?\s*)?(min|mins|minutes?)(\.?\s+read)?",
        r"(reading time|read time):?\s*\d+\s*(min|mins|minutes?)",
        r"\d+\s+(comments?|words|views)",
        r"(no\s+)?comments?",
        r"share",
        r"categor(y|ies):\s*.+",  # a category, the signing office, a release's number ("RNS Number: 4471K")
        r"(press|communications) office",
        r"rns number:?\s*\w+",
    ),
    # a mail client's header fields over a forwarded message ("From: … / To: … / Subject: …")
    mail_header_labels=("from", "to", "cc", "subject"),
    mail_date_labels=("date", "sent"),
    page_url_labels=(
        # an HTML-to-Gemini proxy's link to the page it converted ("=> https://… Original article")
        "original article",
        # a calibre news e-book's article converted to text closes with the page it was downloaded from
        "this article was downloaded by calibre from",
        "original page",
        # a mailed article's link to its page ("Read this on the website: https://…")
        "read this on the website",
        "read this on our website",
        "read on the website",
        "read on our website",
        "read the full article",
        "read online",
        "original url",
        "source url",
        "url source",
        "permalink",
        "url",
        "canonical url",
        "canonical_link",  # goose3's article printed field by field
        "link to this article",
        "warc-target-uri",  # a Common Crawl WET record's header: the page the text was taken from
        "page url",  # Diffbot's text export
        "pageurl",  # Diffbot's field as its JSON names it
        "link",  # a feed reader's item header (newsboat's "Feed: / Title: / Author: / Link: / Date:")
        "the wayback machine -",  # an archived copy's toolbar, over the page ("The Wayback Machine - https://…")
        # a printed post's footer (WP-Print's "URL to article: …") and a newsletter's web copy ("View this email in your
        # browser (https://…)", Substack's "View this post on the web at https://…")
        "url to article",
        "view this email in your browser",
        "view this email in a browser",
        "view in browser",
        "view this post on the web at",
        # an archive.today capture's header ("Saved from" over the page's address) and a read-it-later app's link to
        # the page it saved (Omnivore's "[Read Original](https://…)", Pocket's "View Original")
        "saved from",
        "read original",
        "view original",
        # a note pasted into OneNote ends with the address it was pasted from ("Pasted from <https://…>"), and a feed
        # item a mail client stored as a message names its page in a MIME header ("Content-Base: https://…")
        "pasted from",
        "content-base",
        "x-rss-url",  # rss2email's header naming the feed item's page
        # a shared or mailed article's link to the rest of it, or a proxy's to the page it converted
        "continue reading",
        "keep reading",
        "read the whole article",
        "read the full story",
        "read this story on the web",
        "open the original page",
        "open the original page in your web browser",
    ),
    source_labels=("source",),
    cache_banner_labels=("this is google's cache of",),
    # Jina Reader's, newspaper3k's, trafilatura's front matter, Mercury's, a note-taking app's page property, a web
    # clipper's front matter
    # (Readability's article object printed field by field: "publishedTime: 2026-05-19T06:30:00+02:00")
    crawler_date_labels=(
        "published time",
        "publish date",
        "date",
        "date published",
        "published",
        "publishedtime",
        "date_published",  # a read-it-later app's export (Omnivore's front matter, beside its "date_saved:")
        "publish_date",  # goose3's article printed field by field
        "date_publish",  # news-please's article dumped as YAML, beside its "date_download:" and "date_modify:"
    ),
    crawler_title_labels=("title",),
    sentence_case_headlines=False,
    function_words=frozenset(
        """the a an of to in on at by for from with and or but as that this is are was were be been has have
        had it its he she they we you his her their our not no which who will would can could said""".split()
    ),
    forum_profile_labels=("posts", "joined", "registered", "location"),
    contents_headings=("contents", "table of contents", "on this page", "in this article", "jump to"),
    ingredients_headings=("ingredients",),
    ingredient_units=(
        "oz",
        "lb",
        "lbs",
        "cup",
        "cups",
        "tbsp",
        "tsp",
        "tablespoon",
        "tablespoons",
        "teaspoon",
        "teaspoons",
        "pinch",
        "clove",
        "cloves",
    ),
    consent_words=(
        "cookie",
        "consent",
        "personal data",
        "tracking technologies",
        "technical storage or access",
        "privacy settings",
    ),
    reader_words=("you", "your", "yours", "yourself"),
    # a scraper's stamp of when it fetched the page atop its dump, an HTML-to-Gemini proxy's "Converted:", a
    # read-it-later app's "date_saved:", an archiver's "Captured:"
    fetch_labels=(
        "converted",
        "saved",
        "date_saved",
        "date_download",  # news-please's
        "captured",
        "clipped",
        "fetched",
        "fetched at",
        "retrieved",
        "retrieved at",
        "crawled",
        "crawled at",
        "scraped at",
        "downloaded",
    ),
    speech_heading=("heading level",),
    speech_link=("link",),
    speech_visited=("visited",),
    speech_graphic=("graphic",),
    speech_control=("button", "clickable"),
    speech_bullet=("bullet",),
    speech_region=("landmark", "list with {n} items", "out of list"),
)
