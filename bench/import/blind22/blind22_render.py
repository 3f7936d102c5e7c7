"""Notations, label sets, layouts and scan damage for the blind22 corpus (see make_blind.py)."""
import re

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(iso, style):
    if iso is None:
        return ""
    y, m, d = (int(x) for x in iso.split("-"))
    me, mf = MONTHS_EN[m - 1], MONTHS_FR[m - 1]
    return {
        "long": f"{me} {d}, {y}", "dmy": f"{d} {me} {y}", "iso": iso, "abbr": f"{me[:3]}. {d}, {y}",
        "dmy-abbr": f"{d:02d}-{me[:3]}-{y}", "dots": f"{y}.{m:02d}.{d:02d}", "slash-ymd": f"{y}/{m:02d}/{d:02d}",
        "fr": f"{'1er' if d == 1 else d} {mf} {y}", "fr-le": f"le {'1er' if d == 1 else d} {mf} {y}",
        "fr-num": f"{d:02d}/{m:02d}/{y}" if d > 12 else f"{y}-{m:02d}-{d:02d}",
    }[style]


def fmt_cls(cls, style):
    grp, lvl = cls.rsplit("-", 1)
    return {"dash": f"{grp}-{lvl}", "space": f"{grp} {lvl}", "short": f"{grp}-{int(lvl)}", "tight": f"{grp}{lvl}",
            "spaced-dash": f"{grp} - {lvl}"}[style]


def _dec(n, unit, comma=False):
    text = f"{n / unit:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


def fmt_amt(n, style):
    if style in ("M", "million", "frM", "frmillions", "Mspace") and n % 10_000:
        style = {"M": "full", "million": "full", "Mspace": "full"}.get(style, "frfull")
    if n >= 1_000_000_000 and style in ("M", "million", "Mspace"):
        style = "billion"
    if n < 1_000_000 and style in ("M", "million", "Mspace"):
        style = "K"
    if n < 1_000_000 and style in ("frM", "frmillions"):
        style = "frK"
    return {
        "M": f"${_dec(n, 1e6)}M", "Mspace": f"$ {_dec(n, 1e6)} M", "million": f"${_dec(n, 1e6)} million",
        "billion": f"${_dec(n, 1e9)} billion", "K": f"${_dec(n, 1e3)}K",
        "full": f"${n:,}", "cents": f"${n:,}.00", "nodollar": f"{n:,}",
        "frfull": f"{n:,} $".replace(",", "\u00a0"), "frcents": f"{n:,},00 $".replace(",", " "),
        "frM": f"{_dec(n, 1e6, True)} M$", "frmillions": f"{_dec(n, 1e6, True)} millions $",
        "frK": f"{_dec(n, 1e3, True)} k$", "frdollar": f"{n:,} dollars".replace(",", " "),
    }[style]


# label sets: one per departmental form.  sup: 'fields' (three lines) or 'sentence'.
LABELS = {
    "dnd": dict(lang="en", head="CIVILIAN POSITION - WORK DESCRIPTION", title="Position Title", cls="Group and Level",
                num="Position Number", job="Job Code", date="Effective Date", sup_num="Reports To (Position No.)",
                sup_title="Reports To (Title)", sup_cls="Reports To (Group/Level)", loc="Work Location", dept="Organization",
                sup="fields", ga="Summary", org="Organizational Context", scope="Nature and Scope", dims="Dimensions",
                acc="Key Duties and Responsibilities", reports="Positions reporting directly to the incumbent",
                sal="Salary budget", om="O&M budget", total="Total", fte="Full-time equivalents"),
    "vac": dict(lang="en", head="Work Description", title="Title of Position", cls="Classification", num="Position #",
                job="Generic Job No.", date="Date Effective", sup_num="Supervisor Position Number", sup_title="Supervisor Title",
                sup_cls="Supervisor Group/Level", loc="Work Location", dept="Branch", sup="fields",
                ga="General Accountability", org="Organization Structure", scope="Nature and Scope", dims="Dimensions",
                acc="Specific Accountabilities", reports="Reporting to the position are",
                sal="Salary", om="O&M", total="Total", fte="FTEs"),
    "tc": dict(lang="en", head="EXECUTIVE WORK DESCRIPTION", title="JOB TITLE", cls="GROUP & LEVEL", num="POSITION NO.",
               job="JOB NUMBER", date="EFFECTIVE", sup_title="IMMEDIATE SUPERVISOR", loc="LOCATION", dept="DIRECTORATE",
               sup="sentence", ga="PURPOSE OF THE POSITION", org="ORGANIZATION", scope="CONTEXT AND CHALLENGES",
               dims="FINANCIAL AND HUMAN RESOURCES", acc="MAIN ACTIVITIES", reports="Direct reports",
               sal="Salaries", om="Operations and maintenance", total="Total budget", fte="Staff (FTE)"),
    "cbsa": dict(lang="en", head="Executive Position Description", title="Position title", cls="Classification level",
                 num="Position number", job="National job code", date="Effective date of description",
                 sup_num="Supervisor's position number", sup_title="Supervisor's position title", sup_cls="Supervisor's level",
                 loc="Work site", dept="Branch / Region", sup="fields", ga="Position Summary", org="Organizational Structure",
                 scope="Scope and Complexity", dims="Resources Managed", acc="Responsibilities", reports="Direct reports",
                 sal="Salary", om="Non-salary O&M", total="Total", fte="FTEs"),
    "csc": dict(lang="en", head="WORK DESCRIPTION", title="Title", cls="Level", num="Pos. No.", job="Job ID",
                date="Effective", sup_num="Manager's Position", sup_title="Manager's Title", sup_cls="Manager's Level",
                loc="Institution/Location", dept="Sector", sup="fields", ga="General Accountability",
                org="Organization", scope="Nature and Scope", dims="Dimensions", acc="Specific Accountabilities",
                reports="Direct reports", sal="Salary dollars", om="Operating dollars", total="Total", fte="FTEs"),
    "ircc": dict(lang="en", head="WORK DESCRIPTION", title="Position Title", cls="Classification", num="Position Number",
                 job="Generic Code", date="Effective Date", sup_title="Reporting Relationship", loc="Location", dept="Sector",
                 sup="sentence", ga="Client Service Results", org="Responsibility", scope="Effort", dims="Resources",
                 acc="Key Activities", reports="Positions supervised", sal="Salary", om="O&M", total="Total",
                 fte="FTEs"),
    "ps": dict(lang="en", head="POSITION DESCRIPTION - EX", title="Position", cls="Group/Level", num="Number", job="Job Code",
               date="Date", sup_title="Supervisor", sup_num="Supervisor's position number", sup_cls="Supervisor's group/level",
               loc="City", dept="Branch", sup="fields", ga="Purpose", org="Structure", scope="Challenges",
               dims="Dimensions", acc="Accountabilities", reports="Subordinate positions", sal="Salary",
               om="O&M", total="Total", fte="Employees"),
    "rcmp": dict(lang="en", head="Job Description - Public Service Employee (EX)", title="Position Title",
                 cls="Position Classification", num="Position Number", job="Job Code", date="Effective Date",
                 sup_title="Reports To", loc="Location", dept="Business Line", sup="sentence", ga="Overview",
                 org="Organization and Reporting", scope="Nature and Scope", dims="Dimensions",
                 acc="Specific Accountabilities", reports="Direct reports", sal="Salary", om="O&M",
                 total="Total", fte="FTEs"),
    "fr1": dict(lang="fr", head="DESCRIPTION DE TRAVAIL", title="Titre du poste", cls="Groupe et niveau", num="Numéro du poste",
                job="Code d'emploi", date="Date d'entrée en vigueur", sup_num="Numéro du poste du superviseur",
                sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur", loc="Lieu de travail",
                dept="Direction générale", sup="fields", ga="Responsabilité générale", org="Structure organisationnelle",
                scope="Nature et étendue", dims="Dimensions", acc="Responsabilités spécifiques",
                reports="Relèvent du titulaire", sal="Salaires", om="F et E", total="Total", fte="ETP"),
    "fr2": dict(lang="fr", head="DESCRIPTION D'EMPLOI - GROUPE DE LA DIRECTION", title="TITRE", cls="CLASSIFICATION",
                num="N° DE POSTE", job="NO DE L'EMPLOI GÉNÉRIQUE", date="EN VIGUEUR LE", sup_title="RELÈVE DE",
                loc="ENDROIT", dept="SECTEUR", sup="sentence", ga="RAISON D'ÊTRE DU POSTE", org="ORGANISATION",
                scope="NATURE ET PORTÉE", dims="RESSOURCES", acc="ACTIVITÉS PRINCIPALES", reports="Subordonnés immédiats",
                sal="Salaires", om="Fonctionnement et entretien", total="Budget total", fte="Effectif (ETP)"),
    "fr3": dict(lang="fr", head="Description de poste", title="Intitulé du poste", cls="Niveau", num="No du poste",
                job="Code de l'emploi", date="Date d'effet", sup_num="Poste du gestionnaire (no)", sup_title="Titre du gestionnaire",
                sup_cls="Niveau du gestionnaire", loc="Lieu", dept="Région", sup="fields",
                ga="Résultats axés sur le service à la clientèle", org="Responsabilité", scope="Effort",
                dims="Ressources", acc="Activités principales", reports="Postes supervisés",
                sal="Salaires", om="Fonctionnement", total="Total", fte="ETP"),
    "bil": dict(lang="bi", head="WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", title="Position Title / Titre du poste",
                cls="Group and Level / Groupe et niveau", num="Position Number / Numéro du poste", job="Job Code / Code d'emploi",
                date="Effective Date / Date d'entrée en vigueur", sup_num="Supervisor's Position No. / No de poste du superviseur",
                sup_title="Supervisor's Title / Titre du superviseur", sup_cls="Supervisor's Classification / Classification du superviseur",
                loc="Location / Lieu", dept="Branch / Direction générale", sup="fields",
                ga="General Accountability / Responsabilité générale", org="Organization / Organisation",
                scope="Nature and Scope / Nature et étendue", dims="Dimensions", acc="Specific Accountabilities / Responsabilités spécifiques",
                reports="Direct reports / Subordonnés directs", sal="Salary / Salaires", om="O&M / F et E",
                total="Total", fte="FTEs / ETP"),
}


def heading(text, style, n):
    letters = "ABCDEFGHIJ"
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    return {"caps": text.upper(), "title": text, "colon": text + ":", "capscolon": text.upper() + ":",
            "num": f"{n}. {text.upper()}", "letter": f"{letters[n - 1]}. {text}", "roman": f"{roman[n - 1]}. {text.upper()}",
            "numtitle": f"{n}.0 {text}"}[style]


# --- scan damage ---------------------------------------------------------------------------------

def damage_digits(text, rng, p0=0.35, p1=0.3):
    def fix(m):
        out = []
        for ch in m.group(0):
            r = rng.random()
            if ch == "0" and r < p0:
                out.append("O")
            elif ch == "1" and r < p1:
                out.append(rng.choice("Il"))
            elif ch == "5" and r < 0.05:
                out.append("S")
            else:
                out.append(ch)
        return "".join(out)
    return re.sub(r"[0-9][0-9,. ]*[0-9]|(?<=-)[0-9]", fix, text)


SWAPS = [("rn", "m"), ("m", "rn"), ("li", "h"), ("cl", "d"), ("e", "c"), ("i", "l"), ("l", "I"), ("t", "l"), ("a", "o"),
         ("fi", "f"), ("h", "b")]


def damage_letters(line, rng, p=0.04):
    words = line.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and rng.random() < p:
            a, b = rng.choice(SWAPS)
            if a in w[1:]:
                k = w.index(a, 1)
                words[i] = w[:k] + b + w[k + len(a):]
    return " ".join(words)


def wrap(line, width, rng, hyphen=0.5):
    """Break a long line as a scanned page breaks it, splitting a long word with a hyphen at times."""
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            room = width - len(cur) - 2
            if len(w) > 8 and room >= 4 and rng.random() < hyphen and w.isalpha():
                out.append(cur + " " + w[:room] + "-")
                cur = w[room:]
                continue
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out
