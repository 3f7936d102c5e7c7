#!/usr/bin/env python3
"""Write bench/import/blind64: an executive-services team's folder (central agencies and service departments),
scanned signed copies as OCR text, Word files of several templates, a few PDFs, and the non-descriptions that
sit with them. Deterministic: a fixed seed, fixed zip timestamps, the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind64/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 64064
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# --- positions ---------------------------------------------------------------------------------
# key: dept, class, (title en, title fr), (unit en, unit fr), (branch en, branch fr), (sup title en, fr), sup class,
#      city, topic index, areas "en;fr|en;fr|..."
P = {
    "p01": ("OCHRO", "EX-01", ("Director, Executive Resourcing Policy", "Directeur, Politique sur le recrutement des cadres"),
            ("Executive Resourcing Policy Directorate", "Direction de la politique sur le recrutement des cadres"),
            ("Executive Management", "Gestion des cadres"),
            ("Executive Director, Executive Management", "Directeur exécutif, Gestion des cadres"), "EX-02", "Ottawa", 0,
            "Policy Development;Élaboration des politiques|Appointments and Deployments;Nominations et mutations|Executive Data and Reporting;Données et rapports sur les cadres"),
    "p02": ("OCHRO", "EX-02", ("Executive Director, Executive Talent Management", "Directrice exécutive, Gestion des talents des cadres"),
            ("Executive Talent Management Directorate", "Direction de la gestion des talents des cadres"),
            ("Executive and Leadership Development Sector", "Secteur des cadres et du perfectionnement en leadership"),
            ("Assistant Deputy Minister, Executive and Leadership Development", "Sous-ministre adjoint, Cadres et perfectionnement en leadership"), "EX-04", "Ottawa", 0,
            "Talent Management Systems;Systèmes de gestion des talents|ADM Career Management;Gestion de carrière des SMA|Leadership Development Programs;Programmes de perfectionnement en leadership"),
    "p03": ("TBS", "EX-03", ("Director General, Financial Management Policy", "Directeur général, Politique de gestion financière"),
            ("Financial Management Policy Directorate", "Direction de la politique de gestion financière"),
            ("Office of the Comptroller General", "Bureau du contrôleur général"),
            ("Assistant Comptroller General, Financial Management Sector", "Contrôleur général adjoint, Secteur de la gestion financière"), "EX-04", "Ottawa", 19,
            "Financial Policy;Politique financière|Costing Centre of Expertise;Centre d'expertise en établissement des coûts|Financial Community Development;Perfectionnement de la collectivité financière|Accounting Standards;Normes comptables"),
    "p04": ("TBS", "EC-08", ("Manager, Regulatory Affairs Analysis", "Gestionnaire, Analyse des affaires réglementaires"),
            ("Regulatory Affairs Sector", "Secteur des affaires réglementaires"), ("Regulatory Affairs Sector", "Secteur des affaires réglementaires"),
            ("Executive Director, Regulatory Practices and Partnerships", "Directeur exécutif, Pratiques et partenariats réglementaires"), "EX-02", "Ottawa", 12,
            "Cost-Benefit Analysis;Analyse coûts-avantages|Regulatory Review;Examen de la réglementation"),
    "p05": ("TBS", "EX-03", ("Executive Director, Expenditure Analysis and Strategies", "Directeur exécutif, Analyse et stratégies des dépenses"),
            ("Expenditure Analysis and Strategies Division", "Division de l'analyse et des stratégies des dépenses"), ("Expenditure Management Sector", "Secteur de la gestion des dépenses"),
            ("Assistant Secretary, Expenditure Management Sector", "Secrétaire adjoint, Secteur de la gestion des dépenses"), "EX-05", "Ottawa", 15,
            "Expenditure Strategies;Stratégies des dépenses|Spending Reviews;Examens des dépenses|Costing and Analysis;Établissement des coûts et analyse"),
    "p06": ("PCO", "EX-02", ("Director of Operations, Social Development Policy Secretariat", "Directeur des opérations, Secrétariat de la politique du développement social"),
            ("Social Development Policy Secretariat", "Secrétariat de la politique du développement social"), ("Policy and Planning", "Politiques et planification"),
            ("Assistant Secretary to the Cabinet, Social Development Policy", "Secrétaire adjoint du Cabinet, Politique du développement social"), "EX-04", "Ottawa", 12,
            "Health and Income Security;Santé et sécurité du revenu|Labour Market and Learning;Marché du travail et apprentissage|Justice and Public Safety;Justice et sécurité publique"),
    "p07": ("PCO", "EX-04", ("Assistant Secretary to the Cabinet, Machinery of Government", "Secrétaire adjointe du Cabinet, Appareil gouvernemental"),
            ("Machinery of Government Secretariat", "Secrétariat de l'appareil gouvernemental"), ("Machinery of Government", "Appareil gouvernemental"),
            ("Deputy Secretary to the Cabinet, Plans and Consultations", "Sous-secrétaire du Cabinet, Planification et consultations"), "EX-05", "Ottawa", 13,
            "Machinery Policy;Politique de l'appareil|Senior Appointments Support;Soutien aux nominations de hauts fonctionnaires|Legislation and House Planning;Législation et planification parlementaire"),
    "p08": ("PCO", "EX-01", ("Director, Orders in Council", "Directeur, Décrets"),
            ("Orders in Council Division", "Division des décrets"), ("Legislation and House Planning", "Législation et planification parlementaire"),
            ("Assistant Secretary to the Cabinet, Legislation and House Planning", "Secrétaire adjoint du Cabinet, Législation et planification parlementaire"), "EX-04", "Ottawa", 12,
            "Registrar's Office;Bureau du greffier|Order in Council Processing;Traitement des décrets"),
    "p09": ("PCO", "EC-08", ("Senior Policy Advisor and Team Lead, Intergovernmental Affairs", "Conseiller principal en politiques et chef d'équipe, Affaires intergouvernementales"),
            ("Intergovernmental Affairs Secretariat", "Secrétariat des affaires intergouvernementales"), ("Intergovernmental Affairs", "Affaires intergouvernementales"),
            ("Director of Operations, Intergovernmental Policy", "Directeur des opérations, Politiques intergouvernementales"), "EX-02", "Ottawa", 12,
            "Federal-Provincial Policy;Politique fédérale-provinciale|Intergovernmental Relations;Relations intergouvernementales"),
    "p10": ("FIN", "EX-03", ("General Director, Economic Analysis and Forecasting", "Directeur général, Analyse et prévisions économiques"),
            ("Economic Analysis and Forecasting Division", "Division de l'analyse et des prévisions économiques"), ("Economic and Fiscal Policy Branch", "Direction des politiques économique et budgétaire"),
            ("Assistant Deputy Minister, Economic and Fiscal Policy", "Sous-ministre adjoint, Politiques économique et budgétaire"), "EX-05", "Ottawa", 10,
            "Economic Forecasting;Prévisions économiques|Economic Studies and Policy Analysis;Études économiques et analyse des politiques|Fiscal Forecasting;Prévisions budgétaires|International Economic Analysis;Analyse économique internationale"),
    "p11": ("FIN", "EX-02", ("Director, Personal Income Tax", "Directeur, Impôt sur le revenu des particuliers"),
            ("Personal Income Tax Division", "Division de l'impôt des particuliers"), ("Tax Policy Branch", "Direction de la politique de l'impôt"),
            ("Associate Assistant Deputy Minister, Tax Policy", "Sous-ministre adjoint délégué, Politique de l'impôt"), "EX-04", "Ottawa", 20,
            "Savings and Pensions;Épargne et pensions|Credits and Deductions;Crédits et déductions|Tax Data and Modelling;Données fiscales et modélisation"),
    "p12": ("FIN", "EC-08", ("Senior Chief, Federal-Provincial Relations", "Chef principal, Relations fédérales-provinciales"),
            ("Federal-Provincial Relations Division", "Division des relations fédérales-provinciales"), ("Federal-Provincial Relations and Social Policy Branch", "Direction des relations fédérales-provinciales et de la politique sociale"),
            ("Director, Federal-Provincial Relations", "Directeur, Relations fédérales-provinciales"), "EX-02", "Ottawa", 10,
            "Equalization;Péréquation|Major Transfers;Principaux transferts"),
    "p13": ("FIN", "EX-04", ("Associate Assistant Deputy Minister, Tax Policy", "Sous-ministre adjoint délégué, Politique de l'impôt"),
            ("Tax Policy Branch", "Direction de la politique de l'impôt"), ("Tax Policy Branch", "Direction de la politique de l'impôt"),
            ("Assistant Deputy Minister, Tax Policy", "Sous-ministre adjoint, Politique de l'impôt"), "EX-05", "Ottawa", 20,
            "Personal Income Tax;Impôt des particuliers|Business Income Tax;Impôt des entreprises|Sales Tax;Taxe de vente|Tax Legislation;Législation de l'impôt"),
    "p14": ("ESDC", "EX-01", ("Director, Employment Insurance Processing Operations", "Directeur, Opérations de traitement de l'assurance-emploi"),
            ("EI Processing Operations Directorate", "Direction des opérations de traitement de l'AE"), ("Atlantic Region", "Région de l'Atlantique"),
            ("Director General, Benefits Processing, Atlantic", "Directeur général, Traitement des prestations, Atlantique"), "EX-03", "Bathurst", 1,
            "Claims Processing;Traitement des demandes|Quality and Integrity;Qualité et intégrité|Workload Management;Gestion de la charge de travail|Appeals Support;Soutien aux appels"),
    "p15": ("SC", "EX-03", ("Director General, Call Centre Operations", "Directrice générale, Opérations des centres d'appels"),
            ("Call Centre Operations Directorate", "Direction générale des opérations des centres d'appels"), ("Citizen Service Branch", "Direction générale du service aux citoyens"),
            ("Assistant Deputy Minister, Citizen Service", "Sous-ministre adjoint, Service aux citoyens"), "EX-05", "Montreal", 18,
            "Employment Insurance Call Centres;Centres d'appels de l'assurance-emploi|Pension Call Centres;Centres d'appels des pensions|1 800 O-Canada;1 800 O-Canada|Telephony Planning;Planification de la téléphonie"),
    "p16": ("ESDC", "EX-02", ("Executive Director, Labour Market Information", "Directeur exécutif, Information sur le marché du travail"),
            ("Labour Market Information Directorate", "Direction de l'information sur le marché du travail"), ("Skills and Employment Branch", "Direction générale des compétences et de l'emploi"),
            ("Director General, Labour Market Analysis", "Directeur général, Analyse du marché du travail"), "EX-03", "Gatineau", 17,
            "Occupational Information;Information sur les professions|Wage Data and Outlooks;Données salariales et perspectives|Dissemination Platforms;Plateformes de diffusion|Regional Analysis;Analyse régionale"),
    "p17": ("ESDC", "EX-01", ("Director, Old Age Security Processing", "Directeur, Traitement de la Sécurité de la vieillesse"),
            ("OAS Processing Directorate", "Direction du traitement de la SV"), ("Benefits Delivery Services", "Services de versement des prestations"),
            ("Director General, Pensions Processing", "Directeur général, Traitement des pensions"), "EX-03", "Shawinigan", 2,
            "OAS Initial Applications;Demandes initiales de SV|Guaranteed Income Supplement;Supplément de revenu garanti|Accounts Maintenance;Tenue des comptes"),
    "p18": ("ESDC", "PE-06", ("Manager, Labour Relations and Workplace Wellness", "Gestionnaire, Relations de travail et mieux-être en milieu de travail"),
            ("Labour Relations Division", "Division des relations de travail"), ("Human Resources Services Branch", "Direction générale des services de ressources humaines"),
            ("Director, Workplace Relations", "Directeur, Relations en milieu de travail"), "EX-01", "Gatineau", 21,
            "Labour Relations Advisory;Services-conseils en relations de travail|Disability Management;Gestion de l'invalidité|Informal Conflict Management;Gestion informelle des conflits"),
    "p19": ("ESDC", "EX-05", ("Senior Assistant Deputy Minister, Benefits Delivery Services", "Sous-ministre adjoint principal, Services de versement des prestations"),
            ("Benefits Delivery Services Branch", "Direction générale des services de versement des prestations"), ("Service Canada", "Service Canada"),
            ("Chief Operating Officer, Service Canada", "Chef de l'exploitation, Service Canada"), "DM-01", "Gatineau", 1,
            "Employment Insurance Processing;Traitement de l'assurance-emploi|Pensions Processing;Traitement des pensions|Benefits Transformation;Transformation des prestations|Integrity Services;Services d'intégrité"),
    "p20": ("ESDC", "EX-01", ("Director, Passport Operations, Western Region", "Directeur, Opérations des passeports, Région de l'Ouest"),
            ("Passport Operations, Western Region", "Opérations des passeports, Région de l'Ouest"), ("Western Canada and Territories Region", "Région de l'Ouest canadien et des Territoires"),
            ("Director General, Passport Program Operations", "Directeur général, Opérations du Programme de passeport"), "EX-03", "Vancouver", 18,
            "Vancouver Passport Office;Bureau des passeports de Vancouver|Prairie Passport Offices;Bureaux des passeports des Prairies|Examination and Entitlement;Examen et admissibilité"),
    "p21": ("CRA", "EX-01", ("Director, Jonquière Tax Centre", "Directrice, Centre fiscal de Jonquière"),
            ("Jonquière Tax Centre", "Centre fiscal de Jonquière"), ("Assessment, Benefit, and Service Branch", "Direction générale de cotisation, de prestation et de service"),
            ("Director General, Tax Centres", "Directeur général, Centres fiscaux"), "EX-03", "Jonquiere", 3,
            "Individual Returns Processing;Traitement des déclarations des particuliers|Client Services;Services aux clients|Corporate Services;Services administratifs"),
    "p22": ("CRA", "EX-02", ("Director, Sudbury Tax Centre", "Directeur, Centre fiscal de Sudbury"),
            ("Sudbury Tax Centre", "Centre fiscal de Sudbury"), ("Assessment and Benefit Services Branch", "Direction générale des cotisations et des prestations"),
            ("Director General, Tax Centres", "Directeur général, Centres fiscaux"), "EX-03", "Sudbury", 3,
            "Individual Returns;Déclarations des particuliers|Business Returns and Payments;Déclarations et paiements des entreprises|Benefit Programs;Programmes de prestations|Verification and Enforcement;Vérification et exécution"),
    "p23": ("CRA", "EX-03", ("Director General, Individual Returns Directorate", "Directeur général, Direction des déclarations des particuliers"),
            ("Individual Returns Directorate", "Direction des déclarations des particuliers"), ("Assessment, Benefit, and Service Branch", "Direction générale de cotisation, de prestation et de service"),
            ("Assistant Commissioner, Assessment, Benefit, and Service Branch", "Sous-commissaire, Direction générale de cotisation, de prestation et de service"), "EX-05", "Ottawa", 3,
            "Individual Returns Processing;Traitement des déclarations|Electronic Filing;Production électronique|Returns Policy;Politique des déclarations|Process Modernization;Modernisation des processus"),
    "p24": ("CRA", "EX-01", ("Director, Offshore Compliance Division", "Directeur, Division de l'observation à l'étranger"),
            ("Offshore Compliance Division", "Division de l'observation à l'étranger"), ("International, Large Business and Investigations Branch", "Direction générale des grandes entreprises, de l'international et des enquêtes"),
            ("Director General, International and Large Business Directorate", "Directeur général, Direction des grandes entreprises et de l'international"), "EX-03", "Ottawa", 4,
            "Offshore Risk Assessment;Évaluation des risques à l'étranger|High Net Worth Compliance;Observation des particuliers fortunés|Information Exchange;Échange de renseignements"),
    "p25": ("CRA", "EX-04", ("Deputy Assistant Commissioner, Collections and Verification Branch", "Sous-commissaire adjoint, Direction générale des recouvrements et de la vérification"),
            ("Collections and Verification Branch", "Direction générale des recouvrements et de la vérification"), ("Collections and Verification Branch", "Direction générale des recouvrements et de la vérification"),
            ("Assistant Commissioner, Collections and Verification Branch", "Sous-commissaire, Direction générale des recouvrements et de la vérification"), "EX-05", "Ottawa", 4,
            "Collections Program Management;Gestion du programme de recouvrement|Verification Programs;Programmes de vérification|Benefit Compliance;Observation en matière de prestations"),
    "p26": ("CRA", "EX-01", ("Director, Summerside Tax Centre", "Directeur, Centre fiscal de Summerside"),
            ("Summerside Tax Centre", "Centre fiscal de Summerside"), ("Assessment, Benefit, and Service Branch", "Direction générale de cotisation, de prestation et de service"),
            ("Director General, Tax Centres", "Directeur général, Centres fiscaux"), "EX-03", "Summerside", 3,
            "GST/HST Processing;Traitement de la TPS/TVH|Non-Resident Returns;Déclarations des non-résidents|Client Services;Services aux clients"),
    "p27": ("IRCC", "EX-01", ("Director, Case Processing Centre Vegreville", "Directeur, Centre de traitement des demandes de Vegreville"),
            ("Case Processing Centre Vegreville", "Centre de traitement des demandes de Vegreville"), ("Operations Sector", "Secteur des opérations"),
            ("Director General, Case Management Branch", "Directeur général, Direction générale du règlement des cas"), "EX-03", "Vegreville", 5,
            "Permanent Residence Processing;Traitement de la résidence permanente|Temporary Residence Extensions;Prolongations de séjour temporaire|Mailroom and Intake;Courrier et réception"),
    "p28": ("IRCC", "EX-03", ("Director General, Domestic Network", "Directrice générale, Réseau national"),
            ("Domestic Network", "Réseau national"), ("Operations Sector", "Secteur des opérations"),
            ("Associate Assistant Deputy Minister, Operations", "Sous-ministre adjoint délégué, Opérations"), "EX-04", "Montreal", 5,
            "Eastern Region;Région de l'Est|Ontario Region;Région de l'Ontario|Western Region;Région de l'Ouest|Network Planning and Coordination;Planification et coordination du réseau"),
    "p29": ("IRCC", "EX-02", ("Director, Citizenship Program Delivery", "Directeur, Exécution du programme de citoyenneté"),
            ("Case Processing Centre Sydney", "Centre de traitement des demandes de Sydney"), ("Operations Sector", "Secteur des opérations"),
            ("Director General, Centralized Network", "Directeur général, Réseau centralisé"), "EX-03", "Sydney", 6,
            "Grants Processing;Traitement des attributions|Proofs of Citizenship;Preuves de citoyenneté|Program Integrity;Intégrité du programme|Ceremonies Coordination;Coordination des cérémonies"),
    "p30": ("IRCC", "EX-01", ("Director, Refugee Resettlement Operations", "Directeur, Opérations de réinstallation des réfugiés"),
            ("Resettlement Operations Division", "Division des opérations de réinstallation"), ("Settlement and Integration Sector", "Secteur de l'établissement et de l'intégration"),
            ("Director General, Resettlement Operations", "Directeur général, Opérations de réinstallation"), "EX-03", "Ottawa", 5,
            "Private Sponsorship;Parrainage privé|Government-Assisted Refugees;Réfugiés pris en charge par le gouvernement|Resettlement Assistance Program;Programme d'aide à la réinstallation"),
    "p31": ("IRCC", "EC-08", ("Manager, Immigration Program Guidance", "Gestionnaire, Orientation du programme d'immigration"),
            ("Immigration Program Guidance Division", "Division de l'orientation du programme d'immigration"), ("Operations Sector", "Secteur des opérations"),
            ("Director, Operational Guidance", "Directrice, Orientation opérationnelle"), "EX-01", "Ottawa", 5,
            "Program Delivery Instructions;Instructions d'exécution des programmes|Functional Guidance;Orientation fonctionnelle"),
    "p32": ("PSPC", "EX-02", ("Executive Director, Pay Centre", "Directeur exécutif, Centre des services de paye"),
            ("Public Service Pay Centre", "Centre des services de paye de la fonction publique"), ("Public Service Pay Centre", "Centre des services de paye de la fonction publique"),
            ("Director General, Pay Operations", "Directeur général, Opérations de la paye"), "EX-03", "Miramichi", 7,
            "Pay Operations East;Opérations de la paye Est|Pay Operations West;Opérations de la paye Ouest|Client Contact Centre;Centre de contact avec la clientèle|Quality Assurance and Training;Assurance de la qualité et formation"),
    "p33": ("PSPC", "EX-01", ("Director, Real Property Services, Quebec Region", "Directeur, Services immobiliers, Région du Québec"),
            ("Real Property Services, Quebec Region", "Services immobiliers, Région du Québec"), ("Quebec Region", "Région du Québec"),
            ("Regional Director General, Quebec Region", "Directeur général régional, Région du Québec"), "EX-03", "Montreal", 8,
            "Accommodation Management;Gestion des locaux|Property Management;Gestion des biens|Professional and Technical Services;Services professionnels et techniques"),
    "p34": ("PSPC", "EX-03", ("Director General, Acquisitions Policy and Systems", "Directeur général, Politique et systèmes d'approvisionnement"),
            ("Acquisitions Policy and Systems Directorate", "Direction de la politique et des systèmes d'approvisionnement"), ("Acquisitions Branch", "Direction générale des approvisionnements"),
            ("Assistant Deputy Minister, Acquisitions", "Sous-ministre adjoint, Approvisionnements"), "EX-05", "Gatineau", 9,
            "Supply Manual and Policy;Guide et politique des approvisionnements|Electronic Procurement;Approvisionnement électronique|Standing Offers;Offres à commandes"),
    "p35": ("PSPC", "EX-01", ("Director, Interpretation Services", "Directrice, Services d'interprétation"),
            ("Interpretation Directorate", "Direction de l'interprétation"), ("Translation Bureau", "Bureau de la traduction"),
            ("Vice-President, Service Delivery, Translation Bureau", "Vice-présidente, Prestation des services, Bureau de la traduction"), "EX-03", "Gatineau", 21,
            "Parliamentary Interpretation;Interprétation parlementaire|Conference Interpretation;Interprétation de conférences|Sign Language Services;Services d'interprétation gestuelle"),
    "p36": ("PSPC", "EX-02", ("Executive Director, Government of Canada Pension Centre", "Directeur exécutif, Centre des pensions du gouvernement du Canada"),
            ("Government of Canada Pension Centre", "Centre des pensions du gouvernement du Canada"), ("Accounting, Banking and Compensation Branch", "Direction générale de la comptabilité, de la gestion bancaire et de la rémunération"),
            ("Director General, Pension Administration", "Directeur général, Administration des pensions"), "EX-03", "Shediac", 2,
            "Pension Services;Services de pension|Pension Systems;Systèmes des pensions|Client Services and Contact Centre;Services aux clients et centre de contact"),
    "p37": ("CSPS", "EX-01", ("Director, Executive Learning Programs", "Directrice, Programmes d'apprentissage pour les cadres"),
            ("Executive Learning Programs Directorate", "Direction des programmes d'apprentissage pour les cadres"), ("Learning Programs Branch", "Direction générale des programmes d'apprentissage"),
            ("Director General, Leadership and Executive Learning", "Directeur général, Leadership et apprentissage des cadres"), "EX-03", "Ottawa", 16,
            "Executive Onboarding;Intégration des cadres|Leadership Development Programs;Programmes de perfectionnement en leadership|Events and Speaker Series;Événements et conférences"),
    "p38": ("TBS", "EX-02", ("Executive Director, Digital Policy", "Directeur exécutif, Politique numérique"),
            ("Digital Policy Directorate", "Direction de la politique numérique"), ("Office of the Chief Information Officer", "Bureau du dirigeant principal de l'information"),
            ("Deputy Chief Information Officer, Policy and Digital Strategy", "Dirigeant principal adjoint de l'information, Politique et stratégie numérique"), "EX-04", "Ottawa", 14,
            "Data Policy;Politique sur les données|Service and Digital Policy;Politique sur le service et le numérique|Open Government;Gouvernement ouvert"),
    "p39": ("ESDC", "EX-01", ("Director, Workplace Health and Official Languages", "Directeur, Santé au travail et langues officielles"),
            ("Workplace Health and Official Languages Directorate", "Direction de la santé au travail et des langues officielles"), ("Human Resources Services Branch", "Direction générale des services de ressources humaines"),
            ("Director General, Workplace Management", "Directeur général, Gestion du milieu de travail"), "EX-03", "Gatineau", 21,
            "Occupational Health and Safety;Santé et sécurité au travail|Official Languages Centre of Expertise;Centre d'expertise en langues officielles|Employee Assistance;Aide aux employés"),
    "p40": ("OCHRO", "PE-06", ("Senior Manager, Executive Compensation", "Gestionnaire principale, Rémunération des cadres"),
            ("Executive Compensation Division", "Division de la rémunération des cadres"), ("Executive and Leadership Development Sector", "Secteur des cadres et du perfectionnement en leadership"),
            ("Director, Executive Compensation and Performance", "Directeur, Rémunération et rendement des cadres"), "EX-01", "Ottawa", 0,
            "Performance Pay Administration;Administration de la rémunération au rendement|Compensation Analysis;Analyse de la rémunération"),
}

# --- the documents ---------------------------------------------------------------------------------
# (file name, position, kind, language, year, style overrides)
DOCS = [
    ("Director, Executive Resourcing Policy - signed 2014.txt", "p01", "ocr", "en", 2014, dict(template="csr", sup="fields", strength=0.5, mode="run", reports="paren")),
    ("Director, Executive Resourcing Policy - revised 2019.docx", "p01", "docx", "en", 2019, dict(template="csr", sup="fields", hdr="table", reports="table", revise=True)),
    ("ED Executive Talent Management - DT bilingue FINAL.docx", "p02", "docx", "bi", 2021, dict(template="csr", sup="fields", hdr="table", reports="table")),
    ("DG Financial Mgmt Policy (signed) 2012.txt", "p03", "ocr", "en", 2012, dict(template="old", sup="reportsto", strength=0.7, mode="lines", reports="paren")),
    ("EC-08 Manager Regulatory Affairs Analysis.txt", "p04", "ocr", "en", 2017, dict(template="csr", sup="fields", strength=0.3, mode="run", reports="dash")),
    ("ED Expenditure Analysis and Strategies - work description 2016.docx", "p05", "docx", "en", 2016, dict(template="old", sup="fields", hdr="paras", reports="list_endash")),
    ("DirOps SDP Secretariat - 2009 scan.txt", "p06", "ocr", "en", 2009, dict(template="old", sup="sentence", strength=0.6, mode="run", reports="prose")),
    ("Asst Sec MOG - signée.txt", "p07", "ocr", "bi", 2018, dict(template="csr", sup="fields", strength=0.4, mode="lines", reports="paren")),
    ("Directeur, Décrets - DT 2020.docx", "p08", "docx", "fr", 2020, dict(template="csr", sup="fields", hdr="table", reports="table")),
    ("Team Lead IGA EC-08 (1).txt", "p09", "ocr", "en", 2022, dict(template="csr", sup="reportsto", strength=0.2, mode="lines", reports="dash")),
    ("GD EAF 2006.txt", "p10", "ocr", "en", 2006, dict(template="old", sup="fields", strength=0.9, mode="run", reports="endash")),
    ("Director, Personal Income Tax 2023.docx", "p11", "docx", "en", 2023, dict(template="csr", sup="fields", hdr="table", reports="list_paren")),
    ("Chef principal, Relations fédérales-provinciales.txt", "p12", "ocr", "fr", 2015, dict(template="old", sup="fields", strength=0.5, mode="lines", reports="paren")),
    ("Assoc ADM Tax Policy.pdf", "p13", "pdf", "en", 2019, dict(template="csr", sup="fields", hdr="colon", reports="paren")),
    ("EI Processing Director Bathurst 2011.txt", "p14", "ocr", "en", 2011, dict(template="old", sup="fields", strength=0.8, mode="run", reports="bracket")),
    ("EI Processing Director Bathurst 2016 - signed.txt", "p14", "ocr", "en", 2016, dict(template="csr", sup="fields", strength=0.4, mode="lines", reports="paren", revise=True)),
    ("Director, EI Processing Operations (Bathurst) FINAL 2022.docx", "p14", "docx", "en", 2022, dict(template="csr", sup="fields", hdr="table", reports="table", revise=True)),
    ("DG Opérations des centres d'appels 2010.txt", "p15", "ocr", "fr", 2010, dict(template="old", sup="fields", strength=0.6, mode="run", reports="effectif")),
    ("ED LMI - scan.txt", "p16", "ocr-columns", "en", 2013, dict(template="old", sup="reportsto", strength=0.7, mode="columns", reports="dash")),
    ("Directeur, Traitement de la SV - Director, OAS Processing.docx", "p17", "docx", "bi", 2017, dict(template="csr", sup="fields", hdr="table", reports="table")),
    ("PE-06 Manager LR and Wellness 2015.docx", "p18", "docx", "en", 2015, dict(template="old", sup="fields", hdr="tabs", reports="list_paren")),
    ("SADM BDSB - EX-05 work description.docx", "p19", "docx", "en", 2024, dict(template="csr", sup="fields", hdr="table", reports="table")),
    ("Passport Ops West - Director - signed.txt", "p20", "ocr", "en", 2019, dict(template="csr", sup="fields", strength=0.3, mode="lines", reports="paren", cp1252=True)),
    ("Directrice, CF Jonquière 2005.txt", "p21", "ocr", "fr", 2005, dict(template="old", sup="fields", strength=0.6, mode="lines", reports="paren", cp1252=True)),
    ("Director Sudbury TC 2008.txt", "p22", "ocr", "en", 2008, dict(template="old", sup="fields", strength=0.5, mode="run", reports="endash")),
    ("DG Individual Returns - DRAFT.docx", "p23", "docx", "en", 2016, dict(template="csr", sup="fields", hdr="table", reports="list_paren", same_as=True)),
    ("DG Individual Returns - signed.txt", "p23", "ocr", "en", 2016, dict(template="csr", sup="fields", strength=0.5, mode="run", reports="paren", same_as=True)),
    ("Director, Offshore Compliance 2021.docx", "p24", "docx", "en", 2021, dict(template="csr", sup="fields", hdr="nextline", reports="prose")),
    ("DAC CVB 2020 - signed copy.txt", "p25", "ocr", "en", 2020, dict(template="csr", sup="fields", strength=0.4, mode="lines", reports="paren")),
    ("Director, Summerside TC - bilingual 2013.txt", "p26", "ocr", "bi", 2013, dict(template="old", sup="fields", strength=0.5, mode="run", reports="paren")),
    ("CPC Vegreville Director 2007.txt", "p27", "ocr", "en", 2007, dict(template="old", sup="reportsto", strength=0.7, mode="lines", reports="bracket")),
    ("DG Réseau national (signée) 2017.txt", "p28", "ocr", "fr", 2017, dict(template="csr", sup="fields", strength=0.5, mode="run", reports="paren")),
    ("DG Réseau national - révisée 2021.docx", "p28", "docx", "fr", 2021, dict(template="csr", sup="fields", hdr="table", reports="table", revise=True)),
    ("Director Citizenship Program Delivery Sydney.pdf", "p29", "pdf", "en", 2018, dict(template="old", sup="fields", hdr="grid", reports="endash")),
    ("Director, Resettlement Operations - signed 2022.txt", "p30", "ocr", "en", 2022, dict(template="csr", sup="fields", strength=0.3, mode="lines", reports="paren")),
    ("Gestionnaire, Orientation du programme EC-08.txt", "p31", "ocr", "fr", 2016, dict(template="csr", sup="reportsto", strength=0.4, mode="run", reports="dash")),
    ("ED Pay Centre Miramichi 2016.txt", "p32", "ocr", "en", 2016, dict(template="csr", sup="fields", strength=0.6, mode="lines", reports="paren", cp1252=True)),
    ("Directeur, Services immobiliers QC 2012.docx", "p33", "docx", "fr", 2012, dict(template="old", sup="fields", hdr="paras", reports="list_paren")),
    ("DG APSD 2004 - scan.txt", "p34", "ocr-columns", "en", 2004, dict(template="old", sup="fields", strength=0.8, mode="columns", reports="endash")),
    ("Interpretation Services Director - signed - bilingue.txt", "p35", "ocr", "bi", 2020, dict(template="csr", sup="fields", strength=0.4, mode="lines", reports="paren")),
    ("ED GC Pension Centre 2014.docx", "p36", "docx", "en", 2014, dict(template="old", sup="sentence", hdr="paras", reports="list_dash")),
    ("Directrice, Programmes d'apprentissage des cadres 2011.txt", "p37", "ocr", "fr", 2011, dict(template="old", sup="fields", strength=0.6, mode="lines", reports="paren")),
    ("ED Digital Policy - 2023 EX-02.pdf", "p38", "pdf", "en", 2023, dict(template="csr", sup="fields", hdr="dots", reports="paren")),
    ("Director WHOL 2020.docx", "p39", "docx", "en", 2020, dict(template="csr", sup="reportsto", hdr="table", reports="table")),
    ("PE-06 Senior Manager Exec Comp - bilingual.docx", "p40", "docx", "bi", 2022, dict(template="csr", sup="fields", hdr="table", reports="list_paren")),
]

# per-document differences from the position (a field left out, a blank effective date, ...)
OMIT = {
    "DG Financial Mgmt Policy (signed) 2012.txt": {"job_code", "supervisor.position_number"},
    "DirOps SDP Secretariat - 2009 scan.txt": {"job_code", "location", "supervisor.position_number"},
    "GD EAF 2006.txt": {"job_code", "total"},
    "Team Lead IGA EC-08 (1).txt": {"effective_date"},
    "ED LMI - scan.txt": {"effective_date", "supervisor.position_number", "position_number"},
    "PE-06 Manager LR and Wellness 2015.docx": {"job_code"},
    "Director Sudbury TC 2008.txt": {"job_code"},
    "CPC Vegreville Director 2007.txt": {"job_code", "supervisor.position_number"},
    "Director, Offshore Compliance 2021.docx": {"location"},
    "ED GC Pension Centre 2014.docx": {"job_code", "supervisor.position_number"},
    "Directrice, CF Jonquière 2005.txt": {"job_code"},
    "DG APSD 2004 - scan.txt": {"job_code"},
    "SADM BDSB - EX-05 work description.docx": {"supervisor.position_number"},
    "Gestionnaire, Orientation du programme EC-08.txt": {"salary", "o_and_m", "total"},
    "Director, EI Processing Operations (Bathurst) FINAL 2022.docx": set(),
    "ED Digital Policy - 2023 EX-02.pdf": {"position_number"},
}


# --- notations --------------------------------------------------------------------------------------
def cls_note(c: str | None, style: str) -> str:
    if not c:
        return ""
    group, level = c.rsplit("-", 1)
    return {"dash": c, "space": f"{group} {level}", "short": f"{group}-{int(level)}", "paren": f"({c})",
            "nodash": f"{group}{level}"}[style]


def date_note(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {T.MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"le {day} {T.MONTHS_FR[d.month - 1]} {d.year}",
                 f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat()]
    else:
        m = T.MONTHS_EN[d.month - 1]
        forms = [f"{m} {d.day}, {d.year}", d.isoformat(), f"{d.day} {m} {d.year}", f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}",
                 f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.day:02d}-{m[:3].upper()}-{d.year}",
                 f"{m} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}"]
    return forms[style % len(forms)]


def money(n: int, lang: str, style: int) -> str:
    """n in whole dollars, in one of several notations; a notation that cannot be exact falls back."""
    def group(x: int, sep: str) -> str:
        return f"{x:,}".replace(",", sep)
    if lang == "fr":
        forms = ["space", "cents", "M", "k"]
    else:
        forms = ["comma", "M", "K", "million", "cents"]
    f = forms[style % len(forms)]
    if f in ("M", "million") and (n % 10_000 or n < 1_000_000):
        f = "K" if lang != "fr" else "k"
    if f in ("K", "k") and n % 1000:
        f = "comma" if lang != "fr" else "space"
    if f == "comma":
        return f"${group(n, ',')}"
    if f == "cents":
        return f"${group(n, ',')}.00" if lang != "fr" else f"{group(n, ' ')},00 $"
    if f == "space":
        return f"{group(n, ' ')} $"
    if f == "K":
        return f"${n // 1000:,}K"
    if f == "k":
        return f"{group(n // 1000, ' ')} k$"
    m = f"{n / 1_000_000:.3f}".rstrip("0").rstrip(".")
    if lang == "fr":
        return f"{m.replace('.', ',')} M$"
    return f"${m}M" if f == "M" else f"${m} million"


def fte_note(n: int, lang: str, style: int) -> str:
    if n == 1:
        return ["1 ETP", "1 employé"][style % 2] if lang == "fr" else ["1 FTE", "1 FTE", "staff of 1", "1 FTE"][style % 4]
    forms = ([f"{n} ETP", f"effectif de {n}", f"{n} ETP", f"{n} employés"] if lang == "fr"
             else [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} FTE's"])
    return forms[style % len(forms)]


def place(city: str, lang: str, style: int) -> tuple[str, str]:
    c, pe, pf, code, cf = T.PLACES[city]
    if lang == "fr":
        shown = [f"{cf} ({pf})", f"{cf}, {pf}", f"{cf} ({code})"][style % 3]
        return shown, f"{cf}, {pf}"
    shown = [f"{c}, {pe}", f"{c} ({pe})", f"{c}, {code}", f"{c} {code}"][style % 4]
    return shown, f"{c}, {pe}"


# --- a position as one document states it -------------------------------------------------------------
def make_position(key: str, name: str, lang: str, year: int, style: dict, rng: random.Random, base: dict | None) -> dict:
    dept_key, cls, titles, units, branches, sups, sup_cls, city, topic, areas = P[key]
    r = random.Random(f"{SEED}-{key}")  # the position's own numbers, shared by its versions
    d = {}
    d["key"] = key
    d["title_en"], d["title_fr"] = titles
    d["cls"] = cls
    pad = 8 if dept_key == "CRA" else r.choice([5, 5, 6])
    d["posno"] = f"{r.randrange(10 ** (pad - 3), 10 ** (pad - 1)):0{pad}d}" if dept_key == "CRA" else str(r.randrange(10 ** (pad - 1), 10 ** pad))
    d["job_code"] = str(r.randrange(100000, 109999)) if dept_key in ("ESDC", "SC", "OCHRO", "TBS") else f"{r.choice(['EX', 'GEN', 'J'])}-{r.randrange(1000, 9999)}" if r.random() < 0.5 else str(r.randrange(10000, 99999))
    d["sup_no"] = f"{r.randrange(10 ** 4, 10 ** 7):08d}" if dept_key == "CRA" else str(r.randrange(10000, 99999))
    d["sup_title_en"], d["sup_title_fr"] = sups
    d["sup_cls"] = sup_cls
    d["unit_en"], d["unit_fr"] = units
    d["branch_en"], d["branch_fr"] = branches
    d["city"] = city
    d["topic"] = topic
    d["dept"] = T.department(dept_key, year)
    # reports
    lvl = cls
    reps = []
    for a in areas.split("|"):
        ae, af = a.split(";")
        if lvl in ("EX-04", "EX-05"):
            t, c, f = (f"Director General, {ae}", f"Directeur général, {af}"), "EX-03", r.randrange(60, 420)
        elif lvl == "EX-03":
            t, c, f = (f"Director, {ae}", f"Directeur, {af}"), "EX-01", r.randrange(14, 95)
        elif lvl == "EX-02":
            t, c, f = (f"Director, {ae}", f"Directrice, {af}"), r.choice(["EX-01", "EX-01", "EC-07" if dept_key in ("PCO", "FIN", "TBS") else "PM-06"]), r.randrange(9, 140)
        elif lvl == "EX-01":
            c = r.choice({"CRA": ["MG-05", "MG-06"], "PSPC": ["AS-07", "PG-06", "AS-06"], "IRCC": ["PM-06", "PM-05"],
                          "ESDC": ["PM-06", "AS-07"], "SC": ["PM-06"], "PCO": ["EC-07", "PM-06"]}.get(dept_key, ["EC-07", "PE-06"]))
            t, f = (f"Manager, {ae}", f"Gestionnaire, {af}"), r.randrange(4, 60)
        else:
            c = {"EC-08": "EC-06", "PE-06": "PE-05"}[lvl]
            t, f = (f"Team Leader, {ae}", f"Chef d'équipe, {af}"), r.randrange(2, 8)
        reps.append([t, c, f])
    if lvl not in ("EC-08", "PE-06") and r.random() < 0.55:
        reps.append([("Executive Assistant", "Adjointe exécutive"), "AS-02" if lvl in ("EX-01", "EX-02") else "AS-03", 1])
    if lvl in ("EX-03", "EX-04", "EX-05") and r.random() < 0.5:
        reps.append([("Senior Advisor", "Conseiller principal"), "EC-07", 1])
    d["reports"] = reps
    own = sum(x[2] for x in reps) + 1
    d["fte"] = own + r.randrange(0, 6)
    per = {"EX-05": 88000, "EX-04": 86000, "EX-03": 84000}.get(lvl, 81000)
    d["salary"] = round(d["fte"] * per, -4)
    d["om"] = int(round(d["salary"] * r.uniform(0.04, 0.35), -3))
    d["total"] = d["salary"] + d["om"]
    d["program"] = int(round(r.uniform(5, 900) * 1_000_000, -5)) if lvl in ("EX-03", "EX-04", "EX-05") and r.random() < 0.4 else None
    d["eff"] = dt.date(year, r.randrange(1, 13), r.randrange(1, 29))
    if base and not style.get("same_as"):
        # a revision: a new date, some staff moved, the budgets updated
        d["eff"] = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 29))
        for rep in d["reports"]:
            if rep[2] > 2:
                rep[2] += rng.randrange(-3, 9)
        if rng.random() < 0.5 and len(d["reports"]) > 2:
            d["reports"].pop(rng.randrange(len(d["reports"])))
        d["fte"] = sum(x[2] for x in d["reports"]) + 1 + rng.randrange(0, 4)
        d["salary"] = int(round(d["fte"] * (per + 6000 * (year - 2010) // 4), -4))
        d["om"] = int(round(d["salary"] * rng.uniform(0.04, 0.3), -3))
        d["total"] = d["salary"] + d["om"]
        if year >= 2016 and rng.random() < 0.5:
            d["sup_no"] = str(rng.randrange(10000, 99999))
    if style.get("same_as"):
        d["eff"] = dt.date(year, 6, 13)
    return d


# --- blocks: a document before it is laid out --------------------------------------------------------------
def para_text(pool: list[str], rng: random.Random, n: int, fill: dict) -> list[str]:
    return [s.format(**fill) for s in rng.sample(pool, min(n, len(pool)))]


def report_line(rep, lang: str, form: str, cn: str, fs: int) -> str:
    (te, tf), c, f = rep
    t = tf if lang == "fr" else te
    cs = cls_note(c, cn) if c else None
    fs_ = fte_note(f, lang, fs) if f is not None else None
    if form in ("paren", "list_paren"):
        inner = ", ".join(x for x in (cs, fs_) if x)
        return f"{t} ({inner})" if inner else t
    if form in ("dash", "list_dash"):
        head = f"{cs} - {t}" if cs else t
        return f"{head} ({fs_})" if fs_ else head
    if form in ("endash", "list_endash"):
        return " – ".join(x for x in (t, cs, fs_) if x)
    if form == "bracket":
        return t + (f" [{cs}]" if cs else "") + (f" ({fs_})" if fs_ else "")
    if form == "effectif":
        return ", ".join(x for x in (t, cs, fs_) if x)
    raise ValueError(form)


def build(name: str, key: str, kind: str, lang: str, year: int, style: dict, base: dict | None):
    rng = random.Random(f"{SEED}-{name}")
    pos = make_position(key, name, lang, year, style, rng, base)
    omit = set(OMIT.get(name, set()))
    if style.get("same_as") and base:
        pos = base
    labels = rng.choice(T.LABELS_FR if lang == "fr" else T.LABELS_BI if lang == "bi" else T.LABELS_EN)
    tl = "fr" if lang == "fr" else "en"
    cn = rng.choice(["dash", "dash", "space", "short", "paren", "dash"])
    dn = rng.randrange(10)
    mn = rng.randrange(10)
    fs = rng.randrange(4)
    # reports shown without classification or FTEs now and then
    reps = [list(x) for x in pos["reports"]]
    for rep in reps:
        if rep[1] == "AS-02" and rng.random() < 0.4:
            rep[2] = None
        if rng.random() < 0.08:
            rep[1] = None
    if rng.random() < 0.15 and len(reps) > 1:
        for rep in reps:
            rep[2] = None
    title = pos["title_fr"] if lang == "fr" else pos["title_en"]
    sup_title = pos["sup_title_fr"] if lang == "fr" else pos["sup_title_en"]
    loc_shown, loc_truth = place(pos["city"], tl, rng.randrange(4))
    dept_en, dept_fr, ab_en, ab_fr = pos["dept"]
    fill = dict(title=title, unit=pos["unit_fr"] if lang == "fr" else pos["unit_en"], branch=pos["branch_fr"] if lang == "fr" else pos["branch_en"],
                dept=ab_fr if lang == "fr" else ab_en, sup=sup_title, topic=T.TOPICS[tl][pos["topic"] % len(T.TOPICS[tl])])
    H = T.HEADINGS[tl]
    if lang == "bi":
        H = {k: f"{T.HEADINGS['en'][k]} / {T.HEADINGS['fr'][k]}" for k in H}
    people = []
    used = set()

    def person() -> str:
        while True:
            n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
            if n not in used:
                used.add(n)
                people.append(n)
                return n

    # header fields
    hdr = []
    if lang == "bi":
        hdr.append(("title", f"{pos['title_en']} / {pos['title_fr']}" if rng.random() < 0.5 else None))
        if hdr[-1][1] is None:
            hdr[-1] = ("title_en", pos["title_en"])
            hdr.append(("title_fr", pos["title_fr"]))
    else:
        hdr.append(("title", title))
    hdr.append(("classification", cls_note(pos["cls"], cn)))
    provisional = None
    if "position_number" in omit:
        provisional = rng.choice(["NEW", "TBD"]) if lang != "fr" else "À déterminer"
        hdr.append(("position_number", provisional))
    else:
        hdr.append(("position_number", pos["posno"]))
    if "job_code" not in omit:
        hdr.append(("job_code", pos["job_code"]))
    hdr.append(("effective_date", "" if "effective_date" in omit else date_note(pos["eff"], tl, dn)))
    if rng.random() < 0.6:
        hdr.append(("department", dept_fr if lang == "fr" else dept_en))
    hdr.append(("branch", fill["branch"]))
    if "location" not in omit:
        hdr.append(("location", loc_shown))
    sup_mode = style["sup"]
    if sup_mode == "fields":
        if "supervisor.position_number" not in omit:
            hdr.append(("sup_number", pos["sup_no"]))
        hdr.append(("sup_title", sup_title))
        hdr.append(("sup_class", cls_note(pos["sup_cls"], cn)))
    elif sup_mode == "reportsto":
        lab = {"fr": "Relève de", "bi": "Reports to / Relève de"}.get(lang, "Reports to")
        hdr.append((lab, f"{sup_title} ({cls_note(pos['sup_cls'], 'dash' if cn == 'paren' else cn)})"))
        if "supervisor.position_number" not in omit:
            hdr.append(("sup_number", pos["sup_no"]))
    incumbent = None
    if rng.random() < 0.45:
        incumbent = person()
        hdr.append(("incumbent", incumbent))
    if rng.random() < 0.5:
        first = hdr[:2]
        rest = hdr[2:]
        rng.shuffle(rest)
        hdr = first + rest
    bi_titles = {"title_en": rng.choice(["Position Title (English)", "English Title"]),
                 "title_fr": rng.choice(["Titre du poste (français)", "Titre français"])}
    hdr = [(bi_titles.get(k) or labels.get(k, k), v) for k, v in hdr]

    blocks = []
    form_title = {"en": rng.choice(["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "WORK DESCRIPTION - EX GROUP", "Work Description"]),
                  "fr": rng.choice(["DESCRIPTION DE TRAVAIL DE LA DIRECTION", "Description de travail - Groupe EX", "DESCRIPTION DE POSTE DE CADRE"]),
                  "bi": "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"}[lang]
    blocks.append(("h0", form_title))
    blocks.append(("hdr", hdr))

    def prose(pool_en, pool_fr, n):
        if lang == "fr":
            return para_text(pool_fr, rng, n, fill)
        out = para_text(pool_en, rng, n, fill)
        if lang == "bi" and rng.random() < 0.5:
            ffill = dict(fill, title=pos["title_fr"], unit=pos["unit_fr"], branch=pos["branch_fr"], dept=ab_fr, sup=pos["sup_title_fr"],
                         topic=T.TOPICS["fr"][pos["topic"] % len(T.TOPICS["fr"])])
            out += para_text(pool_fr, rng, 1, ffill)
        return out

    # organization structure with the reports
    org = []
    n_peers = rng.randrange(3, 8)
    if lang == "fr":
        org.append(f"Le poste de {title} est l'un des {n_peers} postes relevant du {sup_title}.")
    else:
        org.append(f"The {title} is one of {n_peers} positions reporting to the {sup_title}.")
    if sup_mode == "sentence":
        c = cls_note(pos["sup_cls"], "dash" if cn == "paren" else cn)
        if lang == "fr":
            org[-1] = f"Le titulaire relève du poste de {sup_title} ({c})" + ("" if "supervisor.position_number" in omit else f", poste no {pos['sup_no']}") + "."
        else:
            org[-1] = f"The {title} reports to the {sup_title} ({c})" + ("" if "supervisor.position_number" in omit else f", position number {pos['sup_no']}") + f", and is one of {n_peers} senior managers in the {fill['branch']}."
    form = style["reports"]
    if lang == "fr" and form == "bracket":
        form = "paren"
    rep_block = None
    if form == "table":
        head = {"fr": ["Poste", "Groupe et niveau", "ETP"], "en": ["Position", "Group/Level", "FTEs"], "bi": ["Position / Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"]}[lang]
        rows = [[(r[0][1] if lang == "fr" else r[0][0]), cls_note(r[1], cn if cn != "paren" else "dash") if r[1] else "", str(r[2]) if r[2] is not None else ""] for r in reps]
        rep_block = ("table", [head] + rows)
    elif form == "prose":
        parts = [report_line(r, lang, "paren", cn if cn != "paren" else "dash", fs) for r in reps]
        if lang == "fr":
            s = "Relèvent du titulaire : le " + ", le ".join(parts[:-1]) + " et le " + parts[-1] + "."
        else:
            s = f"Reporting to the {title} are the " + ", the ".join(parts[:-1]) + " and the " + parts[-1] + "."
        org.append(s)
    else:
        intro = {"fr": "Les postes suivants relèvent du titulaire :", "en": f"The following positions report to the {title}:", "bi": "Direct reports / Subordonnés directs:"}[lang]
        bullet = rng.choice(["- ", "• ", "* ", "o ", ""])
        items = [report_line(r, lang, form, cn if not (cn == "paren" and form in ("paren", "list_paren")) else "dash", fs) for r in reps]
        rep_block = ("list", intro, bullet, items)

    # dimensions
    dims = []
    dl = rng.randrange(3)
    if lang == "fr":
        labs = [("Salaires", "Budget salarial", "Traitements et salaires")[dl], ("F et E", "Fonctionnement et entretien", "Budget de F et E")[dl],
                ("Total", "Budget total", "Total (salaires et F et E)")[dl], ("ETP", "Nombre d'ETP", "Effectif")[dl], "Budget de programme"]
    else:
        labs = [("Salary", "Salary budget", "Salaries")[dl], ("O&M", "Operating and Maintenance", "Non-salary O&M")[dl],
                ("Total", "Total budget", "Total Salary and O&M")[dl], ("FTEs", "Number of FTEs", "FTE's")[dl], "Program budget"]
        if lang == "bi":
            labs = [f"{a} / {b}" for a, b in zip(labs, ["Salaires", "F et E", "Total", "ETP", "Budget de programme"])]
    ml = "fr" if lang == "fr" else "en"
    dims.append((labs[3], str(pos["fte"])))
    if "salary" not in omit:
        dims.append((labs[0], money(pos["salary"], ml, mn)))
        dims.append((labs[1], money(pos["om"], ml, mn + 1 if rng.random() < 0.3 else mn)))
    if "total" not in omit and "salary" not in omit:
        dims.append((labs[2], money(pos["total"], ml, mn)))
    if pos["program"]:
        dims.append((labs[4], money(pos["program"], ml, mn)))
    dim_prose = rng.random() < 0.15 and "salary" not in omit and "total" not in omit and lang != "bi"
    # signatures
    sig_sup = person()
    sig_date = pos["eff"] - dt.timedelta(days=rng.randrange(3, 60)) if pos["eff"] else None
    # assemble in one of the templates
    tpl = style["template"]
    blocks.append(("h", H["ga"] if tpl == "old" else H["csr"]))
    blocks += [("p", x) for x in prose(T.GA_EN if tpl == "old" else T.CSR_EN, T.GA_FR if tpl == "old" else T.CSR_FR, rng.randrange(1, 3))]
    order = ["org", "ns", "dim", "sa"] if rng.random() < 0.6 else ["dim", "org", "ns", "sa"]
    if tpl == "csr":
        order = ["org", "dim", "ka"] if rng.random() < 0.5 else ["ka", "org", "dim"]
    for sec in order:
        if sec == "org":
            blocks.append(("h", H["org"]))
            blocks += [("p", x) for x in org]
            if rep_block:
                blocks.append(rep_block)
        elif sec == "ns":
            blocks.append(("h", H["ns"]))
            blocks += [("p", x) for x in prose(T.NS_EN, T.NS_FR, rng.randrange(2, 4))]
        elif sec == "dim":
            blocks.append(("h", H["dim"]))
            if dim_prose:
                if lang == "fr":
                    s = (f"La {fill['unit']} compte {pos['fte']} ETP et dispose d'un budget salarial de {money(pos['salary'], 'fr', mn)} et d'un budget de "
                         f"fonctionnement et d'entretien de {money(pos['om'], 'fr', mn)}, pour un total de {money(pos['total'], 'fr', mn)}.")
                else:
                    s = (f"The {fill['unit']} has {pos['fte']} FTEs, a salary budget of {money(pos['salary'], 'en', mn)} and an O&M budget of "
                         f"{money(pos['om'], 'en', mn)}, for a total of {money(pos['total'], 'en', mn)}.")
                blocks.append(("p", s))
                if pos["program"]:
                    blocks.append(("p", f"{labs[4]}: {money(pos['program'], ml, mn)}"))
            else:
                blocks.append(("dims", dims))
        elif sec == "sa":
            blocks.append(("h", H["sa"]))
            blocks.append(("ol", prose(T.SA_EN, T.SA_FR, rng.randrange(5, 9))))
        elif sec == "ka":
            blocks.append(("h", H["ka"]))
            blocks.append(("ol", prose(T.SA_EN, T.SA_FR, rng.randrange(5, 9))))
            if rng.random() < 0.5:
                blocks.append(("h", H["ns"] if rng.random() < 0.5 else H["ch"]))
                blocks += [("p", x) for x in prose(T.NS_EN, T.NS_FR, rng.randrange(1, 3))]
    blocks.append(("h", H["cert"]))
    if lang == "fr":
        blocks.append(("p", "L'énoncé qui précède décrit fidèlement et complètement les fonctions attribuées au poste."))
    else:
        blocks.append(("p", "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."))
    sigs = []
    if incumbent or rng.random() < 0.5:
        inc = incumbent or person()
        sigs.append((inc, "Titulaire" if lang == "fr" else "Incumbent", date_note(sig_date, tl, dn + 1) if sig_date else ""))
    sigs.append((sig_sup, sup_title, date_note(sig_date, tl, dn + 2) if sig_date else ""))
    if rng.random() < 0.4:
        sigs.append((person(), {"fr": "Conseillère en classification", "en": "Classification Advisor", "bi": "Classification Advisor / Conseillère en classification"}[lang], ""))
    blocks.append(("sig", sigs))

    # the truth
    not_stated = set(omit)
    if "salary" in omit:
        not_stated |= {"o_and_m", "total"}
    not_stated = sorted(not_stated)
    fields = {
        "title": pos["title_fr"] if lang == "fr" else pos["title_en"],
        "classification": pos["cls"],
        "job_code": None if "job_code" in omit else pos["job_code"],
        "position_number": None if "position_number" in omit else pos["posno"],
        "effective_date": None if "effective_date" in omit else pos["eff"],
        "supervisor": {"position_number": None if "supervisor.position_number" in omit or sup_mode == "none" else pos["sup_no"],
                       "title": sup_title, "classification": pos["sup_cls"]},
        "direct_reports": [{"title": r[0][1] if lang == "fr" else r[0][0], "classification": r[1], "fte": r[2]} for r in reps],
        "salary": None if "salary" in omit else pos["salary"],
        "o_and_m": None if "salary" in omit else pos["om"],
        "total": None if ("total" in omit or "salary" in omit) else pos["total"],
        "location": None if "location" in omit else loc_truth,
    }
    also = {"fte": pos["fte"], "operating_budget": None, "program_budget": pos["program"], "provisional_number": provisional}
    if lang == "bi":
        also["title_fr"] = pos["title_fr"]
    truth = dict(fields=fields, not_stated=not_stated, also=also, people=people)
    return blocks, truth, pos


# --- laying out as text ---------------------------------------------------------------------------------------
def text_lines(blocks, lang: str, hdr_style: str, width: int, rng: random.Random, hyphen: float) -> list[str]:
    """The page as printed; values and prose are marked for the damage: \x01 prose \x02, \x03 value \x04."""
    out = []

    def wrap(s: str, indent: str = "") -> list[str]:
        lines = textwrap.wrap(s, width=width, initial_indent=indent, subsequent_indent=" " * len(indent), break_long_words=False)
        if hyphen and len(lines) > 1:  # a long word split at the line's end, as the typist did
            for i in range(len(lines) - 1):
                nxt = lines[i + 1].lstrip()
                w = nxt.split(" ")[0]
                if len(w) > 8 and w.isalpha() and rng.random() < hyphen:
                    cut = len(w) // 2
                    lines[i] += " " + w[:cut] + "-"
                    lines[i + 1] = lines[i + 1].replace(w, w[cut:], 1)
        return lines

    sep = " :" if lang == "fr" else ":"
    for b in blocks:
        kind = b[0]
        if kind == "h0":
            out += [b[1].upper() if rng.random() < 0.5 else b[1], ""]
        elif kind == "hdr":
            pairs = b[1]
            if hdr_style == "grid":
                for i in range(0, len(pairs), 2):
                    two = pairs[i:i + 2]
                    col = max(48, len(two[0][1]) + 4, len(two[0][0]) + 4)
                    out.append("".join(f"{lab}{sep}".ljust(col) for lab, _ in two).rstrip())
                    out.append("".join(("\x03" + v + "\x04").ljust(col + 2) for _, v in two).rstrip())
                    out.append("")
            else:
                for lab, v in pairs:
                    if hdr_style == "nextline":
                        out += [f"{lab}{sep}" if rng.random() < 0.5 else lab, f"    \x03{v}\x04" if v else ""]
                    elif hdr_style == "dots":
                        out.append(f"{lab} {'.' * max(3, 44 - len(lab))} \x03{v}\x04")
                    elif hdr_style == "tabs":
                        out.append(f"{lab}{sep}\t\x03{v}\x04")
                    else:
                        out.append(f"{lab}{sep} \x03{v}\x04".rstrip())
            out.append("")
        elif kind == "h":
            out += ["", b[1].upper() if rng.random() < 0.6 else b[1], ""]
        elif kind == "p":
            for ln in wrap(b[1]):
                out.append("\x01" + ln + "\x02")
            out.append("")
        elif kind == "list":
            _, intro, bullet, items = b
            out.append("\x01" + intro + "\x02")
            for it in items:
                for j, ln in enumerate(textwrap.wrap(it, width=width - 4)):
                    out.append(("  " + bullet if j == 0 else "    ") + "\x03" + ln + "\x04")
            out.append("")
        elif kind == "table":
            rows = b[1]
            w0 = max(len(r[0]) for r in rows) + 3
            for r in rows:
                out.append("\x03" + r[0].ljust(w0) + r[1].ljust(16) + r[2] + "\x04")
            out.append("")
        elif kind == "dims":
            for lab, v in b[1]:
                out.append(f"{lab}{sep} \x03{v}\x04")
            out.append("")
        elif kind == "ol":
            for i, s in enumerate(b[1], 1):
                for j, ln in enumerate(wrap(s)):
                    out.append(("\x03%d.\x04 " % i if j == 0 else "   ") + "\x01" + ln + "\x02")
            out.append("")
        elif kind == "sig":
            out.append("")
            for nm, role, date in b[1]:
                out += ["_" * 30 + "        " + "_" * 14, f"{nm}".ljust(38) + (f"\x03{date}\x04" if date else ""), role, ""]
    return out


DIGITS = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "G"}
CONFUSE = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("t", "l"), ("h", "b"), ("cl", "d"), ("a", "o"),
           ("ti", "d"), ("u", "a"), ("fl", "f")]


def damage(line: str, s: float, rng: random.Random) -> str:
    """OCR damage at strength s (0 clean, 1 poor): digits read as letters in values, letter confusions and
    words run together in prose, label letters now and then."""
    out = []
    mode = "label"
    for ch in line:
        if ch in "\x01\x02\x03\x04":
            mode = {"\x01": "prose", "\x02": "label", "\x03": "value", "\x04": "label"}[ch]
            continue
        out.append((ch, mode))
    res = []
    i = 0
    while i < len(out):
        ch, mode = out[i]
        if ch.isdigit() and ch in DIGITS and rng.random() < (0.28 if mode == "value" else 0.15) * s:
            res.append("l" if ch == "1" and rng.random() < 0.3 else DIGITS[ch])
        elif mode == "prose" and ch == " " and rng.random() < 0.03 * s:
            pass
        elif ch.isalpha() and rng.random() < {"prose": 0.035, "label": 0.01, "value": 0.005}[mode] * s:
            nxt = "".join(c for c, _ in out[i:i + 2])
            done = False
            for a, b in CONFUSE:
                if nxt.startswith(a):
                    res.append(b)
                    i += len(a)
                    done = True
                    break
            if done:
                continue
            res.append(ch)
        else:
            res.append(ch)
        i += 1
    return "".join(res)


def strip_marks(s: str) -> str:
    return s.translate({1: None, 2: None, 3: None, 4: None})


def ocr_render(blocks, name: str, lang: str, style: dict, pos: dict, rng: random.Random) -> str:
    width = rng.choice([72, 78, 84, 90]) if style["mode"] != "columns" else 46
    hdr_style = rng.choice(["colon", "colon", "nextline", "dots", "tabs", "grid"]) if style["mode"] != "columns" else "colon"
    lines = text_lines(blocks, lang, hdr_style, width, rng, 0.25)
    s = style["strength"]
    per_page = rng.randrange(38, 56)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    dept_en, dept_fr, ab_en, ab_fr = pos["dept"]
    running = rng.choice([f"{ab_fr if lang == 'fr' else ab_en} - {pos['title_fr'] if lang == 'fr' else pos['title_en']}", "PROTECTED A", "PROTÉGÉ A / PROTECTED A",
                          f"OG. {pos['unit_fr'] if lang == 'fr' else pos['unit_en']}", dept_fr if lang == "fr" else dept_en])
    foot = rng.choice(["Page {n} of {N}", "- {n} -", "{n}", "Page {n} de {N}" if lang == "fr" else "{n}/{N}"])
    strengths = [max(0.0, min(1.0, s + rng.uniform(-0.5, 0.4))) if rng.random() < 0.7 else (0.05 if rng.random() < 0.5 else min(1.0, s + 0.4))
                 for _ in pages]
    outp = []
    for n, (pg, st) in enumerate(zip(pages, strengths), 1):
        body = [damage(ln, st, rng) for ln in pg]
        if n > 1:
            body = [running, ""] + body
        body += ["", foot.format(n=n, N=len(pages))]
        if n == 1 and rng.random() < 0.35:
            stamp = rng.choice(["RECEIVED / REÇU", "CLASSIFICATION", "COPIE CONFORME", "RECEIVED"])
            body.insert(rng.randrange(2, 8), f"{stamp}   {damage(chr(3) + (pos['eff'] + dt.timedelta(days=20)).strftime('%Y -%m- %d') + chr(4), st, rng)}")
        outp.append(body)
    if style["mode"] == "columns":
        # the page in two columns (fields, structure and dimensions on the left, prose on the right), read across
        left = [ln for ln in lines if ln.strip() and "\x01" not in ln]
        right = [ln for ln in lines if "\x01" in ln]
        merged = []
        for i in range(max(len(left), len(right))):
            a = damage(left[i], s, rng) if i < len(left) else ""
            b = damage(right[i], s, rng) if i < len(right) else ""
            merged.append((a.strip() + " " + b.strip()).strip())
            if i and i % 48 == 0:
                merged.append(f"{running} {foot.format(n=i // 48, N=(len(merged) + 60) // 48)}")
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(merged) + "\n"
    elif style["mode"] == "run":
        one = rng.random() < 0.5
        pages_txt = [" ".join(ln.strip() for ln in pg if ln.strip()) for pg in outp]
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + (" ".join(pages_txt) if one else "\n".join(pages_txt)) + "\n"
    else:
        text = "\f".join("\n".join(pg) + "\n" for pg in outp) if rng.random() < 0.5 else "\n\n".join("\n".join(pg) for pg in outp) + "\n"
    return text


# --- laying out as Word -----------------------------------------------------------------------------------------
def docx_render(blocks, lang: str, style: dict, pos: dict, rng: random.Random) -> bytes:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.core_properties.author = rng.choice(["EXEC-SERVICES", "Classification", "jdoucet", "NC-RH-EX", "user"])
    doc.core_properties.created = dt.datetime(2000 + rng.randrange(10, 24), 3, 1, 9, 0, 0)
    doc.core_properties.modified = dt.datetime(2024, 1, 15, 10, 0, 0)
    doc.core_properties.last_modified_by = doc.core_properties.author
    doc.core_properties.revision = 3
    old = style["template"] == "old"
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman" if old else "Arial"
    st.font.size = Pt(11 if old else 10)
    sec = doc.sections[0]
    if rng.random() < 0.6:
        sec.header.paragraphs[0].text = rng.choice(["PROTECTED A (when completed)", "PROTÉGÉ A (une fois rempli)", pos["dept"][0] if lang != "fr" else pos["dept"][1]])
    if rng.random() < 0.5:
        sec.footer.paragraphs[0].text = rng.choice(["Executive work description template (2019)", "Modèle de description de travail EX", "Classification - Rev. 03/2012"])
    hdr_style = style.get("hdr", "table")
    sep = " :" if lang == "fr" else ":"
    for b in blocks:
        kind = b[0]
        if kind == "h0":
            p = doc.add_paragraph() if old else doc.add_heading(level=0)
            r = p.add_run(b[1].upper() if old else b[1])
            r.bold = True
        elif kind == "hdr":
            pairs = b[1]
            if hdr_style == "table":
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, v in pairs:
                    row = t.add_row().cells
                    row[0].text = lab
                    row[1].text = v
                    row[0].paragraphs[0].runs[0].bold = True
            else:
                for lab, v in pairs:
                    if hdr_style == "nextline":
                        p = doc.add_paragraph()
                        p.add_run(lab).bold = True
                        doc.add_paragraph(v)
                    elif hdr_style == "tabs":
                        p = doc.add_paragraph()
                        p.add_run(f"{lab}{sep}").bold = True
                        p.add_run(f"\t{v}")
                    else:
                        p = doc.add_paragraph()
                        p.add_run(f"{lab}{sep} ").bold = True
                        p.add_run(v)
        elif kind == "h":
            if old:
                p = doc.add_paragraph()
                p.add_run(b[1].upper()).bold = True
            else:
                doc.add_heading(b[1], level=1)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "list":
            _, intro, bullet, items = b
            doc.add_paragraph(intro)
            for it in items:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
                    if i == 0:
                        c.paragraphs[0].runs[0].bold = True
        elif kind == "dims":
            if rng.random() < 0.5:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = lab, v
            else:
                for lab, v in b[1]:
                    doc.add_paragraph(f"{lab}{sep} {v}", style="List Bullet" if rng.random() < 0.5 else None)
        elif kind == "ol":
            for s in b[1]:
                doc.add_paragraph(s, style="List Number")
        elif kind == "sig":
            t = doc.add_table(rows=0, cols=3)
            for nm, role, date in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = nm, role, date
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """The same .docx with every member's timestamp fixed, so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_simple(paras: list[tuple[str, str]], tables: dict[int, list[list[str]]] | None = None) -> bytes:
    """A Word file from (style, text) paragraphs; tables[i] is put after paragraph i."""
    from docx import Document
    doc = Document()
    doc.core_properties.author = "EXEC-SERVICES"
    doc.core_properties.created = dt.datetime(2023, 5, 2, 9, 0, 0)
    doc.core_properties.modified = dt.datetime(2024, 1, 15, 10, 0, 0)
    doc.core_properties.last_modified_by = "EXEC-SERVICES"
    doc.core_properties.revision = 2
    for i, (st, txt) in enumerate(paras):
        if st == "h0":
            doc.add_heading(txt, level=0)
        elif st == "h":
            doc.add_heading(txt, level=1)
        elif st == "b":
            doc.add_paragraph(txt, style="List Bullet")
        else:
            doc.add_paragraph(txt)
        if tables and i in tables:
            rows = tables[i]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


# --- laying out as PDF ---------------------------------------------------------------------------------------------
def pdf_render(blocks, lang: str, style: dict, pos: dict, rng: random.Random) -> bytes:
    lines = [strip_marks(x) for x in text_lines(blocks, lang, style.get("hdr", "colon"), 96, rng, 0.0)]
    per = 66
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    foot = f"{pos['dept'][2]} - {pos['title_en']}"
    return pdf_bytes(["\n".join(pg + ["", f"{foot}    Page {n} of {len(pages)}"]) for n, pg in enumerate(pages, 1)])


# --- the documents to refuse -------------------------------------------------------------------------------------------
def refused(rng: random.Random):
    docs = []
    # 1. a staffing action request (Word, bilingual form)
    paras = [("h0", "Staffing Action Request / Demande de mesure de dotation"),
             ("p", "Complete all sections and forward to Executive Services with the approved work description. / Remplir toutes les sections et transmettre aux Services aux cadres avec la description de travail approuvée."),
             ("h", "Section A - Position / Poste"),
             ("h", "Section B - Type of action / Type de mesure"),
             ("b", "[X] Acting appointment / Nomination intérimaire (more than 4 months / plus de 4 mois)"),
             ("b", "[ ] Indeterminate appointment / Nomination pour une période indéterminée"),
             ("b", "[ ] Deployment / Mutation"),
             ("p", "Proposed start date / Date de début proposée : 2023-09-05    End date / Date de fin : 2024-03-29"),
             ("h", "Section C - Candidate / Candidat"),
             ("p", "Name / Nom : Farah Abboud    PRI : 012 345 678    Substantive group and level / Groupe et niveau d'attache : EC-08"),
             ("p", "Rationale / Justification : Ms. Abboud will act in the position during the incumbent's assignment to the Privy Council Office. An assessment against the EX qualification standard was completed on 2023-08-14."),
             ("h", "Section D - Approvals / Approbations"),
             ("p", "Hiring manager / Gestionnaire d'embauche : Catherine Fortin, Director General, Call Centre Operations    Date : 2023-08-21"),
             ("p", "Executive Services / Services aux cadres : Marcus Grant    Date : 2023-08-23"),
             ("p", "Financial coding verified / Codage financier vérifié : Fund 1000 / Cost centre 40213")]
    tables = {2: [["Position number / Numéro de poste", "61734"], ["Position title / Titre du poste", "Director, Employment Insurance Call Centres"],
                  ["Group and level / Groupe et niveau", "EX-01"], ["Branch / Direction générale", "Citizen Service Branch"],
                  ["Location / Lieu", "Montréal (Québec)"]]}
    docs.append(("Staffing action request - acting EX-01 Farah A.docx", "docx", "bilingual", docx_simple(paras, tables),
                 ["Farah Abboud", "Catherine Fortin", "Marcus Grant"], "a staffing action request (acting appointment), not a description"))
    # 2. a classification decision letter (French, scanned)
    letter = """--- Structured Job Description ---


--- Full Extracted Text ---
Agence du revenu du Canada Canada Revenue Agency PROTÉGÉ A Ottawa, le 12 mars 2019 Madame Annick Desrosiers Directrice générale, Direction des déclarations des particuliers Direction générale de cotisation, de prestation et de service Objet : Décision de classification - poste no 00O48213, Gestionnaire principal, Modernisation des processus Madame, J'ai le plaisir de vous informer que le comité de classification des cadres a examiné la description de travail du poste mentionné en rubrique, reçue le 4 février 2019. Après évaluation selon le Plan d'évaluation des postes de la Haute gestion (Hay), le poste est classifié au groupe et au niveau EX-O1, avec une cote de 832 points (KH 528, RP 152, RE 152), en vigueur le 1er avril 2019. Le comité note que les responsabilités de gestion des ressources (62 ETP, budget salarial de 5,1 M$) et la portée des activités de modernisation justifient ce niveau. La décision peut faire l'objet d'un grief de classification dans les 35 jours suivant la réception de la présente lettre. Veuillez agréer, Madame, l'expression de mes sentiments distingués. Le directeur, Classification et organisation, Yannick Leclerc c.c. Services aux cadres; Rémunération
"""
    docs.append(("Décision de classification - poste 00048213 - lettre signée.txt", "ocr", "fr", letter.encode("utf-8"),
                 ["Annick Desrosiers", "Yannick Leclerc"], "a classification decision letter, not a description"))
    # 3. an organization chart (PDF with a text layer)
    chart = """Organization Chart / Organigramme
Canada Revenue Agency - Assessment, Benefit, and Service Branch
Individual Returns Directorate - as of April 1, 2016

                            Director General, Individual Returns Directorate (EX-03)
                                              Pos. 00071534

   Director, Returns Processing        Director, Electronic Filing        Director, Returns Policy
   EX-01   Pos. 00071602               EX-01   Pos. 00071611              EX-01   Pos. 00071627
   (84 FTE)                            (37 FTE)                           (22 FTE)

   Manager, Process Modernization      Executive Assistant
   MG-06   Pos. 00071688               AS-03   Pos. 00071540

Prepared by: Organization and Classification, Human Resources Branch      Page 1 of 1
"""
    docs.append(("Org chart IRD April 2016.pdf", "pdf", "bilingual", pdf_bytes([chart]), [], "an organization chart, not a description"))
    # 4. an EX talent-management questionnaire (Word)
    paras = [("h0", "Executive Talent Management Questionnaire 2022-2023"),
             ("p", "Executive: Jean-Philippe Thériault    Position: Director, Offshore Compliance Division (EX-01)    Manager: Lorraine Whitfield"),
             ("h", "Part 1 - Employee section"),
             ("p", "Career aspirations (next 2-3 years): I would like to take on a director general role in compliance programs, ideally with some regional exposure."),
             ("p", "Willingness to relocate: Yes, within Canada. Readiness for an EX-03 role: Ready in 2-3 years."),
             ("p", "Language profile: CBC. Second-language evaluation expires 2024-11-30."),
             ("h", "Part 2 - Manager section"),
             ("p", "Performance rating for 2021-2022: Succeeded+."),
             ("p", "Assessment of potential: High. Talent map placement: 3B - Ready for promotion in 2-3 years (solid performer with high potential)."),
             ("p", "Retention risk: Low. Impact of loss: Medium."),
             ("p", "Recommended learning and development: Executive Leadership Development Program; assignment to a horizontal file with the Department of Finance."),
             ("h", "Part 3 - Talent management dialogue"),
             ("p", "Date of discussion: 2022-11-08. Both the executive and the manager confirm that the dialogue took place and that feedback on the talent map placement was provided."),
             ("p", "The deputy head or delegate submits EX-03 to EX-05 questionnaires to OCHRO; submission for EX-01 and EX-02 is voluntary.")]
    docs.append(("EX Talent Management Questionnaire 2022-23 - JP Thériault.docx", "docx", "en", docx_simple(paras),
                 ["Jean-Philippe Thériault", "Lorraine Whitfield"], "an executive talent-management questionnaire, not a description"))
    # 5. a signed copy scanned to PDF without a text layer
    img = (b"q 595 0 0 842 0 0 cm 0.93 g 0 0 1 1 re f Q q 0.2 g 60 700 480 2 re f 60 640 300 1.5 re f 60 600 410 1.5 re f "
           b"60 560 380 1.5 re f 320 120 200 1 re f Q")
    docs.append(("Director, Case Processing Centre Sydney - signed scan.pdf", "pdf", "en", pdf_bytes([img, img]), [], "a scan without a text layer"))
    return docs


# --- writing -----------------------------------------------------------------------------------------------------------------
def dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    rng = random.Random(SEED)
    by_pos: dict[str, list[str]] = {}
    for name, key, *_ in DOCS:
        by_pos.setdefault(key, []).append(name)
    bases: dict[str, dict] = {}
    for name, key, kind, lang, year, style in DOCS:
        r = random.Random(f"{SEED}-render-{name}")
        blocks, truth, pos = build(name, key, kind, lang, year, style, bases.get(key))
        bases.setdefault(key, pos)
        if kind.startswith("ocr"):
            text = ocr_render(blocks, name, lang, style, pos, r)
            data = text.replace("\n", "\r\n").encode("cp1252") if style.get("cp1252") else text.encode("utf-8")
        elif kind == "docx":
            data = docx_render(blocks, lang, style, pos, r)
        else:
            data = pdf_render(blocks, lang, style, pos, r)
        (CORPUS / name).write_bytes(data)
        versions = None
        if len(by_pos[key]) > 1:
            docs = by_pos[key]
            years = {n: y for n, k, _, _, y, _ in DOCS if k == key}
            newest = max(docs, key=lambda n: (years[n], n.endswith(".docx") is False))
            versions = {"position_number": bases[key]["posno"], "documents": docs, "newest": newest}
            if style.get("same_as"):
                versions["same_description"] = True
                versions["newest"] = [n for n in docs if "signed" in n][0]
        exp = {"document": name, "kind": kind, "language": {"en": "en", "fr": "fr", "bi": "bilingual"}[lang], "outcome": "import",
               "fields": truth["fields"], "not_stated": truth["not_stated"], "also": truth["also"], "people": truth["people"],
               "versions": versions}
        dump(EXPECTED / f"{name}.expected.yaml", exp)
    for name, kind, lang, data, people, why in refused(rng):
        (CORPUS / name).write_bytes(data)
        dump(EXPECTED / f"{name}.expected.yaml", {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                                                   "not_stated": [], "also": {"why": why}, "people": people, "versions": None})


if __name__ == "__main__":
    main()
