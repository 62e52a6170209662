"""Publisher details, site pages, topics and disclaimers."""

CATEGORIES = [
    {
        "slug": "skin-conditions",
        "name": "Skin conditions",
        "description": "Eczema, acne and other skin conditions, and how they are treated.",
        "position": 1,
    },
    {
        "slug": "immune-system",
        "name": "Immune system",
        "description": "How the immune system protects us, and what happens when it misfires.",
        "position": 2,
    },
    {
        "slug": "skin-care",
        "name": "Skin care",
        "description": "Practical, evidence-based advice on looking after your skin every day.",
        "position": 3,
    },
]

DISCLAIMERS = [
    {
        "title": "Medical disclaimer",
        "is_default": True,
        "body": (
            "<p>This content is for information only and is not a substitute for professional "
            "medical advice, diagnosis or treatment. Always talk to a doctor, pharmacist or "
            "other qualified health professional before starting, stopping or changing a "
            "treatment. If you need help urgently, call <strong>NHS 111</strong>, or "
            "<strong>999</strong> in an emergency.<br>See our "
            '<a href="/editorial-standards/">editorial standards</a> for how we research, '
            "write and review our articles.</p>"
        ),
    },
    {
        "title": "Affiliate disclosure",
        "is_default": False,
        "body": (
            "<p>Some links on this page may be affiliate links: if you buy through them we may "
            "earn a small commission, at <em>no extra cost to you</em>. Commissions never "
            "influence what we write, and our writers and medical reviewers are not told which "
            'links earn money. Read <a href="/how-we-make-money/">how we make money</a>.</p>'
        ),
    },
]

SITE_SETTINGS = {
    "site_name": "Health Library",
    "tagline": "Evidence-based health information, reviewed by clinicians",
    "description": (
        "Health Library publishes clear, evidence-based articles about health conditions and "
        "treatments. Every article is written by a trained health writer, checked by a medical "
        "reviewer and referenced to its sources. This is a demonstration site: its people and "
        "its publisher are fictional."
    ),
    "company_name": "Health Library Demo Ltd",
    "address": "Demo House\n1 Example Street\nExampleton\nZZ99 9ZZ\nUnited Kingdom",
    "vat_number": "GB 000 0000 00",
    "company_number": "00000000",
    "phone": "+44 20 7946 0000",
    "email": "hello@example.org",
    "show_advertiser_disclosure": True,
    "advertiser_disclosure": (
        "We are independent and supported by advertising. We may earn a commission when you "
        "buy through links on our site."
    ),
    "trust_box_title": "Our promise to you",
    "trust_box_text": (
        "Every article is written by a trained health writer, reviewed by a qualified clinician "
        "and backed by the references listed at the end. We update articles when the evidence "
        "changes, and we tell you what changed."
    ),
    "newsletter_blurb": (
        "A weekly round-up of new and updated articles from our writers and medical reviewers."
    ),
    "privacy_line": (
        "We use your email address only to send you the newsletter, and you can unsubscribe at "
        "any time. We never sell or share it."
    ),
}

SITE_PAGES = [
    {
        "role": "editorial-standards",
        "title": "Editorial standards",
        "summary": "How we research, write, review and update every article.",
        "position": 1,
        "body": """
<p>Health Library exists to give readers health information they can trust. These are the
standards every article meets before we publish it, and the promises we keep afterwards.</p>
<h2>Who writes and reviews our articles</h2>
<p>Our writers have degrees in the life sciences, pharmacy, nursing or medicine. Before
publication every article is checked by a <strong>medical reviewer</strong>, a registered
clinician with experience of the topic, whose name, qualifications and review date appear on the
page.</p>
<h2>How we use evidence</h2>
<ul>
<li>We base articles on clinical guidelines, systematic reviews, peer-reviewed studies and
established reference works.</li>
<li>Medical claims are linked to numbered references, listed in full at the end of the article.
</li>
<li>We say how strong the evidence is, including when a treatment has only been tested in small
or early studies.</li>
<li>We do not treat press releases, marketing material or unreferenced websites as evidence.</li>
</ul>
<h2>Keeping articles up to date</h2>
<p>Every article has a review date, and we check each one again at least every two years, or
sooner when guidance changes. When we change an article meaningfully we update its
<em>Updated</em> date, and when we correct a mistake we say so on the page.</p>
<h2>Independence</h2>
<p>Advertisers and affiliate partners have no say in what we write. Writers and reviewers declare
conflicts of interest, which we publish on their profiles. Read
<a href="/how-we-make-money/">how we make money</a>.</p>
<h2>Tell us about a mistake</h2>
<p>If you think something we have published is wrong, email
<a href="mailto:corrections@example.org">corrections@example.org</a>. An editor will reply within
five working days.</p>
""",
    },
    {
        "role": "about",
        "title": "About us",
        "summary": "Who we are and why Health Library exists.",
        "position": 2,
        "body": """
<p>Health Library publishes plain-English articles about health conditions and treatments,
written by specialist writers and checked by practising clinicians. We want every reader to
understand their options and to know exactly where our information comes from.</p>
<h2>What makes us different</h2>
<ul>
<li>Every article names its writers and its medical reviewer.</li>
<li>Every medical claim is referenced, and the references are listed in full.</li>
<li>Every article shows when it was last reviewed and updated.</li>
</ul>
<p><em>This is a demonstration site.</em> Health Library Demo Ltd, its staff and its address are
fictional. See our <a href="/editorial-standards/">editorial standards</a>.</p>
""",
    },
    {
        "role": "privacy",
        "title": "Privacy policy",
        "summary": "What we collect, why, and your rights.",
        "position": 3,
        "body": """
<p>We collect as little personal information as we can. This policy explains what we hold and
why.</p>
<h2>What we collect</h2>
<ul>
<li><strong>Newsletter:</strong> your email address, used only to send the newsletter.</li>
<li><strong>Comments:</strong> your name, email address and comment. Your email address is never
published.</li>
<li><strong>Server logs:</strong> technical records kept for a short time to keep the site secure.
</li>
</ul>
<h2>What we never do</h2>
<p>We never sell personal information, and we do not use advertising trackers.</p>
<h2>Your rights</h2>
<p>Under UK data protection law you can ask to see, correct or delete the information we hold
about you. Email <a href="mailto:privacy@example.org">privacy@example.org</a>. You can also
complain to the Information Commissioner's Office.</p>
""",
    },
    {
        "role": "terms",
        "title": "Terms and conditions",
        "summary": "The terms for using this website.",
        "position": 4,
        "body": """
<p>By using this website you agree to these terms.</p>
<h2>Health information</h2>
<p>Our articles are for general information. They do not replace advice from a health
professional who knows your circumstances. Read our <a href="/disclaimers/">disclaimers</a>.</p>
<h2>Using our content</h2>
<p>You may read, print and share links to our articles for personal use. Please ask before
republishing them.</p>
<h2>Comments</h2>
<p>We moderate comments and may remove any that are abusive, promotional or could cause harm,
including personal medical advice to other readers.</p>
<h2>Changes</h2>
<p>We may update these terms; the version on this page is the one that applies.</p>
""",
    },
    {
        "role": "how-we-make-money",
        "title": "How we make money",
        "summary": "Advertising, affiliate links, and how we keep them apart from our writing.",
        "position": 5,
        "body": """
<p>Health Library is free to read. This page explains how we pay our writers, medical reviewers
and running costs, and the rules that keep money away from editorial decisions.</p>
<h2>Advertising</h2>
<p>We show display advertisements on some pages. Advertisers buy space, not influence: they
cannot see articles before publication, choose topics or ask for changes. We turn down
advertising for products whose claims we believe are not supported by evidence.</p>
<h2>Affiliate links</h2>
<p>Some articles link to products or services sold by our
<a href="/affiliate-partners/">affiliate partners</a>. If you buy through one of those links we
may earn a commission, at no extra cost to you. Articles with affiliate links carry a notice
saying so.</p>
<h2>What we never do</h2>
<ul>
<li>We never accept payment for a positive mention or review.</li>
<li>We never let advertisers or partners edit or approve our content.</li>
<li>We never tell writers or medical reviewers which links earn money.</li>
</ul>
<h2>Questions</h2>
<p>Read our <a href="/advertiser-disclosure/">advertiser disclosure</a> and
<a href="/editorial-standards/">editorial standards</a>, or email
<a href="mailto:hello@example.org">hello@example.org</a>.</p>
""",
    },
    {
        "role": "advertiser-disclosure",
        "title": "Advertiser disclosure",
        "summary": "We are independent and supported by advertising.",
        "position": 6,
        "body": """
<p>Health Library is independent and supported by advertising. We may earn a commission when
you buy through some links on our site, at no extra cost to you.</p>
<p>Our editorial team works separately from our commercial team, and
<strong>no advertiser or partner can pay to change what we write</strong>. Find out more about
<a href="/how-we-make-money/">how we make money</a>.</p>
""",
    },
    {
        "role": "affiliate-partners",
        "title": "Affiliate partners",
        "summary": "The companies whose links may earn us a commission.",
        "position": 7,
        "body": """
<p>When an article links to a partner below and you buy something, we may earn a commission.
Partners never see or influence our articles.</p>
<h2>Current partners</h2>
<p><em>This is a demonstration site, so it has no real affiliate partners.</em> A live site
would list each partner here, with the kind of products it sells.</p>
""",
    },
    {
        "role": "disclaimers",
        "title": "Disclaimers",
        "summary": "The limits of the information on this site.",
        "position": 8,
        "body": """
<h2>Medical disclaimer</h2>
<p>Our content is for information only. It is not a substitute for professional medical advice,
diagnosis or treatment. Always talk to a qualified health professional about your own health,
and call NHS 111, or 999 in an emergency, if you need help urgently.</p>
<h2>Affiliate disclaimer</h2>
<p>Some pages contain affiliate links. See <a href="/how-we-make-money/">how we make money</a>.
</p>
<h2>External links</h2>
<p>We link to other organisations' websites when they are useful, but we are not responsible
for their content.</p>
""",
    },
]
