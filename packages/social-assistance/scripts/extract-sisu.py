#!/usr/bin/env python3
"""Re-extract the social-assistance parameter VALUES of Statistics Finland's SISU model.

Reads, from a git directory of the public repository StatisticsFinland/mikrosimulointi (bare or not):
  SISU/PARAM/ptoimtuki.sas7bdat             basic amounts and percentages by year/month
  SISU/PARAM/asummenorajat_YYYY.sas7bdat    housing-cost limits by municipality and household size
and writes, under test/fixtures/sisu/, the values only: sisu-parameters.json (provenance: repository,
paths, commit, commit date, SISU version from the commit subject; and the ptoimtuki rows) and
asummenorajat-YYYY.csv (one row per municipality). Nothing of SISU's code and no .sas7bdat file is copied.

Needs pandas with its SAS reader (Debian: apt-get install python3-pandas; run with /usr/bin/python3).

Usage (from packages/social-assistance):
  /usr/bin/python3 scripts/extract-sisu.py /path/to/mikrosimulointi/.git [commit]
"""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd

REPOSITORY = "StatisticsFinland/mikrosimulointi"
# Years whose legislation SISU models as enacted. Later tables (2027-2030) are SISU's projections:
# they are recorded only as such and never used as confirmed parameters.
LAST_LEGISLATED_YEAR = 2026
HOUSING_YEARS = range(2022, LAST_LEGISLATED_YEAR + 1)
PTOIMTUKI_COLUMNS = [
    "Vuosi",
    "Kuuk",
    "YksinKR1",
    "Yksinhuoltaja",
    "Aik18plus",
    "AikLapsi18plus",
    "Lapsi17",
    "Lapsi10_16",
    "LapsiAlle10",
    "LapsiVah2",
    "LapsiVah3",
    "LapsiVah4",
    "LapsiVah5",
    "VapaaOs",
    "VapaaOsRaja",
    "HuomVesi",
    "AsumnormiSovAika",
]


def git(gitdir: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def read_sas(gitdir: str, commit: str, path: str) -> pd.DataFrame:
    data = git(gitdir, "show", f"{commit}:{path}")
    return pd.read_sas(io.BytesIO(data), format="sas7bdat", encoding="latin1")


def number(x: float) -> float | int:
    """SAS stores doubles; give integers as integers and round the rest to the 4 decimals SISU uses."""
    r = round(float(x), 4)
    return int(r) if r == int(r) else r


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    gitdir = sys.argv[1]
    commit = git(gitdir, "rev-parse", sys.argv[2] if len(sys.argv) > 2 else "HEAD").decode().strip()
    subject, date = git(gitdir, "log", "-1", "--format=%s%n%cI", commit).decode().strip().split("\n")
    version = re.search(r"SISU\s+(\d+\.\d+)", subject)

    pt = read_sas(gitdir, commit, "SISU/PARAM/ptoimtuki.sas7bdat")
    pt = pt[pt["Vuosi"] >= 2016].sort_values(["Vuosi", "Kuuk"])
    ptoimtuki = []
    for _, row in pt.iterrows():
        entry = {c: number(row[c]) for c in PTOIMTUKI_COLUMNS}
        entry["forecast"] = int(row["Vuosi"]) > LAST_LEGISLATED_YEAR
        ptoimtuki.append(entry)

    target = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "sisu"
    target.mkdir(parents=True, exist_ok=True)
    housing = {}
    for year in HOUSING_YEARS:
        df = read_sas(gitdir, commit, f"SISU/PARAM/asummenorajat_{year}.sas7bdat")
        lines = ["code,name,persons1,persons2,persons3,persons4,eachAdditional"]
        for _, r in df.sort_values("koodi").iterrows():
            cols = ["YKSI_HENKILO", "KAKSI_HENKILOA", "KOLME_HENKILOA", "NELJA_HENKILOA", "LISA_HENKILO"]
            name = str(r["nimike"])
            if "," in name or '"' in name:
                raise SystemExit(f"unexpected character in a municipality name in {year}")
            lines.append(",".join([str(r["koodi"]), name] + [str(number(r[c])) for c in cols]))
        file = f"asummenorajat-{year}.csv"
        (target / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
        housing[str(year)] = {"file": file, "rows": len(lines) - 1}

    out = {
        "provenance": {
            "repository": REPOSITORY,
            "commit": commit,
            "commitDate": date,
            "commitSubject": subject,
            "sisuVersion": version.group(1) if version else None,
            "paths": ["SISU/PARAM/ptoimtuki.sas7bdat"]
            + [f"SISU/PARAM/asummenorajat_{y}.sas7bdat" for y in HOUSING_YEARS],
            "extractedWith": "packages/social-assistance/scripts/extract-sisu.py (pandas.read_sas)",
            "note": (
                "Values only, as SISU stores them (euros per month; shares as fractions). ptoimtuki rows with "
                f"forecast=true (years after {LAST_LEGISLATED_YEAR}) are SISU projections, not law. "
                "asummenorajat limits exclude water: SISU adds HuomVesi per person on top."
            ),
        },
        "ptoimtuki": ptoimtuki,
        "asummenorajat": housing,
    }
    (target / "sisu-parameters.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote sisu-parameters.json ({len(ptoimtuki)} ptoimtuki rows) and asummenorajat {list(housing)} from {commit[:12]}")


if __name__ == "__main__":
    main()
