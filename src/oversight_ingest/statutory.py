"""The statutory response period, stated once for the pipeline and the product.

Police Act 1996, section 55: a local policing body publishes its comments on an inspection
report "before the end of the period of 56 days beginning with the day on which the report is
published", so the publication day is day 1.
"""

from __future__ import annotations

import datetime as dt

RESPONSE_DAYS = 56


def response_deadline(published: dt.date) -> dt.date:
    """The last day of the response period: a report published 16 May 2025 is due by 10 July 2025."""
    return published + dt.timedelta(days=RESPONSE_DAYS - 1)
