"""The CPD record as rows for a download, in the fields Social Work England asks for."""

from learning.models import CPDEntry

CPD_HEADER = [
    "Date",
    "Title",
    "Type of activity",
    "Hours",
    "What it was and why it is relevant",
    "What I learnt",
    "Impact on my practice and on the people I work with",
    "Peer reflection",
    "What I learnt from discussing it with a peer",
]


def cpd_table(entries: list[CPDEntry]) -> list[list[object]]:
    """Header, then one row per entry; dates as ISO text so every spreadsheet reads them."""
    return [CPD_HEADER] + [
        [
            entry.activity_date.isoformat(),
            entry.title,
            entry.get_activity_type_display(),
            str(entry.hours),
            entry.description,
            entry.learning,
            entry.impact,
            "Yes" if entry.peer_reflection else "No",
            entry.peer_learning,
        ]
        for entry in entries
    ]
