"""The narrative of each blind13 work description, written for this corpus: general accountability,
nature and scope, specific accountabilities (key activities), in English and/or French. Generic
paragraphs (``BANK_EN``/``BANK_FR``) are added to the position's own, chosen per document, so
that no two documents read alike."""

T = {}

T["statcan_cpi"] = {"en": dict(
    ga="Directs the production, analysis and dissemination of Canada's Consumer Price Index and related price measures, "
       "ensuring that the monthly index meets the Agency's standards of accuracy, timeliness and relevance and that it "
       "keeps the confidence of the Bank of Canada, federal and provincial departments, labour and business.",
    ns=["The Consumer Price Index is one of the most closely watched statistics the Agency releases. It is used to index "
        "federal benefits, tax brackets and many collective agreements and private contracts, and the Bank of Canada's "
        "inflation-control target is expressed in terms of it. An error in a monthly release can move financial markets "
        "and oblige the Chief Statistician to issue a public correction, so the Director must ensure that every release "
        "is verified against independent checks before it leaves the Division.",
        "The Division collects some 700,000 prices a year from retail outlets, service providers and, increasingly, "
        "from retailers' transaction files and web sites. The move from field collection to these alternative sources "
        "raises questions of method, confidentiality and cost that have no precedent in the Agency, and the Director "
        "leads the Division's work on them with the methodology and informatics fields."],
    acts=["Directs the monthly production and release of the Consumer Price Index and its special aggregates.",
          "Approves changes to index methods, basket weights and quality-adjustment practices and explains them to users.",
          "Leads the periodic basket update and the introduction of new data sources such as scanner and web data.",
          "Represents the Agency on international price statistics groups and at the Ottawa Group.",
          "Negotiates data-sharing arrangements with major retailers and protects the confidentiality of their data.",
          "Responds to enquiries from the Bank of Canada, central agencies, the media and the public on price movements.",
          "Manages the Division's human, financial and informatics resources and its succession plan."]),
}

T["dfo_nl"] = {"en": dict(
    ga="Manages the commercial, recreational and Indigenous fisheries of the Newfoundland and Labrador Region so that "
       "they are sustainable, economically viable and conducted in accordance with the Fisheries Act, the Region's "
       "integrated fisheries management plans and the Department's obligations to Indigenous peoples.",
    ns=["The Region's fisheries land more than $1 billion of fish and shellfish a year and support several hundred "
        "coastal communities. Snow crab, shrimp, cod and capelin are managed under quota and effort controls that the "
        "Regional Director proposes to the Minister each year after consultation with harvesters, processors, the "
        "provincial government and Indigenous organizations.",
        "Decisions on openings, closures and quota levels are taken under tight deadlines, often with incomplete "
        "science, and they draw close public, political and media attention. The Regional Director must balance "
        "conservation with the livelihoods of harvesters and plants and defend the Department's decisions before "
        "industry meetings, Ministers' offices and, at times, the courts."],
    acts=["Develops and recommends integrated fisheries management plans for the Region's major fisheries.",
          "Directs in-season management, including openings, closures and quota monitoring.",
          "Manages commercial licensing policy and the issuance of licences and quota transfers in the Region.",
          "Negotiates and manages fisheries agreements with Indigenous organizations and communities.",
          "Chairs advisory committees with harvesters, processors and the Province.",
          "Provides advice to the Regional Director General and National Headquarters on fisheries issues and disputes.",
          "Manages the Branch's human and financial resources and its contribution agreements."]),
}

T["pch_olsp"] = {"fr": dict(
    ga="Dirige la conception, la mise en œuvre et l'évaluation des programmes d'appui aux langues officielles du "
       "Ministère afin d'appuyer l'épanouissement des communautés de langue officielle en situation minoritaire et de "
       "promouvoir la pleine reconnaissance et l'usage du français et de l'anglais dans la société canadienne.",
    ns=["La Direction générale administre un budget de subventions et de contributions parmi les plus importants du "
        "Ministère et gère des ententes avec l'ensemble des provinces et territoires en matière d'éducation dans la "
        "langue de la minorité et d'enseignement de la langue seconde. Ces ententes sont négociées dans un contexte "
        "intergouvernemental délicat où les compétences provinciales en éducation doivent être respectées.",
        "Le directeur général doit concilier les attentes de centaines d'organismes communautaires, les priorités du "
        "gouvernement énoncées dans la feuille de route pour les langues officielles et les exigences de la Politique "
        "sur les paiements de transfert. Ses décisions font l'objet d'un examen attentif du Commissaire aux langues "
        "officielles, des comités parlementaires et des médias des communautés."],
    acts=["Dirige l'élaboration et le renouvellement des programmes d'appui aux langues officielles.",
          "Négocie, au nom du Ministère, les protocoles et ententes bilatérales en éducation avec les provinces et territoires.",
          "Approuve les recommandations de financement et veille au respect de la Politique sur les paiements de transfert.",
          "Assure la coordination de la mise en œuvre de l'article 42 de la Loi sur les langues officielles.",
          "Conseille le sous-ministre adjoint et le ministre sur les enjeux touchant les communautés de langue officielle.",
          "Représente le Ministère auprès des organismes nationaux et des comités fédéraux-provinciaux-territoriaux.",
          "Gère les ressources humaines et financières de la Direction générale."]),
}

T["cbsa_yyz"] = {"en": dict(
    ga="Directs border services for travellers arriving at Toronto Pearson International Airport, the busiest port of "
       "entry for travellers in Canada, ensuring that admissible people and goods are processed efficiently while "
       "threats to the health, safety and security of Canadians are identified and intercepted.",
    ns=["More than twenty million international travellers arrive at Pearson each year, in peaks that follow airline "
        "schedules rather than office hours. Passenger Operations runs around the clock, in two terminals, with "
        "a workforce of border services officers and superintendents whose scheduling, training and deployment the "
        "Director must match to volumes that can change within hours.",
        "The Director works with the Greater Toronto Airports Authority, airlines, the RCMP, Peel Regional Police and "
        "public health authorities, often in incidents that attract national attention: irregular arrivals, drug "
        "seizures, disruptions of airport systems or public health measures at the border."],
    acts=["Directs primary and secondary processing of travellers in Terminals 1 and 3.",
          "Deploys staff to meet traveller volumes and wait-time standards, around the clock.",
          "Oversees enforcement actions, seizures, arrests and referrals to partner agencies.",
          "Manages the implementation of new traveller programs and processing technologies.",
          "Maintains relationships with the airport authority, carriers and police services.",
          "Manages incidents and contingency plans affecting traveller processing.",
          "Ensures labour relations, health and safety and training obligations are met.",
          "Manages the Division's human, financial and material resources."]),
}

T["cfia_west"] = {"en": dict(
    ga="Directs the delivery of the Agency's food safety, animal health and plant protection inspection programs in the "
       "four western provinces, ensuring that regulated parties comply with federal legislation and that the Agency "
       "can respond at once to outbreaks, recalls and emergencies.",
    ns=["The Western Area covers British Columbia, Alberta, Saskatchewan and Manitoba: federally registered meat plants, "
        "feed mills, seed and fertilizer establishments, live animal exports and the inspection of imported plants and "
        "products at the Pacific gateway. Inspectors work in more than sixty locations, some of them remote.",
        "The Executive Director must be ready to lead the Area's response to events such as an avian influenza or "
        "bovine tuberculosis outbreak, or a large recall of contaminated meat, which can involve hundreds of staff, "
        "producers' livelihoods and trading partners' confidence in Canadian products."],
    acts=["Directs the delivery of inspection programs in the four western provinces.",
          "Leads the Area's response to animal disease outbreaks, plant pest incursions and food recalls.",
          "Sets operational priorities and allocates inspection resources among the regions.",
          "Ensures consistent enforcement and compliance decisions across the Area.",
          "Maintains relationships with provincial ministries, industry associations and Indigenous communities.",
          "Contributes to the Agency's national operational planning and modernization initiatives.",
          "Manages the Area's human, financial and material resources."]),
}

T["csc_drumheller"] = {"en": dict(
    ga="Manages Drumheller Institution, a medium-security federal penitentiary, to ensure the safe, secure and humane "
       "custody of offenders and their safe reintegration into the community, in accordance with the Corrections and "
       "Conditional Release Act.",
    csr="Safe and secure custody of offenders and correctional interventions that contribute to their safe "
        "reintegration, for the Canadian public, victims, offenders and the Prairie Region.",
    ns=["The Institution houses some 600 men serving federal sentences, including a significant proportion of "
        "Indigenous offenders and offenders with gang affiliations or mental health needs. Incidents such as assaults, "
        "contraband, disturbances or escapes may occur at any time and require immediate decisions by the Warden.",
        "The Warden works with the Parole Board of Canada, police services, Elders, community agencies, unions and "
        "the local community, and is the Service's public face in Drumheller."],
    acts=["Directs the security, operations and correctional programs of the Institution.",
          "Authorizes transfers, temporary absences and work releases within delegated authority.",
          "Directs the response to institutional incidents and emergencies.",
          "Ensures that Indigenous offenders have access to culturally appropriate interventions.",
          "Maintains relationships with the community, police services and volunteers.",
          "Manages labour relations in a highly unionized environment.",
          "Manages the Institution's human, financial and material resources."]),
}

T["tc_marine_atl"] = {"en": dict(
    ga="Directs the delivery of Transport Canada's marine safety and security programs in the Atlantic provinces, "
       "ensuring that vessels, crews and ports comply with the Canada Shipping Act, 2001 and the Marine Transportation "
       "Security Act.",
    ns=["The Atlantic Region has the largest fleet of commercial fishing vessels in Canada, busy ferry and tanker "
        "traffic and offshore supply operations. Marine inspectors examine and certify vessels, investigate "
        "pollution and safety incidents and ensure that ports and marine facilities meet security requirements.",
        "The Regional Director must set inspection priorities with limited resources, deal with a fishing industry "
        "that is sensitive to the cost of compliance, and take enforcement decisions that can stop a vessel from "
        "sailing."],
    acts=["Directs vessel inspection, certification and enforcement in the Atlantic provinces.",
          "Oversees marine security inspections of ports, facilities and vessels.",
          "Leads the regional response to marine incidents in collaboration with the Coast Guard.",
          "Consults the marine industry and fishing associations on regulatory changes.",
          "Provides regional input to national marine safety policies and programs.",
          "Manages the Directorate's human and financial resources."]),
}

T["nrcan_cfl"] = {"fr": dict(
    ga="Dirige le Centre de foresterie des Laurentides et ses programmes de recherche sur les écosystèmes forestiers, "
       "les ravageurs et la productivité des forêts afin de fournir au Canada les connaissances scientifiques "
       "nécessaires à l'aménagement durable des forêts.",
    ns=["Le Centre compte des chercheurs de réputation internationale, des laboratoires, des serres et une forêt "
        "expérimentale. Ses travaux alimentent les politiques fédérales et provinciales et les décisions de "
        "l'industrie forestière, notamment sur la tordeuse des bourgeons de l'épinette.",
        "Le directeur général doit concilier les priorités nationales du Service canadien des forêts avec les attentes "
        "des partenaires du Québec et de l'Est du Canada, attirer des fonds de recherche externes et assurer la "
        "relève scientifique."],
    acts=["Dirige la planification et l'exécution des programmes de recherche du Centre.",
          "Établit des partenariats avec les universités, les provinces et l'industrie.",
          "Veille au transfert des connaissances vers les utilisateurs.",
          "Représente le Service canadien des forêts au Québec.",
          "Gère les installations, les laboratoires et la forêt expérimentale.",
          "Gère les ressources humaines, financières et matérielles du Centre."]),
}

T["pspc_pacific"] = {"en": dict(
    ga="Directs the delivery of real property services to federal departments in British Columbia and Yukon, "
       "including the management of Crown-owned and leased buildings, major construction projects and accommodation, "
       "to provide safe, functional and cost-effective workplaces.",
    ns=["The inventory in the Region comprises more than 200 buildings and leases, from heritage properties in "
        "downtown Vancouver to remote border crossings and offices in Whitehorse. Major Crown projects are complex, "
        "long and exposed to cost and schedule risk.",
        "The Director must respond to client departments with competing demands, manage contractors and property "
        "management service providers, and meet the government's greening and accessibility commitments."],
    acts=["Directs property and facility management of the regional inventory.",
          "Leads the planning and delivery of major Crown projects.",
          "Oversees leasing and accommodation services for client departments.",
          "Manages environmental obligations, including contaminated sites.",
          "Oversees the performance of property management contracts.",
          "Manages the Directorate's human and financial resources."]),
}

T["irb_east"] = {"en": dict(
    ga="Directs the registry and tribunal operations of the Eastern Region so that refugee protection claims, "
       "admissibility hearings, detention reviews and appeals are scheduled, heard and decided efficiently, fairly "
       "and in accordance with the Immigration and Refugee Protection Act.",
    ns=["The Eastern Region, based in Montréal, receives a large share of the country's refugee claims. Volumes can "
        "rise quickly and unpredictably, and the registry must adapt scheduling, interpretation and case files to "
        "keep hearings on track while respecting the independence of decision-makers.",
        "The Director works closely with the Region's members, counsel, interpreters, IRCC and the CBSA."],
    acts=["Directs registry operations of the four Divisions in the Region.",
          "Manages scheduling to maximize the use of hearing rooms and members' time.",
          "Oversees interpretation services and security of hearings.",
          "Implements national registry policies and electronic case management.",
          "Manages the Directorate's human and financial resources."]),
    "fr": dict(
    ga="Dirige les opérations du greffe et du tribunal de la Région de l'Est afin que les demandes d'asile, les "
       "enquêtes, les contrôles des motifs de détention et les appels soient mis au rôle, entendus et tranchés de "
       "façon efficace et équitable, conformément à la Loi sur l'immigration et la protection des réfugiés.",
    ns=["La Région de l'Est, établie à Montréal, reçoit une part importante des demandes d'asile au pays. Les volumes "
        "peuvent augmenter rapidement et le greffe doit adapter la mise au rôle, l'interprétation et la gestion des "
        "dossiers tout en respectant l'indépendance des décideurs.",
        "Le directeur travaille étroitement avec les commissaires, les conseils, les interprètes, IRCC et l'ASFC."],
    acts=["Dirige les opérations du greffe des quatre sections dans la région.",
          "Gère la mise au rôle afin d'optimiser l'utilisation des salles d'audience.",
          "Supervise les services d'interprétation et la sécurité des audiences.",
          "Met en œuvre les politiques nationales du greffe et la gestion électronique des dossiers.",
          "Gère les ressources humaines et financières de la direction."]),
}

T["osb"] = {"en": dict(
    ga="Directs the Office's national programs for the licensing and supervision of trustees, compliance monitoring "
       "of estates and the investigation of offences under the Bankruptcy and Insolvency Act, to protect the "
       "integrity of Canada's insolvency system.",
    ns=["Some 100,000 consumer and business insolvencies are administered each year by licensed trustees. The "
        "Assistant Superintendent must detect misconduct by trustees or debtors, decide on the appropriate regulatory "
        "response and refer criminal matters to the police.",
        "Decisions on trustee licences are quasi-judicial and can be challenged before the courts."],
    acts=["Directs trustee licensing, professional standards and conduct investigations.",
          "Oversees compliance monitoring of estates across Canada.",
          "Directs investigations of offences and referrals to law enforcement.",
          "Develops directives and policies under the Act.",
          "Advises the Superintendent on regulatory and enforcement matters.",
          "Manages the Branch's resources in headquarters and the regions."]),
}

T["cnsc_dnsr"] = {"en": dict(
    ga="Directs the regulation of nuclear substances, radiation devices, class II facilities and the transport of "
       "radioactive material across Canada, ensuring that licensees protect the health and safety of persons and "
       "the environment.",
    ns=["The Directorate regulates some 2,500 licences, held by hospitals, universities, industrial radiographers, "
        "mining and oil and gas companies. Many licensees are small organizations with limited regulatory experience.",
        "The Director General must ensure consistent, risk-informed licensing and compliance decisions and may issue "
        "orders that stop a licensee's operations."],
    acts=["Directs licensing of nuclear substances, radiation devices and class II facilities.",
          "Oversees the national inspection program for these licensees.",
          "Directs the certification of transport packages and radiation safety officers.",
          "Recommends regulatory changes and guidance documents to the Commission.",
          "Manages the Directorate's human and financial resources."]),
    "fr": dict(
    ga="Dirige la réglementation des substances nucléaires, des appareils à rayonnement, des installations de "
       "catégorie II et du transport des matières radioactives au Canada afin que les titulaires de permis protègent "
       "la santé et la sécurité des personnes et l'environnement.",
    ns=["La Direction réglemente quelque 2 500 permis détenus par des hôpitaux, des universités, des entreprises de "
        "radiographie industrielle et des sociétés minières, pétrolières et gazières.",
        "Le directeur général veille à la cohérence des décisions d'autorisation et de conformité et peut émettre des "
        "ordres qui mettent fin aux activités d'un titulaire de permis."],
    acts=["Dirige la délivrance des permis de substances nucléaires et d'appareils à rayonnement.",
          "Supervise le programme national d'inspection de ces titulaires de permis.",
          "Dirige l'homologation des colis de transport et des responsables de la radioprotection.",
          "Recommande à la Commission des modifications réglementaires et des documents d'orientation.",
          "Gère les ressources humaines et financières de la Direction."]),
}

T["isc_mb"] = {"en": dict(
    ga="Leads the Department's operations in Manitoba, ensuring the delivery of programs and services to First "
       "Nations communities and individuals, and advancing the transfer of service delivery to Indigenous "
       "organizations.",
    ns=["The Region serves 63 First Nations, many of them remote and accessible only by air or winter road. "
        "Education, social development, infrastructure and health programs are delivered through funding agreements "
        "worth more than a billion dollars a year.",
        "The Regional Director General must manage emergencies such as floods, wildfires and water advisories while "
        "building relationships with First Nations leadership, tribal councils, the Province and other departments."],
    acts=["Directs the delivery of the Department's programs in Manitoba.",
          "Leads the Region's relationships with First Nations leadership and organizations.",
          "Oversees regional emergency management in First Nations communities.",
          "Advances the transfer of programs and services to Indigenous control.",
          "Ensures sound stewardship of funding agreements and the Region's budget.",
          "Represents the Department on federal and provincial regional councils.",
          "Manages the Region's human, financial and material resources."]),
}

T["vac_atl"] = {"en": dict(
    ga="Manages the delivery of the Department's benefits and services to veterans, members of the Canadian Forces "
       "and their families in the Atlantic provinces through area offices and client service agents.",
    ns=["The Region serves one of the largest concentrations of veterans in Canada, many of them elderly veterans of "
        "the Second World War and Korea, and a growing number of younger clients released from the Canadian Forces.",
        "The Director must ensure that clients receive consistent, timely decisions and case management, and respond "
        "to representations from veterans' organizations and Members of Parliament."],
    acts=["Directs the delivery of client services in the area offices of the Region.",
          "Monitors service standards and the quality of decisions.",
          "Ensures that case management is provided to clients with complex needs.",
          "Maintains relationships with veterans' organizations and provincial health services.",
          "Manages the Region's human and financial resources."]),
}

T["hc_ocs"] = {"en": dict(
    ga="Directs the compliance and monitoring program for controlled substances and precursor chemicals, ensuring "
       "that licensed dealers, pharmacists and practitioners comply with the Controlled Drugs and Substances Act and "
       "its regulations.",
    ns=["The Division oversees some 600 licensed dealers and monitors losses and thefts of controlled substances from "
        "pharmacies and hospitals across Canada, at a time when the opioid crisis has made diversion a public health "
        "emergency.",
        "The Director must set inspection priorities on the basis of risk, decide on compliance and enforcement "
        "actions and work with provincial regulatory colleges and police."],
    acts=["Directs the inspection program for licensed dealers.",
          "Oversees the monitoring of loss and theft reports.",
          "Decides on compliance and enforcement actions within delegated authority.",
          "Develops risk-based inspection plans and performance measures.",
          "Works with provincial regulatory colleges and law enforcement.",
          "Manages the Division's human and financial resources."]),
}

T["eccc_qc"] = {"fr": dict(
    ga="Dirige l'application, au Québec, de la Loi canadienne sur la protection de l'environnement (1999), des "
       "dispositions sur la prévention de la pollution de la Loi sur les pêches et de leurs règlements, afin "
       "d'assurer la conformité des entreprises et des particuliers.",
    ns=["Les agents d'application de la loi mènent des inspections et des enquêtes auprès d'industries, de "
        "municipalités et d'importateurs. Les enquêtes peuvent mener à des poursuites et à des amendes importantes.",
        "Le directeur régional doit établir les priorités en fonction des risques pour l'environnement, coordonner "
        "les opérations avec le ministère provincial et la GRC et assurer la sécurité des agents sur le terrain."],
    acts=["Dirige les activités d'inspection et d'enquête dans la région du Québec.",
          "Approuve les plans d'inspection et les mesures d'application de la loi.",
          "Assure la liaison avec le Service des poursuites pénales du Canada.",
          "Coordonne les opérations conjointes avec les partenaires provinciaux et policiers.",
          "Veille à la santé et à la sécurité des agents.",
          "Gère les ressources humaines et financières de la région."]),
}

T["aafc_harrow"] = {"en": dict(
    ga="Directs the research, development and technology transfer programs of the Harrow Research and Development "
       "Centre in support of a competitive and sustainable agriculture sector in southern Ontario and across Canada.",
    ns=["The Centre conducts research on greenhouse production, field crops and soil and water quality, and operates "
        "research farms and greenhouses that host industry and university partners.",
        "The Director must align research with the Department's national strategies, manage collaborative agreements "
        "with industry and maintain aging infrastructure."],
    acts=["Directs the Centre's research programs and their scientific quality.",
          "Manages collaborative research agreements with industry and universities.",
          "Oversees the operation of the research farm and greenhouses.",
          "Promotes the transfer of research results to producers.",
          "Manages the Centre's human, financial and material resources."]),
}

T["parks_gh"] = {"en": dict(
    ga="Manages Gwaii Haanas National Park Reserve, National Marine Conservation Area Reserve, and Haida Heritage "
       "Site in cooperation with the Haida Nation through the Archipelago Management Board.",
    ns=["Gwaii Haanas is managed under agreements between the Government of Canada and the Council of the Haida "
        "Nation, which require consensus decisions by the Archipelago Management Board. The area is accessible only "
        "by boat or float plane.",
        "The Superintendent is accountable for ecological integrity on land and at sea, for visitor safety in a "
        "remote environment and for the protection of Haida cultural sites."],
    acts=["Manages the field unit and its programs in cooperation with the Haida Nation.",
          "Supports the Archipelago Management Board and implements its decisions.",
          "Directs ecological and cultural resource protection programs.",
          "Oversees visitor experience and public safety in a remote setting.",
          "Manages the field unit's assets, including vessels and facilities.",
          "Manages the field unit's human and financial resources."]),
}

T["ssc_dc"] = {"en": dict(
    ga="Directs the operation and modernization of the Government of Canada's enterprise data centres, mainframe, "
       "storage and hosting services, ensuring that the applications of partner departments run securely and "
       "reliably.",
    ns=["The Directorate operates enterprise data centres and legacy facilities that host thousands of applications, "
        "among them mission-critical systems for benefits, tax and border services.",
        "The Director General must keep aging systems running while migrating workloads to enterprise data centres and "
        "the cloud, under close scrutiny from partner departments and central agencies."],
    acts=["Directs the operation of enterprise data centres and legacy facilities.",
          "Oversees mainframe, midrange, storage and backup services.",
          "Leads workload migration and data centre consolidation.",
          "Manages major contracts with service providers.",
          "Reports on service levels to partners and senior management.",
          "Manages the Directorate's human and financial resources."]),
}

T["gac_mso"] = {"en": dict(
    ga="Directs the security operations that protect Canada's missions abroad, their staff and their information, "
       "including threat assessments, security plans, security staff deployment and the operations centre.",
    ns=["Canada has some 180 missions in more than 110 countries, several in high-threat environments. Events abroad "
        "can require the Director to recommend a mission closure or evacuation within hours.",
        "The Director works with heads of mission, partner departments, allied governments and security agencies."],
    acts=["Directs threat and risk assessments and security plans for missions.",
          "Oversees deployment of security staff and guard contracts.",
          "Directs physical and technical security programs.",
          "Manages the security operations centre and incident response.",
          "Advises senior management on security risks abroad.",
          "Manages the Division's human and financial resources."]),
}

T["fintrac_cr"] = {"en": dict(
    ga="Directs compliance examinations of reporting entities in Ontario, ensuring that they meet their obligations "
       "under the Proceeds of Crime (Money Laundering) and Terrorist Financing Act.",
    ns=["The Central Region examines banks, money services businesses, casinos, real estate brokers and other "
        "reporting entities. Findings may lead to administrative monetary penalties or public naming.",
        "The Director must apply a risk-based approach to thousands of entities with a small team."],
    acts=["Directs the Region's compliance examination program.",
          "Approves examination findings and recommended enforcement actions.",
          "Develops the Region's risk-based examination plan.",
          "Maintains relationships with industry associations and regulators.",
          "Manages the Directorate's human and financial resources."]),
}

T["lobbying"] = {"en": dict(
    ga="Directs the investigations of the Office of the Commissioner of Lobbying into alleged breaches of the "
       "Lobbying Act and the Lobbyists' Code of Conduct, and prepares reports to Parliament.",
    ns=["Investigations concern individuals and organizations that lobby federal public office holders and can lead "
        "to reports tabled in Parliament or referrals to the police.",
        "The Director works with a small team and must ensure procedural fairness and confidentiality."],
    acts=["Directs administrative reviews and investigations.",
          "Prepares investigation reports for the Commissioner.",
          "Refers matters to the RCMP when required.",
          "Advises the Commissioner on interpretation of the Act and the Code.",
          "Manages the Directorate's resources."]),
    "fr": dict(
    ga="Dirige les enquêtes du Commissariat au lobbying sur les manquements allégués à la Loi sur le lobbying et au "
       "Code de déontologie des lobbyistes, et prépare les rapports au Parlement.",
    ns=["Les enquêtes visent des personnes et des organisations qui font du lobbying auprès de titulaires d'une charge "
        "publique fédérale et peuvent mener à des rapports déposés au Parlement.",
        "Le directeur dirige une petite équipe et veille à l'équité procédurale et à la confidentialité."],
    acts=["Dirige les examens administratifs et les enquêtes.",
          "Prépare les rapports d'enquête pour la commissaire.",
          "Renvoie les dossiers à la GRC au besoin.",
          "Conseille la commissaire sur l'interprétation de la Loi et du Code.",
          "Gère les ressources de la direction."]),
}

T["csa_ops"] = {"fr": dict(
    ga="Dirige l'exploitation des satellites et des systèmes spatiaux de l'Agence, y compris le contrôle de mission "
       "et les stations au sol, afin d'assurer la disponibilité des données aux utilisateurs gouvernementaux et "
       "scientifiques.",
    csr="Exploitation fiable et sécuritaire des satellites et des systèmes spatiaux canadiens et disponibilité des "
        "données pour les ministères, les scientifiques et les partenaires internationaux.",
    ns=["La Direction exploite, 24 heures sur 24, des satellites d'observation de la Terre et des charges utiles "
        "scientifiques à partir du centre de contrôle de Saint-Hubert.",
        "Le directeur doit gérer des anomalies en orbite, des contrats d'exploitation importants et des ententes avec "
        "des agences spatiales étrangères."],
    acts=["Dirige l'exploitation des satellites et du centre de contrôle de mission.",
          "Gère les stations au sol et les contrats d'exploitation.",
          "Coordonne la réponse aux anomalies en orbite.",
          "Négocie les ententes d'exploitation avec les partenaires.",
          "Planifie la relève des systèmes spatiaux.",
          "Gère les ressources humaines et financières de la direction."]),
}

T["pmprb"] = {"en": dict(
    ga="Directs the Board's regulatory affairs and outreach, including the development of guidelines and regulatory "
       "amendments and the engagement of patentees, provinces and stakeholders.",
    ns=["The Board is a quasi-judicial body that protects consumers from excessive prices for patented medicines. "
        "Changes to its guidelines are closely followed by the pharmaceutical industry and provincial drug plans.",
        "The Director must manage consultations on contentious issues and advise the Chairperson and Executive "
        "Director."],
    acts=["Directs the development of the Board's guidelines and regulatory proposals.",
          "Leads consultations with patentees, provinces and patient groups.",
          "Oversees the Board's publications and outreach.",
          "Provides policy analysis to the Board and Executive Director.",
          "Manages the Branch's resources."]),
}

T["nrc_acrd"] = {"en": dict(
    ga="Directs the research and development programs of the Aquatic and Crop Resource Development Research Centre "
       "in Saskatoon, delivering technologies to the agriculture and aquaculture sectors in collaboration with "
       "industry and universities.",
    ns=["The Centre conducts research in crop genomics, aquatic biosciences and bioprocessing, much of it funded by "
        "industry clients. The Director must balance scientific excellence with commercial revenue targets.",
        "The Director manages collaborative programs with universities and international partners."],
    acts=["Directs the Centre's research programs and business development.",
          "Approves research agreements with clients and partners.",
          "Manages the Centre's facilities and pilot plants.",
          "Develops the Centre's strategic research plan.",
          "Manages the Centre's human and financial resources."]),
}

T["phac_cepr"] = {"en": dict(
    ga="Directs the Agency's emergency preparedness and response capacity, including the Health Portfolio Operations "
       "Centre, the National Emergency Strategic Stockpile and quarantine services.",
    ns=["The Centre coordinates the health portfolio's response to events such as pandemics, chemical or radiological "
        "incidents and natural disasters, and supports provinces and territories with stockpiled supplies.",
        "The Director General must keep response capacity ready at all times."],
    acts=["Directs the Health Portfolio Operations Centre.",
          "Manages the National Emergency Strategic Stockpile.",
          "Directs quarantine services at points of entry.",
          "Leads emergency planning and exercises with partners.",
          "Manages the Centre's human and financial resources."]),
}

T["rcmp_fin"] = {"en": dict(
    ga="Directs the financial management services of the Force, including financial accounting, financial policy and "
       "internal control, costing and resource management, to support the Chief Financial Officer.",
    ns=["The Force's budget exceeds several billion dollars and includes contract policing arrangements with provinces, "
        "territories and municipalities, which require precise costing and billing.",
        "The Director General must ensure the integrity of the Force's financial statements."],
    acts=["Directs the preparation of the Force's financial statements.",
          "Oversees the system of internal control over financial reporting.",
          "Directs costing for contract policing agreements.",
          "Develops financial policies and directives for the Force.",
          "Manages the Directorate's human and financial resources."]),
}

T["ccg_pacific"] = {"en": dict(
    ga="Directs the engineering, maintenance and technical services that keep the Coast Guard's fleet, aids to "
       "navigation and communications systems in the Pacific Region operational.",
    csr="Reliable vessels, aids to navigation, marine communications and electronic systems for Coast Guard programs "
        "and mariners in the Pacific Region.",
    ns=["The Region's fleet operates along a long and rugged coast. Technical failures can take a vessel out of "
        "service during search and rescue operations.",
        "The Regional Director must plan maintenance with limited budgets and manage refit contracts with shipyards."],
    acts=["Directs vessel maintenance and refit programs.",
          "Oversees electronics, informatics and communications systems.",
          "Manages engineering services for aids to navigation.",
          "Plans the Region's technical investments.",
          "Manages the Directorate's resources."]),
}

T["ised_corp"] = {"en": dict(
    ga="Directs Corporations Canada, which administers the Canada Business Corporations Act and other federal "
       "corporate statutes, providing incorporation services and ensuring compliance.",
    ns=["Corporations Canada processes hundreds of thousands of filings a year, mostly online, and maintains the "
        "federal corporate registry used by businesses, lenders and law enforcement.",
        "The Director General must modernize services while maintaining the integrity of the registry."],
    acts=["Directs the administration of federal corporate statutes.",
          "Oversees incorporation and filing services.",
          "Directs compliance and enforcement activities.",
          "Leads the modernization of registry systems.",
          "Manages the Directorate's human and financial resources."]),
}

T["ccra_sudbury"] = {"en": dict(
    ga="Directs the Sudbury Tax Centre, which processes individual and business returns, payments and adjustments "
       "for clients in its service area and provides national processing services.",
    ns=["The Centre processes millions of returns and payments each year, with peaks during the filing season that "
        "require hundreds of seasonal employees.",
        "The Director must meet service standards while managing a large, unionized workforce."],
    acts=["Directs the processing of returns, payments and adjustments.",
          "Plans seasonal staffing and workload.",
          "Monitors service standards and quality.",
          "Oversees the Centre's administration and facilities.",
          "Manages the Centre's human and financial resources."]),
}

T["pco_mog"] = {"en": dict(
    ga="Directs the operations of the Machinery of Government Secretariat, which advises the Prime Minister and the "
       "Clerk on the organization of government, ministerial mandates and the legislative framework of departments.",
    ns=["Advice on machinery changes is confidential and time-sensitive, often prepared for a new Ministry or a "
        "Cabinet shuffle.",
        "The Director works closely with the Assistant Secretary, the Clerk's office and the Department of Justice."],
    acts=["Directs the preparation of advice on machinery of government changes.",
          "Prepares Orders in Council and instruments for transfers of responsibilities.",
          "Advises on legislation affecting the structure of government.",
          "Manages the Secretariat's operations and resources."]),
}

T["hicc_housing"] = {"en": dict(
    ga="Directs the delivery of the Department's housing programs, including federal-provincial housing agreements "
       "and funds that help municipalities accelerate the supply of housing.",
    ns=["The programs involve billions of dollars in transfers to provinces, territories and municipalities and are "
        "followed closely by Ministers, Parliament and the public.",
        "The Director General must ensure sound stewardship while delivering funds quickly."],
    acts=["Directs the delivery of housing programs and agreements.",
          "Oversees program integrity and risk management.",
          "Reports on program results to senior management.",
          "Works with provinces, territories and municipalities.",
          "Manages the Directorate's human and financial resources."]),
}

T["wage_gbv"] = {"en": dict(
    ga="Directs the Gender-Based Violence Program, which funds organizations that develop and test promising "
       "practices to address gender-based violence and support survivors.",
    ns=["The Program funds community organizations across Canada and supports the federal strategy on gender-based "
        "violence.",
        "The Director must deliver funding quickly to organizations with limited capacity while ensuring accountability."],
    acts=["Directs the design and delivery of the Program.",
          "Approves funding recommendations and monitors agreements.",
          "Leads knowledge mobilization of project results.",
          "Works with other departments on the federal strategy.",
          "Manages the Directorate's human and financial resources."]),
}

T["acoa_nb"] = {"en": dict(
    ga="Directs the delivery of the Agency's programs in New Brunswick, supporting enterprise development, "
       "innovation and community economic development.",
    ns=["The Region's programs fund businesses, communities and organizations throughout New Brunswick.",
        "The Director General must balance economic opportunities with the needs of rural communities."],
    acts=["Directs the delivery of programs in New Brunswick.",
          "Approves funding recommendations within delegated authority.",
          "Oversees program compliance and monitoring.",
          "Works with the Province and economic development partners.",
          "Manages the Directorate's human and financial resources."]),
}

T["dec_estrie"] = {"fr": dict(
    ga="Dirige le bureau d'affaires de l'Estrie et la prestation des programmes de l'Agence auprès des entreprises et "
       "des collectivités de la région, afin de favoriser leur croissance et leur diversification économique.",
    ns=["Le bureau appuie des entreprises manufacturières, des organismes de développement économique et des "
        "collectivités rurales.",
        "Le directeur doit assurer une gestion rigoureuse des contributions remboursables et non remboursables."],
    acts=["Dirige la prestation des programmes dans la région de l'Estrie.",
          "Recommande les projets à financer.",
          "Assure le suivi des ententes de contribution.",
          "Entretient des liens avec les partenaires régionaux.",
          "Gère les ressources humaines et financières du bureau."]),
}

T["pacifican"] = {"en": dict(
    ga="Directs the Agency's Indigenous economic development programs in British Columbia, supporting Indigenous "
       "businesses, communities and organizations.",
    ns=["The Directorate works with First Nations and Indigenous organizations across the province.",
        "The Director must build trust-based relationships and adapt programs to community priorities."],
    acts=["Directs the delivery of Indigenous economic development programs.",
          "Approves funding recommendations within delegated authority.",
          "Builds partnerships with Indigenous organizations.",
          "Monitors program performance.",
          "Manages the Directorate's resources."]),
}

T["cannor_nu"] = {"en": dict(
    ga="Directs the Agency's operations in Nunavut, delivering economic development programs and coordinating "
       "federal review of major resource projects through the Northern Projects Management Office.",
    ns=["Nunavut's economy depends on mining, fisheries, tourism and public services, and its communities are "
        "accessible only by air or sea.",
        "The Director General works with Inuit organizations, the Government of Nunavut and industry."],
    acts=["Directs the delivery of economic development programs in Nunavut.",
          "Oversees the Northern Projects Management Office in Nunavut.",
          "Builds partnerships with Inuit organizations and the territorial government.",
          "Advises the Vice-President on economic issues in Nunavut.",
          "Manages the Directorate's resources."]),
    "fr": dict(
    ga="Dirige les opérations de l'Agence au Nunavut, la prestation des programmes de développement économique et la "
       "coordination de l'examen fédéral des grands projets par le Bureau de gestion des projets nordiques.",
    ns=["L'économie du Nunavut repose sur les mines, les pêches, le tourisme et les services publics, et ses "
        "collectivités ne sont accessibles que par avion ou par bateau.",
        "Le directeur général travaille avec les organisations inuites, le gouvernement du Nunavut et l'industrie."],
    acts=["Dirige la prestation des programmes de développement économique au Nunavut.",
          "Supervise le Bureau de gestion des projets nordiques au Nunavut.",
          "Établit des partenariats avec les organisations inuites et le gouvernement territorial.",
          "Conseille le vice-président sur les enjeux économiques du Nunavut.",
          "Gère les ressources de la direction."]),
}

T["psic"] = {"en": dict(
    ga="Directs the intake, analysis and investigation of disclosures of wrongdoing and complaints of reprisal under "
       "the Public Servants Disclosure Protection Act.",
    ns=["Disclosures and complaints are sensitive and confidential. Investigations may lead to reports of founded "
        "wrongdoing tabled in Parliament.",
        "The Director must ensure procedural fairness and timeliness."],
    acts=["Directs the intake and analysis of disclosures and complaints.",
          "Oversees investigations and their reports.",
          "Advises the Commissioner on case decisions.",
          "Develops case management procedures.",
          "Manages the Directorate's resources."]),
}

T["csps_ld"] = {"en": dict(
    ga="Directs the design and production of the School's learning products, online courses, videos and events, "
       "ensuring that they are accessible, bilingual and of high quality.",
    ns=["The School offers learning to public servants across Canada, mostly online since 2020.",
        "The Director must deliver many products quickly in response to government priorities."],
    acts=["Directs instructional design and multimedia production.",
          "Ensures accessibility and quality assurance of products.",
          "Plans the production schedule with business lines.",
          "Manages contracts with production suppliers.",
          "Manages the Directorate's resources."]),
}

T["cirnac_sc"] = {"en": dict(
    ga="Directs the Government of Canada's specific claims process, including research and assessment of claims, "
       "negotiations and settlements with First Nations.",
    ns=["Specific claims concern Canada's obligations under historic treaties and the administration of reserve lands "
        "and assets. Settlements can reach hundreds of millions of dollars.",
        "The Director General must reduce the inventory of claims while maintaining relationships with First Nations."],
    acts=["Directs the research and assessment of specific claims.",
          "Oversees negotiations and settlement agreements.",
          "Develops policy and operational improvements to the process.",
          "Reports to senior management and Parliament on results.",
          "Manages the Branch's human and financial resources."]),
}

T["lac_pres"] = {"fr": dict(
    ga="Dirige les programmes de préservation de Bibliothèque et Archives Canada, notamment la conservation, la "
       "numérisation et la préservation numérique des collections, afin d'en assurer l'accès à long terme.",
    ns=["Les collections comprennent des millions de documents, d'œuvres d'art, de photographies et de fichiers "
        "numériques.",
        "Le directeur général doit établir les priorités de préservation avec des ressources limitées."],
    acts=["Dirige les programmes de conservation et de restauration.",
          "Supervise la numérisation et le reformatage des collections.",
          "Dirige la préservation numérique.",
          "Gère les installations de préservation.",
          "Gère les ressources humaines et financières de la direction générale."]),
}

T["tc_rail_qc"] = {"fr": dict(
    ga="Dirige le programme de sécurité ferroviaire de Transports Canada au Québec, y compris l'inspection des "
       "compagnies de chemin de fer, l'ingénierie et la sécurité des passages à niveau.",
    ns=["La région compte des réseaux ferroviaires de compétence fédérale et de nombreux passages à niveau.",
        "Le directeur régional doit établir les priorités d'inspection et prendre des mesures d'application."],
    acts=["Dirige les inspections ferroviaires au Québec.",
          "Supervise l'ingénierie et la sécurité des passages à niveau.",
          "Prend des mesures d'application de la loi.",
          "Collabore avec les compagnies de chemin de fer et les municipalités.",
          "Gère les ressources de la direction."]),
}

T["csc_drummond"] = {"fr": dict(
    ga="Dirige l'Établissement de Drummond, pénitencier à sécurité moyenne, afin d'assurer la garde sûre et humaine "
       "des délinquants et leur réinsertion sociale en toute sécurité.",
    ns=["L'établissement accueille des délinquants purgeant des peines fédérales.",
        "Le directeur doit gérer les incidents et travailler avec les partenaires communautaires."],
    acts=["Dirige la sécurité et les opérations de l'établissement.",
          "Autorise les transfèrements et les permissions de sortir.",
          "Dirige l'intervention en cas d'incident.",
          "Entretient des liens avec la collectivité.",
          "Gère les ressources de l'établissement."]),
}

T["psc_oversight"] = {"en": dict(
    ga="Directs the Commission's oversight of staffing in federal organizations, including audits, monitoring and "
       "data services, and reports on the integrity of the staffing system.",
    ns=["The Commission reports annually to Parliament on the health of the staffing system.",
        "The Director General must ensure objective, evidence-based findings."],
    acts=["Directs staffing audits and monitoring activities.",
          "Oversees data services and surveys.",
          "Prepares reports to Parliament.",
          "Advises the Vice-President on oversight matters.",
          "Manages the Directorate's resources."]),
    "fr": dict(
    ga="Dirige la surveillance de la dotation dans les organisations fédérales, y compris les vérifications, le suivi "
       "et les services de données, et rend compte de l'intégrité du système de dotation.",
    ns=["La Commission fait rapport chaque année au Parlement sur la santé du système de dotation.",
        "La directrice générale doit assurer des constatations objectives fondées sur des données probantes."],
    acts=["Dirige les vérifications et les activités de suivi de la dotation.",
          "Supervise les services de données et les sondages.",
          "Prépare les rapports au Parlement.",
          "Conseille le vice-président sur les questions de surveillance.",
          "Gère les ressources de la direction générale."]),
}

T["parks_mauricie"] = {"en": dict(
    ga="Manages La Mauricie National Park and the national historic sites of the Mauricie and Western Quebec Field "
       "Unit, protecting their natural and cultural heritage and offering visitors meaningful experiences.",
    ns=["The field unit welcomes hundreds of thousands of visitors each year.",
        "The Superintendent works with Indigenous partners, municipalities and tourism organizations."],
    acts=["Manages the field unit's programs and operations.",
          "Directs resource conservation and visitor experience.",
          "Oversees asset management and capital projects.",
          "Works with Indigenous partners and communities.",
          "Manages the field unit's resources."]),
    "fr": dict(
    ga="Dirige le parc national de la Mauricie et les lieux historiques nationaux de l'unité de gestion, en protégeant "
       "leur patrimoine naturel et culturel et en offrant aux visiteurs des expériences enrichissantes.",
    ns=["L'unité de gestion accueille des centaines de milliers de visiteurs chaque année.",
        "Le directeur travaille avec les partenaires autochtones, les municipalités et les organismes touristiques."],
    acts=["Dirige les programmes et les opérations de l'unité de gestion.",
          "Dirige la conservation des ressources et l'expérience du visiteur.",
          "Supervise la gestion des biens et les projets d'immobilisations.",
          "Travaille avec les partenaires autochtones et les collectivités.",
          "Gère les ressources de l'unité de gestion."]),
}


BANK_EN = [
    "The {title} works in an environment of fiscal restraint and rising expectations. Priorities set by Ministers, "
    "central agencies and the Deputy Head change during the year, and the incumbent must reallocate resources, "
    "adjust plans and explain the consequences to staff and clients without losing sight of the program's results.",
    "Relationships are a large part of the work. The incumbent deals with senior officials of other federal "
    "organizations, provincial and territorial governments, Indigenous organizations, industry and the public, and "
    "must often reconcile positions that cannot all be satisfied. Discretion is required: much of the information "
    "handled is protected, commercially sensitive or subject to privacy legislation.",
    "The incumbent leads a workforce with diverse professional backgrounds and is expected to build an inclusive, "
    "healthy and bilingual workplace, to manage talent and succession, and to apply the Values and Ethics Code for "
    "the Public Sector in every decision. Labour relations issues, including grievances and duty-to-accommodate "
    "cases, are dealt with directly by the incumbent or through the managers.",
    "Innovation is expected. The incumbent must look for better ways to deliver results, including digital tools, "
    "data analytics and partnerships, while managing the risks that come with change: privacy, security, "
    "procurement rules and the capacity of employees to absorb new ways of working.",
    "The position carries delegated financial, human resources and procurement authorities. The incumbent is "
    "accountable for sound stewardship under the Financial Administration Act and for the integrity of the "
    "information used by senior management and reported to Parliament.",
    "Issues in the incumbent's area can quickly become public. Media enquiries, access to information requests, "
    "questions in the House and audits by the Office of the Auditor General all require accurate and timely "
    "information, and the incumbent must anticipate them and brief senior management in advance.",
]

BANK_FR = [
    "Le titulaire travaille dans un contexte de restrictions budgétaires et d'attentes croissantes. Les priorités "
    "établies par les ministres, les organismes centraux et l'administrateur général évoluent en cours d'année, et "
    "le titulaire doit réaffecter les ressources et ajuster les plans sans perdre de vue les résultats.",
    "Les relations occupent une place importante. Le titulaire traite avec des cadres supérieurs d'autres "
    "organisations fédérales, des gouvernements provinciaux et territoriaux, des organisations autochtones, "
    "l'industrie et le public. Une grande discrétion est requise, car une partie de l'information est protégée.",
    "Le titulaire dirige un effectif aux profils variés et doit favoriser un milieu de travail inclusif, sain et "
    "bilingue, gérer les talents et la relève et appliquer le Code de valeurs et d'éthique du secteur public.",
    "Le poste comporte des pouvoirs délégués en matière de finances, de ressources humaines et d'approvisionnement. "
    "Le titulaire est responsable d'une saine gestion au sens de la Loi sur la gestion des finances publiques.",
    "Les dossiers du titulaire peuvent rapidement devenir publics : demandes des médias, demandes d'accès à "
    "l'information, questions en Chambre et vérifications exigent une information exacte et rapide.",
]

ACTS_EN = [
    "Manages the human, financial and material resources of the organization in accordance with delegated "
    "authorities, and fosters a healthy, inclusive and bilingual workplace.",
    "Contributes, as a member of the management team, to corporate planning, risk management and decision-making.",
    "Establishes performance measures and reports on the results achieved.",
]
ACTS_FR = [
    "Gère les ressources humaines, financières et matérielles conformément aux pouvoirs délégués et favorise un "
    "milieu de travail sain, inclusif et bilingue.",
    "Contribue, à titre de membre de l'équipe de gestion, à la planification, à la gestion des risques et à la prise "
    "de décisions.",
    "Établit des mesures du rendement et rend compte des résultats obtenus.",
]
