"""The five documents of blind37 that are not work descriptions (hrkit must refuse them)."""

ORG_CHART = """--- Structured Job Description ---


--- Full Extracted Text ---
GLOBAL AFFAIRS CANADA / AFFAIRES MONDIALES CANADA
ORGANIZATION CHART - ASIA PACIFIC TRADE BUREAU (PKT)   As of: 2O18-O4-O1
Director General, Asia Pacific Trade | EX-O3 | Vacant (acting: R. Lindqvist)
  +-- Executive Assistant | AS-O2
  +-- Director, Trade Commissioner Service Operations, Asia Pacific | EX-OI | M. Okafor
  |     +-- Deputy Director, Market Access and Advocacy | FS-O4
  |     +-- Deputy Director, Regional Network Coordination | FS-O3
  +-- Director, Trade Policy, North Asia | EX-OI | (vacant)
  +-- Director, South and Southeast Asia Trade | EX-OI | P. Nakamura-Hill
Prepared by: Corporate Planning Unit   Page I of I
"""

TRANSMITTAL = """RECORDS TRANSFER / TRANSMITTAL SLIP
BORDEREAU DE TRANSMISSION - DOCUMENTS
From / De : Classification Unit, HR Operations   To / A : Central Records, Room 4O2
File no. / No de dossier : 37OO-2O-II (vol. 3)   Date : 1I/O3/2OI5
Contents / Contenu :
  1. Work descriptions - EX group - Ottawa (I2 items)
  2. Organization charts 2OI3-2OI4 (4 items)
  3. Classification decisions - correspondence
Retention / Conservation : 5 yrs after last action
Security / Securite : Protected B
Received by / Recu par : ____________  Date : ______
"""

NOISE = """--- Structured Job Description ---


--- Full Extracted Text ---
~ ' ,. i|l ;1: . ' .. - ~ | :: ,,. i l|' ' ;. ~ -- . ,' i;l !|  '
.:, || ~'. ;;i, l|. ' ' . .,- .!| ~~ :; ' ' i ,'.
l'| . , ; ,,:. ~ ;' i|| .'. - : ,, ' ' |l i ;. ,~
"""

PMA = [
 ("h", "Performance Management Agreement 2019-2020"),
 ("p", "Executive: Deepa Iyer    Position: Director General, Settlement and Integration Policy (EX-03)"),
 ("p", "Manager: Gordon Blackwood, Assistant Deputy Minister, Settlement and Integration"),
 ("h", "Part A - Commitments"),
 ("p", "1. Policy results: deliver the renewed settlement program terms and conditions by Q3; performance measure: approval by Treasury Board."),
 ("p", "2. Management results: maintain a balanced budget within 2 % of the branch allocation; complete all staffing actions in the plan."),
 ("p", "3. Leadership: lead the branch's mental health action plan; two learning events for managers."),
 ("h", "Part B - Mid-year review"),
 ("p", "Discussion held on 12 November 2019. On track; see notes on file."),
 ("p", "Signature of executive ____________   Signature of manager ____________"),
]

MEMO_FR = [
 ("h", "NOTE DE SERVICE"),
 ("p", "Destinataires : Tout le personnel de la Direction générale des opérations régionales"),
 ("p", "Expéditeur : Stéphane Giroux, vice-président, Opérations"),
 ("p", "Date : le 3 décembre 2018"),
 ("p", "Objet : Nomination intérimaire – Direction générale des opérations régionales"),
 ("p", "Je suis heureux de vous annoncer que Mme Manon Bélanger-Ouellet assurera l'intérim au poste de "
       "directrice générale, Opérations régionales (EX-03), à compter du 10 décembre 2018, jusqu'à la "
       "dotation permanente du poste."),
 ("p", "Je vous remercie de lui réserver un accueil chaleureux et de l'appuyer dans ses nouvelles fonctions."),
 ("p", "Stéphane Giroux"),
]
