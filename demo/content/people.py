"""The demo site's writers and medical reviewers (fictional people)."""

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
    {
        "slug": "samuel-okafor",
        "name": "Dr Samuel Okafor",
        "credentials": "MBBS, MRCGP",
        "job_title": "General practitioner",
        "bio": (
            "Dr Okafor is a GP in a large city practice, where he sees people of every age with "
            "allergies, skin problems and infections, and leads the practice's work on "
            "vaccination. He has a special interest in helping people understand medicines and "
            "allergy labels."
            "\n\n"
            "As a medical reviewer for Health Library he checks that each article matches current "
            "UK guidance and gives readers practical, safe advice about when to seek help."
            "\n\n"
            "This is a demo profile: Dr Okafor is a fictional person, and the GMC number shown "
            "is a placeholder, not a real registration."
        ),
        "registration_body": "GMC",
        "registration_number": "0000000",
        "is_writer": False,
        "is_medical_reviewer": True,
        "colour": (40, 96, 150),
        "links": [],
    },
]
