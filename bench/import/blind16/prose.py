"""Prose of the blind16 work descriptions, written for this corpus (English and French)."""
from __future__ import annotations


def purpose(p, lang, short):
    s = p["subject"][0 if lang == "en" else 1]
    if lang == "en":
        return [f"Under the direction of the {short}, the incumbent plans, directs and evaluates {s}, "
                f"ensuring that services meet departmental priorities, legislative obligations and the needs of "
                f"clients across the country, and provides expert advice to senior management on {s}.",
                "The position manages the human, financial and material resources assigned to it and represents "
                "the organization with central agencies, other federal departments, provincial and territorial "
                "partners, Indigenous organizations and stakeholders."]
    return [f"Sous l'autorité {du(short)}, le titulaire planifie, dirige et évalue {s}, en veillant à ce que les "
            f"services répondent aux priorités ministérielles, aux obligations législatives et aux besoins de la "
            f"clientèle, et conseille la haute direction sur {s}.",
            "Le poste gère les ressources humaines, financières et matérielles qui lui sont confiées et représente "
            "l'organisation auprès des organismes centraux, des autres ministères fédéraux, des provinces et "
            "territoires, des organisations autochtones et des intervenants."]


def scope(p, lang):
    b = p["branch"][0 if lang == "en" else 1]
    s = p["subject"][0 if lang == "en" else 1]
    if lang == "en":
        return [f"The {b} contributes to the department's mandate to preserve and enhance the quality of the "
                "natural environment, to provide weather and environmental services and to enforce the rules made "
                "under its legislation. The work is carried out in a context of aging infrastructure, rising "
                "demand from clients, and growing expectations for openness and timeliness.",
                f"The incumbent must reconcile competing priorities with limited resources, anticipate emerging "
                f"issues affecting {s}, and maintain a workforce with scarce specialized skills, some of it on "
                "shift work in operational settings. Decisions made by the position have a direct effect on the "
                "department's reputation and on its ability to respond to events."]
    return [f"La {b} contribue au mandat du Ministère de préserver et d'améliorer la qualité de l'environnement "
            "naturel, d'offrir des services météorologiques et environnementaux et de faire respecter les règles "
            "découlant de ses lois. Le travail s'effectue dans un contexte d'infrastructures vieillissantes, de "
            "demande croissante et d'attentes accrues en matière de transparence et de rapidité.",
            f"Le titulaire doit concilier des priorités concurrentes avec des ressources limitées, prévoir les "
            f"enjeux émergents touchant {s} et maintenir un effectif aux compétences spécialisées rares, dont une "
            "partie travaille par quarts. Ses décisions ont une incidence directe sur la réputation du Ministère "
            "et sur sa capacité d'intervenir lors d'événements."]


def accountabilities(p, lang):
    s = p["subject"][0 if lang == "en" else 1]
    if lang == "en":
        return [f"Develops and implements strategies, plans and service standards for {s}.",
                "Directs the management of the organization's human and financial resources, including workforce "
                "planning, staffing, official languages and employment equity objectives.",
                "Provides strategic advice and briefings to senior management and prepares material for "
                "departmental committees, Treasury Board submissions and Memoranda to Cabinet as required.",
                "Establishes and maintains partnerships with other federal organizations, provinces, territories, "
                "Indigenous governments and stakeholders.",
                "Ensures performance measurement, risk management and reporting for the programs under the "
                "position's responsibility.",
                "Leads change initiatives and fosters a healthy, respectful and inclusive workplace."]
    return [f"Élabore et met en œuvre les stratégies, les plans et les normes de service relatifs à {s}.",
            "Dirige la gestion des ressources humaines et financières de l'organisation, y compris la planification "
            "de l'effectif, la dotation, les langues officielles et l'équité en matière d'emploi.",
            "Fournit des conseils stratégiques et des séances d'information à la haute direction et prépare les "
            "documents destinés aux comités ministériels, les présentations au Conseil du Trésor et les mémoires "
            "au Cabinet, au besoin.",
            "Établit et entretient des partenariats avec les autres organisations fédérales, les provinces, les "
            "territoires, les gouvernements autochtones et les intervenants.",
            "Veille à la mesure du rendement, à la gestion des risques et à la production de rapports pour les "
            "programmes relevant du poste.",
            "Dirige les initiatives de changement et favorise un milieu de travail sain, respectueux et inclusif."]


def client_results(p, lang):
    s = p["subject"][0 if lang == "en" else 1]
    if lang == "en":
        return f"Leadership and management of {s} for the department, its clients and the Canadian public."
    return f"Leadership et gestion de {s} pour le Ministère, sa clientèle et la population canadienne."


def certification(lang):
    if lang == "en":
        return "The foregoing is an accurate description of the duties and responsibilities assigned to the position."
    return "La présente description reflète fidèlement les fonctions et responsabilités attribuées au poste."


def du(title):
    """« du Directeur ... » or « de la Directrice ... »."""
    first = title.split(",")[0].split()[0]
    fem = first.endswith(("rice", "adjointe", "présidente", "Dirigeante", "dirigeante")) or "adjointe" in title.split(",")[0]
    return f"de la {title}" if fem else f"du {title}"
