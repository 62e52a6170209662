"""The featured article: interferon therapy for eczema (topic: skin conditions)."""

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
]
