"""The reference the issue compares `extract` with: a General Staff JSON file to a tidy CSV with pandas.

read_json, melt (one row per date and category) and to_csv, as an analyst would write it. Usage:
    /usr/bin/python3 bench/pandas_extract.py FILE.json OUT.csv
"""
import sys

import pandas as pd

frame = pd.read_json(sys.argv[1])
keys = [column for column in ("date", "day") if column in frame.columns]
tidy = frame.melt(id_vars=keys, var_name="category", value_name="value").dropna(subset=["value"])
tidy.to_csv(sys.argv[2], index=False)
