"""The documents of the twelfth blind corpus that are not work descriptions, found on the same
file shares and put through the same conversion: a job poster, an organization-chart memo, a
French letter, a scan nobody can read, an empty Word file and a Treasury Board web page."""
from __future__ import annotations

POSTER = [
    ("title", "Director, Program Integrity (EX-01)"),
    ("para", "Employment and Social Development Canada - Service Canada - Integrity Services Branch"),
    ("fields", [("Location", "Gatineau (Québec), Ottawa (Ontario)"),
                ("Classification", "EX-01"),
                ("Employment tenure", "Indeterminate, Acting, Assignment, Deployment, Secondment"),
                ("Salary", "$127,428 to $149,915 (salary under review)"),
                ("Closing date", "14 March 2024 - 23:59, Pacific Time"),
                ("Reference number", "ESD24J-118273-000031"),
                ("Selection process number", "24-ESD-EA-NCR-611904")]),
    ("head", "Who can apply", 2),
    ("para", "Persons employed in the public service of Canada occupying a position in the National Capital "
             "Region, and persons employed in the federal public service elsewhere in Canada who are willing to "
             "relocate."),
    ("head", "Work environment", 2),
    ("para", "Do you want to lead a team that protects the integrity of programs that millions of Canadians rely "
             "on? The Integrity Services Branch is looking for a Director to lead the development of risk-based "
             "integrity strategies for Employment Insurance, the Canada Pension Plan and Old Age Security. You "
             "will manage a team of approximately 45 employees and work with partners across Service Canada."),
    ("head", "Intent of the process", 2),
    ("para", "The intent of this process is to staff one position on an indeterminate basis. A pool of qualified "
             "candidates may be established and used to staff similar positions with various tenures."),
    ("fields", [("Positions to be filled", "1")]),
    ("head", "Information you must provide", 2),
    ("bullets", ["Your résumé.",
                 "A covering letter (maximum 1,000 words) explaining how you meet the education and experience "
                 "factors listed in the essential qualifications."]),
    ("head", "Essential qualifications", 2),
    ("para", "EDUCATION: Graduation with a degree from a recognized post-secondary institution, or an acceptable "
             "combination of education, training and/or experience."),
    ("bullets", ["Significant* experience in leading a program integrity, audit or risk management function.",
                 "Experience in providing strategic advice and recommendations to senior management on complex "
                 "and sensitive issues.",
                 "Experience in managing human and financial resources."]),
    ("para", "*Significant experience is defined as the depth and breadth of experience normally acquired over a "
             "period of approximately three (3) years."),
    ("head", "Key Leadership Competencies", 2),
    ("bullets", ["Create vision and strategy", "Mobilize people", "Uphold integrity and respect",
                 "Collaborate with partners and stakeholders", "Promote innovation and guide change",
                 "Achieve results"]),
    ("head", "Conditions of employment", 2),
    ("bullets", ["Secret security clearance", "Willingness and ability to travel occasionally"]),
    ("head", "Contact information", 2),
    ("para", "Executive Resourcing Team - ESDC Executive Staffing, NC-EX-RESOURCING@hrsdc-rhdcc.gc.ca"),
    ("para", "The Public Service of Canada is committed to building a skilled and diverse workforce that reflects "
             "the Canadians we serve."),
]

MEMO = [
    ("title", "Memorandum"),
    ("fields", [("TO", "All employees, Program Operations Branch"),
                ("FROM", "Assistant Deputy Minister, Program Operations Branch"),
                ("DATE", "November 6, 2019"),
                ("SUBJECT", "Updated organization chart - Program Operations Branch")]),
    ("para", "I am pleased to share the updated organization chart of the Branch, which reflects the changes "
             "announced at the all-staff meeting of October 22. These changes take effect on December 2, 2019, "
             "and respond to the recommendations of the organizational review completed in the spring."),
    ("para", "The Grants and Contributions Delivery Directorate and the Program Integrity Directorate are merged "
             "into a single Program Delivery and Integrity Directorate, led by the Director General, Program "
             "Delivery and Integrity. The Business Intelligence unit moves from the Strategic Services "
             "Directorate to the new directorate. No employee will be affected by a workforce adjustment."),
    ("table", ["Position", "Position number", "Group and level", "Status"],
     [["Assistant Deputy Minister, Program Operations", "60002", "EX-05", "Filled"],
      ["Director General, Program Delivery and Integrity", "60118", "EX-03", "Filled"],
      ["Director, Grants and Contributions Delivery", "60121", "EX-01", "Filled"],
      ["Director, Program Integrity and Business Intelligence", "60124", "EX-01", "Acting"],
      ["Director General, Strategic Services", "60130", "EX-03", "Filled"],
      ["Director, Planning and Reporting", "60133", "EX-01", "Vacant"],
      ["Executive Director, Regional Coordination", "NEW", "EX-02", "Proposed"]]),
    ("para", "Work descriptions for the new and modified positions are being finalized with the Human Resources "
             "Services Branch and will be submitted to the departmental classification committee. Please direct "
             "your questions to your director general."),
    ("sig", [("Assistant Deputy Minister, Program Operations Branch", None, None)]),
]

LETTER = [
    "Services publics et Approvisionnement Canada",
    "Direction générale des ressources humaines",
    "",
    "Gatineau, le 17 février 2023",
    "",
    "PERSONNEL",
    "",
    "Objet : Offre de nomination intérimaire - Directeur, Opérations de la paye (EX-01), poste 52241",
    "",
    "Madame, Monsieur,",
    "",
    "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directeur, Opérations de la paye, "
    "classifié au groupe et niveau EX-01, au Centre des services de paye de la fonction publique, à Miramichi "
    "(Nouveau-Brunswick). Cette nomination prendra effet le 6 mars 2023 et se terminera le 1er septembre 2023, "
    "à moins qu'il n'y soit mis fin plus tôt.",
    "",
    "Votre taux de rémunération sera établi conformément à la Directive sur les conditions d'emploi des cadres "
    "supérieurs. Vous relèverez de la directrice exécutive, Opérations de la paye, Miramichi. Les conditions de "
    "votre poste d'attache demeurent inchangées et vous y retournerez à la fin de la période intérimaire.",
    "",
    "Cette offre est conditionnelle au maintien de votre cote de sécurité de niveau Secret. Vous êtes tenu de "
    "respecter le Code de valeurs et d'éthique du secteur public ainsi que le Code de conduite du Ministère.",
    "",
    "Veuillez confirmer votre acceptation en signant la présente lettre et en la retournant à la Direction "
    "générale des ressources humaines d'ici le 24 février 2023.",
    "",
    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.",
    "",
    "La directrice exécutive, Opérations de la paye",
    "",
    "J'accepte la nomination intérimaire aux conditions énoncées ci-dessus.",
    "",
    "Signature : ______________________    Date : ______________",
]

WEB_PAGE = """\
We are currently moving our web services and information to Canada.ca.

The Treasury Board of Canada Secretariat website will remain available until this move is complete.

Performance Management Program for Executives: Questions and Answers

What is the purpose of the performance management program for executives?

The program supports a high-performance culture in the executive community. It sets out how the performance of \
executives is planned, assessed and recognized, and how performance pay is determined.

Who is covered by the program?

The program applies to executives (EX-01 to EX-05) in the core public administration and in separate agencies \
that have adopted it. Deputy heads and Governor in Council appointees are covered by separate arrangements.

What are performance agreements?

At the beginning of each cycle, every executive and their supervisor sign a performance agreement that sets out \
commitments in four areas: policy and program results, management results, leadership competencies and corporate \
commitments. Commitments must be specific, measurable and aligned with the priorities of the organization.

How is performance assessed?

At the end of the cycle, the supervisor assesses results achieved and leadership demonstrated against the \
commitments. Ratings are reviewed by the organization's review committee to ensure consistency. Deputy heads \
approve the final ratings.

What is the rating scale?

Executives receive one of the following ratings: Did not meet, Succeeded -, Succeeded, Succeeded +, Mastered, or \
Unable to assess. An executive who is rated Did not meet is not eligible for performance pay and must have an \
action plan for the next cycle.

How is performance pay calculated?

Performance pay includes at-risk pay, expressed as a percentage of base salary, and, for executives rated \
Mastered, a bonus. Maximum percentages vary by level: up to 12% at-risk pay for EX-01 to EX-03, and up to 15% for \
EX-04 and EX-05, within the limits set each year by the Treasury Board.

What are the responsibilities of the Office of the Chief Human Resources Officer?

The Office of the Chief Human Resources Officer sets the policy framework, provides guidance and tools, monitors \
the application of the program across organizations and reports to the Treasury Board on results.

Date modified: 2019-06-27
"""


def unreadable_scan() -> str:
    """A page the scanner could not read: a few letters of a heading, then noise."""
    import random

    rng = random.Random("blind11 unreadable scan")
    marks = "il|!;:.,'`~-_=+*()[]{}/\\oOcCeEaAsSmnrut 0123456789"
    noise = " ".join("".join(rng.choice(marks) for _ in range(rng.randint(1, 9))) for _ in range(420))
    return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
            f"EXE ;,.  WOR  DES ~~ ' {noise} \n"
            "2 " + " ".join("".join(rng.choice(marks) for _ in range(rng.randint(1, 7))) for _ in range(300)) + "\n")
