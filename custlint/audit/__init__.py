"""`custlint audit`: how a whole organization talks about the people it serves.

- `sources`: streaming readers (folders, JSONL, CSV, mbox, .eml) yielding `Record`s;
- `partial`: the partition function (records -> mergeable `Counts` per group);
- `engines`: running partitions on local processes or a Dask cluster;
- `report`: the terminal table, JSON, CSV and the Word report with charts.
"""
