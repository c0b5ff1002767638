"""Review of locator rounds 10 and 11: look-alikes of the new readings that those rounds
began to flag, with the positives the fixes keep.

- a care instruction's bed is no object of care when a thing of the bed's follows ('monitor
  bed 2 alarm', 'obs bed 9 chart missing', 'monitor the bed 4 pump') or the bed is the
  subject of a verb ('Obs bed 6 is broken', 'Monitor bed 2 has no power');
- only a bed's, a room's or a bare seat code's person is found fallen on the floor:
  furniture found on the floor fell itself ('Table 5 was found on the floor'), and a bed on
  the floor of a lorry or a store room was put there;
- an order, account or booking reference 'updated' is the record changed, whose person
  is not told ('Booking ref XK4P2L has been updated with the new dates'; 'bed 4 was
  updated' still is);
- a flight 'called at Rome' made a stop; no call was made ('Order #88120 called to
  complain' still is one);
- 'you see,', 'you know,', 'you said,' set off by commas after 'Right, table 5,' is an aside
  to the listener inside a sentence about the number, not words to the number's people.

Every sentence here was written for these tests.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    ("Bed 11 was found on the floor of the bathroom.", "Bed 11"),
    ("14C was found on the floor by the galley.", "14C"),
    ("Room 12 was found on the floor at 6am.", "Room 12"),
    ("obs bed 6 tonight please", "bed 6"),
    ("Monitor bed 2 closely overnight.", "bed 2"),
    ("Okay, table 4, your desserts are here.", "table 4"),
    ("Bed 4 was updated by the doctor.", "Bed 4"),
]

INNOCENT = [
    # care words before a bed that is a thing
    "Obs bed 6 is broken.",
    "Monitor bed 2 is off.",
    "Monitor bed 2 has no power.",
    "Obs bed 9 chart missing.",
    "Pls monitor the bed 4 pump.",
    "Monitor bed 2 alarm needs fixing.",
    # furniture found on the floor
    "Table 5 was found on the floor after the storm.",
    "Chair 4 was found on the floor.",
    "Trolley 2 was found on the floor.",
    "Seat 14C was found on the floor of the hangar.",
    "Bed 11 was found on the floor of the lorry.",
    "Bed 11 was found on the floor of the store room, still in its wrapping.",
    # a record changed
    "Order 4410 was updated.",
    "Booking ref XK4P2L has been updated with the new dates.",
    "The reservation ref ABC12D was updated.",
    "Account 4471 was updated with the new address.",
    # a stop made
    "Flight 212 called at Rome.",
    # an aside to the listener
    "Now, table 3, you see, needs a new leg.",
    "Ok, bed 4, you said, needs sheets.",
    "So, table 5, you know, is by the window.",
]
