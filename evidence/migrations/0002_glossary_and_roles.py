from django.db import migrations


# Common medical terms and the words readers use (after the NHS content style guide's advice).
GLOSSARY = [
    ("myocardial infarction", "heart attack"),
    ("cerebrovascular accident", "stroke"),
    ("hypertension", "high blood pressure"),
    ("hypotension", "low blood pressure"),
    ("hyperglycaemia", "high blood sugar"),
    ("hypoglycaemia", "low blood sugar"),
    ("pruritus", "itching"),
    ("erythema", "redness"),
    ("oedema", "swelling"),
    ("dyspnoea", "shortness of breath"),
    ("pyrexia", "fever"),
    ("analgesic", "painkiller"),
    ("analgesia", "pain relief"),
    ("renal", "kidney"),
    ("hepatic", "liver"),
    ("cardiac", "heart"),
    ("pulmonary", "lung"),
    ("gastrointestinal", "stomach and bowel"),
    ("dermatitis", "inflamed skin (eczema)"),
    ("atopic", "allergy-prone"),
    ("topical", "put on the skin"),
    ("subcutaneous", "under the skin"),
    ("intravenous", "into a vein"),
    ("oral", "by mouth"),
    ("contraindicated", "should not be used"),
    ("adverse event", "side effect"),
    ("efficacy", "how well it works"),
    ("prophylaxis", "prevention"),
    ("comorbidity", "another condition at the same time"),
    ("benign", "not cancer"),
    ("malignant", "cancerous"),
    ("idiopathic", "with no known cause"),
    ("acute", "sudden or short-term"),
    ("chronic", "long-term"),
    ("cytokine", "immune-system messenger"),
    ("immunosuppressant", "medicine that calms the immune system"),
    ("randomised controlled trial", "fair test comparing treatments"),
]


def seed(apps, schema_editor):
    GlossaryTerm = apps.get_model("evidence", "GlossaryTerm")
    for term, plain in GLOSSARY:
        GlossaryTerm.objects.get_or_create(term=term, defaults={"plain": plain})


def unseed(apps, schema_editor):
    apps.get_model("evidence", "GlossaryTerm").objects.filter(
        term__in=[term for term, _ in GLOSSARY]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("evidence", "0001_initial"),
        ("sitewide", "0005_evidence_settings"),
    ]

    operations = [
        migrations.RunPython(seed, unseed),
        # The role groups gain the evidence permissions in editorial's 0005_roles_evidence (the
        # evidence app does not import the newsroom's roles).
    ]
