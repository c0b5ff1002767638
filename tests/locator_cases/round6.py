"""Locator pack, seventh round. Readings added:

- questions with do-support or 'is', 'has' put first, whose inverted clause the parser
  misreads ('Did room 27 pay?', 'Is room 12 asking for towels?');
- permission: what a number is let have, or let on or off ('Table 7 can have the sea bass');
- seat codes whose letter is set apart from the number ('17 F', 'rm 12 b', 'seventeen F');
- a group counted with 'of' before its place ('the party of eight at table 5');
- a departure named by its time and where it goes ('the man on the 07:45 to Leeds');
- a place whose modifier the parser took for its head ('side rm 7');
- the owner of a person's own thing ('the pram belongs to table 6');
- a record on a chat, as on hold ('ticket 3308 is on webchat');
- a kind of place named by an -ing word ('changing cubicle 6');
- a note that names a number and drops it as the subject of the next sentence ('305 again.
  says the kettle's broken');
- a fronted time after a note's label ('Night report: at 02:10 bed 6 fell');
- a plural head over slashed numbers ('rooms 12/14'), and 'cots', 'bays', 'cubicles';
- a passive with 'get' is a passive ('Room 12 got cleaned' is a place), and what is done
  only to people ('Seat 9 was arrested').

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a question with do-support: the number is the subject of the bare verb after it
    ("What did table 9 order in the end?", "table 9"),
    ("Did room 27 pay before checking out?", "room 27"),
    ("Why did order 8815 ring again?", "order 8815"),
    ("Did table 2 tip?", "table 2"),
    ("What did bed 7 eat?", "bed 7"),
    ("When did room 40 check out?", "room 40"),
    ("What did seat 19 drink on the first leg?", "seat 19"),
    # the same with 'is', 'was' or 'has' put first
    ("Is room 12 asking for towels?", "room 12"),
    ("Are tables 4 and 5 ordering yet?", "tables 4 and 5"),
    ("Was table 9 complaining again?", "table 9"),
    ("Is seat 14 coming back?", "seat 14"),
    # permission: what a number is let have, or let on or off
    ("Table 7 can have the sea bass if the kitchen has any left.", "Table 7"),
    ("No, 15 can't have the corner booth tonight.", "15"),
    ("Bed 12 may have the chicken soup for lunch.", "Bed 12"),
    ("Room 30 could have the garden suite instead.", "Room 30"),
    ("31A may board now with the buggy.", "31A"),
    ("4C can disembark first, the wheelchair is waiting.", "4C"),
    # a seat letter set apart from its number, after a head word or none, in figures or words
    ("19 D keeps asking for more ice.", "19 D"),
    ("Seat 31 C is asking to move.", "Seat 31 C"),
    ("rm 18 c wants a late checkout", "rm 18 c"),
    ("twenty-one K is asking for the captain", "twenty-one K"),
    ("Can someone check on 6 E?", "6 E"),
    ("Fourteen H spilled her wine.", "Fourteen H"),
    # a person noun counted with 'of' and then placed: the group is placed, not the count
    ("The family of five on flight 318 lost a pushchair.", "The family of five on flight 318"),
    ("the party of eight at table 5 asked for the bill", "the party of eight at table 5"),
    ("A family of three in room 210 asked for a cot.", "A family of three in room 210"),
    # a departure named by its time and where it goes, which people are on like a flight
    ("the man on the 07:45 to Leeds left his bag at the gate", "the man on the 07:45 to Leeds"),
    (
        "The couple on the 18:20 from Paris asked about the connection.",
        "The couple on the 18:20 from Paris",
    ),
    (
        "Can you find the lady on the 7.15 to Milton Keynes?",
        "the lady on the 7.15 to Milton Keynes",
    ),
    ("The 21:05 to Glasgow complained about the delay.", "The 21:05 to Glasgow"),
    # a modifier before the head that the parser made the head of the place
    ("side rm 7 keeps calling for the nurse", "side rm 7"),
    ("end bay 2 is shouting for a nurse", "end bay 2"),
    # what belongs to a number is a person's own thing: the number is its owner
    ("The red suitcase belongs to 14D.", "14D"),
    ("The pram by the door belongs to table 6.", "table 6"),
    ("This coat belongs to 12A.", "12A"),
    ("The buggy in the hall belongs to room 14.", "room 14"),
    # on a chat, as on the phone or on hold: where a customer waits to be answered
    ("Ticket 3308 is on webchat again", "Ticket 3308"),
    ("Booking 7130 is on live chat again.", "Booking 7130"),
    ("Case 2210 is waiting on chat.", "Case 2210"),
    ("Account 6710 has been on chat for an hour.", "Account 6710"),
    # a kind of place named by an -ing word, which the parser reads as a clause
    ("camping pitch 14 wants a later checkout", "camping pitch 14"),
    ("changing cubicle 6 is asking for help", "changing cubicle 6"),
    ("sleeping berth 12 keeps ringing the bell", "sleeping berth 12"),
    # a note that only names the number, then a sentence that drops it as the subject
    ("412 again. says the shower is cold", "412"),
    ("Table 6 again. Wants the manager.", "Table 6"),
    ("locker 17. says his phone was taken from the bench", "locker 17"),
    ("Bed 9. Complained about the noise all night.", "Bed 9"),
    # a fronted time or place after a note's label, then the number and its verb
    ("Night report: at 02:10 bed 6 fell getting out of bed.", "bed 6"),
    ("Incident log: at 23:15 room 8 threatened the porter.", "room 8"),
    # a plural head over numbers joined by slashes, and the plural of every bed-like head
    ("the couple in rooms 12/14 want a late checkout", "the couple in rooms 12/14"),
    ("seats 3/4 keep kicking the seat in front", "seats 3/4"),
    ("the babies in cots 2 and 3 are asleep", "the babies in cots 2 and 3"),
    ("the men in bays 2 and 4 are arguing", "the men in bays 2 and 4"),
    # a passive of what is done only to people
    ("Seat 9 was arrested at the gate.", "Seat 9"),
    ("Room 4 was evicted on Friday.", "Room 4"),
]

LISTED: list[tuple[str, list[str]]] = []

# (text, the finding's match, its rewrite): the count of a group goes before 'customers'
REWRITES = [
    (
        "The party of eight at table 5 wants separate bills.",
        "The party of eight at table 5 wants",
        "The eight customers at table 5 want",
    ),
    (
        "the family of three in room 210 asked for a cot",
        "the family of three in room 210",
        "the three customers in room 210",
    ),
]

INNOCENT = [
    # a question with do-support about a thing: it shipped, landed, flooded or was cleaned
    "Did order 7702 ship on Monday?",
    "Did flight 81 land on time?",
    "Why did room 6 flood again?",
    "Did room 19 get cleaned this morning?",
    "Did bay 5 get moved to the annexe?",
    "Why did line 3 drop during the call?",
    "What did return 311 say on the form?",
    "Did ticket 702 close by itself?",
    # 'do' as a main verb, not a question's auxiliary
    "We did room 14 first and then the suites.",
    "Is room 12 being cleaned?",
    "Is order 5512 coming today?",
    "Are flights 20 and 21 landing on time?",
    "Is table 6 ready?",
    "Has order 5512 shipped?",
    "Is room 4 leaking again?",
    "Has room 9 been made up?",
    "Is table 4 free at 8?",
    "What does table 6 look like?",
    # what a place may be fitted with or hold, what a record may carry, a row called
    "Table 4 can seat eight at a push.",
    "Room 22 can have two beds pushed together.",
    "Room 11 can have a cot in it if needed.",
    "Table 5 can have the blinds down in the afternoon.",
    "Room 8 may have a new lock by Friday.",
    "Order 6120 can have a gift note.",
    "Account 5150 can have an overdraft of 300.",
    "Rows 20 to 24 may board now.",
    "Flight 40 may board from gate 12.",
    "Room 4 can board up the broken window.",
    "Room 17 should have the new carpet by Monday.",
    "Room 12 can have the extra bed.",
    "Room 12 can have the spare cot.",
    "Seat 12 can have the footrest.",
    # a letter apart from a number that is no seat: a name, a unit, a grade, a size, a word
    "Meet us at 14 C Street.",
    "Take the 17 F bus to the station.",
    "The kids got two B grades.",
    "Order three D batteries.",
    "temp 38 C at 0300",
    "one C-section booked for Tuesday",
    "Section 12 B is closed for cleaning.",
    "Row 14 C has no legroom.",
    # a count with 'of' that is no group of people, or a size and a time
    "A table of four at 7 is booked.",
    "Packs of six at till 4 are half price.",
    "Sets of 4 in box 2 are missing.",
    "The price of two in room 4 is 90.",
    "A party of six at 8 pm is fine.",
    # a departure as a thing, someone's own trip, a time with no place after it
    "I'm on the 06:10 to Geneva.",
    "My wife is on the 18:20 to Paris.",
    "The seats on the 07:45 to Leeds are all taken.",
    "The driver on the 8:15 to York called in sick.",
    "The 07:45 to Leeds is delayed.",
    "Book the 9:40 to Rome for two adults.",
    "The man at the 10:30 meeting left early.",
    "The woman on the 10:30 shift asked for a break.",
    # the same places said to need or undergo what places do
    "side rm 7 needs a deep clean",
    "end bay 2 is being cleaned",
    "end bay 2 needs a new curtain",
    # what belongs to a place or a record as a part of it
    "The key belongs to room 4.",
    "This chair belongs to table 6.",
    "The keys belong to room 9.",
    "This tray belongs to room 12.",
    "The invoice belongs to order 5512.",
    "This blanket belongs to bed 5.",
    # a chat as a topic, or a record talked about on one
    "Chat 4 is on the agenda.",
    "Order 5512 was mentioned on chat.",
    "Ticket 3308 is on the chat agenda.",
    "Order 5512 came up on chat.",
    # a clause that does something to the place, or the place's own state
    "Cleaning room 4 takes an hour.",
    "Changing bed 4 needs two staff.",
    "Checking seat 14 took ages.",
    "Calling room 4 takes forever.",
    "camping pitch 14 is waterlogged",
    "changing cubicle 6 is out of order",
    # the same notes about a place, a record or a departure
    "Room 4 again. Needs new towels.",
    "Order 5512 again. Shipped to the wrong address.",
    "Room 8. Leaks through the ceiling again.",
    "Flight 40 again. Left without the bags.",
    "Room 12. Was cleaned at noon.",
    "Table 3. Seats six.",
    "Room 9 again. Smells of smoke.",
    "Bed 6. Broke again overnight.",
    "Log: at 03:00 room 14 was cleaned.",
    "Night report: at 02:10 bed 6 was moved to bay 2.",
    "Note: at 9 pm table 4 is free.",
    "Rooms 12/14 need new carpets.",
    "Tables 4/5 are free at 8.",
    "Beds 3/4 were cleaned.",
    "Bays 2 and 4 need cleaning.",
    "Cots 5/6 are in the store room.",
    # a passive with 'get' says what was done to the place, as one with 'be' does
    "Room 12 got cleaned at noon.",
    "Table 6 got booked twice.",
    "Seat 4 got moved to row 9.",
    "Room 7 got painted last week.",
    "Bed 3 got changed this morning.",
]

TECHNICAL: list[str] = []
