"""Articles about everyday skin care."""

EMOLLIENTS_BODY = """
<p>Emollients are moisturising treatments that soothe dry skin and help it work as a barrier
again. For anyone with eczema they are the foundation of treatment, used every day and not only
during flare-ups.{cite:nice2023,azizan2020,nemeth2024}</p>

<h2>Types of emollient</h2>
<ul>
<li><strong>Lotions</strong> are light and spread easily, which suits hairy or large areas, but
they hold in the least moisture.</li>
<li><strong>Creams</strong> are a middle ground: they soak in quickly and suit daytime use.</li>
<li><strong>Ointments</strong> are greasy and the most moisturising. They suit very dry or
thickened skin, and night-time use.</li>
</ul>
<p>The best emollient is the one you are happy to use often. Many people use a cream in the day
and an ointment at night.{cite:nice2023}</p>

<h2>How to apply emollients</h2>
<ol>
<li>Wash your hands, and take the emollient from a pump dispenser or with a clean spoon rather
than your fingers, so the tub does not become contaminated.</li>
<li>Smooth on a generous layer in the direction the hair grows. There is no need to rub it in.
</li>
<li>Apply it often: several times a day when your skin is dry, and straight after washing.</li>
<li>Use an emollient or soap substitute instead of soap and bubble bath.</li>
<li>If you also use a steroid cream, leave a gap of several minutes between the two so that one
does not dilute the other.</li>
</ol>
<p>Children with eczema typically need 250–500 g of emollient a week.{cite:niceqs44} Adults
often need more, so ask for enough on prescription that you never run out.</p>
<aside class="callout" data-kind="warning"><p><strong>Fire risk:</strong> emollients soak into
clothing, bedding and dressings and make them burn more easily. This applies to paraffin-free
products as well as those containing paraffin. Do not smoke or go near naked flames, and change
and wash fabrics often, remembering that washing may not remove all the residue.{cite:nice2023}
</p></aside>
<aside class="callout" data-kind="info"><p><em>Aqueous cream</em> is not recommended as a
leave-on moisturiser for eczema, because it can irritate the skin.{cite:nice2023}</p></aside>

<h2>When to see a doctor or pharmacist</h2>
<p>Ask for help if your eczema is not improving with regular emollients, if it keeps you awake at
night, or if it might be infected, for example if it is weeping, crusted, painful or spreading.
{cite:nemeth2024,nice2023} For severe eczema, read about the
<a href="/articles/interferon-therapy-for-eczema/">treatments a specialist may offer</a>.</p>
"""

SUN_BODY = """
<p>Sunlight has benefits, including helping the body make vitamin D, but too much ultraviolet
(UV) radiation causes sunburn and raises the risk of skin cancer. A few habits keep the balance
right.</p>

<h2>Who is most at risk</h2>
<p>Everyone can burn, but some people need to take more care, including people with fair skin
that burns easily, red or fair hair, lots of moles or freckles, a history of sunburn, or a
personal or family history of skin cancer. Children need particular protection.{cite:ng34}</p>

<h2>Protecting your skin</h2>
<ol>
<li><p><strong>Use shade</strong> when the sun is strongest, in the middle of the day.</p></li>
<li><p><strong>Cover up</strong> with clothing, a wide-brimmed hat and sunglasses.</p></li>
<li><p><strong>Use sunscreen</strong> on skin you cannot cover, with a sun protection factor
(SPF) of at least 15 and high UVA protection. Most people put on too little: apply it
generously and reapply it often, especially after swimming or sweating.{cite:ng34}</p></li>
</ol>
<p>Sunscreen is not a reason to spend longer in strong sun: it reduces the damage but does not
prevent it.{cite:ng34}</p>

<h2>Vitamin D</h2>
<p>Short periods of sun on the skin help the body make vitamin D. People who get little sun,
cover their skin, or have dark skin may not make enough from sunlight and may benefit from a
supplement.{cite:ng34}</p>
"""

BABY_ECZEMA_BODY = """
<p>Eczema often starts in the first year of life. Caring for a baby's eczema is mostly about
everyday skin care, with extra treatment for flare-ups.</p>

<h2>Emollients every day</h2>
<p>Emollients (medical moisturisers) are the basis of treatment and should be used all the time,
even when the skin looks clear. Use them in large amounts and instead of soap for washing.
{cite:cg57}</p>

<h2>Treating flare-ups</h2>
<p>A doctor may prescribe a steroid cream or ointment for flare-ups, with a strength matched to
how severe the eczema is. Mild steroids are used on the face and neck. Potent steroids should
not be used for babies under 12 months without specialist advice.{cite:cg57}</p>

<h2>Infection</h2>
<aside class="callout" data-kind="urgent"><p>Get medical help the same day if your baby's eczema
suddenly gets worse and painful, with clustered blisters or small punched-out sores, especially
with a fever. This may be eczema herpeticum, a herpes infection that needs urgent treatment.
{cite:cg57}</p></aside>
"""


ARTICLES = [
    {
        "slug": "emollients-for-eczema",
        "title": "Emollients for eczema: how to use them",
        "category": "skin-care",
        "standfirst": (
            "Emollients are the everyday treatment for eczema. Choosing the right type and "
            "using enough of it, often enough, makes a real difference."
        ),
        "seo_description": (
            "Lotions, creams or ointments? How much emollient to use, how to apply it, the fire "
            "risk to know about, and when to get help."
        ),
        "body": EMOLLIENTS_BODY,
        "tags": ["eczema", "atopic dermatitis", "emollients", "skin care"],
        "authors": ["rohan-mehta"],
        "reviewer": "catriona-lewis",
        "reviewed_on": "2025-01-28",
        "published_at": "2024-09-12T08:30:00+00:00",
        "updated_at": "2025-02-03T11:00:00+00:00",
        "disclaimers": ["Medical disclaimer", "Affiliate disclosure"],
        "related": ["interferon-therapy-for-eczema"],
        "hero": {
            "style": "waves",
            "palette": [(246, 240, 226), (232, 218, 190), (122, 158, 126), (74, 112, 92)],
            "alt": (
                "Abstract illustration of smooth, wave-like bands in shades of sage green "
                "flowing across a pale sand-coloured background."
            ),
        },
        "faqs": [
            (
                "Can I use emollients on a baby?",
                "Yes. Emollients are safe for babies and are the main treatment for eczema at "
                "any age. Choose unperfumed products, and ask your health visitor, pharmacist or "
                "GP which type suits your baby's skin.",
            ),
            (
                "Do emollients go off?",
                "Yes. Check the expiry date and the symbol showing how long the product keeps "
                "once opened. Tubs can become contaminated if fingers go in, so use a clean spoon "
                "or a pump dispenser.",
            ),
            (
                "What if an emollient stings?",
                "Some people find a particular product stings, especially on broken skin. If the "
                "stinging continues, ask your pharmacist or GP about switching to a different "
                "emollient.",
            ),
        ],
    },
    {
        "slug": "sun-safety",
        "title": "Sun safety: protecting your skin",
        "category": "skin-care",
        "standfirst": (
            "Enjoy the sun without burning: who is most at risk, how to protect your skin, "
            "and what it means for vitamin D."
        ),
        "seo_description": (
            "Who is most at risk from the sun, shade, clothing and sunscreen, and how to get "
            "enough vitamin D."
        ),
        "body": SUN_BODY,
        "tags": ["skin care", "sun safety", "vitamin D"],
        "authors": ["rohan-mehta", "eleanor-hartley"],
        "reviewer": "catriona-lewis",
        "reviewed_on": "2026-04-20",
        "published_at": "2026-04-27T08:00:00+00:00",
        "updated_at": "2026-05-11T10:00:00+00:00",
        "disclaimers": ["Medical disclaimer", "Affiliate disclosure"],
        "related": ["emollients-for-eczema"],
        "hero": {
            "style": "circles",
            "palette": [(255, 246, 214), (255, 226, 178), (244, 170, 60), (250, 210, 90)],
            "alt": (
                "Abstract illustration of warm yellow and orange circles overlapping on a pale "
                "sunny background."
            ),
        },
        "faqs": [
            (
                "Do I need sunscreen on a cloudy day?",
                "UV passes through cloud, so you can burn on a cloudy day. Check the UV "
                "forecast and protect your skin when it is moderate or higher.",
            ),
            (
                "Is a fake tan protective?",
                "No. Most fake tans give little or no protection from the sun unless they "
                "also contain a sunscreen, so you still need to protect your skin.",
            ),
        ],
    },
    {
        # Approved and scheduled: it goes live a week after the demo is loaded.
        "slug": "baby-eczema",
        "title": "Caring for your baby's eczema",
        "category": "skin-care",
        "standfirst": (
            "Daily emollients, treatment for flare-ups, and the signs that need a doctor the "
            "same day."
        ),
        "seo_description": (
            "How to care for eczema in babies: emollients, steroid creams for flare-ups, and "
            "when to get urgent help."
        ),
        "body": BABY_ECZEMA_BODY,
        "tags": ["eczema", "children", "emollients"],
        "authors": ["eleanor-hartley"],
        "reviewer": "catriona-lewis",
        "reviewed_on": "2026-11-18",
        "publish_in_days": 7,
        "history": [
            ("draft", "in_review", "", "2026-11-10T09:00:00+00:00"),
            ("in_review", "approved", "", "2026-11-18T15:00:00+00:00"),
            ("approved", "published", "Scheduled for next week.", "2026-11-19T10:00:00+00:00"),
        ],
        "disclaimers": ["Medical disclaimer"],
        "related": ["emollients-for-eczema"],
        "hero": {
            "style": "waves",
            "palette": [(240, 246, 250), (224, 236, 244), (140, 186, 210), (200, 224, 236)],
            "alt": ("Abstract illustration of soft pale blue waves on a white background."),
        },
        "faqs": [
            (
                "How much emollient should I use on my baby?",
                "More than most people expect. Use it generously, several times a day, and "
                "ask for a large enough prescription.",
            ),
        ],
    },
]
