#!/usr/bin/env python3
"""Write the blind73 corpus: a small agency's HR advisor's working folder, 2008-2024.

    /work/main/.venv/bin/python bench/import/blind73/make_blind.py

Writes corpus/ and expected/ next to this file, byte for byte the same on every run (fixed seeds,
fixed dates in the Word files' properties and zip entries). Positions and people are invented;
departments and agencies are real. Prose is in texts.py; PDFs by tests/import_files.pdf_bytes;
Word files by python-docx.
"""
from __future__ import annotations

import datetime as dt
import io
import quopri
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402

D = dt.date

# --- departments ------------------------------------------------------------------------------------

DEPTS = {
    "CTA": dict(en="Canadian Transportation Agency", fr="Office des transports du Canada", short="Agency",
                ld="l'Office", dld="de l'Office", abbr="CTA-OTC"),
    "ATSSC": dict(en="Administrative Tribunals Support Service of Canada",
                  fr="Service canadien d'appui aux tribunaux administratifs", short="Service", ld="le Service",
                  dld="du Service", abbr="ATSSC-SCDATA"),
    "CGC": dict(en="Canadian Grain Commission", fr="Commission canadienne des grains", short="Commission",
                ld="la Commission", dld="de la Commission", abbr="CGC"),
    "FCAC": dict(en="Financial Consumer Agency of Canada", fr="Agence de la consommation en matière financière du Canada",
                 short="Agency", ld="l'Agence", dld="de l'Agence", abbr="ACFC"),
    "PMPRB": dict(en="Patented Medicine Prices Review Board", fr="Conseil d'examen du prix des médicaments brevetés",
                  short="Board", ld="le Conseil", dld="du Conseil", abbr="PMPRB-CEPMB"),
    "CRTC": dict(en="Canadian Radio-television and Telecommunications Commission",
                 fr="Conseil de la radiodiffusion et des télécommunications canadiennes", short="Commission",
                 ld="le Conseil", dld="du Conseil", abbr="CRTC"),
    "CIRB": dict(en="Canada Industrial Relations Board", fr="Conseil canadien des relations industrielles",
                 short="Board", ld="le Conseil", dld="du Conseil", abbr="CIRB-CCRI"),
    "CSA": dict(en="Canadian Space Agency", fr="Agence spatiale canadienne", short="Agency", ld="l'Agence",
                dld="de l'Agence", abbr="ASC"),
    "CANNOR": dict(en="Canadian Northern Economic Development Agency",
                   fr="Agence canadienne de développement économique du Nord", short="Agency", ld="l'Agence",
                   dld="de l'Agence", abbr="CanNor"),
    "ACOA": dict(en="Atlantic Canada Opportunities Agency", fr="Agence de promotion économique du Canada atlantique",
                 short="Agency", ld="l'Agence", dld="de l'Agence", abbr="ACOA-APECA"),
    "TSB": dict(en="Transportation Safety Board of Canada", fr="Bureau de la sécurité des transports du Canada",
                short="Board", ld="le Bureau", dld="du Bureau", abbr="TSB-BST"),
    "OCOL": dict(en="Office of the Commissioner of Official Languages", fr="Commissariat aux langues officielles",
                 short="Office", ld="le Commissariat", dld="du Commissariat", abbr="CLO"),
    "OCL": dict(en="Office of the Commissioner of Lobbying of Canada", fr="Commissariat au lobbying du Canada",
                short="Office", ld="le Commissariat", dld="du Commissariat", abbr="OCL-CAL"),
    "CB": dict(en="Copyright Board of Canada", fr="Commission du droit d'auteur du Canada", short="Board",
               ld="la Commission", dld="de la Commission", abbr="CB-CDA"),
    "CHRC": dict(en="Canadian Human Rights Commission", fr="Commission canadienne des droits de la personne",
                 short="Commission", ld="la Commission", dld="de la Commission", abbr="CHRC-CCDP"),
    "FPCC": dict(en="Farm Products Council of Canada", fr="Conseil des produits agricoles du Canada", short="Council",
                 ld="le Conseil", dld="du Conseil", abbr="FPCC-CPAC"),
}

GAT = ("Gatineau, Quebec", "Gatineau (Québec)")
OTT = ("Ottawa, Ontario", "Ottawa (Ontario)")
CHAIR = ("50030001", "Chair and Chief Executive Officer", "Président et premier dirigeant", None)
DGCM = ("00045100", "Director General, Corporate Management and Chief Financial Officer",
        "Directeur général, Gestion ministérielle et dirigeant principal des finances", "EX-02")
DGDR = ("50031207", "Director General, Dispute Resolution", "Directeur général, Règlement des différends", "EX-03")
DGDC = ("50031388", "Director General, Determinations and Compliance", "Directeur général, Déterminations et conformité",
        "EX-03")
DGAO = ("50031502", "Director General, Analysis and Outreach", "Directeur général, Analyse et sensibilisation", "EX-03")


def R(en, fr, cls, fte):
    return dict(en=en, fr=fr, cls=cls, fte=fte)


def P(dept, en, fr, cls, job, no, eff, sup, reports, sal, om, tot, fte, loc, dom, **kw):
    p = dict(dept=dept, en=en, fr=fr, cls=cls, job=job, no=no, eff=eff, sup=sup, reports=reports, sal=sal, om=om,
             tot=tot, fte=fte, loc=loc, dom=dom, prog=None)
    p.update(kw)
    return p


# --- positions (invented numbers and people; real organizations) -----------------------------------

POS = {}
POS["dg_dr_2012"] = P("CTA", "Director General, Dispute Resolution", "Directeur général, Règlement des différends", "EX-02",
                      "103977", "50031207", D(2012, 9, 17), CHAIR,
                      [R("Manager, Air Travel Complaints", "Gestionnaire, Plaintes relatives au transport aérien", "PM-06", 9),
                       R("Manager, Accessible Transportation Complaints", "Gestionnaire, Plaintes – transports accessibles", "PM-06", 7),
                       R("Manager, Rail and Marine Disputes", "Gestionnaire, Différends ferroviaires et maritimes", "EC-07", 6),
                       R("Senior Mediator", "Médiateur principal", "EC-07", 4),
                       R("Administrative Assistant", "Adjointe administrative", "AS-02", 1)],
                      2415000, 210000, 2625000, 28, GAT, "dispute")
POS["dg_dr_2019"] = P("CTA", "Director General, Dispute Resolution", "Directeur général, Règlement des différends", "EX-03",
                      "104512", "50031207", D(2019, 4, 1), CHAIR,
                      [R("Director, Air Travel Complaints", "Directeur, Plaintes relatives au transport aérien", "EX-01", 46),
                       R("Director, Accessible Transportation", "Directrice, Transports accessibles", "EX-01", 18),
                       R("Director, Rail and Marine Disputes", "Directeur, Différends ferroviaires et maritimes", "EX-01", 12),
                       R("Manager, Mediation Services", "Gestionnaire, Services de médiation", "EC-07", 7),
                       R("Executive Assistant", "Adjointe exécutive", "AS-03", 1)],
                      7350000, 690000, 8040000, 84, GAT, "dispute")
ATC_REPORTS = [R("Manager, Complaint Intake", "", "PM-05", 14), R("Manager, Facilitation", "", "PM-06", 17),
               R("Manager, Adjudication Support", "", "EC-06", 11), R("Senior Analyst, Trends and Reporting", "", "EC-05", 3)]
POS["atc_2018"] = P("CTA", "Director, Air Travel Complaints", "", "EX-01", "104513", "50031233", None, DGDR,
                    ATC_REPORTS[:2] + ATC_REPORTS[3:], 2740000, 120000, 2860000, 34, GAT, "dispute")
POS["atc_2019"] = P("CTA", "Director, Air Travel Complaints", "", "EX-01", "104513", "50031233", D(2019, 1, 14), DGDR,
                    ATC_REPORTS, 3690000, 160000, 3850000, 46, GAT, "dispute")
POS["access"] = P("CTA", "Director, Accessible Transportation", "Directrice, Transports accessibles", "EX-01", "104520",
                  "50031240", D(2020, 11, 2), DGDR,
                  [R("Manager, Policy and Regulations", "Gestionnaire, Politiques et règlements", "EC-07", 6),
                   R("Manager, Accessibility Complaints", "Gestionnaire, Plaintes en matière d'accessibilité", "PM-06", 8),
                   R("Senior Advisor, Outreach", "Conseillère principale, Sensibilisation", "EC-06", 3)],
                  1610000, 95000, 1705000, 18, GAT, "accessibility")
POS["dg_dc"] = P("CTA", "Director General, Determinations and Compliance", "Directeur général, Déterminations et conformité",
                 "EX-03", "104301", "50031388", D(2015, 6, 22), CHAIR,
                 [R("Director, Air Determinations", "Directeur, Déterminations – Transport aérien", "EX-01", 24),
                  R("Director, Rail and Marine Determinations", "Directrice, Déterminations – Transport ferroviaire et maritime", "EX-01", 19),
                  R("Director, Compliance and Enforcement", "Directeur, Conformité et application de la loi", "EX-01", 22),
                  R("Administrative Assistant", "Adjointe administrative", "AS-02", 1)],
                 5980000, 540000, 6520000, 67, GAT, "determinations")
POS["enf_2013"] = P("CTA", "Director, Compliance and Enforcement", "", "EX-01", "104322", "50031415", D(2013, 3, 11), DGDC,
                    [R("Chief, Enforcement Operations", "", "PM-06", 9),
                     R("Chief, Compliance Monitoring", "", "PM-05", 5)],
                    1240000, 310000, 1550000, 15, GAT, "enforcement")
POS["enf_2020"] = P("CTA", "Director, Compliance and Enforcement", "", "EX-01", "104322", "50031415", D(2020, 7, 6), DGDC,
                    [R("Manager, Enforcement Operations", "", "PM-06", 14), R("Manager, Compliance Monitoring", "", "PM-06", 8),
                     R("Manager, Investigations", "", "PM-06", 6)],
                    2480000, 420000, 2900000, 29, GAT, "enforcement")
POS["air_det"] = P("CTA", "Director, Air Determinations", "", "EX-01", "104302", "50031455", D(2016, 10, 3), DGDC,
                   [R("Manager, Licensing and Permits", "", "PM-05", 11), R("Manager, Air Tariffs", "", "EC-06", 8),
                    R("Senior Analyst, Air Policy", "", "EC-06", 4)],
                   1980000, 70000, 2050000, 24, GAT, "determinations")
POS["rail"] = P("CTA", "Director, Rail and Marine Determinations", "", "EX-01", "103855", "50031460", D(2010, 5, 25),
                ("50031301", "Director General, Rail and Marine Transportation", "", "EX-03"),
                [R("Manager, Rail Costing", "", "EC-07", 7), R("Manager, Rail Certificates and Interswitching", "", "EC-06", 5),
                 R("Manager, Marine Determinations", "", "EC-06", 4)],
                1420000, 85000, 1505000, 19, GAT, "determinations")
POS["dg_ao"] = P("CTA", "Director General, Analysis and Outreach", "", "EX-03", "104560", "50031502", D(2021, 9, 13), CHAIR,
                 [R("Director, Economic Analysis", "", "EX-01", 21), R("Director, Regulatory Affairs", "", "EX-01", 13),
                  R("Director, Communications", "", "EX-01", 12), R("Director, Outreach and Stakeholder Relations", "", "EX-01", 9)],
                 5120000, 880000, 6000000, 57, GAT, "outreach")
POS["econ_2016"] = P("CTA", "Director, Economic Analysis", "Directrice, Analyse économique", "EX-01", "104330", "50031511",
                     D(2016, 2, 29), DGDC,
                     [R("Manager, Costing", "Gestionnaire, Analyse des coûts", "EC-07", 6),
                      R("Manager, Financial Analysis", "Gestionnaire, Analyse financière", "EC-07", 5),
                      R("Senior Economist", "Économiste principal", "EC-06", 2)],
                     1360000, 45000, 1405000, 14, GAT, "analysis")
POS["econ_2024"] = P("CTA", "Director, Economic Analysis", "Directrice, Analyse économique", "EX-01", "104330", "50031511",
                     D(2024, 1, 15), DGAO,
                     [R("Manager, Costing and Financial Analysis", "Gestionnaire, Analyse des coûts et analyse financière", "EC-07", 9),
                      R("Manager, Data and Statistics", "Gestionnaire, Données et statistiques", "EC-07", 8),
                      R("Senior Economist", "Économiste principal", "EC-06", 3)],
                     2395000, 180000, 2575000, 21, GAT, "analysis")
POS["regaff"] = P("CTA", "Director, Regulatory Affairs", "", "EX-01", "104561", "50031520", D(2022, 5, 30), DGAO,
                  [R("Manager, Regulatory Development", "", "EC-07", 6), R("Manager, Consultations and Outreach", "", "EC-06", 5),
                   R("Regulatory Coordinator", "", "EC-05", 1)],
                  1150000, 95000, 1245000, 13, GAT, "regulatory")
POS["secr_2008"] = P("CTA", "Director, Secretariat Services and Registrar", "", "EX-01", "103610", "50030040", D(2008, 4, 1),
                     ("50030001", "Chairman and Chief Executive Officer", "", None),
                     [R("Manager, Registry", "", "AS-04", 8), R("Manager, Records", "", "AS-03", 4)],
                     780000, 60000, 840000, 13, GAT, "secretariat")
POS["secr_2017"] = P("CTA", "Director, Secretariat Services and Registrar", "", "EX-01", "104415", "50030040", D(2017, 8, 21),
                     CHAIR,
                     [R("Registrar and Manager, Hearings", "", "AS-05", 9), R("Manager, Records and ATIP", "", "PM-05", 6),
                      R("Manager, Correspondence", "", "AS-04", 3)],
                     1250000, 140000, 1390000, 19, GAT, "secretariat")
POS["dgcm_2016"] = P("CTA", "Director General, Corporate Management and Chief Financial Officer", DGCM[2], "EX-02", "104150",
                     "00045100", D(2016, 1, 11), CHAIR,
                     [R("Director, Financial Management and Deputy Chief Financial Officer", "", "EX-01", 18),
                      R("Director, Human Resources", "", "EX-01", 16),
                      R("Director, Information Management and Technology", "", "EX-01", 24),
                      R("Manager, Security and Accommodation", "", "AS-06", 4)],
                     6200000, 2950000, 9150000, 63, GAT, "corporate")
POS["dgcm_2023"] = P("CTA", "Director General, Corporate Management and Chief Financial Officer", DGCM[2], "EX-02", "104150",
                     "00045100", D(2023, 4, 3), CHAIR,
                     [R("Director, Financial Management and Deputy Chief Financial Officer",
                        "Directeur, Gestion financière et dirigeant principal adjoint des finances", "EX-01", 21),
                      R("Director, Human Resources", "Directrice, Ressources humaines", "EX-01", 19),
                      R("Director, Information Management and Technology", "Directeur, Gestion de l'information et technologie",
                        "EX-01", 31),
                      R("Manager, Security and Accommodation", "Gestionnaire, Sécurité et locaux", "AS-06", 5),
                      R("Manager, Corporate Planning", "Gestionnaire, Planification ministérielle", "EC-06", 5)],
                     8470000, 3615000, 12085000, 82, GAT, "corporate")
POS["fin_2009"] = P("CTA", "Director, Financial Management", "", "EX-01", "103640", "00045127", D(2009, 7, 6),
                    ("00045100", "Director General, Corporate Management", "", "EX-02"),
                    [R("Manager, Financial Operations", "", "FI-03", 7), R("Manager, Financial Planning", "", "FI-03", 4),
                     R("Manager, Procurement and Contracting", "", "PG-05", 3)],
                    1050000, 40000, 1090000, 15, GAT, "finance")
POS["fin_2015"] = P("CTA", "Director, Financial Management and Deputy Chief Financial Officer", "", "EX-01", "103640",
                    "00045127", D(2015, 11, 23), DGCM,
                    [R("Manager, Financial Operations", "", "FI-03", 8),
                     R("Manager, Financial Planning and Reporting", "", "FI-04", 5),
                     R("Manager, Procurement and Materiel", "", "PG-05", 4), R("Manager, Internal Control", "", "FI-03", 2)],
                    1640000, 75000, 1715000, 20, GAT, "finance")
POS["hr_2010"] = P("CTA", "Director, Human Resources", "", "EX-01", "103655", "00045131", D(2010, 2, 8),
                   ("00045100", "Director General, Corporate Management", "", "EX-02"),
                   [R("Manager, Staffing and Classification", "", "PE-05", 6),
                    R("Manager, Labour Relations and Compensation", "", "PE-04", 4),
                    R("Advisor, HR Planning", "", "PE-03", 1)],
                   980000, 110000, 1090000, 12, GAT, "hr")
POS["hr_2021"] = P("CTA", "Director, Human Resources", "Directrice, Ressources humaines", "EX-01", "103655", "00045131",
                   D(2021, 2, 15), DGCM,
                   [R("Manager, Staffing and Classification", "Gestionnaire, Dotation et classification", "PE-06", 8),
                    R("Manager, Labour Relations and Workplace Well-being", "Gestionnaire, Relations de travail et mieux-être",
                      "PE-05", 5),
                    R("Manager, HR Planning and Systems", "Gestionnaire, Planification et systèmes RH", "PE-05", 4)],
                   1720000, 260000, 1980000, 18, GAT, "hr")
POS["imit_2011"] = P("CTA", "Director, Information Management and Technology", "", "EX-01", "103662", "00045144",
                     D(2011, 10, 31), ("00045100", "Director General, Corporate Management", "", "EX-02"),
                     [R("Manager, IT Operations", "", "CS-03", 9), R("Manager, Applications", "", "CS-03", 6),
                      R("Manager, Records and Library", "", "IS-04", 4)],
                     1510000, 620000, 2130000, 20, GAT, "imit")
POS["imit_2022"] = P("CTA", "Director, Information Management and Technology", "", "EX-01", "103662", "00045144",
                     D(2022, 6, 20), DGCM,
                     [R("Manager, IT Infrastructure and Security", "", "CS-04", 11), R("Manager, Digital Solutions", "", "CS-04", 12),
                      R("Manager, Information Management", "", "IS-05", 6)],
                     2860000, 1340000, 4200000, 30, GAT, "imit")
POS["comm"] = P("CTA", "Director, Communications", "Directeur, Communications", "EX-01", "103700", "50031530",
                D(2014, 3, 17), CHAIR,
                [R("Manager, Media Relations and Public Affairs", "Gestionnaire, Relations avec les médias et affaires publiques",
                   "IS-05", 4),
                 R("Manager, Web Communications", "Gestionnaire, Communications Web", "IS-04", 5),
                 R("Senior Writer-Editor", "Rédactrice-réviseure principale", "IS-04", 2)],
                920000, 180000, 1100000, 12, GAT, "comms")
POS["audit"] = P("CTA", "Chief Audit and Evaluation Executive", "", "EX-01", "104410", "50030055", D(2018, 9, 4), CHAIR,
                 [R("Senior Internal Auditor", "", "AU-04", 2), R("Senior Evaluator", "", "EC-06", 2), R("Evaluator", "", "EC-05", 1)],
                 640000, 210000, 850000, 6, GAT, "audit")
POS["atssc"] = P("ATSSC", "Director General, Registry Operations", "", "EX-02", "105011", "60010022", D(2015, 5, 19),
                 ("60010001", "Deputy Chief Administrator, Registry Operations", "", "EX-04"),
                 [R("Director, Registry Services – Economic Tribunals", "", "EX-01", 34),
                  R("Director, Registry Services – Labour and Employment Tribunals", "", "EX-01", 41),
                  R("Manager, Registry Modernization", "", "AS-07", 6)],
                 6950000, 410000, 7360000, 82, OTT, "registry")
POS["cgc"] = P("CGC", "Director, Industry Services", "", "EX-01", "200217", "30004410", D(2012, 8, 1),
               ("30004401", "Chief Operating Officer", "", "EX-03"),
               [R("Manager, Licensing", "", "PM-04", 6), R("Manager, Producer Programs", "", "PM-04", 5),
                R("Manager, Regional Service Centres", "", "PM-05", 12)],
               1770000, 390000, 2160000, 24, ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), "grain")
POS["fcac"] = P("FCAC", "Director, Supervision and Enforcement", "Directeur, Surveillance et application", "EX-02", "220540",
                "71000318", D(2019, 10, 7), ("71000301", "", "Sous-commissaire, Surveillance et application", "EX-04"),
                [R("", "Gestionnaire, Surveillance des banques", "EC-07", 12), R("", "Gestionnaire, Application de la loi", "EC-07", 7),
                 R("", "Gestionnaire, Analyse de la conformité", "EC-06", 6)],
                3050000, 260000, 3310000, 26, OTT, "supervision")
POS["pmprb"] = P("PMPRB", "Director, Regulatory Affairs and Outreach", "Directeur, Affaires réglementaires et sensibilisation",
                 "EX-01", "210115", "40000712", D(2017, 12, 4), ("40000701", "Executive Director", "Directeur exécutif", "EX-03"),
                 [R("Manager, Regulatory Affairs", "Gestionnaire, Affaires réglementaires", "EC-07", 5),
                  R("Manager, Outreach and Stakeholder Relations", "Gestionnaire, Sensibilisation et relations avec les intervenants",
                    "EC-06", 4)],
                 1080000, 220000, 1300000, 10, OTT, "regulatory")
POS["crtc"] = P("CRTC", "Director, Consumer Affairs and Strategic Policy", "", "EX-01", "200815", "20401188", D(2013, 6, 10),
                ("20401100", "Executive Director, Telecommunications", "", "EX-03"),
                [R("Manager, Consumer Affairs", "", "EC-07", 8), R("Manager, Strategic Policy", "", "EC-07", 6),
                 R("Senior Analyst, Accessibility", "", "EC-06", 1)],
                1390000, 55000, 1445000, 16, GAT, "consumer")
POS["cirb"] = P("CIRB", "Director, Client and Registry Services", "", "EX-01", "200901", "80000230", D(2011, 2, 14),
                ("80000201", "Executive Director", "", "EX-03"),
                [R("Manager, Registry Operations", "", "AS-06", 9), R("Manager, Client Services, Western Region", "", "AS-05", 4),
                 R("Manager, Client Services, Eastern Region", "", "AS-05", 4)],
                1260000, 140000, 1400000, 18, OTT, "registry")
POS["csa"] = P("CSA", "Director, Corporate Planning and Performance", "Directeur, Planification ministérielle et rendement",
               "EX-01", "300455", "10023456", D(2018, 4, 23), ("10020001", "", "Dirigeant principal des finances", "EX-03"),
               [R("", "Gestionnaire, Planification et rapports", "EC-07", 6), R("", "Gestionnaire, Gestion des risques", "EC-06", 3),
                R("", "Analyste principale, Mesure du rendement", "EC-06", None)],
               1030000, 60000, 1090000, 12, ("Saint-Hubert, Quebec", "Saint-Hubert (Québec)"), "planning")
POS["cannor"] = P("CANNOR", "Director, Nunavut Operations", "", "EX-01", "310020", "90001140", D(2014, 7, 28),
                  ("90001101", "Director General, Operations", "", "EX-02"),
                  [R("Manager, Programs", "", "EC-06", 6), R("Senior Development Officer", "", "EC-05", 3),
                   R("Office Manager", "", "AS-03", 1)],
                  890000, 240000, 1130000, 11, ("Iqaluit, Nunavut", "Iqaluit (Nunavut)"), "north", prog=14500000)
POS["acoa"] = P("ACOA", "Director, Finance and Administration", "Directeur, Finances et administration", "EX-01", "110045",
                "30112233", D(2009, 11, 16),
                ("30110001", "Director General, Finance and Corporate Services", "Directeur général, Finances et Services ministériels",
                 "EX-02"),
                [R("Manager, Financial Operations", "Gestionnaire, Opérations financières", "FI-03", 9),
                 R("Manager, Administrative Services", "Gestionnaire, Services administratifs", "AS-05", 7),
                 R("Manager, Financial Planning", "Gestionnaire, Planification financière", "FI-03", 4)],
                1620000, 310000, 1930000, 21, ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), "finance")
POS["tsb"] = P("TSB", "Director, Air Investigations Operations", "", "EX-02", "220301", "50100077", D(2019, 3, 25),
               ("50100010", "Director General, Investigations (Air)", "", "EX-03"),
               [R("Manager, Regional Operations, Central", "", "TI-07", 9), R("Manager, Regional Operations, Pacific", "", "TI-07", 8),
                R("Manager, Regional Operations, Atlantic", "", "TI-07", 6), R("Manager, Investigation Support", "", "TI-06", 5)],
               4100000, 950000, 5050000, 34, GAT, "investigation_ops")
POS["ocol"] = P("OCOL", "Director, Investigations", "Directrice, Enquêtes", "EX-01", "400122", "60033012", D(2022, 10, 11),
                ("60033001", "", "Directeur général, Assurance de la conformité", "EX-03"),
                [R("", "Gestionnaire, Enquêtes – Région de la capitale nationale", "PM-06", 11),
                 R("", "Gestionnaire, Enquêtes – Bureaux régionaux", "PM-06", 9),
                 R("", "Gestionnaire, Recevabilité et règlement rapide", "PM-05", 7)],
                2680000, 130000, 2810000, 28, GAT, "investigations")
POS["ocl"] = P("OCL", "Deputy Commissioner of Lobbying", "", "EX-02", "500010", "70000102", D(2012, 1, 9),
               ("70000101", "Commissioner of Lobbying", "", None),
               [R("Director, Investigations", "", "EX-01", 6), R("Manager, Registry and Client Services", "", "PM-05", 5),
                R("Manager, Education and Outreach", "", "PM-05", 3)],
               1690000, 520000, 2210000, 20, OTT, "lobbying")
POS["cb"] = P("CB", "Secretary General", "", "EX-02", "510004", "71200010", D(2016, 5, 2), ("71200001", "Chair", "", None),
              [R("General Counsel", "", "LC-02", 4), R("Director, Research and Analysis", "", "EX-01", 5),
               R("Manager, Registry and Corporate Services", "", "AS-06", 3)],
              1340000, 380000, 1720000, 16, OTT, "copyright")
POS["chrc"] = P("CHRC", "Director, Investigations", "", "EX-01", "620330", "81002217", D(2023, 5, 15),
                ("81002200", "Director General, Complaints Services", "", "EX-03"),
                [R("Manager, Intake and Assessment", "", "PM-06", 12), R("Manager, Mediation", "", "PM-06", 8),
                 R("Manager, Investigations", "", "PM-06", 14)],
                3420000, 115000, 3535000, 37, OTT, "complaints")
POS["fpcc"] = P("FPCC", "Executive Director", "", "EX-02", "630002", "82000002", D(2010, 4, 1), ("82000001", "Chairperson", "", None),
                [R("Manager, Operations and Agency Supervision", "", "CO-03", 6), R("Senior Analyst, Policy", "", "EC-06", 2),
                 R("Manager, Corporate Services", "", "AS-06", 4)],
                1180000, 640000, 1820000, 15, OTT, "farm")

# --- notations --------------------------------------------------------------------------------------

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
             "décembre"]


def fdate(d, st):
    m, mf = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"iso": d.isoformat(), "long": f"{m} {d.day}, {d.year}", "th": f"{m} {d.day}{suf}, {d.year}",
            "dmy": f"{d.day} {m} {d.year}", "slash": d.strftime("%Y/%m/%d"),
            "ps": f"{d.day:02d}-{m[:3].upper()}-{d.year}", "fr": f"{'1er' if d.day == 1 else d.day} {mf} {d.year}",
            "dot": d.strftime("%Y.%m.%d"), "abbr": f"{m[:3]}. {d.day}, {d.year}", "frnum": d.strftime("%d/%m/%Y"),
            "frle": f"le {'1er' if d.day == 1 else d.day} {mf} {d.year}"}[st]


def fcls(c, st="std"):
    if not c:
        return ""
    g, l = c.rsplit("-", 1)
    return {"std": c, "sp": f"{g} {l}", "nz": f"{g}-{int(l)}", "par": f"({c})", "cat": f"{g}{l}", "low": f"{g.title()}-{l}",
            "dash": f"{g} - {l}"}[st]


def _dec(x, sep):
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def famt(n, st):
    if st == "full":
        return f"${n:,}"
    if st == "M":
        return f"${_dec(n / 1e6, '.')}M"
    if st == "K":
        return f"${n // 1000:,}K"
    if st == "mil":
        return f"${_dec(n / 1e6, '.')} million"
    if st == "frM":
        return f"{_dec(n / 1e6, ',')} M$"
    if st == "frfull":
        return f"{n:,}".replace(",", " ") + ",00 $"
    if st == "frfullnb":
        return f"{n:,}".replace(",", "\u00a0") + "\u00a0$"
    if st == "frmil":
        return f"{_dec(n / 1e6, ',')} million $"
    if st == "frK":
        return f"{n // 1000:,}".replace(",", " ") + " k$"
    if st == "plain":
        return f"{n}"
    if st == "cents":
        return f"${n:,}.00"
    raise KeyError(st)


def ffte(n, st):
    if n is None:
        return ""
    if n == 1 and st in ("FTEs", "FTEsap"):
        st = "FTE"
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "ETP": f"{n} ETP", "staff": f"staff of {n}", "eff": f"effectif de {n}",
            "emp": f"{n} employees", "empfr": f"{n} employés", "FTEsap": f"{n} FTE's"}[st]


# --- labels -----------------------------------------------------------------------------------------

LAB = {
    "en": dict(title=["Position Title", "Title", "Job Title", "Official Position Title", "Position title"],
               cls=["Classification", "Group and Level", "Group/Level", "Classification Level", "Level"],
               job=["Job Code", "Position Job Code", "Generic Job Code", "Job Code No."],
               no=["Position Number", "Position No.", "Position #", "Pos. No."],
               eff=["Effective Date", "Date Effective", "Effective date", "Effective Date of Description"],
               supno=["Supervisor's Position No.", "Supervisor Position Number", "Reports to (Position No.)",
                      "Supervisor's Position Number"],
               supt=["Supervisor's Position Title", "Supervisor's Title", "Supervisor Position Title", "Reports to"],
               supc=["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Classification",
                     "Supervisor's Group/Level"],
               loc=["Location", "Geographic Location", "Work Location", "Duty Station"],
               dept=["Department", "Organization", "Department/Agency", "Organization"],
               branch=["Branch", "Branch/Directorate", "Sector", "Directorate"]),
    "fr": dict(title=["Titre du poste", "Titre", "Titre officiel du poste", "Titre du poste"],
               cls=["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
               job=["Code d'emploi", "Numéro du code d'emploi", "Code de l'emploi", "Code d'emploi"],
               no=["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"],
               eff=["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'entrée en vigueur"],
               supno=["Numéro du poste du superviseur", "No de poste du surveillant", "N° du poste du supérieur",
                      "Numéro de poste du superviseur"],
               supt=["Titre du poste du superviseur", "Titre du surveillant", "Relève de", "Titre du poste du supérieur"],
               supc=["Classification du superviseur", "Groupe et niveau du surveillant", "Classification du supérieur",
                     "Groupe/niveau du superviseur"],
               loc=["Lieu de travail", "Emplacement géographique", "Lieu", "Emplacement"],
               dept=["Ministère", "Organisme", "Ministère/organisme", "Organisation"],
               branch=["Direction générale", "Secteur", "Direction", "Direction générale"]),
}
HEAD = {
    "en": dict(ga=["General Accountability", "General Accountability", "Purpose of the Position"],
               org=["Organization Structure", "Organizational Structure", "Organization"],
               ns=["Nature and Scope", "Nature and Scope", "Nature & Scope"],
               dims=["Dimensions", "Dimensions", "Key Dimensions"],
               spec=["Specific Accountabilities", "Specific Accountabilities", "Key Activities"],
               cert=["Certification", "Signatures", "Approval"]),
    "fr": dict(ga=["Responsabilités générales", "Raison d'être du poste", "Responsabilités générales"],
               org=["Structure organisationnelle", "Organisation", "Structure de l'organisation"],
               ns=["Nature et étendue", "Nature et portée", "Nature et étendue"],
               dims=["Dimensions", "Dimensions clés", "Dimensions"],
               spec=["Responsabilités spécifiques", "Activités principales", "Responsabilités particulières"],
               cert=["Certification", "Signatures", "Approbation"]),
}
DIML = {
    "en": dict(fte=["FTEs", "Number of FTEs", "Staff (FTEs)", "Human resources"], sal=["Salary", "Salary budget", "Salaries", "Salary dollars"],
               om=["O&M", "Operating and Maintenance", "O&M budget", "Non-salary O&M"],
               tot=["Total", "Total budget", "Total operating budget", "Total (Salary + O&M)"],
               prog=["Grants and contributions", "Program budget (Gs&Cs)"]),
    "fr": dict(fte=["ETP", "Nombre d'ETP", "Effectif (ETP)", "Ressources humaines"], sal=["Salaires", "Budget salarial", "Traitements", "Budget des salaires"],
               om=["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"],
               tot=["Total", "Budget total", "Budget de fonctionnement total", "Total (salaires + F et E)"],
               prog=["Subventions et contributions", "Budget de programme (S et C)"]),
}


def tr(x, lang):
    """A position's or report's title in a language, or the other one when only that one exists."""
    if lang == "fr":
        return x["fr"] or x["en"]
    return x["en"] or x["fr"]


def sup_title(sup, lang):
    return (sup[2] or sup[1]) if lang == "fr" else (sup[1] or sup[2])


# --- composing a document as blocks -----------------------------------------------------------------

def compose(p, o):
    """Blocks of a work description of position p with options o."""
    lang = o.get("lang", "en")
    L = "fr" if lang == "fr" else "en"
    v = o.get("lv", 0)
    lab = lambda k: LAB[L][k][v % len(LAB[L][k])]  # noqa: E731
    labfr = lambda k: LAB["fr"][k][v % len(LAB["fr"][k])]  # noqa: E731
    hv = o.get("hv", 0)
    head = lambda k: HEAD[L][k][hv % 3]  # noqa: E731
    dep = DEPTS[p["dept"]]
    t = tr(p, L)
    ctx = dict(t=t, d=dep["short"], ld=dep["ld"], dld=dep["dld"])
    cs = o.get("cls", "std")
    blocks = []
    ttl = o.get("doc_title", {"en": "WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL",
                              "bi": "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"}[lang])
    if ttl:
        blocks.append(("title", ttl))
    f = []
    bi = lang == "bi"

    def add(key, val, frval=None):
        if bi:
            f.append((f"{lab(key)} / {labfr(key)}", val if frval is None or frval == val else f"{val} / {frval}"))
        else:
            f.append((lab(key), val))

    if o.get("dept_field", True):
        add("dept", dep["fr"] if L == "fr" else dep["en"], dep["fr"] if bi else None)
    if bi and o.get("bi_titles") == "split":
        f.append((LAB["en"]["title"][v % 5], p["en"]))
        f.append((LAB["fr"]["title"][v % 4], p["fr"]))
    else:
        add("title", t, p["fr"] if bi else None)
    add("cls", fcls(p["cls"], cs))
    if o.get("job", True) and p["job"]:
        add("job", p["job"])
    if o.get("no", True):
        add("no", o.get("no_text", p["no"]))
    if o.get("eff", True):
        add("eff", o.get("eff_text") or (fdate(p["eff"], o.get("date", "long")) if p["eff"] else
                                         ("À déterminer" if L == "fr" else "TBD")))
    sup = p["sup"]
    ss = o.get("sup", "fields")
    if ss == "fields":
        add("supno", sup[0])
        add("supt", sup_title(sup, L), sup[2] if bi else None)
        if sup[3] or o.get("sup_cls_na"):
            add("supc", fcls(sup[3], cs) if sup[3] else "N/A")
    elif ss == "line":
        f.append(({"en": "Reports to", "fr": "Relève de", "bi": "Reports to / Relève de"}[lang],
                  sup_title(sup, L) + (f" ({fcls(sup[3], 'std' if cs == 'par' else cs)})" if sup[3] else "")))
    if o.get("loc", True):
        add("loc", p["loc"][1] if L == "fr" else p["loc"][0], p["loc"][1] if bi else None)
    if o.get("incumbent"):
        f.append(({"en": "Incumbent", "fr": "Titulaire", "bi": "Incumbent / Titulaire"}[lang], o["incumbent"]))
    blocks.append(("fields", f))

    langs = ["en", "fr"] if bi else [L]
    order = o.get("order", ["ga", "org", "ns", "dims", "spec", "cert"])
    for sec in order:
        for sl in langs:
            hd = HEAD[sl][sec][hv % 3]
            if bi and sl == "en":
                hd = f"{HEAD['en'][sec][hv % 3]} / {HEAD['fr'][sec][hv % 3]}"
            if bi and sl == "fr" and sec in ("dims", "cert", "org"):
                continue
            if not (bi and sl == "fr"):
                blocks.append(("h", hd))
            blocks.extend(section(sec, p, o, sl, dict(ctx, t=tr(p, sl)), cs))
    return blocks


def section(sec, p, o, L, ctx, cs):
    dom = texts.DOMAINS[p["dom"]]
    dep = DEPTS[p["dept"]]
    rng = random.Random(hash_key(p, o, sec))
    out = []
    if sec == "ga":
        g = dom.get(f"ga_{L}") or dom.get("ga_en")
        out.append(("p", g.format(**ctx)))
    elif sec == "ns":
        pool = texts.NATURE_FR if L == "fr" else texts.NATURE_EN
        for s in pool[: 2 + rng.randrange(2)]:
            out.append(("p", s.format(d=dep["short"], ld=dep["ld"][0].upper() + dep["ld"][1:], dld=dep["dld"])))
    elif sec == "spec":
        acts = [a.format(**ctx) for a in (dom.get(f"act_{L}") or dom["act_en"])]
        if o.get("csr"):
            out.append(("p", ("Résultats axés sur le service à la clientèle : " if L == "fr" else "Client Service Results: ")
                        + (dom.get(f"ga_{L}") or dom["ga_en"]).format(**ctx).split(" is accountable for ")[-1]))
            out.append(("h2", "Activités principales" if L == "fr" else "Key Activities"))
        out.append(("ol" if o.get("numbered", True) else "ul", acts))
    elif sec == "org":
        out.extend(org_section(p, o, L, cs))
    elif sec == "dims":
        out.extend(dims_section(p, o, L))
    elif sec == "cert":
        out.append(("p", texts.CERT_FR if L == "fr" else texts.CERT_EN))
        if o.get("sigs"):
            out.append(("sig", o["sigs"]))
    return out


def hash_key(p, o, sec):
    return sum(map(ord, p["no"] + p["en"] + sec + o.get("lang", "en") + str(o.get("lv", 0))))


def rep_text(r, L, style, cs="std"):
    t = tr(r, L) if L != "bi" else (r["en"] + (f" / {r['fr']}" if r["fr"] else ""))
    c = fcls(r["cls"], cs if r["cls"].startswith("EX") and cs != "par" else "std")
    fs = "ETP" if L == "fr" else "FTEs"
    n = r["fte"]
    if style == "paren":
        inner = ", ".join(x for x in [c, ffte(n, fs)] if x)
        return f"{t} ({inner})"
    if style == "dash":
        return f"{c} - {t}" + (f" ({ffte(n, 'FTE' if L != 'fr' else 'ETP')})" if n is not None else "")
    if style == "dash2":
        return " – ".join(x for x in [t, c, ffte(n, fs)] if x)
    if style == "staff":
        return f"{t} ({c}), ({ffte(n, 'eff' if L == 'fr' else 'staff')})" if n is not None else f"{t} ({c})"
    if style == "bracket":
        return f"{t} [{c}]" + (f" ({ffte(n, 'FTE' if L != 'fr' else 'ETP')})" if n is not None else "")
    if style == "nocls":
        return f"{t} ({ffte(n, fs)})" if n is not None else t
    if style == "nofte":
        return f"{t} ({c})"
    raise KeyError(style)


def org_section(p, o, L, cs):
    out = []
    sup = p["sup"]
    t = tr(p, L)
    st = tr(dict(en=sup[1], fr=sup[2]), L)
    ss = o.get("sup", "fields")
    if L == "fr":
        s = f"Le titulaire du poste de {t} relève du {st}" if not st.startswith(("Directrice", "Dirigeant", "Sous")) \
            else f"Le titulaire du poste de {t} relève de : {st}"
        if ss == "sentence":
            s += f" (poste no {sup[0]}" + (f", {fcls(sup[3], cs)})" if sup[3] else ")")
        out.append(("p", s + "."))
    else:
        s = f"The {t} reports to the {st}"
        if ss == "sentence":
            s += f" (position {sup[0]}" + (f", {fcls(sup[3], cs)})" if sup[3] else ")")
        out.append(("p", s + "."))
    reps = p["reports"]
    rs = o.get("rep", "paren")
    if rs == "none":
        return out
    if rs == "table":
        hdr = {"en": ["Position", "Group/Level", "FTEs"], "fr": ["Poste", "Groupe/niveau", "ETP"],
               "bi": ["Position / Poste", "Group/Level / Groupe/niveau", "FTEs / ETP"]}[L if L in ("en", "fr") else "bi"]
        if o.get("lang") == "bi":
            hdr = ["Position / Poste", "Group/Level / Groupe/niveau", "FTEs / ETP"]
        rows = [[r["en"] + (f" / {r['fr']}" if o.get("lang") == "bi" and r["fr"] else "") if L != "fr" else tr(r, "fr"),
                 r["cls"], "" if r["fte"] is None else str(r["fte"])] for r in reps]
        out.append(("p", {"en": "The following positions report to the incumbent:",
                          "fr": "Les postes suivants relèvent du titulaire :"}[L]))
        out.append(("table", hdr, rows))
        return out
    if rs == "prose":
        parts = [rep_text(r, L, "paren") for r in reps]
        if L == "fr":
            out.append(("p", f"Relèvent du {t} : " + " ; ".join(parts[:-1]) + f" ; et {parts[-1]}."))
        else:
            out.append(("p", f"Reporting to the {t} are the following positions: " + "; ".join(parts[:-1]) +
                        f"; and {parts[-1]}."))
        return out
    lang = o.get("lang")
    intro = {"en": f"Reporting to the {t} are:", "fr": f"Relèvent du {t} :"}[L]
    out.append(("p", intro))
    items = []
    for r in reps:
        x = rep_text(r, "bi" if lang == "bi" else L, rs, cs)
        if o.get("rep_duties"):
            x += ": " + ("responsable de ses secteurs de programme." if L == "fr" else
                         "responsible for the day-to-day management of the unit's programs and staff.")
        items.append(x)
    out.append(("ul", items))
    return out


def dims_section(p, o, L):
    ds = o.get("dims", "fields")
    show = o.get("dshow", "fsot")
    am = o.get("amt", "full" if L != "fr" else "frfull")
    fs = o.get("dfte", "FTEs" if L != "fr" else "ETP")
    lv = o.get("dlv", o.get("lv", 0))
    bi = o.get("lang") == "bi"

    def dl(k):
        e = DIML["en"][k][lv % len(DIML["en"][k])]
        f = DIML["fr"][k][lv % len(DIML["fr"][k])]
        return f"{e} / {f}" if bi else (f if L == "fr" else e)

    rows = []
    if "f" in show:
        rows.append((dl("fte"), str(p["fte"]) if ds != "prose" else p["fte"]))
    if "s" in show:
        rows.append((dl("sal"), famt(p["sal"], am)))
    if "o" in show:
        rows.append((dl("om"), famt(p["om"], am)))
    if "t" in show:
        rows.append((dl("tot"), famt(p["tot"], am)))
    if p.get("prog"):
        rows.append((dl("prog"), famt(p["prog"], am)))
    if ds == "fields":
        return [("fields", rows)]
    if ds == "table":
        return [("table", [{"en": "Dimension", "fr": "Dimension"}[L if L == "fr" else "en"],
                           "Montant" if L == "fr" else "Amount"], [[a, b] for a, b in rows])]
    if ds == "prose":
        if L == "fr":
            s = (f"La direction compte {ffte(p['fte'], 'ETP')}. Le budget salarial est de {famt(p['sal'], am)} et le "
                 f"budget de fonctionnement et d'entretien de {famt(p['om'], am)}, pour un total de {famt(p['tot'], am)}.")
        else:
            s = (f"The position manages {ffte(p['fte'], fs)}, a salary budget of {famt(p['sal'], am)} and an O&M budget "
                 f"of {famt(p['om'], am)}, for a total of {famt(p['tot'], am)}.")
        return [("p", s)]
    raise KeyError(ds)


# --- rendering blocks -------------------------------------------------------------------------------

def render_text(blocks, o):
    """Blocks as a plain text form, in one of several layouts."""
    lay = o.get("layout", "colon")
    hs = o.get("heads", "caps")
    fr = o.get("lang") == "fr"
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], ""]
        elif k in ("h", "h2"):
            h = b[1]
            if hs == "caps":
                out += ["", h.upper()]
            elif hs == "setext":
                out += ["", h, ("=" if k == "h" else "-") * len(h)]
            elif hs == "colon":
                out += ["", h + ":"]
            elif hs == "md":
                out += ["", ("## " if k == "h" else "### ") + h, ""]
            else:
                out += ["", h]
        elif k == "fields":
            for a, v in b[1]:
                sep = " : " if fr else ": "
                if lay == "colon":
                    out.append(f"{a}{sep}{v}")
                elif lay == "next":
                    out += [f"{a}{sep.rstrip()}", f"    {v}"]
                elif lay == "dots":
                    out.append(f"{a} {'.' * max(3, 38 - len(a))} {v}")
                elif lay == "tab":
                    out.append(f"{a}\t{v}")
                elif lay == "pad":
                    out.append(f"{a + sep.rstrip():<40}{v}")
                elif lay == "capscolon":
                    out.append(f"{a.upper()}{sep}{v}")
                elif lay == "mdbold":
                    out.append(f"*   **{a}:** {v}")
            out.append("")
        elif k == "p":
            out += [b[1], ""]
        elif k == "ul":
            bullet = o.get("bullet", "- ")
            out += [f"{bullet}{x}" for x in b[1]] + [""]
        elif k == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            if o.get("md_tables"):
                out.append("| " + " | ".join(b[1]) + " |")
                out.append("|" + "---|" * len(b[1]))
                out += ["| " + " | ".join(r) + " |" for r in b[2]]
            else:
                w = [max(len(str(x)) for x in col) + 3 for col in zip(b[1], *b[2])]
                out.append("".join(str(x).ljust(n) for x, n in zip(b[1], w)).rstrip())
                out += ["".join(str(x).ljust(n) for x, n in zip(r, w)).rstrip() for r in b[2]]
            out.append("")
        elif k == "sig":
            for role, name, date in b[1]:
                out += ["", "_" * 34, name, role, (("Date : " if fr else "Date: ") + date) if date else ("Date :" if fr else "Date:")]
            out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") + "\n"


def wrap_lines(text, width):
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
        else:
            ind = "   " if line[:3] in ("- ", "*  ") or line[:2].rstrip(".").isdigit() else ""
            lines += textwrap.wrap(line, width, subsequent_indent=ind, break_on_hyphens=False)
    return lines


def render_pdf(text, footer, width=100, per_page=62):
    lines = wrap_lines(text, width)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        body = pg + [""] * (per_page - len(pg)) + ["", footer.format(n=i, N=n)]
        out.append("\n".join(body))
    return pdf_bytes(out)


def fix_zip(data, fixed_date=b'w:date="2019-03-28T10:30:00Z"'):
    """A zip's entries rewritten with a fixed date, so the Word file is the same bytes on every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "word/comments.xml":  # a comment's date is the time it was added
                data = re.sub(rb'w:date="[^"]*"', fixed_date, data)
            z.writestr(zi, data)
    return buf.getvalue()


def render_docx(blocks, o):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    cp = doc.core_properties
    cp.author = o.get("author", "")
    cp.last_modified_by = o.get("modified_by", o.get("author", ""))
    stamp = dt.datetime.combine(o.get("saved", D(2019, 1, 1)), dt.time(10, 30))
    cp.created = stamp
    cp.modified = stamp
    cp.revision = o.get("revision", 1)
    cp.title = ""
    if o.get("footer"):
        doc.sections[0].footer.paragraphs[0].text = o["footer"]
    if o.get("header"):
        doc.sections[0].header.paragraphs[0].text = o["header"]
    four = o.get("four_cols")
    comments = list(o.get("comments", []))
    for b in blocks:
        k = b[0]
        if k == "title":
            para = doc.add_paragraph()
            run = para.add_run(b[1])
            run.bold = True
            run.font.size = Pt(14)
        elif k == "h":
            if o.get("bold_heads"):
                doc.add_paragraph().add_run(b[1].upper()).bold = True
            else:
                doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "fields":
            rows = b[1]
            if four and len(rows) > 3:
                tbl = doc.add_table(rows=0, cols=4)
                tbl.style = "Table Grid"
                for i in range(0, len(rows), 2):
                    cells = tbl.add_row().cells
                    cells[0].text, cells[1].text = rows[i][0], rows[i][1]
                    if i + 1 < len(rows):
                        cells[2].text, cells[3].text = rows[i + 1][0], rows[i + 1][1]
            elif o.get("fields_as_paras"):
                for a, v in rows:
                    para = doc.add_paragraph()
                    para.add_run(a + (" : " if o.get("lang") == "fr" else ": ")).bold = True
                    para.add_run(str(v))
            else:
                tbl = doc.add_table(rows=0, cols=2)
                tbl.style = "Table Grid"
                for a, v in rows:
                    cells = tbl.add_row().cells
                    cells[0].text, cells[1].text = a, str(v)
            doc.add_paragraph()
        elif k == "p":
            para = doc.add_paragraph(b[1])
            for key, text, author, initials in list(comments):
                if key in b[1]:
                    doc.add_comment(para.runs, text=text, author=author, initials=initials)
                    comments.remove((key, text, author, initials))
        elif k in ("ul", "ol"):
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet" if k == "ul" else "List Number")
        elif k == "table":
            tbl = doc.add_table(rows=1, cols=len(b[1]))
            tbl.style = "Table Grid"
            for c, x in zip(tbl.rows[0].cells, b[1]):
                c.text = x
            for r in b[2]:
                for c, x in zip(tbl.add_row().cells, r):
                    c.text = str(x)
            doc.add_paragraph()
        elif k == "sig":
            tbl = doc.add_table(rows=1, cols=3)
            tbl.style = "Table Grid"
            hdr = ["Nom / Name", "Titre / Title", "Date"] if o.get("lang") in ("fr", "bi") else ["Name", "Title", "Date"]
            for c, x in zip(tbl.rows[0].cells, hdr):
                c.text = x
            for role, name, date in b[1]:
                cells = tbl.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = name, role, date
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue())


# --- OCR damage -------------------------------------------------------------------------------------

DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage_digits(s, rng, p):
    return "".join(DIG[c] if c in DIG and rng.random() < p else ("l" if c == "1" and rng.random() < p / 4 else c)
                   for c in s)


CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("h", "b"), ("cl", "d"), ("o", "a"), ("t", "l")]


def damage_prose(s, rng, q, run):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < q:
            a, b = CONF[rng.randrange(len(CONF))]
            if a in w:
                w = w.replace(a, b, 1)
        out.append(w)
    res = ""
    for i, w in enumerate(out):
        res += w
        if i < len(out) - 1:
            res += "" if rng.random() < run else " "
    return res


def ocr(text, seed, p=0.5, q=0.04, run=0.01, width=78, header="", pagelen=48, mode="lines", signed=None):
    """A scan's OCR text: digits read as letters in values, letters confused and words run together
    in prose, hyphenated line ends, a running header and page numbers; mode 'run' gives each page as
    one long line after the seeds' `--- Full Extracted Text ---` wrapper."""
    rng = random.Random(seed)
    lines = []
    for line in text.split("\n"):
        if ":" in line[:45] and len(line) < 110:
            lines.append(damage_digits(line, rng, p))
        else:
            lines.append(damage_digits(damage_prose(line, rng, q, run), rng, p * 0.6))
    wrapped = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut < width // 2:
                cut = width
            word_end = line.find(" ", cut + 1)
            nxt = line[cut + 1: word_end if word_end > 0 else len(line)]
            if rng.random() < 0.3 and len(nxt) > 7 and nxt.isalpha():
                h = len(nxt) // 2
                wrapped.append(line[:cut] + " " + nxt[:h] + "-")
                line = nxt[h:] + line[cut + 1 + len(nxt):]
            else:
                wrapped.append(line[:cut])
                line = line[cut + 1:]
        wrapped.append(line)
    if signed:
        wrapped += signed
    pages = [wrapped[i:i + pagelen] for i in range(0, len(wrapped), pagelen)]
    outp = []
    for i, pg in enumerate(pages, 1):
        pg = list(pg)
        if header and i > 1:
            pg.insert(0, header)
        pg.append(f"- {damage_digits(str(i), rng, 0.3)} -" if i % 2 else f"Page {i}")
        outp.append(pg)
    if mode == "run":
        return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" +
                "\n".join(" ".join(x for x in pg if x.strip()) for pg in outp) + "\n")
    return "\n\f".join("\n".join(pg) for pg in outp) + "\n"


# --- HR system printouts ----------------------------------------------------------------------------

def hris(p, o):
    """A PeopleSoft (MyGCHR) position report: fields with their codes, then the description text."""
    lang = o.get("lang", "en")
    dep = DEPTS[p["dept"]]
    g, lvl = p["cls"].split("-")
    sup = p["sup"]
    run = o["run"]
    en = lang != "fr"
    bi = lang == "bi"
    lbl = {
        "no": ("Position Nbr", "No de poste"), "eff": ("Eff Date", "Date d'effet"), "st": ("Status", "Statut"),
        "rsn": ("Action Reason", "Raison de l'action"), "descr": ("Descr", "Description"),
        "descrfr": ("Descr (French)", "Description (français)"),
        "job": ("Job Code", "Code d'emploi"), "plan": ("Sal Plan", "Régime salarial"), "grade": ("Grade", "Niveau"),
        "rep": ("Reports To", "Relève de"), "dept": ("Dept ID", "ID service"), "loc": ("Location", "Emplacement"),
        "lang": ("Language Req", "Exigence ling."), "hrs": ("Std Hours", "Heures normales"),
        "bu": ("Business Unit", "Unité opérationnelle"), "sec": ("Security Clearance", "Cote de sécurité")}

    def L(k):
        e, f = lbl[k]
        return f"{e} / {f}" if bi else (e if en else f)

    codes = {"no": "POSITION_NBR", "eff": "EFFDT", "st": "EFF_STATUS", "rsn": "ACTION_REASON", "descr": "DESCR",
             "descrfr": "DESCR_FRA", "job": "JOBCODE", "plan": "SAL_ADMIN_PLAN", "grade": "GRADE", "rep": "REPORTS_TO",
             "dept": "DEPTID", "loc": "LOCATION", "lang": "LANG_SKILL", "hrs": "STD_HOURS", "bu": "BUSINESS_UNIT",
             "sec": "SECURITY_CLEARANCE"}
    rows = [("bu", f"{p['dept'][:3]}00   {dep['en'] if en else dep['fr']}"), ("no", p["no"]),
            ("eff", p["eff"].strftime(o.get("hdate", "%Y/%m/%d"))), ("st", "A  Active" if en else "A  Actif"),
            ("rsn", o.get("reason", "UPD  Update Position" if en else "UPD  Mise à jour du poste")),
            ("descr", p["en"] if en else p["fr"])]
    if bi:
        rows.append(("descrfr", p["fr"]))
    rows += [("job", p["job"]), ("plan", g), ("grade", lvl)]
    if o.get("rep_title", True):
        rows.append(("rep", f"{sup[0]}   {sup[1] if en else sup[2]}"))
    else:
        rows.append(("rep", sup[0]))
    rows += [("dept", o.get("deptid", "CTA4100")), ("loc", o.get("loccode", "GAT001") + "   " +
                                                    (o.get("loctext") or (p["loc"][0] if en else p["loc"][1]))),
             ("lang", "CBC  Bilingual Imperative" if en else "CBC  Bilingue impératif"), ("hrs", "37.50"),
             ("sec", "S  Secret")]
    head = [f"{'MyGCHR' if run.year >= 2012 else 'PeopleSoft HRMS 8.9'}{' ' * 20}"
            f"{'Position Description Report' if en else 'Rapport de description de poste'}",
            f"Report ID: {o.get('rid', 'HRPOS012')}    Run Date: {run.strftime('%Y-%m-%d')}    Run Time: {o.get('rtime', '09:14:52')}",
            "=" * 92]
    body = [f"{(L(k) + ' [' + codes[k] + ']:'):<45} {v}" for k, v in rows]
    if o.get("incumbent"):
        body.append(f"{('Incumbent' if en else 'Titulaire') + ' [EMPLID / NAME]:':<45} {o['incumbent']}")
    body += ["-" * 92, ("Job Description Text [DESCRLONG]" if en else "Texte de la description [DESCRLONG]"), ""]
    o2 = dict(o, lang="fr" if lang == "fr" else "en", doc_title="")
    blocks = compose(p, dict(o2, lang="bi") if lang == "bi" else o2)
    blocks = blocks[[b[0] for b in blocks].index("fields") + 1:]  # the header fields are the report's own
    txt = render_text(blocks, dict(o2, heads="caps", layout="colon"))
    body += wrap_lines(txt, 92)
    per = o.get("per_page", 56)
    pages = [body[i:i + per] for i in range(0, len(body), per)]
    out = []
    for i, pg in enumerate(pages, 1):
        out.append(head + pg + ["", f"{'Page' if en else 'Page'} {i} {'of' if en else 'de'} {len(pages)}"])
    return out


# --- e-mails saved as text --------------------------------------------------------------------------

def email(o, body, charset="utf-8"):
    h = [f"From: {o['from']}", f"Sent: {o['sent']}" if o.get("outlook") else f"Date: {o['sent']}", f"To: {o['to']}"]
    if o.get("cc"):
        h.append(f"Cc: {o['cc']}")
    h.append(f"Subject: {o['subject']}")
    if not o.get("outlook"):
        h += ["MIME-Version: 1.0", f'Content-Type: text/plain; charset="{charset}"',
              f"Content-Transfer-Encoding: {'quoted-printable' if o.get('qp') else '8bit'}"]
    text = o["intro"] + "\n\n" + body + ("\n" + o["outro"] if o.get("outro") else "")
    if o.get("qp"):
        text = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return "\n".join(h) + "\n\n" + text


# --- the documents ----------------------------------------------------------------------------------

def sigs_en(*rows):
    return list(rows)


DOCS = []  # (file name, kind, language, position key or None, options)


def doc(name, kind, lang, key, **o):
    DOCS.append((name, kind, lang, key, o))


CTA_FOOT = "Canadian Transportation Agency / Office des transports du Canada   |   Page {n} of {N}"

doc("DG Dispute Resolution WD 2012.docx", "docx", "en", "dg_dr_2012", lv=0, hv=0, cls="std", date="long", rep="paren",
    rep_duties=True, sup="fields", dims="table", author="Denis Lalonde", saved=D(2012, 9, 20), incumbent="Denis Lalonde",
    order=["ga", "org", "dims", "ns", "spec", "cert"],
    footer="CTA-OTC Work Description Template v2.1", sigs=[("Chairman and CEO", "Gilles Provencher", "2012-09-24")],
    people=["Denis Lalonde", "Gilles Provencher"], group="dg_dr")
doc("DG, Dispute Resolution - revised 2019.docx", "docx", "en", "dg_dr_2019", lv=1, hv=1, cls="std", date="th", rep="table",
    dims="fields", dshow="fsot", amt="M", author="Mélanie Desrosiers", modified_by="Trevor Okafor", saved=D(2019, 3, 28),
    revision=7, four_cols=True, footer="CTA-OTC | Work Description | Protected A when completed",
    comments=[("reports to the", "Confirm with Chair's office – still reporting directly to the Chair after the reorg?",
               "Trevor Okafor", "TO")],
    people=["Mélanie Desrosiers", "Trevor Okafor"], group="dg_dr")
doc("DG Dispute Resolution 2019 - signed.txt", "ocr", "en", "dg_dr_2019", lv=1, hv=1, cls="std", date="th", rep="dash2",
    dims="fields", amt="M", ocr=dict(p=0.55, q=0.05, run=0.02, mode="run", header="CTA - OTC  WORK DESCRIPTION"),
    sigs=[("Chair and Chief Executive Officer", "Marie-Claude Arsenault", "April 12, 2019"),
          ("Director General, Dispute Resolution", "Nathalie Bergeron-Côté", "April 10, 2019")],
    people=["Marie-Claude Arsenault", "Nathalie Bergeron-Côté"], group="dg_dr")
doc("RE_ WD - Director, Air Travel Complaints (draft v3).txt", "text", "en", "atc_2018", lv=2, hv=0, cls="sp", rep="dash",
    layout="colon", heads="caps", dims="fields", dshow="sot", amt="full", eff_text="TBD (on approval)",
    mail=dict(**{"from": '"Okafor, Trevor (CTA/OTC)" <trevor.okafor@otc-cta.gc.ca>',
                 "to": '"Desrosiers, Melanie (CTA/OTC)" <melanie.desrosiers@otc-cta.gc.ca>',
                 "sent": "Thu, 22 Nov 2018 16:41:09 -0500",
                 "subject": "RE: WD - Director, Air Travel Complaints (draft v3)",
                 "intro": "Mélanie,\n\nPasting v3 below since the attachment keeps getting blocked. Suzanne Pilon's comments are "
                          "accepted; the Adjudication Support unit is not in yet (pending the Budget decision), so dimensions "
                          "are for the current structure.\n\nThanks,\nTrevor\n\n----- Draft v3 -----",
                 "outro": "\n-----Original Message-----\nFrom: Desrosiers, Melanie (CTA/OTC)\nSent: November 21, 2018 9:02 AM\n"
                          "To: Okafor, Trevor (CTA/OTC)\nSubject: WD - Director, Air Travel Complaints\n\nHi Trevor, can you "
                          "send me the latest draft for the classification file? Thx. M.\n"}),
    people=["Trevor Okafor", "Melanie Desrosiers", "Suzanne Pilon"], group="atc", draft=True)
doc("Director, Air Travel Complaints FINAL.docx", "docx", "en", "atc_2019", lv=0, hv=2, cls="std", date="iso", rep="paren",
    rep_duties=True, sup="fields", dims="table", amt="full", csr=True, order=["ga", "org", "dims", "spec", "cert"],
    author="Trevor Okafor", saved=D(2019, 1, 16), revision=12, footer="CTA-OTC Work Description Template v3.0 – FINAL",
    sigs=[("Director General, Dispute Resolution", "Nathalie Bergeron-Côté", "2019-01-15")],
    people=["Trevor Okafor", "Nathalie Bergeron-Côté"], group="atc")
doc("TR _ DT Directrice, Transports accessibles.txt", "text", "fr", "access", lv=0, hv=0, cls="std", date="fr", rep="paren",
    layout="colon", heads="plain", dims="fields", amt="frfull",
    mail=dict(**{"from": "=?utf-8?Q?Val=C3=A9rie_Gauthier?= <valerie.gauthier@otc-cta.gc.ca>",
                 "to": "=?utf-8?Q?M=C3=A9lanie_Desrosiers?= <melanie.desrosiers@otc-cta.gc.ca>",
                 "sent": "Mon, 02 Nov 2020 11:05:33 -0500", "subject": "TR : DT Directrice, Transports accessibles",
                 "intro": "Bonjour Mélanie,\n\nVoici la description de travail approuvée, copiée dans le courriel comme demandé "
                          "(le PDF signé suit par courrier interne).\n\nBonne journée,\nValérie Gauthier\nConseillère en "
                          "classification", "qp": True}),
    people=["Valérie Gauthier", "Mélanie Desrosiers"])
doc("00045127_Director Financial Management_2009.txt", "text", "en", "fin_2009", run=D(2009, 7, 14), rep="nofte",
    reason="REC  Reclassification", deptid="CTA6200", loccode="QC0042", loctext="GATINEAU QC", rid="PSPOS030",
    rtime="15:02:11", dims="fields", amt="plain", people=[], group="fin")
doc("Dir Financial Mgmt & Deputy CFO FINAL.docx", "docx", "en", "fin_2015", lv=3, hv=0, cls="nz", date="dmy", rep="table",
    dims="table", amt="K", author="Mélanie Desrosiers", saved=D(2015, 11, 24), fields_as_paras=True,
    footer="Director, Financial Management and Deputy CFO – FINAL", incumbent="Raymond Pelletier",
    sigs=[("DG Corporate Management and CFO", "Anne-Marie Lévesque", "2015-11-23")],
    people=["Raymond Pelletier", "Anne-Marie Lévesque", "Mélanie Desrosiers"], group="fin")
doc("Dir Financial Mgmt & Deputy CFO FINAL (1).docx", "docx", "en", "fin_2015", same_as="Dir Financial Mgmt & Deputy CFO FINAL.docx",
    group="fin")
doc("Directeur, Communications 2014.docx", "docx", "fr", "comm", lv=0, hv=0, cls="std", date="fr", rep="paren",
    dims="fields", amt="frfull", sup="fields", author="Mélanie Desrosiers", saved=D(2014, 3, 18),
    footer="OTC-CTA – Description de travail – Cadres de direction (EX)",
    sigs=[("Président et premier dirigeant", "Jean-Denis Thériault", "17 mars 2014")],
    people=["Jean-Denis Thériault", "Mélanie Desrosiers"], group="comm")
doc("Directeur, Communications 2014.pdf", "pdf", "fr", "comm", lv=0, hv=0, cls="std", date="fr", rep="paren", dims="fields",
    amt="frfull", sup="fields", pdf_of="docx", footer="OTC-CTA – Description de travail – Cadres de direction (EX)   Page {n} de {N}",
    sigs=[("Président et premier dirigeant", "Jean-Denis Thériault", "17 mars 2014")],
    people=["Jean-Denis Thériault"], group="comm")
doc("Director HR - 2010.txt", "text-cp1252", "en", "hr_2010", lv=1, hv=0, cls="sp", date="abbr", rep="dash", layout="dots",
    heads="caps", dims="fields", amt="full", incumbent="Lise Charbonneau",
    sigs=[("Director General, Corporate Management", "Robert Kwan", "Feb. 8, 2010")],
    people=["Lise Charbonneau", "Robert Kwan"], group="hr")
doc("MyGCHR_Position_00045131_2021.pdf", "pdf", "bilingual", "hr_2021", run=D(2021, 3, 9), lang_h="bi", rep="paren",
    dims="fields", amt="full", rep_title=True, deptid="CTA6300", loccode="QC0042", rid="GCHR_POS_DESC", rtime="14:22:51",
    people=[], group="hr")
doc("DG Corporate Management & CFO.md", "markdown", "en", "dgcm_2016", lv=0, hv=0, cls="std", date="long", rep="paren",
    layout="mdbold", heads="md", dims="fields", amt="M", md=True, dshow="sot", people=[], group="dgcm")
doc("DG Gestion ministérielle - DG Corporate Management 2023.docx", "docx", "bilingual", "dgcm_2023", lv=0, hv=0, cls="std",
    date="iso", rep="table", dims="table", amt="full", bi_titles="split", author="Mélanie Desrosiers", saved=D(2023, 4, 5),
    revision=4, footer="OTC-CTA | Description de travail / Work Description",
    sigs=[("Présidente et première dirigeante / Chair and CEO", "Marie-Claude Arsenault", "2023-04-03")],
    people=["Marie-Claude Arsenault", "Mélanie Desrosiers"], group="dgcm")
doc("Dir IM-IT signed 2011.txt", "ocr", "en", "imit_2011", lv=0, hv=0, cls="std", date="long", rep="paren", dims="fields",
    amt="full", ocr=dict(p=0.6, q=0.05, run=0.02, mode="lines", header="Canadian Transportation Agency"),
    sigs=[("Director General, Corporate Management", "Robert Kwan", "Nov 3, 2011")], incumbent="Stephen Mackenzie",
    people=["Robert Kwan", "Stephen Mackenzie"], group="imit")
doc("Director, IM and Technology (2022).pdf", "pdf", "en", "imit_2022", lv=1, hv=1, cls="std", date="long", rep="dash",
    dims="fields", amt="full", order=["ga", "org", "ns", "spec", "dims", "cert"],
    footer="CTA-OTC  Work Description – Director, Information Management and Technology  {n}/{N}",
    sigs=[("DG, Corporate Management and CFO", "Farah Haddad", "June 20, 2022")], people=["Farah Haddad"], group="imit")
doc("Director Enforcement 2013.txt", "text", "en", "enf_2013", lv=1, hv=1, cls="std", date="slash", rep="nocls", layout="next",
    heads="setext", dims="prose", amt="full", dfte="FTEs", people=[], group="enf")
doc("FW Chief Enforcement Officer WD.txt", "text-cp1252", "en", "enf_2020", lv=0, hv=0, cls="std", date="long", rep="paren",
    layout="colon", heads="caps", dims="fields", amt="full", crlf=True,
    mail=dict(**{"from": "Mackenzie, Stephen", "to": "Desrosiers, Mélanie", "cc": "Haddad, Farah",
                 "sent": "July 7, 2020 8:51 AM", "outlook": True,
                 "subject": "FW: Chief Enforcement Officer WD - updated for new structure",
                 "intro": "Mélanie – forwarding as requested. The title in the header is the official one; we just call "
                          "it the CEO role internally, which confuses everyone.\n\nStephen\n\n________________________________\n"
                          "From: Bouchard, Luc\nSent: July 6, 2020 4:12 PM\nTo: Mackenzie, Stephen\nSubject: Chief "
                          "Enforcement Officer WD - updated for new structure\n\nHere it is.\n"}),
    people=["Stephen Mackenzie", "Mélanie Desrosiers", "Farah Haddad", "Luc Bouchard"], group="enf")
doc("Poste 50031388 - DG Déterminations et conformité.pdf", "pdf", "fr", "dg_dc", run=D(2015, 7, 2), rep="paren",
    dims="fields", amt="frfull", rep_title=True, deptid="CTA3000", loccode="QC0042", rid="GCHR_POS_DESC",
    hdate="%Y-%m-%d", people=[], group="dg_dc")
doc("DG Déterminations et conformité (signée).txt", "ocr", "fr", "dg_dc", lv=0, hv=0, cls="std", date="fr", rep="dash2",
    dims="fields", amt="frfull", ocr=dict(p=0.5, q=0.04, run=0.015, mode="run", header="OTC - Description de travail"),
    sigs=[("Président et premier dirigeant", "Jean-Denis Thériault", "le 3 juillet 2015"),
          ("Directeur général, Déterminations et conformité", "Alain Fortier", "")],
    people=["Jean-Denis Thériault", "Alain Fortier"], group="dg_dc")
doc("Director Secretariat and Registrar 2008.txt", "text-cp1252", "en", "secr_2008", lv=0, hv=0, cls="low", date="dot",
    rep="staff", layout="pad", heads="plain", dims="fields", amt="full", crlf=True, incumbent="Claudette Rivard",
    people=["Claudette Rivard"], group="secr")
doc("Director, Secretariat & Registrar - 2017 update.docx", "docx", "en", "secr_2017", lv=2, hv=2, cls="std", date="abbr",
    rep="bracket", dims="fields", amt="full", bold_heads=True, author="Trevor Okafor", saved=D(2017, 8, 22), revision=3,
    comments=[("is accountable for", "Tracked changes accepted 2017-08-21 (CR, TO). Registry and hearings merged.",
               "Claudette Rivard", "CR")],
    header="DRAFT – for classification review", footer="Secretariat Services – WD 2017",
    people=["Trevor Okafor", "Claudette Rivard"], group="secr")
doc("Directrice, Analyse économique 2016.docx", "docx", "fr", "econ_2016", lv=1, hv=1, cls="std", date="frle", rep="paren",
    dims="table", amt="frM", four_cols=True, author="Mélanie Desrosiers", saved=D(2016, 3, 1),
    footer="OTC – Description de travail", people=["Mélanie Desrosiers"], group="econ")
doc("Director Economic Analysis - Directrice Analyse économique 2024.pdf", "pdf", "bilingual", "econ_2024", lv=0, hv=0,
    cls="std", date="iso", rep="paren", dims="fields", amt="full", bi_titles="split",
    footer="CTA-OTC  Work Description / Description de travail   {n}/{N}",
    sigs=[("DG, Analysis and Outreach / DG, Analyse et sensibilisation", "Kevin Osei", "2024-01-15")],
    people=["Kevin Osei"], group="econ")
doc("DG Analysis & Outreach.md", "markdown", "en", "dg_ao", lv=0, hv=0, cls="std", date="long", rep="table", layout="mdbold",
    heads="md", md=True, md_tables=True, dims="fields", amt="mil", csr=True, people=[])
doc("PositionReport_50031455.txt", "text", "en", "air_det", run=D(2016, 10, 11), rep="prose", dims="fields", amt="full",
    rep_title=False, deptid="CTA3100", loccode="QC0042", rid="HRPOS012", rtime="10:47:03", people=[])
doc("Rail Determinations scan.txt", "ocr-columns", "en", "rail", lv=1, hv=0, cls="std", date="long", rep="dash",
    dims="fields", amt="full", sigs=[("Director General, Rail and Marine Transportation", "Helen Verbeek", "May 25, 2010")],
    people=["Helen Verbeek"])
doc("CAE work description - signed.pdf", "pdf", "en", "audit", lv=0, hv=0, cls="std", date="long", rep="paren",
    dims="fields", amt="full", footer="Chief Audit and Evaluation Executive   -   page {n}",
    sigs=[("Chair and Chief Executive Officer", "Marie-Claude Arsenault", "September 4, 2018"),
          ("Incumbent", "Priya Raman", "September 5, 2018")],
    people=["Marie-Claude Arsenault", "Priya Raman"])
doc("Director, Regulatory Affairs.txt", "text", "en", "regaff", lv=0, hv=2, cls="std", date="iso", rep="table",
    layout="tab", heads="colon", dims="fields", amt="full", people=[])
doc("ATSSC DG Registry Operations (benchmark).docx", "docx", "en", "atssc", lv=0, hv=0, cls="std", date="long", rep="dash2",
    dims="table", amt="M", author="ATSSC HR", saved=D(2015, 6, 1), footer="ATSSC-SCDATA – Executive Work Description",
    people=[])
doc("CGC Director Industry Services.txt", "text-cp1252", "en", "cgc", lv=3, hv=0, cls="nz", date="dmy", rep="paren",
    layout="capscolon", heads="caps", dims="fields", amt="full", crlf=True,
    sigs=[("Chief Operating Officer", "Gordon Halvorsen", "1 August 2012")], people=["Gordon Halvorsen"])
doc("ACFC - Directeur, Surveillance et application.docx", "docx", "fr", "fcac", lv=1, hv=0, cls="std", date="fr",
    rep="dash2", dims="table", amt="frfullnb", author="ACFC-RH", saved=D(2019, 10, 9),
    footer="ACFC – Description de travail – Non classifié", people=[])
doc("PMPRB Director Regulatory Affairs - bilingue.txt", "text", "bilingual", "pmprb", lv=0, hv=0, cls="std", date="long",
    rep="paren", layout="colon", heads="caps", dims="fields", amt="full", bi_titles="split", people=[])
doc("CRTC Dir Consumer Affairs.pdf", "pdf", "en", "crtc", lv=2, hv=1, cls="par", date="th", rep="nofte", dims="fields",
    amt="full", sup="line", footer="CRTC - Work Description - Director, Consumer Affairs and Strategic Policy - {n}",
    people=[])
doc("CIRB registry director.md", "markdown", "en", "cirb", lv=1, hv=0, cls="std", date="iso", rep="paren", layout="mdbold",
    heads="md", md=True, dims="fields", amt="full", wrapper=True, people=[])
doc("ASC - Directeur, Planification ministérielle.txt", "text", "fr", "csa", lv=2, hv=1, cls="std", date="frnum",
    rep="paren", layout="dots", heads="caps", dims="fields", amt="frM", sup="sentence", people=[])
doc("CanNor Director Nunavut Ops scan.txt", "ocr", "en", "cannor", lv=0, hv=0, cls="std", date="long", rep="staff",
    dims="fields", amt="full", ocr=dict(p=0.6, q=0.06, run=0.03, mode="run", header=""),
    sigs=[("Director General, Operations", "Peter Kilabuk", "July 28, 2014")], people=["Peter Kilabuk"])
doc("APECA-ACOA Dir Finance Admin.docx", "docx", "bilingual", "acoa", lv=0, hv=0, cls="std", date="iso", rep="paren",
    dims="table", amt="full", author="ACOA HR Moncton", saved=D(2009, 11, 18),
    footer="ACOA / APECA – Executive Work Description / Description de travail de cadre", people=[])
doc("TSB Air Investigations HR extract.txt", "text", "en", "tsb", run=D(2019, 4, 2), rep="paren", dims="fields",
    amt="full", rep_title=True, deptid="TSB2100", loccode="QC0001", rid="HRPOS012", rtime="08:31:40",
    incumbent="ROYCE,DANIEL", people=["Daniel Royce"])
doc("CLO Directrice Enquêtes.pdf", "pdf", "fr", "ocol", lv=3, hv=0, cls="std", date="frle", rep="table", dims="fields",
    amt="frfull", footer="Commissariat aux langues officielles – Description de travail – page {n} de {N}", people=[])
doc("Deputy Commissioner, Lobbying (2012).txt", "text-cp1252", "en", "ocl", lv=2, hv=0, cls="std", date="long",
    rep="paren", layout="colon", heads="setext", dims="fields", amt="full", crlf=True, sup="line", people=[])
doc("Copyright Board SG - signed scan.txt", "ocr", "en", "cb", lv=0, hv=0, cls="std", date="long", rep="paren",
    dims="fields", amt="full", sup="line", ocr=dict(p=0.5, q=0.05, run=0.02, mode="lines", header="Copyright Board Canada"),
    sigs=[("Chair", "Justice Armand Lefebvre", "May 2, 2016")], people=["Armand Lefebvre"])
doc("CHRC Director Investigations.docx", "docx", "en", "chrc", lv=1, hv=1, cls="std", date="long", rep="paren",
    dims="fields", amt="full", author="CHRC-CCDP", saved=D(2023, 5, 16), footer="CHRC – Work Description", people=[])
doc("Fwd_ FPCC Executive Director WD.txt", "text", "en", "fpcc", lv=1, hv=0, cls="std", date="long", rep="nocls",
    layout="colon", heads="caps", dims="prose", amt="full", dfte="FTEs",
    mail=dict(**{"from": "Gail Robichaud <gail.robichaud@fpcc-cpac.gc.ca>",
                 "to": "Melanie Desrosiers <melanie.desrosiers@otc-cta.gc.ca>",
                 "sent": "Wed, 14 Apr 2010 13:20:45 -0400", "subject": "Fwd: FPCC Executive Director WD",
                 "intro": "Hi Mélanie,\n\nAs promised at the small agencies HR network, here is our ED description "
                          "(approved April 2010) for your benchmarking. Text only, the formatting didn't survive.\n\n"
                          "Gail\n\n---------- Forwarded message ----------"}),
    people=["Gail Robichaud", "Melanie Desrosiers"])

# --- documents to refuse ----------------------------------------------------------------------------

REFUSE = []  # (file name, kind, language, people)


def refuse_docs():
    out = {}
    # a classification rationale: header fields like a description's, but a rating and its reasons
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.revision = "Mélanie Desrosiers", "Mélanie Desrosiers", 2
    cp.created = cp.modified = dt.datetime(2019, 3, 29, 14, 0)
    d.add_paragraph().add_run("CLASSIFICATION RATIONALE – EXECUTIVE POSITION").bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Organization", "Canadian Transportation Agency"), ("Position Title", "Director General, Dispute Resolution"),
                 ("Position Number", "50031207"), ("Current Level", "EX-02"), ("Proposed Level", "EX-03"),
                 ("Effective Date of Decision", "April 1, 2019"), ("Classification Advisor", "Mélanie Desrosiers"),
                 ("Committee", "Mélanie Desrosiers (Chair); Yvonne Marchand (ATSSC); Paul Nguyen (OCHRO, observer)")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading("Background", level=1)
    d.add_paragraph("Following the coming into force of the Air Passenger Protection Regulations and the Accessible "
                    "Transportation for Persons with Disabilities Regulations, the Dispute Resolution Branch tripled in "
                    "size. Its three managers became directors (EX-01) and the Branch now manages 84 FTEs. Management "
                    "requested a review of the Director General position, last evaluated in 2012 at EX-02.")
    d.add_heading("Evaluation (Hay Guide Chart – Profile Method)", level=1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, x in zip(t.rows[0].cells, ["Factor", "Rating", "Points", "Rationale"]):
        c.text = x
    for row in [("Know-How", "F II 3", "700", "Broad program and adjudicative knowledge; integration of three directorates."),
                ("Problem Solving", "F 4 (57%)", "400", "Novel regulatory regimes without precedent at the Agency."),
                ("Accountability", "F 3 P", "528", "Primary impact on the Branch's results; $8.04M in resources."),
                ("Total", "", "1628", "Within the EX-03 band.")]:
        for c, x in zip(t.add_row().cells, row):
            c.text = x
    d.add_heading("Benchmarks and relativity", level=1)
    d.add_paragraph("Compared with the ATSSC Director General, Registry Operations (EX-02, 2015) and the CTA Director "
                    "General, Determinations and Compliance (EX-03, 2015). The position's scope now exceeds the former and "
                    "matches the latter. Recommendation: EX-03, effective April 1, 2019.")
    d.add_paragraph("Approved: Marie-Claude Arsenault, Chair and Chief Executive Officer, 2019-04-01")
    buf = io.BytesIO()
    d.save(buf)
    out["Classification rationale - DG Dispute Resolution EX-03.docx"] = fix_zip(buf.getvalue())
    REFUSE.append(("Classification rationale - DG Dispute Resolution EX-03.docx", "docx", "en",
                   ["Mélanie Desrosiers", "Yvonne Marchand", "Paul Nguyen", "Marie-Claude Arsenault"]))

    # an organization chart saved as PDF
    lines = ["CANADIAN TRANSPORTATION AGENCY / OFFICE DES TRANSPORTS DU CANADA",
             "Organization Chart / Organigramme  -  as of April 15, 2019", "",
             "                         Chair and Chief Executive Officer",
             "                         Marie-Claude Arsenault   (50030001)", "                                     |",
             "   +-------------------+-------------------+-------------------+-------------------+",
             "   |                   |                   |                   |                   |",
             "DG, Dispute           DG, Determinations   DG, Corporate        Director,           Chief Audit and",
             "Resolution (EX-03)    and Compliance       Management & CFO     Secretariat         Evaluation Exec.",
             "N. Bergeron-Côté      (EX-03)              (EX-02)              Services (EX-01)    (EX-01)",
             "50031207              Alain Fortier        Farah Haddad         Claudette Rivard    Priya Raman",
             "                      50031388             00045100             50030040            50030055", "",
             "Dir. Air Travel Complaints (EX-01) - vacant       Dir. Air Determinations (EX-01)      Dir. Financial Mgmt (EX-01)",
             "Dir. Accessible Transportation (EX-01)            Dir. Rail & Marine Det. (EX-01)      Dir. Human Resources (EX-01)",
             "Dir. Rail and Marine Disputes (EX-01)             Dir. Compliance & Enf. (EX-01)       Dir. IM and Technology (EX-01)",
             "", "FTEs: 312 (funded)   Prepared by Corporate Planning - Planification ministérielle", "Page 1 of 1"]
    out["Org chart CTA 2019.pdf"] = pdf_bytes(["\n".join(lines)])
    REFUSE.append(("Org chart CTA 2019.pdf", "pdf", "bilingual",
                   ["Marie-Claude Arsenault", "Nathalie Bergeron-Côté", "Alain Fortier", "Farah Haddad", "Claudette Rivard",
                    "Priya Raman"]))

    # a staffing plan saved as text on Windows
    rows = [("No de poste", "Titre", "Groupe-niveau", "Processus", "Échéance", "Statut"),
            ("50031233", "Directeur, Plaintes relatives au transport aérien", "EX-01", "Annoncé - externe", "2022-09-30", "En cours"),
            ("50031520", "Directeur, Affaires réglementaires", "EX-01", "Nomination intérimaire", "2022-06-01", "Complété"),
            ("00045144", "Directeur, Gestion de l'information et technologie", "EX-01", "Non annoncé", "2022-07-15", "Complété"),
            ("50031612", "Gestionnaire, Données et statistiques", "EC-07", "Bassin (ATSSC)", "2022-11-30", "Planifié"),
            ("50031615", "Analyste principal(e)", "EC-06", "Annoncé - interne", "2023-01-31", "Planifié")]
    body = ["PLAN DE DOTATION 2022-2023", "Office des transports du Canada – Direction des ressources humaines",
            "Version : 3 (mise à jour du 2022-05-12)", "Préparé par : Mélanie Desrosiers, conseillère principale en RH", ""]
    body += ["\t".join(r) for r in rows]
    body += ["", "Notes :", "- Les postes EX sont dotés après l'approbation de la description de travail et de la classification.",
             "- Les échéances tiennent compte des délais de la cote de sécurité (Secret).",
             "- Budget salarial disponible pour 2022-2023 : 1 240 000 $ (postes vacants financés)."]
    out["Plan de dotation 2022-2023.txt"] = ("\r\n".join(body) + "\r\n").replace("'", "’").encode("cp1252")
    REFUSE.append(("Plan de dotation 2022-2023.txt", "text-cp1252", "fr", ["Mélanie Desrosiers"]))

    # a scanned PDF without a text layer: only drawing operators
    ops = []
    rng = random.Random(7301)
    for page in range(2):
        s = "q 0.97 g 0 0 595 842 re f Q\n"
        for _ in range(70):
            y = rng.randrange(60, 780)
            x = rng.randrange(40, 120)
            s += f"q 0.2 g {x} {y} {rng.randrange(200, 480)} {rng.choice([3, 4, 5])} re f Q\n"
        ops.append(s.encode("ascii"))
    out["Scan_20190612_143201.pdf"] = pdf_bytes(ops)
    REFUSE.append(("Scan_20190612_143201.pdf", "pdf", "en", []))

    # a covering e-mail: the description is an attachment that was not saved
    mail = email(dict(**{"from": '"Desrosiers, Mélanie (CTA/OTC)" <melanie.desrosiers@otc-cta.gc.ca>',
                         "to": '"Bergeron-Côté, Nathalie (CTA/OTC)" <nathalie.bergeron-cote@otc-cta.gc.ca>',
                         "sent": "Fri, 29 Mar 2019 15:12:40 -0400",
                         "subject": "RE: WD for DG Dispute Resolution - for signature",
                         "intro": "Hi Nathalie,\n\nAttached is the revised work description for your position (Director "
                                  "General, Dispute Resolution, position 50031207), reclassified at EX-03 effective April 1, "
                                  "2019, with the classification rationale. Could you sign page 5 and send it back so I can "
                                  "get it to Marie-Claude Arsenault for signature?\n\nThe organization chart is attached as "
                                  "well for the file.\n\nThanks!\nMélanie\n\nMélanie Desrosiers\nSenior HR Advisor | "
                                  "Conseillère principale en RH\nCanadian Transportation Agency | Office des transports du Canada\n"
                                  "Tel.: 819-555-0142",
                         "outro": "\n[Attachment removed: DG Dispute Resolution - revised 2019.docx]\n"
                                  "[Attachment removed: Classification rationale - DG Dispute Resolution EX-03.docx]\n"}), "")
    out["RE_ WD for DG Dispute Resolution - for signature.txt"] = mail.encode("utf-8")
    REFUSE.append(("RE_ WD for DG Dispute Resolution - for signature.txt", "text", "en",
                   ["Mélanie Desrosiers", "Nathalie Bergeron-Côté", "Marie-Claude Arsenault"]))
    return out


# --- building one work description ------------------------------------------------------------------

NOISE = ["[ Signature: ~ ,' .. ~~ | Date: ", "(i (CO;!;*;* ; ! ~ !C", "____ ___ ~_ . ..'"]


def columns(p, o, seed):
    """A scan whose two columns (fields, structure, dimensions | prose) are read across the line."""
    blocks = compose(p, dict(o, doc_title=""))
    left_b, right_b, side = [], [], "L"
    for b in blocks:
        if b[0] == "h":
            side = "L" if any(x in b[1] for x in ("Organi", "Dimension")) else "R"
        (left_b if (b[0] == "fields" or side == "L") else right_b).append(b)
    lt = render_text(left_b, dict(o, layout="capscolon", heads="caps"))
    rt = render_text(right_b, dict(o, heads="caps"))
    lw = [x for x in wrap_lines(lt, 44) if x.strip()]
    rw = [x for x in wrap_lines(rt, 52) if x.strip()]
    n = max(len(lw), len(rw))
    lines = ["EXECUTIVE WORK DESCRIPTION                      Canadian Transportation Agency"]
    for i in range(n):
        a = lw[i] if i < len(lw) else ""
        b = rw[i] if i < len(rw) else ""
        lines.append((a + " " + b).strip())
    return ocr("\n".join(lines), seed, p=0.5, q=0.04, run=0.015, width=400, pagelen=40,
               header="", mode="lines", signed=NOISE[:2])


def build(name, kind, lang, key, o, built):
    if o.get("same_as"):
        return built[o["same_as"]]
    p = POS[key]
    o = dict(o, lang={"bilingual": "bi"}.get(lang, lang))
    seed = sum(map(ord, name)) * 73
    if o.get("run"):
        pages = hris(p, o)
        if kind == "pdf":
            return pdf_bytes(["\n".join(pg) for pg in pages])
        return ("\n\f".join("\n".join(pg) for pg in pages) + "\n").encode("utf-8")
    if kind == "ocr-columns":
        return columns(p, o, seed).encode("utf-8")
    if o.get("sigs") is None:
        o["sigs"] = None
    blocks = compose(p, o)
    if kind == "docx":
        return render_docx(blocks, o)
    if kind == "markdown":
        o.setdefault("bullet", "*   ")
        blocks = [("title", "# Job Description")] + [b for b in blocks if b[0] != "title"]
        i = next(i for i, b in enumerate(blocks) if b[0] == "fields")
        blocks.insert(i, ("h", "Position Details"))
        md = render_text(blocks, o)
        if o.get("wrapper"):
            md = "--- Structured Job Description ---\n\n" + md
        return md.encode("utf-8")
    if kind == "ocr":
        txt = render_text(blocks, dict(o, layout="capscolon" if lang != "fr" else "colon", heads="caps"))
        oc = o["ocr"]
        return ocr(txt, seed, p=oc["p"], q=oc["q"], run=oc["run"], header=oc["header"], mode=oc["mode"],
                   signed=NOISE).encode("utf-8")
    if kind == "pdf":
        txt = render_text(blocks, dict(o, layout=o.get("layout", "pad"), heads=o.get("heads", "caps")))
        return render_pdf(txt, o["footer"])
    txt = render_text(blocks, o)
    if o.get("mail"):
        txt = email(o["mail"], txt, "windows-1252" if kind == "text-cp1252" else "utf-8")
    if kind == "text-cp1252":
        txt = txt.replace("'", "’")
        if o.get("crlf"):
            txt = txt.replace("\n", "\r\n")
        return txt.encode("cp1252")
    return txt.encode("utf-8")


# --- ground truth -----------------------------------------------------------------------------------

def expected(name, kind, lang, key, o):
    p = POS[key]
    L = "fr" if lang == "fr" else "en"
    hr = bool(o.get("run"))
    title = tr(p, L)
    sup = p["sup"]
    ss = "hris" if hr else o.get("sup", "fields")
    sup_no = sup[0] if ss in ("fields", "sentence", "hris") else None
    sup_t = sup_title(sup, L)
    sup_c = sup[3] if ss in ("fields", "sentence", "line") else None
    rs = o.get("rep", "paren")
    reps = [] if rs == "none" else [
        dict(title=tr(r, L), classification=None if rs == "nocls" else r["cls"],
             fte=None if rs == "nofte" else r["fte"]) for r in p["reports"]]
    show = "fsot" if o.get("dims") == "prose" else o.get("dshow", "fsot")
    eff = p["eff"] if (hr or (o.get("eff", True) and not o.get("eff_text"))) else None
    fields = dict(title=title, classification=p["cls"], job_code=p["job"] if (hr or o.get("job", True)) else None,
                  position_number=p["no"] if (hr or o.get("no", True)) else None, effective_date=eff,
                  supervisor=dict(position_number=sup_no, title=sup_t, classification=sup_c), direct_reports=reps,
                  salary=p["sal"] if "s" in show else None, o_and_m=p["om"] if "o" in show else None,
                  total=p["tot"] if "t" in show else None,
                  location=(p["loc"][1] if L == "fr" else p["loc"][0]) if (hr or o.get("loc", True)) else None)
    ns = [k for k, v in fields.items() if v is None and k != "supervisor"]
    ns += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    also = dict(fte=p["fte"] if "f" in show else None, operating_budget=None, program_budget=p.get("prog"),
                provisional_number=None)
    if lang == "bilingual":
        also["title_fr"] = p["fr"]
    if o.get("draft"):
        also["draft"] = True
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=fields, not_stated=ns, also=also,
                people=sorted(set(o.get("people", []))), versions=None)


def versions_of():
    groups = {}
    for name, kind, lang, key, o in DOCS:
        if o.get("group"):
            groups.setdefault(o["group"], []).append((name, key, o))
    out = {}
    for g, items in groups.items():
        order = sorted(items, key=lambda it: (POS[it[1]]["eff"] or dt.date(2018, 11, 22),
                                              1 if "signed" in it[0] or "signée" in it[0] else 0))
        newest = order[-1][0]
        for name, key, o in items:
            v = dict(position=POS[key]["no"], documents=[x[0] for x in order], newest=newest)
            same = [x[0] for x in items if x[0] != name and (x[2].get("same_as") == name or o.get("same_as") == x[0])]
            if same:
                v["same_text_as"] = same
            out[name] = v
    return out


def dump(d):
    return yaml.safe_dump(d, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False)


def main():
    corpus, exp = HERE / "corpus", HERE / "expected"
    for d in (corpus, exp):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    built = {}
    vers = versions_of()
    for name, kind, lang, key, o in DOCS:
        data = build(name, kind, lang, key, o, built)
        built[name] = data
        (corpus / name).write_bytes(data)
        e = expected(name, kind, lang, key, o)
        e["versions"] = vers.get(name)
        (exp / f"{name}.expected.yaml").write_text(dump(e), encoding="utf-8")
    for name, data in refuse_docs().items():
        (corpus / name).write_bytes(data)
    for name, kind, lang, people in REFUSE:
        e = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[], also=None,
                 people=sorted(people), versions=None)
        (exp / f"{name}.expected.yaml").write_text(dump(e), encoding="utf-8")
    print(f"{len(DOCS) + len(REFUSE)} documents: {len(DOCS)} to import, {len(REFUSE)} to refuse")


if __name__ == "__main__":
    main()
