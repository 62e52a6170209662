"""Articles about skin conditions."""

ECZEMA_BODY = """
<p>Most people with eczema control it with moisturisers and, during flare-ups, steroid creams.
A smaller group has <strong>severe eczema</strong> that keeps returning despite careful skin
care. One of the first treatments aimed at the immune system behind it was an injected protein
called <em>interferon-gamma</em> (IFN-γ). This article explains why researchers expected it to
help, what the trials found, and where it stands today.</p>

<h2>What is eczema?</h2>
<p>Atopic eczema, also called atopic dermatitis, is a long-term inflammatory skin condition. The
skin becomes dry, itchy and inflamed, and the condition tends to come and go in flare-ups.
{cite:nemeth2024,azizan2020,nice2023} It usually starts in early childhood, often within the
first year of life, although it can begin at any age.{cite:nemeth2024}</p>
<p>Where it appears tends to change with age:{cite:nemeth2024}</p>
<ul>
<li><strong>Babies</strong> often have patches on the cheeks, the scalp and the outer surfaces of
the arms and legs.</li>
<li><strong>Older children</strong> tend to get eczema in the skin creases, such as the inside of
the elbows and behind the knees.</li>
<li><strong>Adults</strong> commonly have it on the hands, the face and neck, and in skin folds.
</li>
</ul>
<p>Eczema runs in families and often goes with asthma and hay fever. Many children grow out of
it, but for some it continues into adult life.{cite:nemeth2024}</p>

<h2>How is eczema usually treated?</h2>
<p>Treatment is stepped: the more severe the eczema, the more options come into play.
{cite:azizan2020,nice2023}</p>
<ol>
<li><strong>Daily skin care.</strong> Emollients (medical moisturisers) and soap substitutes are
used every day, even when the skin looks clear. Our guide to
<a href="/articles/emollients-for-eczema/">using emollients</a> explains how.</li>
<li><strong>Treating flare-ups.</strong> A topical corticosteroid of the right strength calms
inflammation; calcineurin inhibitor creams or ointments, such as tacrolimus, are an option for
delicate areas like the face.</li>
<li><strong>Specialist treatment.</strong> When creams are not enough, a dermatologist may offer
light therapy or a medicine that works throughout the body.</li>
</ol>
<p>There is no cure for eczema, but most people can control it well with the right combination
of treatments.{cite:nemeth2024}</p>

<h3>Options for severe eczema</h3>
<p>The table compares the main treatments a dermatologist may consider for severe eczema, with
interferon-gamma alongside them for reference.</p>
<table>
<thead>
<tr><th>Treatment</th><th>How it is given</th><th>How it works</th>
<th>Place in UK care today</th></tr>
</thead>
<tbody>
<tr><td>Phototherapy</td><td>Ultraviolet light in hospital, two or three times a week</td>
<td>Damps down inflammation in the skin</td><td>Established specialist option</td></tr>
<tr><td>Immunosuppressants such as ciclosporin or methotrexate</td><td>Tablets (methotrexate can
also be injected weekly)</td><td>Broadly suppress the immune system</td><td>Established
specialist option, with blood tests</td></tr>
<tr><td>Biological medicines such as dupilumab or tralokinumab</td><td>Injection under the skin,
usually every two weeks</td><td>Block IL-13, a key type 2 signal (dupilumab blocks IL-4 too)
</td>
<td>Recommended by NICE when other systemic treatments are unsuitable or have not worked</td>
</tr>
<tr><td>JAK inhibitors such as abrocitinib, baricitinib or upadacitinib</td><td>Daily tablets
</td><td>Block signalling inside immune cells</td><td>Recommended by NICE for some people with
moderate to severe eczema</td></tr>
<tr><td>Interferon-gamma</td><td>Injection under the skin, daily or a few times a week</td>
<td>Supplies a Type II interferon to rebalance the immune response</td><td>Studied in trials;
not a standard eczema treatment</td></tr>
</tbody>
</table>
<p>Specialists choose between these case by case, weighing severity, other health conditions
and, for children, which medicines are licensed at their age.{cite:nice2023}</p>

<h2>What are interferons?</h2>
<p>Interferons are signalling proteins, part of the family of <em>cytokines</em> that coordinate
the immune system. Named for their ability to interfere with viruses, they also switch on immune
cells and shape inflammation.{cite:khanna2024}</p>
<p>There are three types:{cite:khanna2024}</p>
<ul>
<li><strong>Type I</strong> interferons include interferon-alpha (IFN-α) and interferon-beta
(IFN-β). Almost any cell can make them when it detects a virus.</li>
<li><strong>Type II</strong> has a single member, interferon-gamma (IFN-γ), made mainly by
activated T cells and natural killer cells.</li>
<li><strong>Type III</strong> interferons, the interferon-lambdas (IFN-λ), mostly protect the
linings of the airways and gut.</li>
</ul>
<aside class="callout" data-kind="info"><p>Interferon-gamma is sometimes listed as a Type I
interferon by mistake. It is the <strong>only Type II interferon</strong>: it acts through its
own receptor, separate from the one shared by IFN-α and IFN-β, and no human interferon is called
“delta”. Read more in <a href="/articles/interferon-response/">What is the interferon
response?</a></p></aside>

<h2>Why try interferon-gamma for eczema?</h2>
<p>The immune response in eczema is dominated by <em>type 2 inflammation</em>. T helper 2 (Th2)
cells release messengers such as interleukin-4 and interleukin-13, which drive itching, weaken
the skin barrier and raise levels of immunoglobulin E (IgE), the antibody behind allergic
reactions. In adults with severe eczema, the skin-homing T cells circulating in the blood are
shifted towards Th2 and Th22 types.{cite:czarnowicki2015}</p>
<p>IFN-γ pulls the other way: it drives T helper 1 responses and holds back Th2 activity and
IgE production. People with eczema, and young children in particular,
tend to make less IFN-γ than people without it.{cite:brar2016,chang2002} Low IFN-γ activity has
also been linked to the skin infections that complicate eczema, such as
<em>Staphylococcus aureus</em> infection and eczema herpeticum.{cite:brar2016}</p>
<p>The reasoning was straightforward: if there is too little IFN-γ, a manufactured
(recombinant) version might restore the balance.{cite:chang2002}</p>

<h2>What did the clinical trials find?</h2>
<h3>Early studies</h3>
<p>In 1990 a US team reported treating 22 people with chronic severe eczema and high IgE levels
with IFN-γ injections. In many of them the treatment reduced the IgE their blood cells made in
the laboratory, supporting the idea that IFN-γ could counter the allergic side of eczema.
{cite:boguniewicz1990}</p>
<h3>The placebo-controlled trial</h3>
<p>The largest trial, published in 1993, was randomised, double-blind and placebo-controlled.
Eighty-three people with moderate to severe eczema had either IFN-γ (50 µg per square metre of
body surface) or a dummy injection every day for 12 weeks.{cite:hanifin1993}</p>
<ul>
<li>45% of people on IFN-γ improved by more than half, as judged by their doctors, compared with
21% on placebo.</li>
<li>Patients' own ratings showed a similar gap: 53% compared with 21%.</li>
<li>Only one person stopped IFN-γ because of side effects.</li>
</ul>
<p>Later reviews concluded that IFN-γ helps some people with severe eczema, and that those who
respond can keep the improvement with continued treatment.{cite:chang2002,brar2016}</p>
<h3>What about interferon-alpha?</h3>
<p>Interferon-alpha, a Type I interferon, has been tried as well, including as a preparation
applied to the skin. A small study of topical IFN-α found no useful benefit in atopic eczema.
{cite:cremer1995}</p>

<h2>Side effects and safety</h2>
<p>Side effects are common, especially in the first weeks:{cite:brar2016,chang2002}</p>
<ul>
<li><strong>Flu-like symptoms</strong> such as fever, chills, headache, aching muscles and
tiredness, the most frequent problem.</li>
<li><strong>Soreness or redness</strong> where the injection goes in.</li>
<li><strong>Changes in blood tests</strong>, such as a lower white cell count or raised liver
enzymes, which is why regular blood tests are needed.</li>
</ul>
<p>Injecting at bedtime and taking paracetamol were the usual ways to make the flu-like symptoms
easier to live with.{cite:chang2002}</p>
<aside class="callout" data-kind="warning"><p><strong>Interferon-gamma is not licensed for
eczema.</strong> Where it is licensed, it is for rare conditions such as chronic granulomatous
disease, an inherited immune disorder, and it is not part of UK guidance on treating severe
eczema.{cite:brar2016,nice2023} Never buy injectable medicines online, and do not change your
prescribed treatment without talking to your doctor.</p></aside>

<h2>How treatment was given</h2>
<p>In studies, IFN-γ was injected just under the skin (subcutaneously), and people could learn
to do this themselves at home.{cite:chang2002} Treatment usually went like this:</p>
<ol>
<li>A dermatologist confirmed that the eczema was severe and had not responded to standard
treatment, and blood tests were taken.</li>
<li>The dose was worked out from body surface area, typically 50 µg/m², and given daily or a few
times a week.</li>
<li>Emollients and, when needed, steroid creams continued alongside.</li>
<li>Progress was reviewed every few weeks with severity scores and repeat blood tests.</li>
</ol>

<h2>Who might benefit?</h2>
<p>Reviews suggest IFN-γ may suit particular groups rather than everyone with eczema: young
children, whose eczema is more closely tied to low IFN-γ, and people who keep getting skin
infections such as <em>Staphylococcus aureus</em> or herpes simplex.{cite:brar2016} Even then, a
treatment like this is only considered after the usual treatments have been used properly and
have not worked.{cite:azizan2020}</p>
<h3>Why is it rarely used today?</h3>
<ul>
<li>The benefit in trials was real but modest, and not everyone responded.{cite:hanifin1993}</li>
<li>It needs frequent injections and often causes flu-like symptoms.</li>
<li>Biological medicines and JAK inhibitors are now the recommended options for severe eczema in
the UK.{cite:nice2023}</li>
</ul>

<h2>Looking after your skin alongside any treatment</h2>
<p>Whatever medicine you use for severe eczema, everyday skin care still matters:
{cite:nice2023,azizan2020}</p>
<ul>
<li>use emollients generously and often, and a soap substitute for washing;</li>
<li>learn your triggers, such as detergents, wool, heat and sweat, and avoid them where you can;
</li>
<li>use steroid creams as prescribed during a flare-up rather than stopping early.</li>
</ul>
<aside class="callout" data-kind="urgent"><p>Get medical help the same day, from your GP surgery
or <strong>NHS 111</strong>, if:</p>
<ul>
<li>your eczema suddenly becomes painful and spreads quickly;</li>
<li>you notice clusters of small blisters or punched-out sores;</li>
<li>you feel feverish, shivery or generally unwell;</li>
<li>sores appear around the eyes.</li>
</ul>
<p>These can be signs of <strong>eczema herpeticum</strong>, a herpes virus infection that needs
antiviral treatment quickly. Call <strong>999</strong> or go to A&amp;E if someone is very
unwell, drowsy or confused.</p></aside>

<h2>The bottom line</h2>
<p>Interferon-gamma was one of the first treatments designed to correct the immune imbalance
behind eczema, and trials in the 1990s showed it helped some people with severe disease.
{cite:boguniewicz1990,hanifin1993} It still interests researchers, particularly for children and
people prone to skin infections, but it is not a standard eczema treatment in the UK.
{cite:brar2016,nice2023}</p>
<p>If your eczema is not under control, ask your GP about seeing a dermatologist. The
<a href="https://eczema.org/">National Eczema Society</a> and the
<a href="https://www.nhs.uk/conditions/atopic-eczema/">NHS guide to atopic eczema</a> have more
support.</p>
"""

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
        "slug": "interferon-therapy-for-eczema",
        "title": "Interferon therapy for eczema",
        "category": "skin-conditions",
        "standfirst": (
            "Injections of interferon-gamma were tested for severe eczema in the 1990s. Here is "
            "why the idea made sense, what the trials found, and why it is rarely used today."
        ),
        "seo_description": (
            "Can interferon-gamma treat severe eczema? What the trials found, the side effects, "
            "and how it compares with today's treatments."
        ),
        "body": ECZEMA_BODY,
        "tags": ["eczema", "atopic dermatitis", "interferon", "immunology"],
        "authors": ["eleanor-hartley", "rohan-mehta"],
        "reviewer": "catriona-lewis",
        "reviewed_on": "2025-01-15",
        "published_at": "2024-03-05T09:00:00+00:00",
        "updated_at": "2025-01-20T10:30:00+00:00",
        "disclaimers": ["Medical disclaimer"],
        "related": ["interferon-response", "emollients-for-eczema"],
        "hero": {
            "style": "circles",
            "palette": [(226, 240, 244), (251, 236, 224), (30, 132, 140), (232, 112, 92)],
            "alt": (
                "Abstract illustration of translucent teal and coral circles of different sizes "
                "overlapping on a pale blue-to-cream background."
            ),
        },
        "faqs": [
            (
                "Is interferon therapy a cure for eczema?",
                "No. There is no cure for eczema. In trials, interferon-gamma reduced the "
                "severity of eczema in some people with severe disease, but it did not help "
                "everyone, and eczema can return when a treatment stops."
                "\n\n"
                "The aim of any eczema treatment is to keep the skin comfortable and flare-ups "
                "rare.",
            ),
            (
                "Can I get interferon-gamma for eczema on the NHS?",
                "It is not a standard NHS treatment for eczema and is not part of UK guidance on "
                "severe eczema. If creams and emollients are not controlling your eczema, ask "
                "your GP about referral to a dermatologist, who can discuss options such as "
                "light therapy, immunosuppressant tablets, biological injections or JAK "
                "inhibitors.",
            ),
            (
                "Is it the same interferon that is used for hepatitis or multiple sclerosis?",
                "No. Hepatitis treatments have used interferon-alpha, and multiple sclerosis "
                "treatments use interferon-beta; both are Type I interferons. Interferon-gamma "
                "is the only Type II interferon. It acts through a different receptor, so its "
                "effects and uses are different.",
            ),
            (
                "What causes eczema?",
                "There is no single cause. Eczema tends to run in families, and many people "
                "with it have skin that is less good at keeping moisture in and irritants out."
                "\n\n"
                "Flare-ups can be set off by soaps and detergents, allergens such as house dust "
                "mites or pet dander, heat and sweating, stress, and skin infections.",
            ),
            (
                "Does eczema get better with age?",
                "Often, yes. Many children find their eczema becomes milder or clears as they "
                "grow up, although it can come back later. Some people develop eczema for the "
                "first time as adults.",
            ),
        ],
    },
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
