"""Locator pack, fourth round: readings that follow from the shape of the clause rather
than from one word, so that new wordings of the same thing are read the same way.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# (text, the finding's match)
POSITIVE = [
    # a tough construction whose infinitive is done to people: the subject is a person
    ("Bed 9 is hard to wake this morning.", "Bed 9"),
    ("Room 12 is a pleasure to deal with.", "Room 12"),
    ("table 7 is lovely to talk to", "table 7"),
    # "X needs VERB-ing" where people are what the verb is done to
    ("Bed 3 needs feeding at lunch.", "Bed 3"),
    # "ready to go home" is said of people
    ("Bed 4 is ready to go home.", "Bed 4"),
    # the same verbs with people's objects and complements
    ("Room 5 got a parking fine and wants it cancelled.", "Room 5"),
    ("Table 2 is lovely and very chatty.", "Table 2"),
    ("Room 11 is waiting at the desk.", "Room 11"),
    ("the two ladies at 14 want the bill", "the two ladies at 14"),
    ("Line 4 is furious and wants a manager.", "Line 4"),
    # short and new names for numbered places and records
    ("rm 604 locked herself out again", "rm 604"),
    ("tbl 9 wants the card machine", "tbl 9"),
    ("bd 11 keeps pulling at her drip", "bd 11"),
    ("pod 3 is asking for his mum", "pod 3"),
    ("patio 6 wants the heater turned down", "patio 6"),
    ("slot 12 is very impatient, can someone serve them", "slot 12"),
    ("delegate 221 lost his badge at lunch", "delegate 221"),
    ("wristband 5120 fainted near the exit", "wristband 5120"),
    # verbs and states that only people have
    ("tbl 6 proposed, bring the fizz", "tbl 6"),
    ("Room 233 is homesick and wants to go home early.", "Room 233"),
    ("Bed 5 is drowsy after the morphine.", "Bed 5"),
    ("Seat 9D needs a meal without nuts.", "Seat 9D"),
    # a bracketed note that describes the number as a person
    ("callbacks: 5531 (furious) before noon", "5531"),
    ("callbacks: 5540 (wants a quote) before noon", "5540"),
    ("pitch 77 (the man with the dog) wants a later slot", "pitch 77"),
    # ward shorthand straight after a number that opens the note
    ("bd 7 c/o headache since lunch", "bd 7"),
    ("12 is nil by mouth from 2 am", "12"),
    ("night list: bed 15 DNACPR, son informed", "bed 15"),
    ("bay 1 bed 3 for theatre at 9", "bay 1 bed 3"),
    # codes said aloud or written with a hyphen
    ("Six-oh-two wants a late checkout.", "Six-oh-two"),
    ("nine-C keeps ringing the call bell", "nine-C"),
    ("Fourteen-Bravo asked for another blanket.", "Fourteen-Bravo"),
    ("Three-Three-Eight-One emailed again about the refund.", "Three-Three-Eight-One"),
    ("eight-fifteen's kids are running in the corridor", "eight-fifteen"),
    ("22-F is refusing to put his bag away", "22-F"),
    ("booth two-one wants the dessert menu", "booth two-one"),
    ("the lady in H-14 wants her coat from the cloakroom", "the lady in H-14"),
    ("G-12 keeps kicking the seat in front.", "G-12"),
    # a number word as the whole answer to a question about who
    ('"Who pressed the call bell?" "Seventeen."', "Seventeen"),
    # an answer to a question about which numbered place did what people do
    ('"Which table is complaining?" "Sixteen."', "Sixteen"),
    ('"Which room rang down?" "318."', "318"),
    # a personal pronoun that opens the next sentence looks back to the number
    ("Please ring 7702 today. He has been very patient.", "7702"),
    ('"Has C12 settled down?" "Yes, she is asleep now."', "C12"),
    ('"Did you reseat ticket 4410?" "Yeah, we gave her the aisle."', "ticket 4410"),
    ('"Is cabin 2 okay?" "He wanted a quieter one, so we moved him."', "cabin 2"),
    ("Room 14 in the east wing keeps calling reception.", "Room 14"),
    # the same verbs with a person's object or complement
    ("Room 4 broke the bedside lamp and wants to pay for it.", "Room 4"),
    ("Table 5 looks furious, go over now.", "Table 5"),
    ("Table 3 ordered two bottles of red.", "Table 3"),
    # a number that opens a clause after a subordinator or a sentence adverb
    ("When table 6 asked for the bill, we had already closed the till.", "table 6"),
    ("Apparently table 9 is celebrating a promotion.", "table 9"),
    ("If cabin 14 complains again, offer them dinner on us.", "cabin 14"),
    # a word for when is not part of the place's name
    ("Yesterday room 1402 threatened to call the police.", "room 1402"),
    # holiday lets and pitches are numbered places too; "show up" is said of people
    ("Tent 14 is complaining about the music.", "Tent 14"),
    ("villa 6 wants a late checkout", "villa 6"),
    ("Registration 229 never showed up to the workshop.", "Registration 229"),
    # 'his' or 'her' in the object makes the subject a person, whatever the verb
    ("locker 31 left his wallet at the pool", "locker 31"),
    # a bare number after a verb of giving
    ("give 508 a voucher for the spa, the lift trapped them", "508"),
    ("215 needs a cot for the baby", "215"),
    ("Room 12 came with his wife and two dogs.", "Room 12"),
    ("Table 4 asked you to bring the bill.", "Table 4"),
    ("the toddler at 21 dropped his spoon twice", "the toddler at 21"),
    # what only people are in; a place with a plural 'have'; wishes
    ("bed 12 is in a lot of pain", "bed 12"),
    ("seat 2C is in a wheelchair, she needs the lift", "seat 2C"),
    ("Flight 88 have been sitting on the tarmac for two hours.", "Flight 88"),
    ("Account 9912 would appreciate a call back.", "Account 9912"),
    ("bunk 4 has been asleep since noon, wake him for dinner", "bunk 4"),
    ("Bed 9 was discharged before his daughter arrived.", "Bed 9"),
    ("thanks to whoever looked after seat 18 on Friday, he emailed us to say so", "seat 18"),
    ("the lads in space 30 of the top deck want a hand with the tyre", "the lads in space 30"),
    # a share of the number that does what people do; reaching someone
    ("The whole of table 10 stood up and sang.", "The whole of table 10"),
    ("We finally got hold of account 4492 after three days.", "account 4492"),
]

INNOCENT = [
    # a tough construction whose infinitive is done to things: the subject is a thing
    "19 is lovely to drive, the new shape estate",
    "22 is a nightmare to work on, everything has rusted",
    "Table 3 is easy to find from the lobby.",
    "Room 40 is hard to heat in winter.",
    # "X wants/needs VERB-ing" said of a thing
    "Table 3 wants resetting before the next sitting.",
    "Bed 6 needs changing after the spill.",
    "Room 12 wants hoovering before the check-in.",
    # states of the place itself
    "Flight 201 is late again.",
    "Flight 88 is full, so offer the standby list the next one.",
    "Flight 45 is ready to leave.",
    "Room 12 is cold, the heating is off.",
    "Room 7 is warm enough now.",
    "Room 3 is lovely and bright.",
    "Bed 2 is empty, ready for the next admission.",
    # how many a place holds; what a place receives
    "Room 3 sleeps four.",
    "Table 10 takes 12 at a push.",
    "Room 4 got a new carpet.",
    "Bed 8 has a new call bell.",
    # an imperative after a comma does not share the subject
    "Line 2 is busy, try again later.",
    "Desk 3 is closed, ask at desk 4.",
    # a thing that is ready somewhere; a booking's size and its time
    "Order 99 is ready for collection at the counter.",
    "Reservation 2210 is for four people at 8.",
    # a line of code does what code does
    "Line 88 throws an error when the list is empty.",
    # the new names as places and records
    "rm 12 is being cleaned, key at reception",
    "slot 4 is free at 10, book it online",
    "Pitch 3 is waterlogged after the storm.",
    "pod 6 is empty and ready for the next one",
    "tbl 4 is reserved for 8 pm",
    "licence 2207 expires in May.",
    "wristband 9001 was scanned at the gate",
    "Put the spare chairs in rm 14.",
    "Pitch 40 sits on the only flat ground in the field.",
    # a passive with its auxiliary left out: the number is what was reported
    "wristband 3318 reported lost, deactivated at noon",
    "card 4471 reported stolen yesterday",
    "table 6 marked paid on the system",
    # brackets that say what the place or record is
    "room 14 (the family room) is free on Friday",
    "order 7710 (shipped) is on its way",
    # the same shorthand words that modify a noun or follow another clause
    "Room 4 for theatre staff only.",
    "Bay 4 is for dialysis equipment.",
    "Bed 12 vomiting bags need restocking.",
    "We moved bed 4 to the corridor, NBM signs are in the cupboard.",
    # number words and hyphens that count, range or date
    "Twenty-one people complained about the noise.",
    "Two complained about the noise, the rest were fine.",
    "Three-four hours is the usual wait.",
    "The score was 3-1 at half time.",
    "Pages 12-14 explain the refund rules.",
    "Incident 2026-11-02: the banner said 'Dear 4471,' all morning.",
    "The 5-A-side league starts on Monday.",
    '"How many came?" "Nineteen."',
    "Seven complained, which is a lot for one night.",
    # what an account or a line has is not a person's
    "Please check 4418's broadband, the line test fails every evening.",
    # a pronoun in the next sentence that looks back to someone else, or to nobody here
    "Send the form to room 4. She will sign it.",
    "Table 14 is free at 8. She can sit there.",
    "Maria rang. Room 4 is ready. She will be down soon.",
    "Room 12 is on the third floor. He likes the view.",
    "I checked ticket 4410 this morning. She had replied overnight.",
    "Ask Anna about 4410. She knows the details.",
    "Beds 3 and 4 need new sheets. She said so twice.",
    "B3 broken frame, B4 blocked for refurb. She wants it fixed today.",
    # a verb that happens to its subject, a linking verb with a thing's complement, what a
    # place loses, how many a place holds
    "Seat 12C broke again, engineers informed.",
    "Bed 8 snapped when the hoist was used.",
    "Table 4 looks great with the new cloths.",
    "Bed 4 feels hard, swap the mattress.",
    "Room 12 feels cold even with the heating on.",
    "Room 14 lost power during the storm.",
    "Table 6 lost a leg when it was moved.",
    "Room 12 sleeps up to six people.",
    "Table 2 seats two people at most.",
    # the same openings before a place or a time
    "When table 6 is free, seat the couple from the bar.",
    "Apparently room 9 was repainted last week.",
    "The courier rang before 9 wanting the gate code.",
    "Before flight 64 departs, check the cargo doors.",
    "Tent 4 is pitched by the river.",
    "Villa 3 has a private pool.",
    "Line 12 shows up in red in the editor.",
    "locker 31 left the key in the door",
    "give 3 tablets with food",
    "hand 2 copies to the auditor",
    "The whole of table 10 is booked for the party.",
    "Half of room 12 is being repainted.",
    "The rest of flight 212 departs at 9.",
    "We took hold of bed 4 and pushed it to the lift.",
    # bare numbers that count, name a road or a plane, are dialled, aged or text speak
    "The M25 was jammed all morning, so he arrived late.",
    "The A380 on this route needs a longer gate, she said.",
    "Hi 2024, goodbye 2023!",
    "Thanks 2 all who came!",
    "Of the 40 who came, 12 complained.",
    "Call 999 if he stops breathing.",
    "He is 84 and still drives.",
    "4 of them asked for a refund.",
    "Tell 3 of your friends about us.",
    "Help 4 is about accessibility.",
    "We won 3-1 and he scored twice.",
    "Kids aged 4-11 eat free, ask her at the desk.",
    # a code that names a vitamin or a condition; a pronoun that is the verb's own object
    "B12 helps her sleep better, the doctor said.",
    "She has T2 diabetes and needs a snack.",
    "Room 9 reminds him of his honeymoon.",
    # what a place comes with; a text that speaks to its reader
    "Room 12 comes with a kettle and a minibar.",
    "Seat 3A comes with priority boarding.",
    "Policy 5521 asks you to report claims within 30 days.",
    "Ticket 9031 tells you everything about the outage.",
    # an hour, a year, our own staff, a part of a text
    "I'm meeting a friend at 8 for dinner.",
    "My wife arrives at 10 on the train.",
    "The woman in 1985 who founded the hotel was a baker.",
    "The couple from 2019 came back this year.",
    "Our team in room 4 will run the workshop.",
    "The guy from section 8 of the manual explains it well.",
    "Row 4 of the spreadsheet asks for the postcode.",
    "Rooms 4 and 5 have been cleaned.",
    "Room 12 is in a quiet corner.",
    "Table 4 is on her list for tomorrow.",
    # a later 'he' or 'she' that looks back to someone else
    "She booked room 12 for her parents.",
    "Order 3302 was shipped to her old address.",
    "Case 2209 was assigned to him yesterday.",
    "Table 6 was his favourite spot in the restaurant.",
    "Room 12 was where she proposed to him.",
    "After ticket 5512 was closed, she reopened it by mistake.",
    "Bed 4 is next to his mother's bed.",
    # a next-sentence pronoun after a place, a thing done to, or a place's state
    "Please clean room 12 before noon. She arrives at two.",
    "Flight 64 is delayed. He will miss his connection.",
    "Is room 4 free? She wants to move.",
    "Order 5521 has shipped. She should get it Friday.",
    # a numbered thing inside a program, a data set or a story
    "Seat 3 in the config wants a boolean.",
    "Room 5 in the game asks the player for a password.",
    "Account 9 in the sample data complains about a late fee.",
    '"Which seat is missing its armrest?" "K12, it snapped last night."',
    '"Which table is free at 8?" "Twelve."',
    '"Which order needs wrapping?" "5521, the anniversary one."',
    # the rest of a list that a head word opened is not a bare number of its own
    "The painters in rooms 4 and 5 asked for the keys.",
    "The B-52s played the encore.",
    "K-9 searched the bags at the gate.",
]


@pytest.mark.parametrize(("text", "match"), POSITIVE)
def test_a_person_round3(text, match):
    assert [m for _rule, m in flagged(text, "locator")] == [match]


@pytest.mark.parametrize("text", INNOCENT)
def test_places_and_things_round3(text):
    assert flagged(text, "locator") == []
