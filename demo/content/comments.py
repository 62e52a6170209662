"""Readers' comments: a few approved, and one waiting for a moderator. The people are fictional."""

COMMENTS = [
    {
        "article": "interferon-therapy-for-eczema",
        "name": "Priya",
        "email": "priya@example.org",
        "text": (
            "Thank you for explaining the difference between the interferon types so clearly. "
            "My dermatologist mentioned biologics and I finally understand what they target."
        ),
        "status": "approved",
        "created_at": "2025-02-11T19:42:00+00:00",
    },
    {
        "article": "interferon-therapy-for-eczema",
        "name": "Tom H.",
        "email": "tom.h@example.org",
        "text": (
            "I was on ciclosporin for a year before starting dupilumab. Useful to see all the "
            "options in one table."
        ),
        "status": "approved",
        "created_at": "2025-03-02T08:15:00+00:00",
    },
    {
        "article": "emollients-for-eczema",
        "name": "Grace",
        "email": "grace@example.org",
        "text": (
            "The tip about using a clean spoon for tubs was new to me. We switched to a pump "
            "dispenser for my son's cream."
        ),
        "status": "approved",
        "created_at": "2025-02-20T21:05:00+00:00",
    },
    {
        "article": "sun-safety",
        "name": "Malik",
        "email": "malik@example.org",
        "text": "I had no idea most people put on too little sunscreen. Reapplying more now!",
        "status": "approved",
        "created_at": "2026-05-30T13:20:00+00:00",
    },
    {
        "article": "acne",
        "name": "Jess",
        "email": "jess@example.org",
        "text": "Does the 12 weeks start again if I switch to a different gel?",
        "status": "pending",
        "created_at": "2026-11-30T17:48:00+00:00",
    },
]
