"""Locator pack, eighth round. Readings added:

- a time of day after 'before', 'by' or 'until' is no other number that a pronoun in the
  next sentence could look back to ('Could you ring 3318 before 4? She's waiting');
- a 'her' on what a number has or gets is the number's own, as 'his' is ('Has 31C had her
  drink?'), not the object of a verb with a bare infinitive ('Bed 4 helps her sleep');
- a person's state that the parser hangs on the length of time after it ('bed 7 has been
  asleep 3 hrs, check she's ok');
- a 'him' or 'her' that is the object of a verb is never that verb's subject, so a subject
  between ('someone fetch him') leaves it to look back to the number.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # an hour in the number's sentence leaves the pronoun in the next one to the number
    ("Could you ring 3318 before 4? She's been waiting on a callback all week.", "3318"),
    ("Please call 7702 after 2. He wants to go over the bill.", "7702"),
    ("Ring room 14 before 9. She asked for an early call.", "room 14"),
    ("Can someone call 6120 by 3pm? She needs the engineer's time.", "6120"),
    ("Try 4806 again after 11. He was in a meeting earlier.", "4806"),
    # 'her' on what the number has had: the number's own, as with 'his'
    ("Has 31C had her drink?", "31C"),
    ("Has 12A had her tea yet?", "12A"),
    ("Has 27D had her blanket?", "27D"),
    # a person's state before how long it has lasted
    ("bed 7 has been asleep 3 hrs, check she's ok", "bed 7"),
    ("bay 3 has been asleep 2 hrs, check she's ok", "bay 3"),
    # the object of a verb whose subject comes between looks past that subject
    ("bay 6 is in the waiting room, someone fetch him please", "bay 6"),
    ("bed 3 is in the day room, someone bring her back", "bed 3"),
]

INNOCENT = [
    # the review's false alarms: degrees, and a version 'to' a version
    "The patient reached 40 C and she was shivering all night.",
    "Her temperature hit 39 F before the paracetamol worked.",
    "The 3.11 to Python 3.12 upgrade broke her scripts.",
    "We moved the 2.14 to Debian 13 images last week, he said.",
    # the hour does not open a place or record to a person
    "Deliver the towels to room 839 before 5. She'll need them for the bath.",
    "Order 4471 ships before 5. He should get it Friday.",
    "Clean room 22 before 3. She arrives at four.",
    "Table 14 is free at 8. She wants the window though.",
    "Book table 6 for 8. She's bringing her parents.",
    # a second number that is no hour still blocks the look back
    "Call 3318 about invoice 5521. She disputes it.",
    "Please ring 7702 before 4410. He wants the earlier slot.",
    # what a place has, or a verb whose 'her' is the one it acts on
    "Room 12 has her luggage in it.",
    "Has room 12 had a deep clean? She checks in at 3.",
    "Has room 12 had her suitcase brought up?",
    "Bed 4 helps her sleep.",
    "Seat 9 made her cry.",
    "Has ticket 4410 had her reply?",
    # a place's state, however long it has lasted
    "room 7 has been empty 3 days, check she's left",
    "room 7 has been cold 3 hrs, she's asked for a heater",
    "flight 77 has been late 2 hrs, they're getting angry",
    "room 14 has been quiet 2 days, she's away till Monday",
    "table 9 has been free 20 mins, seat them there",
    # the number is a place or record, whoever the object is
    "room 5 needs towels, the housekeeper will bring them",
    "table 6 is wobbly, the waiter will fix it for her",
    "room 12 is cold, the porter will bring her a heater",
    "order 4471 shipped, the courier will call him",
    "room 839 is on the fourth floor, the porter will help her",
]
