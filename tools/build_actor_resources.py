#!/usr/bin/env python3
"""Builds the generated actor resources of Entente from the public reference data in ../shared/data.

Usage: python3 tools/build_actor_resources.py [SHARED_DATA_DIR] [OUTPUT_DIR]
Defaults: ../shared/data and core/src/main/resources/org/entente/actors (relative to the repo root).

Only the files named gen-*.tsv are written; the curated files (updates.tsv, seats.tsv, ...) are
maintained by hand next to them and are read at run time, never rewritten here. Python 3 stdlib only.
"""
import csv
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "core", "src", "main", "resources", "org", "entente", "actors")

# Cities below this population are left out unless they are capitals: keeps the gazetteer small and
# avoids the many small towns whose names are also first names or common words.
MIN_POPULATION = 100_000


def fold(s):
    """Same folding as org.entente.text.Normalizer.fold, used only for joining sources."""
    s = s.replace("\u2019", "'").replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def parse_dela(path):
    """Yields (form, lemma, tags, iso2, inflections) for each line of a Prolex DELA .dic."""
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or "," not in line:
                continue
            m = re.match(r"^(.*?),(.*?)\.([^:]*)(.*)$", line)
            if not m:
                continue
            form, lemma, tags, infl = m.groups()
            form = form.replace("\\", "")
            iso = None
            parts = tags.split("+")
            for p in parts:
                if p.startswith("Iso") and len(p) == 5:
                    iso = p[3:]
            yield form, lemma or form, parts, iso, infl.split(":")[1:]


def article_form(name, gender_number, det_zero):
    if det_zero:
        return name
    if any(g.endswith("p") for g in gender_number):
        return "les " + name
    if fold(name[0]) in "aeiouyh":
        return "l'" + name
    return ("la " if "fs" in gender_number and "ms" not in gender_number else "le ") + name


def write_tsv(name, header, rows, comment):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        for c in comment:
            f.write("# " + c + "\n")
        f.write("# " + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join("" if v is None else str(v) for v in r) + "\n")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def load_countries():
    countries = json.load(open(os.path.join(DATA, "2_countries", "countries.json"), encoding="utf-8"))
    for c in countries:
        # countries.json codes Kosovo "UNK"; the guidelines and most event data use XKX.
        if c["cca3"] == "UNK":
            c["cca3"] = "XKX"
    return countries


def build_states():
    countries = load_countries()
    iso2to3 = {c["cca2"]: c["cca3"] for c in countries}
    states = {}
    lexicon = set()  # (form, iso3, type)
    for c in countries:
        if not c.get("independent") and c["cca3"] not in ("PSE", "TWN", "XKX", "ESH"):
            continue
        fr = c["translations"].get("fra", {})
        cap = (c.get("capital") or [""])[0]
        lat, lon = (c.get("latlng") or [None, None])[:2]
        states[c["cca3"]] = [c["cca3"], c["cca2"], c["name"]["common"], fr.get("common", ""), "", cap, lat, lon]
        for n in (fr.get("common"), fr.get("official")):
            if n:
                lexicon.add((n, c["cca3"], "NAME"))
        dem = c.get("demonyms", {}).get("fra", {})
        for g in ("m", "f"):
            d = dem.get(g)
            if d:
                for form in (d, d.lower()):
                    lexicon.add((form, c["cca3"], "DEMONYM"))
                    lexicon.add((plural(form), c["cca3"], "DEMONYM"))
        if cap:
            lexicon.add((cap, c["cca3"], "CAPITAL"))
    capital_names = defaultdict(set)
    with open(os.path.join(DATA, "3_cities", "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[7] == "PPLC" and c[8] in iso2to3:
                capital_names[iso2to3[c[8]]] |= {fold(a) for a in [c[1], c[2]] + c[3].split(",")}
    # Prolex's ISO codes are wrong for some states ("Russie", "russe" coded GB; "nigérian" coded NE;
    # "biélorusse" coded BT): where countries.json names or demonyms a lemma for another state, it wins.
    cj_owner = {}
    for form, iso3, typ in lexicon:
        cj_owner.setdefault((fold(form), typ), iso3)
    for form, lemma, tags, iso, infl in parse_dela(os.path.join(DATA, "2_countries", "Prolex-PaysCapitales.utf8.dic")):
        iso3 = iso2to3.get(iso or "")
        if iso3 is None or iso3 not in states:
            continue
        typ = "NAME" if ("N" in tags and "Hum" not in tags) else "DEMONYM"
        owner = cj_owner.get((fold(lemma), typ)) or cj_owner.get((fold(form), typ))
        if owner and owner != iso3 and "Pays" in tags and "PFX" not in tags:
            iso3 = owner
        if "Pays" in tags and "PFX" in tags:
            lexicon.add((form, iso3, "PREFIX"))
        elif "Pays" in tags and "A" in tags or ("Pays" in tags and "Hum" in tags):
            lexicon.add((form, iso3, "DEMONYM"))
        elif "Pays" in tags and "N" in tags:
            lexicon.add((form, iso3, "NAME"))
            if not states[iso3][4] and fold(form) == fold(states[iso3][3]):
                states[iso3][4] = article_form(form, infl, "DetZ" in tags)
        elif "Ville" in tags and "Hum" not in tags and "A" not in tags:
            # Prolex (2006) lists some former capitals (Almaty): keep only names of the GeoNames capital.
            if fold(form) in capital_names.get(iso3, ()):
                lexicon.add((form, iso3, "CAPITAL"))
    for s in states.values():
        if not s[4]:
            s[4] = s[3]
    write_tsv("gen-states.tsv", ["iso3", "iso2", "name_en", "name_fr", "name_fr_with_article", "capital_en", "lat", "lon"],
              sorted(states.values()),
              ["Generated by tools/build_actor_resources.py from countries.json (ODbL) and Prolex-PaysCapitales (LGPLLR).",
               "Sovereign states plus PSE, TWN, XKX, ESH. Do not edit: edit the curated files or the builder."])
    write_tsv("gen-state-lexicon.tsv", ["form", "iso3", "type"], sorted(lexicon),
              ["Generated: surface forms that name a state. type NAME = country name, DEMONYM = gentile or adjective",
               "in any gender and number, PREFIX = compound prefix (sino-), CAPITAL = capital used as place or metonym."])
    return iso2to3, set(states)


def plural(form):
    return form if form.endswith(("s", "x")) else form + "s"


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def build_people(iso2to3):
    roles = {"President": "HEAD_OF_STATE", "Prime Minister": "HEAD_OF_GOVERNMENT",
             "Premier of the State Council": "HEAD_OF_GOVERNMENT", "Minister of Foreign Affairs": "FOREIGN_MINISTER"}
    people = {}
    tenures = []
    for folder, iso3 in (("eps_china-ministers", "CHN"), ("eps_kazakhstan-cabinet", "KAZ")):
        src = f"every-politician-scrapers {folder} holders21.csv"
        for r in read_csv(os.path.join(DATA, "1_leaders", folder, "holders21.csv")):
            role = roles.get(r["position"])
            if not role:
                continue
            qid = r["personID"]
            name = r["enwiki"] if r["enwiki"] and "(" not in r["enwiki"] else r["person"]
            name = re.sub(r"\s*\(.*\)$", "", name)
            other = r["person"] if r["person"] != name else ""
            people.setdefault(qid, [qid, name, iso3, qid, other])
            tenures.append([qid, role, iso3, norm_date(r["start"]), norm_date(r["end"]), src])
    # Current foreign ministers as of January 2023: start date only; the end is inferred at run time
    # from the next holder in updates.tsv.
    countries = load_countries()
    by_en = {c["name"]["common"]: c["cca3"] for c in countries}
    by_en.update({c["name"]["official"]: c["cca3"] for c in countries})
    extra = {"People's Republic of China": "CHN", "United States of America": "USA", "Kingdom of the Netherlands": "NLD",
             "Russia": "RUS", "Turkey": "TUR", "Czech Republic": "CZE", "Democratic Republic of the Congo": "COD",
             "Republic of the Congo": "COG", "State of Palestine": "PSE", "The Gambia": "GMB", "The Bahamas": "BHS",
             "Ivory Coast": "CIV", "North Korea": "PRK", "South Korea": "KOR", "Federated States of Micronesia": "FSM",
             "Eswatini": "SWZ", "East Timor": "TLS", "Cape Verde": "CPV", "Vatican City": "VAT",
             "Kingdom of Denmark": "DNK", "Taiwan": "TWN", "Georgia": "GEO", "Ireland": "IRL"}
    by_en.update(extra)
    for r in read_csv(os.path.join(DATA, "1_leaders", "eps_world", "wikidata.csv")):
        iso3 = by_en.get(r["countryLabel"])
        if not r["person"] or not iso3 or not r["start"]:
            continue
        qid = r["person"]
        # Wikidata labels carry honorifics ("Prince Faisal bin Farhan Al Saud"): keep the plain name too.
        plain = re.sub(r"^(Prince|Sheikh|Sheikha|Dr\.?|Sir|Dame|King|Queen) ", "", r["name"])
        people.setdefault(qid, [qid, plain, iso3, qid, r["name"] if plain != r["name"] else ""])
        if iso3 in ("CHN", "KAZ"):
            continue
        tenures.append([qid, "FOREIGN_MINISTER", iso3, norm_date(r["start"]), "", "every-politician-scrapers world sources/foreign/wikidata.csv"])
    write_tsv("gen-people.tsv", ["id", "name_en", "iso3", "wikidata", "fr_variants"], sorted(people.values()),
              ["Generated from every-politician-scrapers (Wikidata, CC0): China and Kazakhstan holders21.csv, world FMs 2023."])
    write_tsv("gen-tenures.tsv", ["person_id", "role", "iso3", "start", "end", "source"], sorted(tenures, key=lambda t: (t[2], t[1], t[3])),
              ["Generated: dated tenures. An empty end means open at the time of the source; ActorBase closes it",
               "at the next holder's start (from updates.tsv)."])


def norm_date(d):
    d = (d or "").strip()
    if re.fullmatch(r"\d{4}", d):
        return d + "-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", d):
        return d + "-01"
    return d


def build_orgs():
    orgs = []
    cur = None
    with open(os.path.join(DATA, "4_orgs", "general_list.yaml"), encoding="utf-8") as f:
        for line in f:
            if re.match(r"^\S.*:\s*$", line):
                cur = {"_key": line.strip()[:-1].strip("'\"")}
                orgs.append(cur)
            elif cur is not None:
                m = re.match(r"^  (\w+):\s*(.*)$", line)
                if m:
                    cur[m.group(1)] = m.group(2).strip().strip("'\"")
    rows = []
    for o in orgs:
        qid = o.get("Wikidata_code")
        if not qid or not qid.startswith("Q"):
            continue
        acr = sorted({a for a in (o.get("Abbreviation_en"), o.get("Abbreviation_fr")) if a and a not in ("[No code found.]", "null")})
        names_fr = [n for n in (o.get("Name_fr"),) if n]
        rows.append([qid, o.get("Name_en", o["_key"]), "|".join(names_fr), "|".join(acr), ""])
    write_tsv("gen-orgs.tsv", ["id", "name_en", "names_fr", "acronyms", "members"], rows,
              ["Generated from supraverden general_list.yaml (CC BY-SA 4.0; Wikidata ids CC0).",
               "Members and missing bodies (BRICS, CICA, C+C5 ...) are in orgs-curated.tsv."])


def build_places(iso2to3, states):
    # French city names from Prolex, joined to GeoNames by folded name.
    fr_names = set()
    for form, lemma, tags, iso, infl in parse_dela(os.path.join(DATA, "3_cities", "Prolex-Toponymes.utf8.dic")):
        if "Ville" in tags and "N" in tags and "Hum" not in tags:
            fr_names.add(form)
    for form, lemma, tags, iso, infl in parse_dela(os.path.join(DATA, "2_countries", "Prolex-PaysCapitales.utf8.dic")):
        if "Ville" in tags and "N" in tags and "Hum" not in tags:
            fr_names.add(form)
    fr_by_fold = defaultdict(set)
    for n in fr_names:
        fr_by_fold[fold(n)].add(n)
    rows = []
    taken_fr = {}
    cities = []
    with open(os.path.join(DATA, "3_cities", "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            pop = int(c[14] or 0)
            iso3 = iso2to3.get(c[8])
            known_fr = any(fold(a) in fr_by_fold for a in ([c[1], c[2]] + (c[3].split(",") if c[3] else [])))
            # Smaller towns only when the French toponym dictionary knows them (Biarritz, Pau,
            # Versailles host summits); a small town French readers never name would only shadow surnames.
            if iso3 is None or (pop < MIN_POPULATION and c[7] != "PPLC" and not known_fr):
                continue
            cities.append((pop, c, iso3))
    cities.sort(key=lambda x: -x[0])
    taken_names = set()
    for pop, c, iso3 in cities:
        if pop < MIN_POPULATION and c[7] != "PPLC" and fold(c[1]) in taken_names:
            continue  # a small town named like a larger city (Washington, Tyne and Wear) would shadow it
        taken_names.add(fold(c[1]))
        alts = {c[1], c[2]} | set(c[3].split(",")) if c[3] else {c[1], c[2]}
        fr = []
        for a in sorted(alts):
            for n in fr_by_fold.get(fold(a), ()):
                if n not in taken_fr and fold(n) != fold(c[1]):
                    taken_fr[n] = c[0]
                    fr.append(n)
        taken_names |= {fold(n) for n in fr} | {fold(c[2])}
        rows.append([c[0], c[1], iso3, c[4], c[5], pop, c[7], "|".join(sorted(set(fr)))])
    write_tsv("gen-places.tsv", ["geonameid", "name", "iso3", "lat", "lon", "population", "feature", "fr_names"], rows,
              [f"Generated from GeoNames cities15000 (CC-BY, dump of 2012) cities of population >= {MIN_POPULATION} or capitals,",
               "and smaller towns (population >= 15000) that Prolex-Toponymes names in French,",
               "with French names from Prolex-Toponymes and Prolex-PaysCapitales (LGPLLR) joined by folded name.",
               "Each French name goes to the most populous city that carries it among its alternate names."])
    names = set()
    for r in rows:
        names.add(fold(r[1]))
        names |= {fold(n) for n in r[7].split("|") if n}
    return names


# Phoenix (TABARI) country codes that are not the ISO alpha-3 of gen-states.tsv.
PHOENIX_CODES = {"TMP": "TLS", "KSV": "XKX"}
# Words that make a Phoenix alias a titled phrase ("PRIME_MINISTER_BENJAMIN_NETANYAHU", "MR_OBAMA_"),
# not a name: English titles never occur in French text, and the linker reads titles itself.
TITLE_WORDS = set("""PRESIDENT PRESIDENT-ELECT VICE-PRESIDENT VICE PRIME MINISTER PREMIER MR MR. MRS MRS. MS MS.
    SENATOR SEN. SECRETARY GENERAL GEN. GEN DR DR. KING QUEEN PRINCE PRINCESS SHEIKH SHEIK SHAIKH EMIR CHANCELLOR
    FORMER AMBASSADOR DEFENSE DEFENCE FOREIGN CHAIRMAN LEADER COMMANDER COLONEL COL. CAPTAIN CAPT. GOVERNOR DEPUTY
    REPRESENTATIVE REP. SPEAKER JUDGE JUSTICE FIRST LADY CHIEF BUNDESKANZLER POPE FATHER PRES. MARSHAL ADMIRAL ADM.
    LT. LT LIEUTENANT MAJOR BRIGADIER FIELD HRH HIS HER EXCELLENCY THE OF SIR DAME LORD BARONESS AYATOLLAH GRAND
    MULLAH PRESIDENTE SENOR SENORA HERR FRAU MONSIEUR MADAME MINISTRE SULTAN CROWN REGENT EMPEROR STATE
    ADMINISTRATION GOVERNMENT REGIME CABINET""".split())
# Particles written in lower case inside a name ("Bashar al-Assad", "Lula da Silva").
PARTICLES = {"al", "el", "bin", "ben", "bint", "da", "de", "do", "dos", "das", "del", "della", "di", "du", "la", "le",
             "van", "von", "der", "den", "ter", "y", "ibn", "ould", "ag", "wa"}


def phoenix_date(s, pivot):
    """A TABARI date (yymmdd or yyyymmdd) as ISO; two-digit years up to the file's year are 20yy, later 19yy."""
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= pivot else 1900 + yy
    elif len(s) == 8:
        year = int(s[:4])
    else:
        return None
    month = min(max(int(s[-4:-2]), 1), 12)
    day = max(int(s[-2:]), 1)
    days = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return f"{year:04d}-{month:02d}-{min(day, days[month - 1]):02d}"


def normal_case(phrase):
    """BENJAMIN_NETANYAHU_ -> Benjamin Netanyahu; BASHAR_AL-ASSAD -> Bashar al-Assad; MCCAIN -> McCain."""
    words = [w for w in phrase.strip().strip("_").split("_") if w]
    out = []
    for i, w in enumerate(words):
        parts = []
        for j, p in enumerate(w.split("-")):
            low = p.lower()
            if (i > 0 or j > 0) and low in PARTICLES and (j < len(w.split("-")) - 1 or i < len(words) - 1):
                parts.append(low)
            elif re.fullmatch(r"[IVX]+", p) and i > 0:
                parts.append(p)
            else:
                c = low[:1].upper() + low[1:]
                c = re.sub(r"(?<=['\u2019])(\w)", lambda m: m.group(1).upper(), c)
                if c.startswith("Mc") and len(c) > 3:
                    c = "Mc" + c[2].upper() + c[3:]
                parts.append(c)
        out.append("-".join(parts))
    return " ".join(out)


def build_officials(states, place_names):
    """People coded as government officials (ISO3 + GOV, any sub-code) with dated ranges, from Phoenix.

    Elite (ELI), opposition, rebel and business codes are left out, and so are undated GOV codes (no
    period to hold). The office is not labelled in the source: ActorBase makes these people officials
    of their state (Role.OFFICIAL), which no title resolves to."""
    path = os.path.join(DATA, "1_leaders", "openeventdata_Dictionaries", "Phoenix.Countries.actors.txt")
    pivot = 14  # the file was generated on 2014-01-30: no date in it is later
    people = {}  # (name, iso3) -> [aliases set, periods set]
    order = []
    name = None
    aliases = []
    lexicon = {fold(r[0]) for r in csv.reader(open(os.path.join(OUT, "gen-state-lexicon.tsv"), encoding="utf-8"), delimiter="\t")
               if r and not r[0].startswith("#")}
    blocked = place_names | lexicon

    def usable(n):
        return fold(n) not in blocked and len(n.replace(" ", "")) > 2

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            body = line.split(";")[0].rstrip()
            if not body.strip() or body.startswith("#"):
                continue
            if body.startswith("+"):
                if name is not None:
                    aliases.append(body[1:].strip())
                continue
            if body[0].isspace() or body.startswith("["):
                if name is None:
                    continue
                for code in re.findall(r"\[([^\]]*)\]", body):
                    parts = code.split()
                    m = re.fullmatch(r"([A-Z]{3})GOV[A-Z]*", parts[0]) if parts else None
                    if not m or len(parts) < 2:
                        continue
                    iso3 = PHOENIX_CODES.get(m.group(1), m.group(1))
                    if iso3 not in states:
                        continue
                    rng = parts[1]
                    if rng.startswith(">"):
                        start, end = phoenix_date(rng[1:], pivot), None
                    elif rng.startswith("<"):
                        start, end = None, phoenix_date(rng[1:], pivot)
                    elif "-" in rng:
                        a, b = rng.split("-", 1)
                        start, end = phoenix_date(a, pivot), phoenix_date(b, pivot)
                    else:
                        continue
                    if start is None and end is None or (start and end and end <= start):
                        continue
                    key = (normal_case(name), iso3)
                    if key not in people:
                        people[key] = [set(), set()]
                        order.append(key)
                    people[key][1].add((start or "", end or ""))
                    for a in aliases:
                        words = a.strip("_").split("_")
                        if any(w in TITLE_WORDS for w in words):
                            continue
                        people[key][0].add(normal_case(a))
                continue
            # A new entry: a country header ("ISRAEL_  [ISR]") or a person ("BENJAMIN_NETANYAHU_").
            head = body.split("[")[0].strip()
            name = head if "[" not in body else None
            aliases = []
    rows = []
    for key in order:
        n, iso3 = key
        if not usable(n):
            continue
        als = set(people[key][0])
        # French writes the Arabic article with a hyphen, as al- or el- ("Bachar al-Assad", "el-Sissi").
        for a in [n] + sorted(als):
            if re.search(r" (al|el) ", a):
                als.add(re.sub(r" (al|el) ", " al-", a))
                als.add(re.sub(r" (al|el) ", " el-", a))
        als = sorted(a for a in als if a != n and usable(a))
        periods = sorted(people[key][1])
        rows.append([n, iso3, "|".join(als), "|".join(f"{s}..{e}" for s, e in periods)])
    rows.sort(key=lambda r: (r[1], r[0]))
    write_tsv("gen-officials.tsv", ["name_en", "iso3", "aliases", "periods"], rows,
              ["Generated from openeventdata/Dictionaries Phoenix.Countries.actors.txt (MIT, CountryInfo.140130):",
               "people coded ISO3+GOV* with a dated range; the office is not labelled. periods: start..end (end",
               "exclusive; either side may be empty = open), separated by |. Two-digit years <= 14 are 20yy.",
               "Names and aliases that are also place or state names are left out."])


def main():
    os.makedirs(OUT, exist_ok=True)
    iso2to3, states = build_states()
    build_people(iso2to3)
    build_orgs()
    place_names = build_places(iso2to3, states)
    build_officials(states, place_names)


if __name__ == "__main__":
    main()
