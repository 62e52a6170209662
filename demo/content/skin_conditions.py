"""Articles about skin conditions."""

ACNE_BODY = """
<p>Acne is one of the most common skin conditions. It usually starts in the teenage years, but
it can carry on into adult life or begin later. Effective treatments exist, and most need a few
months to work.</p>

<h2>What acne looks like</h2>
<p>Acne affects the parts of the skin with the most oil glands: the face, back and chest. It can
cause:{cite:ng198}</p>
<ul>
<li><strong>Blackheads and whiteheads</strong> (comedones), blocked pores that are not
inflamed.</li>
<li><strong>Red spots and pus-filled spots</strong> (papules and pustules).</li>
<li><strong>Nodules and cysts</strong>, larger, deeper and often painful lumps that are more
likely to leave scars.</li>
</ul>

<h2>Looking after your skin</h2>
<p>UK guidance suggests a few simple habits alongside treatment:{cite:ng198}</p>
<ul>
<li>Use a skin care product that is not alkaline (pH-neutral or slightly acidic) to wash, and
do not wash more than usual: acne is not caused by dirt.</li>
<li>Avoid oil-based make-up and skin products that can block pores.</li>
<li>Try not to pick or squeeze spots, which can make scarring more likely.</li>
</ul>
<p>There is not enough evidence to recommend any particular diet for treating acne.
{cite:ng198}</p>

<h2>Treatments</h2>
<p>For most people, a doctor will suggest a 12-week course of a treatment applied to the skin,
usually a combination product. For moderate to severe acne this may be paired with an
antibiotic taken by mouth.{cite:ng198}</p>
<table>
<tbody>
<tr><td>Mild to moderate acne</td><td>A combination gel or cream, such as adapalene with
benzoyl peroxide, or a retinoid or benzoyl peroxide with the antibiotic clindamycin</td></tr>
<tr><td>Moderate to severe acne</td><td>A combination applied to the skin, sometimes with an
antibiotic tablet such as lymecycline or doxycycline</td></tr>
<tr><td>Severe or scarring acne</td><td>Referral to a dermatologist, who may consider
isotretinoin</td></tr>
</tbody>
</table>
<p>Antibiotics are not used on their own, because that encourages resistant bacteria. The
treatment is reviewed after 12 weeks, and there are other options if the first does not work.
{cite:ng198}</p>
<aside class="callout" data-kind="warning"><p>Retinoids applied to the skin and tetracycline
antibiotics should not be used in pregnancy. Tell your doctor or pharmacist if you are pregnant
or planning a pregnancy.{cite:ng198}</p></aside>

<h2>Acne and how you feel</h2>
<p>Acne can affect confidence and mood. Guidance asks doctors to consider referral when acne is
causing, or contributing to, persistent psychological distress or a mental health problem, and
not only when it is severe.{cite:ng198} If acne is getting you down, say so at your
appointment.</p>
"""

PSORIASIS_BODY = """
<p>Psoriasis is a long-term condition in which skin cells build up too quickly, forming raised,
scaly patches. It is not infectious, and although there is no cure, there are many ways to keep
it under control.</p>

<h2>Symptoms</h2>
<p>The most common form, plaque psoriasis, causes well-defined patches of thickened skin, often
covered in silvery-white scale. On lighter skin they look red or pink; on darker skin they may
look purple or dark brown. They are most often found on the elbows, knees, scalp and lower
back, and can itch or feel sore. Psoriasis can also affect the nails.</p>

<h2>Treatments applied to the skin</h2>
<p>Most people start with treatments applied to the skin. For psoriasis on the body and limbs,
UK guidance recommends a potent corticosteroid and a vitamin D preparation, each applied once a
day at different times (one in the morning, one in the evening) for up to four weeks, with a
review of how well it is working.{cite:cg153}</p>
<ul>
<li>The scalp, face, skin folds and genitals need gentler products or different strengths.</li>
<li>Treatment is stepped up if the first approach does not help after the agreed time.</li>
</ul>

<h2>When creams are not enough</h2>
<p>People whose psoriasis is extensive, or not controlled by treatments applied to the skin,
may be offered light therapy (narrowband ultraviolet B) or a medicine that works throughout the
body, such as methotrexate or ciclosporin. Biological medicines are an option for severe
psoriasis when these are not suitable or have not worked.{cite:cg153}</p>

<h2>More than skin deep</h2>
<p>Psoriasis is linked with other conditions, so your care should look beyond the skin:
{cite:cg153}</p>
<ul>
<li><strong>Joints.</strong> Some people develop psoriatic arthritis. People with psoriasis
should be asked about joint pain, swelling and stiffness at least once a year.</li>
<li><strong>Heart health.</strong> Adults with severe psoriasis should be offered an
assessment of their risk of heart disease.</li>
<li><strong>Wellbeing.</strong> Psoriasis can affect mood, sleep, work and relationships; it
is reasonable to talk about this with your doctor.</li>
</ul>
"""

IMPETIGO_BODY = """
<p>Impetigo is a common bacterial infection of the skin. It is most common in young children
and spreads easily, but it is usually mild and clears with simple treatment.</p>

<h2>What it looks like</h2>
<p>Impetigo usually starts as red sores or blisters, often around the nose and mouth, that
burst and leave golden-brown crusts. It can be itchy.</p>

<h2>Treatment</h2>
<p>For a small area of impetigo in someone who is otherwise well, UK guidance suggests
hydrogen peroxide 1% cream first. If that is unsuitable, an antibiotic cream is used instead.
Antibiotic tablets may be used for widespread impetigo, and are for people who are unwell.
{cite:ng153}</p>
"""

DUPILUMAB_BODY = """
<p>Dupilumab is a biological medicine for eczema. It is given as an injection and works on one
of the immune signals behind eczema's inflammation. On the NHS it is used for adults whose
eczema has not been controlled by other treatments.</p>

<h2>How it works</h2>
<p>Dupilumab is a monoclonal antibody. It blocks signalling by interleukin-4 and
interleukin-13, two messengers that drive the type 2 inflammation of eczema.{cite:ta534}</p>

<h2>Who can have it on the NHS</h2>
<p>NICE recommends dupilumab for adults with moderate to severe atopic eczema only if it has not
responded to at least one other medicine taken by mouth, such as ciclosporin, methotrexate,
azathioprine or mycophenolate mofetil, or if those medicines are not suitable.
{cite:ta534}</p>
<p>Treatment is checked after 16 weeks and stopped if the eczema has not improved enough.
{cite:ta534}</p>

<h2>Side effects</h2>
<p>Eye problems, particularly conjunctivitis, are among the side effects seen in trials, as are
reactions where the injection is given.{cite:ta534} Tell your dermatology team about sore, red
or itchy eyes.</p>
"""

INTERFERON_ALPHA_BODY = """
<p>Interferon-alpha is an immune signalling protein that has been tried as a cream for eczema.
This page summarised the one small study we found.</p>

<h2>What the study found</h2>
<p>A small study applied interferon-alpha to the skin of people with atopic eczema and found no
useful benefit.{cite:cremer1995}</p>
<p>Interferon-alpha is not part of UK guidance on treating eczema.{cite:nice2023}</p>
"""


ARTICLES = [
    {
        "slug": "acne",
        "title": "Acne: causes, skin care and treatment",
        "category": "skin-conditions",
        "standfirst": (
            "Acne is very common and very treatable. Here is what helps, what does not, and how "
            "long treatments take to work."
        ),
        "seo_description": (
            "What acne is, simple skin care that helps, the treatments a GP may offer, and when "
            "to ask for a referral to a dermatologist."
        ),
        "body": ACNE_BODY,
        "tags": ["acne", "skin care", "antibiotics"],
        "authors": ["rohan-mehta"],
        "reviewer": "samuel-okafor",
        "reviewed_on": "2026-06-02",
        "published_at": "2026-06-09T08:00:00+00:00",
        "updated_at": "2026-06-09T08:00:00+00:00",
        "disclaimers": ["Medical disclaimer"],
        "related": ["psoriasis"],
        "hero": {
            "style": "circles",
            "palette": [(250, 238, 230), (240, 226, 236), (214, 120, 110), (244, 184, 120)],
            "alt": (
                "Abstract illustration of soft coral and apricot circles on a pale pink background."
            ),
        },
        "faqs": [
            (
                "Does chocolate cause acne?",
                "UK guidance found too little evidence to recommend any particular diet for "
                "treating acne. If a food seems to make your spots worse, talk it through with "
                "your GP or pharmacist before cutting out whole food groups.",
            ),
            (
                "How long does acne treatment take to work?",
                "Usually several weeks. Treatments are normally tried for 12 weeks before "
                "deciding whether they are working.",
            ),
        ],
    },
    {
        "slug": "psoriasis",
        "title": "Psoriasis: symptoms and treatment",
        "category": "skin-conditions",
        "standfirst": (
            "Psoriasis causes patches of scaly skin that come and go. Treatments can clear or "
            "calm it, and good care also looks after your joints and heart."
        ),
        "seo_description": (
            "What psoriasis looks like, creams and ointments that help, light therapy and "
            "tablets, and the other conditions linked with psoriasis."
        ),
        "body": PSORIASIS_BODY,
        "tags": ["psoriasis", "immunology", "skin care"],
        "authors": ["eleanor-hartley"],
        "reviewer": "catriona-lewis",
        "reviewed_on": "2026-03-10",
        "published_at": "2026-03-17T09:00:00+00:00",
        "updated_at": "2026-03-17T09:00:00+00:00",
        "disclaimers": ["Medical disclaimer"],
        "related": ["acne", "interferon-response"],
        "hero": {
            "style": "waves",
            "palette": [(236, 240, 248), (220, 228, 244), (96, 110, 176), (150, 164, 214)],
            "alt": (
                "Abstract illustration of layered wave-like bands in shades of periwinkle blue "
                "on a pale background."
            ),
        },
        "faqs": [
            (
                "Is psoriasis contagious?",
                "No. You cannot catch psoriasis from someone or pass it on by touch.",
            ),
            (
                "Can psoriasis affect the nails?",
                "Yes. Nails can become pitted, thickened, discoloured or lift away from the nail "
                "bed. Tell your doctor, as nail psoriasis can need its own treatment.",
            ),
        ],
    },
    {
        # Sent back by the reviewer: a draft again, with the note on its history.
        "slug": "impetigo",
        "title": "Impetigo: what it is and how it is treated",
        "category": "skin-conditions",
        "standfirst": "Impetigo is a common skin infection in children. It is usually mild.",
        "seo_description": "Impetigo: how to recognise it and how it is treated.",
        "body": IMPETIGO_BODY,
        "tags": ["infection", "children"],
        "authors": ["eleanor-hartley"],
        "status": "draft",
        "history": [
            ("draft", "in_review", "", "2026-11-24T10:00:00+00:00"),
            (
                "in_review",
                "draft",
                "Please add how long a child should stay off school or nursery, with a "
                "reference, and say when to see a GP.",
                "2026-11-26T15:30:00+00:00",
            ),
        ],
        "disclaimers": ["Medical disclaimer"],
        "related": [],
        "faqs": [
            (
                "Is impetigo contagious?",
                "Yes. It spreads by touch and on shared towels, so keep towels and flannels "
                "separate until the sores have healed.",
            ),
        ],
    },
    {
        # Approved by the reviewer, waiting for an editor to publish it.
        "slug": "dupilumab-for-eczema",
        "title": "Dupilumab for eczema",
        "category": "skin-conditions",
        "standfirst": (
            "Dupilumab is an injected biological medicine for adults with eczema that other "
            "treatments have not controlled."
        ),
        "seo_description": (
            "How dupilumab works for eczema, who can have it on the NHS, how it is given and "
            "its side effects."
        ),
        "body": DUPILUMAB_BODY,
        "tags": ["eczema", "atopic dermatitis", "biologics"],
        "authors": ["rohan-mehta"],
        "reviewer": "catriona-lewis",
        "reviewed_on": "2026-11-27",
        "status": "approved",
        "history": [
            ("draft", "in_review", "", "2026-11-20T09:00:00+00:00"),
            (
                "in_review",
                "approved",
                "Accurate and in line with TA534.",
                "2026-11-27T16:00:00+00:00",
            ),
        ],
        "disclaimers": ["Medical disclaimer"],
        "related": ["interferon-therapy-for-eczema"],
        "hero": {
            "style": "rings",
            "palette": [(18, 52, 62), (24, 82, 88), (90, 190, 180), (250, 220, 150)],
            "alt": (
                "Abstract illustration of pale gold dots in rings around a teal circle on a "
                "deep green background."
            ),
        },
        "faqs": [
            (
                "How often is dupilumab injected?",
                "After a first, larger dose it is usually injected under the skin every two "
                "weeks. Many people learn to do this themselves at home.",
            ),
        ],
    },
    {
        # Archived: the text was folded into the interferon therapy article.
        "slug": "interferon-alpha-cream-for-eczema",
        "title": "Interferon-alpha cream for eczema",
        "category": "skin-conditions",
        "standfirst": "A small study tried interferon-alpha applied to the skin for eczema.",
        "seo_description": "What a small study of interferon-alpha cream for eczema found.",
        "body": INTERFERON_ALPHA_BODY,
        "tags": ["eczema", "interferon"],
        "authors": ["eleanor-hartley"],
        "reviewer": "catriona-lewis",
        "reviewed_on": "2023-11-02",
        "published_at": "2023-11-09T09:00:00+00:00",
        "updated_at": "2023-11-09T09:00:00+00:00",
        "status": "archived",
        "history": [
            ("draft", "in_review", "", "2023-10-30T09:00:00+00:00"),
            ("in_review", "approved", "", "2023-11-02T12:00:00+00:00"),
            ("approved", "published", "", "2023-11-09T09:00:00+00:00"),
            (
                "published",
                "archived",
                "Merged into “Interferon therapy for eczema”, which covers the same study.",
                "2024-03-05T09:00:00+00:00",
            ),
        ],
        "disclaimers": ["Medical disclaimer"],
        "related": [],
        "faqs": [
            (
                "Should I look for interferon cream?",
                "No. Interferon-alpha is not part of UK guidance on treating eczema. Never buy "
                "medicines like this online; ask your GP or pharmacist about your options.",
            ),
        ],
    },
]
