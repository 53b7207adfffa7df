"""English test lines of each line rule: lines it must take, and look-alike lines it must leave."""

MUST_GO: dict[str, list[str]] = {
    "photo_credit": [
        "Vicente Aguiar loads garage door trims into his pickup truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
        "A reference habitation module for a crewed Mars mission. Credit: ESA",
        "Plague can be easily vaccinated (Image: GETTY)",
        "Photo by Jason Kempin/Getty Images",
        "Image 2 of 5",
        "Getty Images",
        "Fishing boats in the harbour at dawn © Jane Doe/Alamy",
    ],
    "comment_thread": ["34 responses to “Anthony Lynn: “We needed to win this game””", '6 thoughts on "How to Adopt"'],
    "comments_tail": [
        "Comments",
        "12 Comments",
        "Leave a Reply",
        "Join the conversation",
        "Comments (4)",
        "[ 167 comments ]",
        "Top Rated Comments",
        "Readers' comments",
    ],
    "social_share": [
        "Share on Facebook",
        "Whatsapp Facebook Pint Baixar",
        "Tweet | Share | Email",
        "Share this article",
    ],
    "cookie_notice": [
        "We use cookies to give you the best experience on our website.",
        "By continuing to browse the site you are agreeing to our use of cookies.",
        "Accept all cookies",
    ],
    "advertisement": [
        "Advertisement",
        "Continue reading the main story",
        "Supported by",
        "Story continues below advertisement",
    ],
    "navigation": [
        "Skip to main content",
        "Skip to content",
        "Toggle navigation",
        "Menu",
        "Home > World > Europe",
        "Home / News",
        "[Home](/) » [World](/world)",
        "Sign in",
        "Back to top",
    ],
    "not_found_tail": [
        "Page not found",
        "This page is not available",
        "404 Not Found",
        "Sorry, the page you are looking for could not be found.",
        "The content you requested does not exist or is not available anymore.",
        "The page no longer exists or did not exist at all.",
    ],
    "newsletter": [
        "Daily newsletterReceive essential international news every morning",
        "Daily newsletter",
        "Sign up for our newsletter",
        "Subscribe to our daily briefing",
        "Get the best stories delivered to your inbox",
        "Receive essential international news every morning",
        "Subscribe now",
        "Enter your email address",
        "Never miss the latest news by signing up to our newsletter today!",
        "The Ledger Tech newsletter: the week in technology, every Friday morning.",
        "Morning Edition newsletter — the day's news before breakfast",
        "Get the Midland Courier morning briefing in your inbox",
        "Island Briefing — the news from Orkney and Shetland in your inbox every weekday morning. Sign up free",
        "Want more transit news? Join 12,000 readers of our weekly newsletter about getting around. Subscribe now",
    ],
    "copyright": [
        "© 2019 dpa GmbH",
        "Copyright 2015 The Associated Press, all rights reserved",
        "(c) 2021 Example Media",
        "All rights reserved.",
        "Copyright © 2020 Reuters",
    ],
    "related_links": [
        "You may also like",
        "Read more: Putin meets Hollande in Moscow",
        "[Read more: Putin meets Hollande](https://example.com/a)",
        "Related articles",
        "Related:",
        "See also",
        "Most popular",
        "More from Europe",
        "Also read: Russia and France agree",
    ],
    "contact_line": [
        (
            "Contact the authors at [d.litvinova@imedia.ru](mailto:d.litvinova@imedia.ru) and "
            "[x@imedia.ru](mailto:x@imedia.ru)"
        ),
        "Contact the author at jane@example.com",
        "Email the reporter",
        "jane.doe@example.com",
        "Write to John Smith at john.smith@wsj.com",
    ],
}

MUST_STAY: dict[str, list[str]] = {
    "photo_credit": [
        "The photo by the agency was widely shared, officials said.",
        "Two more cases were reported in Inner Mongolia, according to Reuters.",
        "Image quality on the new phone is better than on the old one, reviewers found.",
        "The © symbol on the cover dates from 1998, the publisher said.",
        "Copyright © Midland Courier",
    ],
    "comment_thread": [
        "Two responses to the crisis emerged on Tuesday, officials said.",
        "12 comments on the draft were received by the ministry before the deadline.",
    ],
    "comments_tail": [
        "Comments made by the minister on Tuesday drew criticism from the opposition.",
        "He declined to comment.",
        "Top rated comments on the forum were removed by moderators after the vote.",
        "Readers' comments poured in after the story ran.",
    ],
    "social_share": [
        "Facebook said on Tuesday it would share data with researchers.",
        "Share prices fell sharply in Moscow.",
    ],
    "cookie_notice": ["The bakery sells cookies and cakes to tourists near the Kremlin every morning."],
    "advertisement": [
        "Advertisement revenue at the newspaper fell by a third last year, its owners said.",
        "Continue reading, the teacher told the class.",
    ],
    "navigation": [
        "Skipping breakfast was not an option for the delegation, the minister said.",
        "The home of the president was searched by police on Tuesday.",
        "Menu prices rose sharply.",
    ],
    "not_found_tail": [
        "The ministry said the page not found in the archive was forged, and the investigation continues into it.",
        "Officials said 404 people were evacuated from the area on Tuesday evening after the fire spread.",
    ],
    "newsletter": [
        "The newsletter, which is sent to 40,000 readers every week, first reported the deal on Tuesday.",
        "He said he would subscribe to the view that the coalition must be broad and include Russia.",
        "The Guardian newsletter team said the change was made to comply with the new privacy law.",
        "Phishing messages that land in your inbox often ask you to sign up for a prize draw.",
        "Scam e-mails arrive in your inbox every day, the regulator warned on Tuesday.",
        "Never miss a chance to vote, the mayor told residents who had signed up as volunteers.",
    ],
    "copyright": [
        "The court ruled on the copyright dispute between the two publishers after a decade of litigation.",
        "Copyright law in France differs from that of Russia in several respects, experts said.",
    ],
    "related_links": [
        "Read the full statement on the ministry's website, which was published late on Tuesday night.",
        "More than 130 people were killed in the attacks.",
        "Related to the case, prosecutors opened a separate inquiry into arms smuggling.",
    ],
    "contact_line": [
        "He said he had no contact with the author of the letter before it was published in Le Monde.",
        "Reach for the stars, the coach told his team.",
    ],
}
