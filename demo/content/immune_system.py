"""Articles about the immune system and allergy."""

INTERFERON_BODY = """
<p>Your body has several lines of defence against infection. One of the fastest is the
<strong>interferon response</strong>: an alarm system that lets infected cells warn their
neighbours and call in the wider immune system within hours of a virus arriving.
{cite:platanias2005,khanna2024}</p>
<p>Interferons are not antibodies, and they do not attack viruses directly. Instead they change
the behaviour of the cells they reach, putting them into an <em>antiviral state</em> in which a
virus finds it much harder to copy itself and spread. This buys time while the slower, more
targeted parts of the immune system get going.{cite:khanna2024}</p>

<h2>A discovery from 1957</h2>
<p>Interferons were discovered in London in 1957 by the virologists Alick Isaacs and Jean
Lindenmann. They found that fragments of chick-embryo membrane exposed to heat-killed influenza
virus released a substance that protected fresh membrane from live virus. Because it
<em>interfered</em> with infection, they called it interferon.{cite:isaacs1957}</p>

<h2>How the interferon response works</h2>
<ol>
<li><strong>Detection.</strong> Sensors inside cells and on their surface recognise features of
viruses, such as viral genetic material in places where a healthy cell would not have it.</li>
<li><strong>Alarm.</strong> The infected cell starts making interferons and releases them.</li>
<li><strong>Signalling.</strong> Interferons bind to receptors on nearby cells and switch on a
signalling route called the JAK–STAT pathway.{cite:platanias2005}</li>
<li><strong>Defence.</strong> The receiving cells turn on hundreds of
<em>interferon-stimulated genes</em>. Their products slow viral copying, break down viral
genetic material and make infected cells easier for the immune system to spot.</li>
<li><strong>Recruitment.</strong> Interferons also activate natural killer cells, macrophages and
T cells, linking the fast, general “innate” response to the slower, targeted “adaptive”
response.{cite:khanna2024}</li>
</ol>

<h2>The three types of interferon</h2>
<table>
<thead>
<tr><th>Type</th><th>Members</th><th>Main sources</th><th>Main role</th></tr>
</thead>
<tbody>
<tr><td>Type I</td><td>IFN-α (several subtypes), IFN-β, and others such as IFN-ε, IFN-κ and
IFN-ω</td><td>Almost any infected cell; plasmacytoid dendritic cells make large amounts</td>
<td>Rapid antiviral defence throughout the body</td></tr>
<tr><td>Type II</td><td>IFN-γ only</td><td>T cells and natural killer cells</td><td>Activating
macrophages and steering immune responses against viruses, bacteria that live inside cells,
and tumours</td></tr>
<tr><td>Type III</td><td>IFN-λ1 to IFN-λ4</td><td>Cells lining the airways and gut, and some
dendritic cells</td><td>Local antiviral protection at the body's barrier surfaces</td></tr>
</tbody>
</table>
<p>Type I and Type II interferons use different receptors and switch on overlapping but distinct
sets of genes.{cite:platanias2005} Type III interferons act on much the same genes as Type I,
but their receptor is found mainly on the cells lining the airways and gut, so their effect
stays more local.{cite:khanna2024}</p>
<h3>Interferon-gamma: a coordinator as much as a defender</h3>
<p>IFN-γ is made once natural killer cells and T cells have been activated, and its main job is
to direct other immune cells. It switches macrophages into a state in which they kill the
microbes they swallow more effectively, helps cells display fragments of microbes to T cells,
and steers helper T cells towards the Th1 type that deals with viruses and with bacteria that
live inside cells.{cite:platanias2005,khanna2024}</p>
<aside class="callout" data-kind="info"><p>You may see interferon-gamma filed under Type I, or a
“Type II delta” interferon mentioned. Both are errors: <strong>IFN-γ is the only Type II
interferon</strong>, and there is no human interferon-delta.</p></aside>

<h2>Why infections make you feel unwell</h2>
<p>Many symptoms of a viral illness, such as fever, aching muscles, tiredness and loss of
appetite, come from the immune response rather than from the virus itself, and interferons are
part of that response. The same flu-like symptoms are the most common side effect when
interferons are given as medicines.{cite:khanna2024}</p>

<h2>When the response goes wrong</h2>
<ul>
<li><strong>Too little.</strong> Many viruses carry proteins that block interferon signalling,
and rare inherited faults in interferon pathways can leave people open to severe infections.
</li>
<li><strong>Too much, or for too long.</strong> Persistent interferon activity is a feature of
some autoimmune diseases, notably systemic lupus erythematosus, and of rare inherited conditions
called interferonopathies.</li>
<li><strong>The wrong balance.</strong> In atopic eczema the immune response leans towards type 2
inflammation, and IFN-γ production is relatively low.{cite:brar2016,czarnowicki2015}</li>
</ul>

<h2>Interferons as medicines</h2>
<p>Manufactured interferons have been used to treat several conditions:{cite:khanna2024}</p>
<ul>
<li><strong>Interferon-alpha</strong>: hepatitis B and, before today's antiviral tablets,
hepatitis C; also some blood and skin cancers.</li>
<li><strong>Interferon-beta</strong>: relapsing forms of multiple sclerosis.</li>
<li><strong>Interferon-gamma</strong>: chronic granulomatous disease, an inherited immune
disorder. It has also been studied in severe eczema.{cite:brar2016,hanifin1993}</li>
</ul>
<aside class="callout" data-kind="warning"><p>Interferon medicines are prescription-only and need
regular monitoring, including blood tests. Interferon-alpha in particular can cause low mood or
depression, so tell your doctor about any history of mental health problems before starting.
</p></aside>
<p>To see how one interferon was tested as a skin treatment, read
<a href="/articles/interferon-therapy-for-eczema/">Interferon therapy for eczema</a>.</p>
"""

ANAPHYLAXIS_BODY = """
<p>Anaphylaxis is a severe allergic reaction that affects the whole body. It can develop within
minutes and can be life-threatening, so it is always an emergency. After emergency treatment,
people need observation, tests and a specialist appointment.</p>

<aside class="callout" data-kind="urgent"><p>Call 999 if someone has swelling of the throat or
tongue, difficulty breathing or swallowing, wheezing, or feels faint or collapses, especially
soon after contact with a food, medicine or insect sting. If they have an adrenaline
auto-injector, use it straight away.</p></aside>

<h2>What causes anaphylaxis?</h2>
<p>Anaphylaxis happens when the immune system overreacts to a trigger. Common triggers are
foods (such as peanuts, tree nuts, milk, egg and shellfish), medicines, and wasp or bee stings.
Sometimes no cause is found.</p>

<h2>After emergency treatment</h2>
<p>UK guidance sets out what should happen once the emergency has been treated:{cite:cg134}</p>
<ul>
<li>A blood test for <strong>mast cell tryptase</strong>, taken as soon as possible after
emergency treatment and again within one to two hours (and no later than four hours) of the
start of symptoms. It helps confirm that the reaction was anaphylaxis.</li>
<li><strong>Observation in hospital</strong>: adults and young people aged 16 or over for six
to twelve hours from the start of symptoms, depending on how they respond; children under 16
are admitted under the care of a children's team.</li>
<li>Before going home, an <strong>adrenaline auto-injector</strong> as an interim measure,
with training in how and when to use it.</li>
<li>A <strong>referral to a specialist allergy service</strong>, to find the cause and plan
how to avoid it.</li>
</ul>

<h2>Living with a risk of anaphylaxis</h2>
<p>If you have been prescribed adrenaline auto-injectors, carry them with you at all times,
check their expiry dates, and make sure the people around you know how to use them. Tell your
GP practice, dentist and pharmacist about your allergy, so it is recorded.</p>
"""

DRUG_ALLERGY_BODY = """
<p>Many people believe they are allergic to a medicine. Some are; many had a side effect, or an
illness that happened to start at the same time. Getting the label right matters, because an
allergy label can rule out the best treatment for years.</p>

<h2>Allergy or side effect?</h2>
<p>A side effect is a known, usually predictable effect of a medicine, such as an upset stomach
with some antibiotics. An allergy is the immune system reacting to the medicine. It can cause a
rash, hives, swelling or, rarely, anaphylaxis, and it can happen again with related medicines.
{cite:cg183}</p>

<h2>What should be recorded</h2>
<p>When a reaction is suspected, UK guidance asks health professionals to record the medicine's
name, what the reaction was and how severe, and when it happened. People should be given
written information about the medicine they need to avoid.
{cite:cg183}</p>

<h2>Penicillin allergy</h2>
<p>Penicillin allergy is a label many people carry. Guidance recommends referral to a
specialist drug allergy service for people with a suspected allergy to penicillin or a related
antibiotic who need one for a condition that has no good alternative, or who are likely to need
them often.{cite:cg183} A specialist can
often confirm whether the allergy is real.</p>
<aside class="callout" data-kind="info"><p>Do not test yourself by taking a medicine you have
reacted to before. Talk to your GP or pharmacist about whether a specialist assessment could
help.</p></aside>
"""

FOOD_ALLERGY_BODY = """
<p>Food allergy in children is common and can be worrying. A careful history, and the right
tests for the right kind of allergy, are the keys to a clear diagnosis.</p>

<h2>Two kinds of food allergy</h2>
<p>Some allergies come on quickly, within minutes to a couple of hours of eating, with hives,
swelling, vomiting or, rarely, anaphylaxis. Others come on more slowly, over hours or days,
often with eczema, reflux or changes in bowel habit.{cite:cg116}</p>

<h2>How it is diagnosed</h2>
<p>A doctor starts with an allergy-focused history: what was eaten, what happened, how quickly,
and whether it has happened before. For quick reactions, a skin prick test or a blood test for
specific IgE antibodies may help. For slower reactions, the usual approach is to leave the food
out for two to six weeks and then bring it back, with advice from a dietitian.{cite:cg116}</p>
<aside class="callout" data-kind="warning"><p>Do not rely on tests sold directly to the public,
such as hair analysis, vega testing, applied kinesiology or IgG blood tests. UK guidance
recommends against using them to diagnose food allergy.{cite:cg116}</p></aside>
"""

VACCINES_BODY = """
<p>Your GP practice may contact you about vaccinations, or ask about them when you come in for
something else. This is deliberate: it is one of the most effective ways to make sure nobody
misses out.</p>

<h2>Why your practice checks</h2>
<p>UK guidance on increasing vaccine uptake asks health services to use every contact, such as
routine appointments, health checks and hospital visits, to check whether people are up to date
with their vaccinations, and to offer any they have missed.{cite:ng218}</p>

<h2>Reminders and invitations</h2>
<p>The same guidance recommends reminders by letter, text or phone, and further invitations for
people who have not responded, with information that answers common questions.{cite:ng218}</p>
"""


ARTICLES = [
    {
        "slug": "interferon-response",
        "title": "What is the interferon response?",
        "category": "immune-system",
        "standfirst": (
            "When a virus gets into a cell, the cell raises the alarm. Interferons carry that "
            "alarm to neighbouring cells and to the immune system. This is how it works."
        ),
        "seo_description": (
            "How interferons warn cells about viruses, the three types of interferon, why "
            "infections make you feel ill, and how interferons are used as medicines."
        ),
        "body": INTERFERON_BODY,
        "tags": ["interferon", "immunology", "infection"],
        "authors": ["eleanor-hartley"],
        "reviewer": "catriona-lewis",
        "reviewed_on": "2024-10-30",
        "published_at": "2024-05-20T08:00:00+00:00",
        "updated_at": "2024-11-04T09:15:00+00:00",
        "disclaimers": ["Medical disclaimer"],
        "related": ["interferon-therapy-for-eczema"],
        "hero": {
            "style": "rings",
            "palette": [(24, 28, 64), (52, 40, 98), (120, 92, 200), (244, 196, 84)],
            "alt": (
                "Abstract illustration of gold dots spreading outwards in rings from a glowing "
                "violet circle on a dark blue background, like a signal travelling from cell to "
                "cell."
            ),
        },
        "faqs": [
            (
                "Why is it called interferon?",
                "Because it interferes with viral infection. Alick Isaacs and Jean Lindenmann "
                "chose the name in 1957, when they found that cells exposed to an inactivated "
                "virus released a substance that protected other cells from live virus.",
            ),
            (
                "Which type of interferon is interferon-gamma?",
                "Type II. Interferon-gamma is the only member of that type. Interferon-alpha "
                "and interferon-beta are Type I, and the interferon-lambdas are Type III.",
            ),
            (
                "Can I boost my interferon response?",
                "No food, supplement or product has been shown to boost interferons in a way "
                "that prevents or treats infection. Vaccination, and keeping any long-term "
                "condition well controlled, are the proven ways to support your immune system."
                "\n\n"
                "Interferon medicines are prescribed only for specific diseases, under "
                "specialist care.",
            ),
        ],
    },
    {
        "slug": "anaphylaxis",
        "title": "Anaphylaxis: what happens after a severe allergic reaction",
        "category": "immune-system",
        "standfirst": (
            "Anaphylaxis is an emergency. This is what to do, and what care you should expect "
            "once the emergency is over."
        ),
        "seo_description": (
            "Signs of anaphylaxis and when to call 999, tests and observation after emergency "
            "treatment, adrenaline auto-injectors and allergy referral."
        ),
        "body": ANAPHYLAXIS_BODY,
        "tags": ["allergy", "anaphylaxis", "immunology"],
        "authors": ["eleanor-hartley"],
        "reviewer": "samuel-okafor",
        "reviewed_on": "2026-09-21",
        "published_at": "2026-09-28T08:00:00+00:00",
        "updated_at": "2026-09-28T08:00:00+00:00",
        "disclaimers": ["Medical disclaimer"],
        "related": ["drug-allergy", "interferon-response"],
        "hero": {
            "style": "rings",
            "palette": [(60, 16, 24), (96, 28, 36), (220, 90, 80), (255, 214, 170)],
            "alt": (
                "Abstract illustration of pale dots in rings spreading from a red circle on a "
                "deep burgundy background."
            ),
        },
        "faqs": [
            (
                "Should I still call 999 if the auto-injector worked?",
                "Yes. Always call 999 after using an adrenaline auto-injector, even if the "
                "person feels better: symptoms can come back, and they need to be checked in "
                "hospital.",
            ),
            (
                "Why do I need to see an allergy specialist?",
                "To find out what caused the reaction, so you know what to avoid, and to plan "
                "what to do if it happens again.",
            ),
        ],
    },
    {
        # No hero image: its card shows how such articles line up with pictured ones.
        "slug": "drug-allergy",
        "title": "Drug allergy: what counts, and why the label matters",
        "category": "immune-system",
        "standfirst": (
            "Not every reaction to a medicine is an allergy. Here is how to tell the difference "
            "and why it is worth getting the label right."
        ),
        "seo_description": (
            "The difference between a drug allergy and a side effect, what should be recorded, "
            "and when penicillin allergy should be checked by a specialist."
        ),
        "body": DRUG_ALLERGY_BODY,
        "tags": ["allergy", "antibiotics", "medicines"],
        "authors": ["rohan-mehta"],
        "reviewer": "samuel-okafor",
        "reviewed_on": "2026-07-14",
        "published_at": "2026-07-21T08:00:00+00:00",
        "updated_at": "2026-07-21T08:00:00+00:00",
        "disclaimers": ["Medical disclaimer"],
        "related": ["anaphylaxis"],
        "faqs": [
            (
                "Can a drug allergy go away?",
                "Sometimes. Many people labelled allergic to penicillin as children turn out not "
                "to be allergic when tested by a specialist. Only a specialist should test it.",
            ),
        ],
    },
    {
        # Submitted by the writer: waiting in a reviewer's queue.
        "slug": "food-allergy-in-children",
        "title": "Food allergy in children: getting a diagnosis",
        "category": "immune-system",
        "standfirst": "How doctors tell which food is causing a reaction, and which tests help.",
        "seo_description": (
            "The two kinds of food allergy in children, how they are diagnosed, and which "
            "tests to avoid."
        ),
        "body": FOOD_ALLERGY_BODY,
        "tags": ["allergy", "children"],
        "authors": ["eleanor-hartley"],
        "status": "in_review",
        "history": [("draft", "in_review", "", "2026-11-29T11:00:00+00:00")],
        "disclaimers": ["Medical disclaimer"],
        "related": ["anaphylaxis"],
        "faqs": [
            (
                "Can my child grow out of a food allergy?",
                "Some food allergies, such as milk and egg allergy, are often outgrown; others "
                "tend to last. An allergy specialist can advise whether and when to re-test.",
            ),
        ],
    },
    {
        # Unpublished while the editors check it; it was live before.
        "slug": "vaccination-reminders",
        "title": "Why your GP practice asks about your vaccinations",
        "category": "immune-system",
        "standfirst": "Reminders and checks at appointments help make sure nobody misses out.",
        "seo_description": "Why GP practices check vaccination status and send reminders.",
        "body": VACCINES_BODY,
        "tags": ["vaccination"],
        "authors": ["rohan-mehta"],
        "reviewer": "samuel-okafor",
        "reviewed_on": "2025-05-20",
        "published_at": "2025-05-27T08:00:00+00:00",
        "updated_at": "2025-05-27T08:00:00+00:00",
        "status": "unpublished",
        "history": [
            ("draft", "in_review", "", "2025-05-12T09:00:00+00:00"),
            ("in_review", "approved", "", "2025-05-20T14:00:00+00:00"),
            ("approved", "published", "", "2025-05-27T08:00:00+00:00"),
            (
                "published",
                "unpublished",
                "Taken down while we add the current vaccination schedule.",
                "2026-10-06T10:00:00+00:00",
            ),
        ],
        "disclaimers": ["Medical disclaimer"],
        "related": [],
        "faqs": [
            (
                "I think I missed a vaccination. What should I do?",
                "Contact your GP practice. Many missed vaccinations can still be given.",
            ),
        ],
    },
]
