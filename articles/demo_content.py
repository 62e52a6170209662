"""Content for ``manage.py load_demo``: plain data, no Django imports.

Everything here is our own writing about fictional people and a fictional publisher. The
bibliographic records are real: their facts come from the Klarity seed page and the journals'
own records, and identifiers (DOI, PMID, URL) are given only where they were checked.

Article bodies cite sources by key, as ``{cite:brar2016}`` or ``{cite:brar2016,hanifin1993}``;
the command replaces each placeholder with the citation span the editor stores,
``<span class="citation" data-refs="…">``, using the sources' database ids.
"""

# Sources, keyed by a short name used in citation placeholders. Authors are "Family, Given";
# a line without a comma is a group author. Dates are ISO strings.
SOURCES = {
    "nemeth2024": {
        "kind": "chapter",
        "authors": ["Nemeth, V", "Evans, J"],
        "title": "Eczema",
        "container_title": "StatPearls",
        "place": "Treasure Island (FL)",
        "publisher": "StatPearls Publishing",
        "year": 2024,
        "url": "https://www.ncbi.nlm.nih.gov/books/NBK538209/",
        "cited_on": "2024-02-24",
    },
    "brar2016": {
        "kind": "journal",
        "authors": ["Brar, K", "Leung, DYM"],
        "title": (
            "Recent considerations in the use of recombinant interferon gamma for biological "
            "therapy of atopic dermatitis"
        ),
        "container_title": "Expert Opin Biol Ther",
        "year": 2016,
        "volume": "16",
        "issue": "4",
        "pages": "507–14",
        "doi": "10.1517/14712598.2016.1135898",
        "pmid": "26694988",
        "cited_on": "2024-02-27",
    },
    "chang2002": {
        "kind": "journal",
        "authors": ["Chang, TT", "Stevens, SR"],
        # As the seed prints it; the journal's full title may be longer (not verified here).
        "title": "Atopic dermatitis",
        "container_title": "Am J Clin Dermatol",
        "year": 2002,
        "volume": "3",
        "issue": "3",
        "pages": "175–83",
        "cited_on": "2024-02-24",
    },
    "khanna2024": {
        "kind": "chapter",
        "authors": ["Khanna, NR", "Gerriets, V"],
        "title": "Interferon",
        "container_title": "StatPearls",
        "place": "Treasure Island (FL)",
        "publisher": "StatPearls Publishing",
        "year": 2024,
        "cited_on": "2024-02-24",
    },
    "cremer1995": {
        "kind": "journal",
        "authors": ["Cremer, B", "Kohlmus, C", "Czarnetzki, BM"],
        "title": "Topical interferon alpha in atopic eczema",
        # The seed prints "Acad Dermatol Venereol", a truncation of the JEADV abbreviation.
        "container_title": "J Eur Acad Dermatol Venereol",
        "year": 1995,
        "volume": "5",
        "issue": "2",
        "pages": "153–6",
        "cited_on": "2024-02-27",
    },
    "czarnowicki2015": {
        "kind": "journal",
        # Only the first six authors were verified; the rest are marked as not listed.
        "more_authors": True,
        "authors": [
            "Czarnowicki, T",
            "Gonzalez, J",
            "Shemer, A",
            "Malajian, D",
            "Xu, H",
            "Zheng, X",
        ],
        "title": (
            "Severe atopic dermatitis is characterized by selective expansion of circulating "
            "TH2/TC2 and TH22/TC22, but not TH17/TC17, cells within the skin-homing T-cell "
            "population"
        ),
        "container_title": "J Allergy Clin Immunol",
        "year": 2015,
        "volume": "136",
        "issue": "1",
        "pages": "104–115.e7",
        "doi": "10.1016/j.jaci.2015.01.020",
    },
    "hanifin1993": {
        "kind": "journal",
        "authors": [
            "Hanifin, JM",
            "Schneider, LC",
            "Leung, DY",
            "Ellis, CN",
            "Jaffe, HS",
            "Izu, AE",
            "Bucalo, LR",
            "Hirabayashi, SE",
            "Tofte, SJ",
            "Cantu-Gonzales, G",
            "Milgrom, H",
            "Boguniewicz, M",
            "Cooper, KD",
        ],
        "title": "Recombinant interferon gamma therapy for atopic dermatitis",
        "container_title": "J Am Acad Dermatol",
        "year": 1993,
        "volume": "28",
        "issue": "2 Pt 1",
        "pages": "189–97",
    },
    "boguniewicz1990": {
        "kind": "journal",
        "authors": [
            "Boguniewicz, M",
            "Jaffe, HS",
            "Izu, A",
            "Sullivan, MJ",
            "York, D",
            "Geha, RS",
            "Leung, DY",
        ],
        "title": (
            "Recombinant gamma interferon in treatment of patients with atopic dermatitis and "
            "elevated IgE levels"
        ),
        "container_title": "Am J Med",
        "year": 1990,
        "volume": "88",
        "issue": "4",
        "pages": "365–70",
    },
    "azizan2020": {
        "kind": "journal",
        "authors": [
            "Azizan, NZ",
            "Ambrose, D",
            "Sabeera, BKI",
            "Mohsin, SS",
            "Wong, PF",
            "Mohd Affandi, A",
            "Ch'ng, CC",
            "Gopinathan, LP",
            "Taib, T",
            "Tan, WC",
            "Khor, YH",
            "Heah, SS",
            "Leow, WL",
            "Zainuri, Z",
            "Ainol Haniza, KH",
            "Yusof, MAM",
            "Tukimin, SMT",
        ],
        "title": "Management of atopic eczema in primary care",
        "container_title": "Malays Fam Physician",
        "year": 2020,
        "volume": "15",
        "issue": "1",
        "pages": "39–43",
        "cited_on": "2024-02-27",
    },
    "nice2023": {
        "kind": "web",
        "title": "Scenario: Severe eczema",
        "container_title": "NICE",
        "year": 2023,
        # The CKS topic page; the scenario is one of its sections.
        "url": "https://cks.nice.org.uk/topics/eczema-atopic/",
        "cited_on": "2024-02-27",
    },
    "platanias2005": {
        "kind": "journal",
        "authors": ["Platanias, LC"],
        "title": "Mechanisms of type-I- and type-II-interferon-mediated signalling",
        "container_title": "Nat Rev Immunol",
        "year": 2005,
        "volume": "5",
        "issue": "5",
        "pages": "375–86",
        "doi": "10.1038/nri1604",
        "pmid": "15864272",
    },
    "isaacs1957": {
        "kind": "journal",
        "authors": ["Isaacs, A", "Lindenmann, J"],
        "title": "Virus interference. I. The interferon",
        "container_title": "Proc R Soc Lond B Biol Sci",
        "year": 1957,
        "volume": "147",
        "issue": "927",
        "pages": "258–67",
        "doi": "10.1098/rspb.1957.0048",
    },
    "niceqs44": {
        "kind": "web",
        "authors": ["National Institute for Health and Care Excellence"],
        "title": "Atopic eczema in children: quality standard [QS44]",
        "place": "London",
        "publisher": "NICE",
        "year": 2013,
        "url": "https://www.nice.org.uk/guidance/qs44",
        "cited_on": "2025-01-10",
    },
}

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

AUTHORS = [
    {
        "slug": "eleanor-hartley",
        "name": "Eleanor Hartley",
        "credentials": "BSc in Biological Sciences, University of Warwick",
        "job_title": "Medical writer",
        "bio": (
            "Eleanor is a medical writer who specialises in skin conditions and the immune "
            "system. After her degree she spent four years as a research technician in a "
            "university immunology laboratory, studying how skin cells respond to inflammation. "
            "That work left her with a lasting interest in explaining research to the people "
            "who live with the conditions it describes."
            "\n\n"
            "At Health Library she writes about eczema, allergies and the immune system, "
            "working closely with our medical reviewers so that every claim rests on good "
            "evidence and every article says plainly what is still uncertain."
            "\n\n"
            "Eleanor is a fictional person created for this demonstration site."
        ),
        "is_writer": True,
        "is_medical_reviewer": False,
        "colour": (38, 110, 120),
        "links": [("Staff profile", "https://example.org/people/eleanor-hartley")],
    },
    {
        "slug": "rohan-mehta",
        "name": "Rohan Mehta",
        "credentials": "MPharm, University of Bath",
        "job_title": "Pharmacist and health writer",
        "bio": (
            "Rohan is a pharmacist who divides his time between community pharmacy and health "
            "writing. Behind the pharmacy counter he answers questions about medicines every "
            "day, and he brings that practical view to his articles: how a treatment is "
            "actually used, which side effects to look out for and when to ask for help."
            "\n\n"
            "He writes mainly about medicines, skin care and long-term conditions, and has a "
            "particular interest in helping families manage childhood eczema."
            "\n\n"
            "Rohan is a fictional person created for this demonstration site; the registration "
            "number on his profile is a placeholder."
        ),
        "registration_body": "GPhC",
        "registration_number": "0000000",
        "conflicts_of_interest": (
            "Rohan works part-time as a locum community pharmacist. He has no financial links "
            "with the makers of any product mentioned in his articles."
        ),
        "is_writer": True,
        "is_medical_reviewer": False,
        "colour": (150, 82, 50),
        "links": [("Staff profile", "https://example.org/people/rohan-mehta")],
    },
    {
        "slug": "catriona-lewis",
        "name": "Dr Catriona Lewis",
        "credentials": "MBChB, MRCP (Dermatology)",
        "job_title": "Consultant dermatologist",
        "bio": (
            "Dr Lewis is a consultant dermatologist with more than fifteen years' experience "
            "of treating adults and children with eczema, psoriasis and skin infections. She "
            "runs a clinic for people with severe eczema who need treatment beyond creams, "
            "and she teaches junior doctors how to assess and manage inflammatory skin disease."
            "\n\n"
            "As a medical reviewer for Health Library she checks that each article is accurate, "
            "in line with current UK guidance, and honest about what the evidence does and does "
            "not show."
            "\n\n"
            "This is a demo profile: Dr Lewis is a fictional person, and the GMC number shown "
            "is a placeholder, not a real registration."
        ),
        "registration_body": "GMC",
        "registration_number": "0000000",
        "is_writer": False,
        "is_medical_reviewer": True,
        "colour": (84, 64, 140),
        "links": [],
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
