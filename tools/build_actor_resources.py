#!/usr/bin/env python3
"""Builds Entente's actor resources from the public reference data in ../shared/data.

Usage: python3 tools/build_actor_resources.py [SHARED_DATA_DIR]

Writes, under src/main/resources/org/entente/actors/:
  states.tsv             ISO3, ISO2, English name, French names, French demonyms (every form)
                         and compound prefixes (from countries.json and Prolex-PaysCapitales)
  places.tsv             cities: geonames id, English name, country ISO3, lat, lon, population,
                         French and other names (from GeoNames cities15000 and Prolex-Toponymes)
  leaders-generated.tsv  dated tenures of heads of state, heads of government and foreign
                         ministers (every-politician-scrapers, Wikidata-derived)
The runtime never reads ../shared; rerun this script when the reference data changes.
Standard library only.
"""
import csv
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/main/resources/org/entente/actors"
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data"

MIN_POPULATION = 100_000


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def prolex(path):
    """Rows of a Prolex DELA file: (form, lemma, codes, iso2 or None)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "," not in line:
            continue
        form, rest = line.split(",", 1)
        lemma, _, codes = rest.partition(".")
        iso = None
        for part in codes.split(":")[0].split("+"):
            if part.startswith("Iso") and len(part) == 5:
                iso = part[3:]
        yield form.replace("\\", ""), lemma, codes, iso


def prefix4(word):
    return fold(word)[:4]


def build_states():
    countries = json.loads((DATA / "2_countries/countries.json").read_text(encoding="utf-8"))
    by2 = {c["cca2"]: c for c in countries}
    independent = {c["cca3"] for c in countries if c.get("independent")}
    names = defaultdict(set)
    demonyms = defaultdict(set)
    prefixes = defaultdict(set)
    for c in countries:
        fra = c.get("translations", {}).get("fra", {})
        for n in (fra.get("common"), c["name"]["common"]):
            if n:
                names[c["cca3"]].add(n)
        for g in ("m", "f"):
            d = c.get("demonyms", {}).get("fra", {}).get(g)
            if d:
                demonyms[c["cca3"]].add(d.lower())
    # Prolex (2006) has some wrong ISO codes ("Iran" and "iranien" under Indonesia). An entry whose
    # first four letters match the French name of another state, and not of its own, is moved there.
    stems = defaultdict(set)
    for iso3, ns in names.items():
        for n in ns:
            for w in n.replace("-", " ").split():
                if len(w) >= 4:
                    stems[prefix4(w)].add(iso3)

    def checked(iso3, word):
        owners = stems.get(prefix4(word), set())
        if owners and iso3 not in owners and len(owners) == 1:
            return next(iter(owners))
        return iso3

    for form, lemma, codes, iso in prolex(DATA / "2_countries/Prolex-PaysCapitales.utf8.dic"):
        if iso not in by2 or "+Pays" not in codes:
            continue
        iso3 = by2[iso]["cca3"]
        if codes.startswith("PFX"):
            prefixes[iso3].add(form.lower())
        elif codes.startswith("A+") or codes.startswith("N+PR+Hum"):
            demonyms[checked(iso3, form)].add(form.lower())
        elif codes.startswith("N+PR"):
            names[checked(iso3, form)].add(form)
    # Prolex and countries.json list some forms only: complete gender and number regularly.
    for iso3, words in demonyms.items():
        for w in list(words):
            if " " in w:
                continue
            if w.endswith("ien"):
                words.update({w + "ne", w + "nes", w + "s"})
            elif w.endswith("e"):
                words.add(w + "s")
            elif not w.endswith(("s", "x")):
                words.update({w + "e", w + "es", w + "s"})
    # A word shared by a state and a dependent territory ("français") means the state.
    for table in (names, demonyms):
        owners = defaultdict(set)
        for iso3, words in table.items():
            for w in words:
                owners[fold(w)].add(iso3)
        for iso3, words in table.items():
            for w in list(words):
                o = owners[fold(w)]
                if iso3 not in independent and o & independent:
                    words.discard(w)
    rows = []
    for c in sorted(countries, key=lambda c: c["cca3"]):
        iso3 = c["cca3"]
        rows.append([iso3, c["cca2"], c["name"]["common"], "|".join(sorted(names[iso3])),
                     "|".join(sorted(demonyms[iso3])), "|".join(sorted(prefixes[iso3]))])
    with open(OUT / "states.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# Generated by tools/build_actor_resources.py from countries.json (mledoze, ODbL 1.0)\n")
        f.write("# and Prolex-PaysCapitales (Unitex, LGPLLR). Do not edit: edit states-curated.tsv.\n")
        f.write("# iso3\tiso2\tEnglish name\tnames\tdemonyms (all genders and numbers)\tprefixes\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return {c["cca2"]: c["cca3"] for c in countries}, {c["cca3"]: c.get("capital", []) for c in countries}


def build_places(iso2to3, capitals):
    french = set()
    for form, lemma, codes, iso in prolex(DATA / "3_cities/Prolex-Toponymes.utf8.dic"):
        if "+Ville" in codes and codes.startswith("N+PR") and "+Hum" not in codes:
            french.add(form)
    for form, lemma, codes, iso in prolex(DATA / "2_countries/Prolex-PaysCapitales.utf8.dic"):
        if "+Ville" in codes and codes.startswith("N+PR") and "+Hum" not in codes:
            french.add(form)
    french_by_fold = defaultdict(set)
    for f in french:
        french_by_fold[fold(f)].add(f)
    capital_names = {(iso3, fold(n)) for iso3, caps in capitals.items() for n in caps}
    rows = []
    claimed = {}
    with open(DATA / "3_cities/cities15000.txt", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 15:
                continue
            gid, name, ascii_name, alt, lat, lon, fclass, fcode, cc = p[0], p[1].replace("\u2019", "'"), p[2], p[3], p[4], p[5], p[6], p[7], p[8]
            pop = int(p[14] or 0)
            iso3 = iso2to3.get(cc)
            if not iso3:
                continue
            is_capital = fcode == "PPLC" or (iso3, fold(name)) in capital_names
            if pop < MIN_POPULATION and not is_capital:
                continue
            aliases = {ascii_name} if ascii_name != name else set()
            # GeoNames alternate names carry no language tag: keep only those Prolex lists as French.
            for a in alt.split(","):
                for fr in french_by_fold.get(fold(a), ()):
                    aliases.add(fr)
            rows.append((pop, [gid, name, iso3, lat, lon, str(pop), "1" if is_capital else "0", "|".join(sorted(aliases - {name}))]))
    rows.sort(key=lambda r: -r[0])
    with open(OUT / "places.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# Generated by tools/build_actor_resources.py from GeoNames cities15000 (CC BY) and\n")
        f.write("# Prolex-Toponymes (Unitex, LGPLLR): cities of at least %d inhabitants and all capitals.\n" % MIN_POPULATION)
        f.write("# geonameid\tname\tiso3\tlat\tlon\tpopulation\tcapital\taliases (French names included)\n")
        for _, r in rows:
            f.write("\t".join(r) + "\n")


ROLES = {
    "President": "HOS", "President of Kazakhstan": "HOS",
    "Premier of the State Council": "HOG", "Prime Minister": "HOG", "Prime Minister of Kazakhstan": "HOG",
    "Minister of Foreign Affairs": "FM",
}


def build_leaders():
    rows = []
    for country, folder in (("CHN", "eps_china-ministers"), ("KAZ", "eps_kazakhstan-cabinet")):
        with open(DATA / "1_leaders" / folder / "holders21.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                role = ROLES.get(r["position"])
                if role:
                    rows.append([country, role, r["person"], r["start"], r["end"], r["personID"],
                                 "every-politician-scrapers/%s (Wikidata)" % folder])
    countries = json.loads((DATA / "2_countries/countries.json").read_text(encoding="utf-8"))
    by_name = {c["name"]["common"]: c["cca3"] for c in countries}
    with open(DATA / "1_leaders/eps_world/wikidata.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso3 = by_name.get(r["countryLabel"])
            if iso3 and r["name"] and r["start"]:
                rows.append([iso3, "FM", r["name"], r["start"], "", r["person"],
                             "every-politician-scrapers/world (Wikidata, foreign ministers as of 2023-01)"])
    seen = set()
    with open(OUT / "leaders-generated.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# Generated by tools/build_actor_resources.py from every-politician-scrapers (Wikidata, CC0).\n")
        f.write("# Do not edit: corrections and later changes go to leaders-curated.tsv.\n")
        f.write("# country\trole\tname\tstart\tend\twikidata\tsource\n")
        for r in rows:
            key = tuple(r[:4])
            if key not in seen:
                seen.add(key)
                f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    iso2to3, capitals = build_states()
    build_places(iso2to3, capitals)
    build_leaders()
    print("actor resources written to", OUT)
