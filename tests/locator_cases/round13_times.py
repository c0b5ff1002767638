"""Locator pack, thirteenth round: customers named by the time they are booked for (rule
CL214). A time names a customer only where the sentence says what a person alone does or
is: a call, a text, a complaint, a feeling, not attending, being told or offered something;
an arrival or a delay counts only with a person's pronoun, an appointment named after the
time, or 'my' for an arrival, and never in a sentence about trains, buses or races. A time
also names a slot, a class, a departure ('the 06:10 to Geneva' is the flight rule's), a
race, a score, a ratio or a log line, and those stay quiet.

Every sentence here was written for these tests.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    ("the 1:15 has arrived, can someone take her coat?", "the 1:15"),
    ("My three o'clock is here early, bless him.", "My three o'clock"),
    ("tell the 9:50 the hygienist is running behind", "the 9:50"),
    ("10:20 is running late, he rang from the car park", "10:20"),
    ("the 4:45 has cancelled, can we fill it?", "the 4:45"),
    ("8:40 DNA again, letter to go out", "8:40"),
    ("the 2:10 is really anxious about the needle", "the 2:10"),
    ("the 3:30 extraction is in the chair now", "the 3:30 extraction"),
    ("the 11:50 dog owner is at the desk wanting a refund", "the 11:50 dog owner"),
    ("the 12:30 rang to ask about parking", "the 12:30"),
    ("the 15:00 callback is still waiting in the queue, she sounds fed up", "the 15:00 callback"),
    ("Can you offer the 10:10 a cup of tea?", "the 10:10"),
    ("your 9:30 texted, she's stuck behind a tractor", "your 9:30"),
    ("ring the 17:20 and rebook her for Monday", "the 17:20"),
    ("please let the 1:40 know the vet is in surgery", "the 1:40"),
    ("the 4pm facial wants to switch to a massage", "the 4pm facial"),
    ("my 2pm didn't turn up, that's twice now", "my 2pm"),
    ("remind the 8:15 to fast from midnight", "the 8:15"),
    ("the 10:50 complained about the parking fee", "the 10:50"),
    ("our half three is here, she's brought her sister", "our half three"),
    ("the 9:20 is a new client, give her the consent form", "the 9:20"),
]

INNOCENT = [
    # departures, the flight rule's routes and races
    "the 8:20 to York is running twenty minutes late",
    "we just missed the 6:15 and had to wait an hour",
    "The 5:50 from Bristol was rammed again.",
    "the 4:05 has arrived at platform 2",
    "the 9:10 is here, quick, get your coat",
    "the 7:40 was cancelled again, I drove in",
    "the 18:20 is running late, the board says 15 mins",
    "The 2:30 at Newbury was won by the favourite.",
    "the 3:05 wants a new driver, ours is off sick",
    "my 8:02 was late again this morning",
    # slots, classes, meetings, shows
    "the 1:15 is free if you want it",
    "the 1:15 slot has gone to a walk-in",
    "the 4:45 is cancelled, the dentist is on a course",
    "the 4:45 has been cancelled, the dentist is on a course",
    "12:30 is lunch, keep it clear",
    "The 3 o'clock meeting is moved to Friday.",
    "The 8:15 screening is sold out.",
    "the 6:30 spin class is full",
    "the 3:30 extraction took forever",
    "the 3:30 extraction is booked in for 40 minutes",
    "move the 2:10 to next week, the chair is broken",
    "call the 9:50 off, the hygienist is ill",
    "offer the 10:10 to whoever rings first",
    "we can offer the 10:10 or the 11:40",
    "the 9:20 is a double appointment",
    "the 9:20 is a new client slot",
    "my three o'clock is free, anyone need it?",
    "our half three is fully booked",
    "half three suits me fine",
    "the 8:00 booking has arrived, seat them by the window",
    "set up table 4 for the 7:30 party of eight",
    "the 4pm facial needs the hot stones",
    # times in other senses
    "Doors open at 7:15, curtain at 7:45.",
    "We won 2:1 in the end.",
    "Dilute 1:10 before use.",
    "09:14:22 WARN cache miss on node 3",
    "10:00 start, 16:00 finish, lunch included",
    "We watched the 10:00 news and went to bed.",
    "the 12:30 till rang up the wrong total",
    "tell reception the 1:40 is free",
]

TECHNICAL = []
