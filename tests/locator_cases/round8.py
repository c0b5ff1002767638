"""Locator pack, ninth round. Readings added:

- a 'have' in the simple present with a fitting as its object says what a place has ('Does
  room 12 have a bath?'), and 'the one with' a fitting is one place among others ('Room 12
  is the one with the balcony'); what someone had or is having ('bed 9 is having a bath
  now', 'Has 12C had a nap yet?') is still done by a person;
- a 'be' put first that asks whether the number is a person, read from the statement it
  asks ('Is ticket 88 the woman who was crying?'); only a person noun or 'the one who' makes
  it a person ('Is claim 5521 the one with the photos?' asks which record);
- a causative 'have' or 'get' of something done to what is the number's own ('Has bed 11
  had her obs done?', 'bay 4 has had his bloods taken'); what is brought or sent to a place
  ('room 12 had her bags taken down') is not;
- new head words: a bar stool's number ('bar 7'), a trade stand ('stand 18'), a pew
  ('pew 6') and a terrace table ('terrace 2'), each with its place-only look-alikes;
- a number after 'for' or 'about' is whom something is for or about, so a pronoun after it
  may look back to it ('Any news about 5530? He rang again', 'a blanket for 22C, she's
  shivering'), if it is an identifier (not 'a table for 4', 'about 300', 'for 2024') and no
  person is named before it ('The engineer is booked for 2231, he'll be there');
- a '#' code after a preposition is read as after a verb ('spoke to #30981'), where it was
  dropped as a bare number mark;
- a 'C' or 'F' set apart after a number that a person noun places ('the lady in 22 C')
  is the seat's letter, not degrees, so the whole code is the span;
- a bare identifier after a verb done to a customer's ticket ('close', 'reopen', 'update',
  'escalate', 'assign') stands for the customer a pronoun after it names ('Please reopen
  3314, she says the bug is back'), where with a head word ('close case 8812') it is the
  record; and an order to the reader followed by 'he said he'd …' is not what he said;
- 'How's 14 coping?', 'How's bed 12 doing today?': a question after how a bare number, a
  bed or a seat is doing, feeling, coping, getting on or holding up, read by word order
  (a room, a flight or an order may be asked after as itself);
- 'Who's 5517?', 'Who is account 3306?': asking who an identifier or a customer record is
  takes it for someone ('Who's 18?' or 'Who's table 6?' may ask which of the staff has it);
- a table set by the window ('table 4 is sitting by the window', 'Tables 2 and 6 sit by
  the door') is a place, as 'table 4 sits by the window' was.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a 'have' of what people do, not in the simple present
    ("Bed 4 is having a shower.", "Bed 4"),
    ("bay 6 has had a nap since lunch", "bay 6"),
    ("Has 12C had a nap yet?", "12C"),
    ("bed 9 is having a bath now", "bed 9"),
    # something done to what is the number's own
    ("Has bed 11 had her obs done?", "bed 11"),
    ("bay 4 has had his bloods taken", "bay 4"),
    ("Has 9 had her hair cut?", "9"),
    ("Has 22 had their obs done?", "22"),
    # new head words
    ("bar 7 wants another negroni", "bar 7"),
    ("the man at bar 3 is asking for the bill", "the man at bar 3"),
    ("stand 18 keeps asking for more chairs", "stand 18"),
    ("the woman on stand 22 has complained about the noise", "the woman on stand 22"),
    ("The boy in pew 6 was sick during the sermon.", "The boy in pew 6"),
    ("terrace 2 is asking for blankets", "terrace 2"),
    ("Terraces 1 and 3 want the parasols up", "Terraces 1 and 3"),
    # whom it is for or about, with a pronoun after
    ("Can you ring about 3318? She says the bill is wrong.", "3318"),
    ("Any news about 5530? He rang again this morning.", "5530"),
    ("Sent the forms for 4471 this morning, he should sign them tonight.", "4471"),
    ("Any update about ticket 7714? She's chasing again.", "ticket 7714"),
    ("a blanket for 22C, she's shivering", "22C"),
    # a '#' code after a preposition
    ("Spoke to #5521 this morning. He's much happier now.", "#5521"),
    ("I spoke to #30981 and she agreed to a callback.", "#30981"),
    ("Can someone talk to #6604? She's asked for a manager twice.", "#6604"),
    # a seat letter set apart after a placed person
    ("The man at 17 F wants water", "The man at 17 F"),
    ("The lady in 22 C keeps ringing the bell.", "The lady in 22 C"),
    ("the guy in 3 C is being sick", "the guy in 3 C"),
    # a bare number after a verb done to a ticket, with a pronoun after
    ("Please don't close 6632 yet, she said she'd send the logs tonight.", "6632"),
    ("Escalate 5521 to tier 2, she's threatening to leave.", "5521"),
    ("Please reopen 3314, she says the bug is back.", "3314"),
    ("Don't close 4419 yet, she hasn't confirmed the fix.", "4419"),
    # asked how they are doing
    ("How's 14 coping since the fall?", "14"),
    ("How's bed 12 doing today?", "bed 12"),
    ("How's 9 holding up?", "9"),
    # asked who the number is
    ('"Who\'s 5517?" "The lady whose boiler died on Christmas Eve."', "5517"),
    ("Who is account 3306?", "account 3306"),
    ("Who's 17F?", "17F"),
    ("Who's order 7710?", "order 7710"),
    # a question whether the number is a person
    ("Is seat 14 the lady who asked for water?", "seat 14"),
    ("Is account 3306 the gentleman with the stammer?", "account 3306"),
    ("Is order 5512 the lady who rang twice?", "order 5512"),
    ("Is case 3390 the man with the flooded kitchen?", "case 3390"),
    ("Is ticket 88 the woman who was crying?", "ticket 88"),
    ("Was seat 3 the man who fainted?", "seat 3"),
    ("Is return 66 the man with the toaster?", "return 66"),
]

INNOCENT = [
    # what a place is fitted with
    "Does room 12 have a bath?",
    "Does room 8 have a shower?",
    "Does suite 3 have a balcony?",
    "Room 12 had a new shower.",
    "room 14 had a shower fitted last week",
    "Room 12 is the one with the balcony",
    "Cabin 7 is the one with the sea view.",
    "401 is the one with the connecting door to 402",
    "table 5 is the one with the lectern",
    # what is brought to a place, or done to the place itself
    "Has room 12 had her bags delivered?",
    "Has room 12 had her bags taken down?",
    "Has room 4 had the carpet cleaned?",
    "Has bed 4 had its sheets changed?",
    "room 9 has had her luggage sent up",
    # the same words for places, parts and amounts
    "bar 5 tap is pouring foam, change the keg",
    "stand 41 has one double socket, max 13A",
    "Please stand 2 metres apart.",
    "See bar 16 of the score.",
    "The bar 2 blocks away is shut.",
    "Stand 12 is by the main entrance.",
    "Pew 4 is reserved for family.",
    "They'll stand 10 deep at the barrier.",
    "Terrace 3 is closed for the wedding.",
    # a count, a year or a price after 'for' or 'about', or a person named before
    "The engineer is booked for 2231, he'll be there at 9.",
    "Book a table for 4, she's bringing her parents.",
    "We had about 300 in, they were all lovely.",
    "The plan for 2024 is ambitious, she said.",
    "We waited for 45 minutes, she was furious.",
    "Maria asked about 4410, she said it was urgent.",
    "It costs about 120 a night, she said.",
    "The rate for 2 adults is £90, she said.",
    # a '#' rank or issue after a preposition
    "It went to #1 in the charts and she was thrilled.",
    "See the fix in #4412, he merged it yesterday.",
    "The song is at #3 this week, she says.",
    "Closed as a duplicate of #8812, she can track it there.",
    # degrees after 'at' or 'in'
    "Keep the water at 60 C for the sauce.",
    "Store the vaccine in 4 C fridges only.",
    # the record with its head word, a year or a count, a place, the speaker
    "I've closed case 8812, he confirmed the fix works.",
    "Close 4410 — it's a duplicate, she opened it twice.",
    "Close 2024, he said the year was done.",
    "We closed 300 tickets last week, she said.",
    "Clean room 22, she said she'd be back at 4.",
    "Don't close till 4, he said he'd be late.",
    "Update ticket 6620 when he replies.",
    # asked after as a place, a flight, a thing
    "How's room 12 doing?",
    "How's flight 22 doing?",
    "How's the 2207 model doing?",
    "How is chapter 3 coming along?",
    # who has a table, who is in a room, what a number is
    "Who's 18?",
    "Who's table 6?",
    "Who's in 4410?",
    "Who is 4410 assigned to?",
    "Who's room 12?",
    "Who was 1984 written by?",
    # which place or record, not who
    "Is claim 5521 the one with the photos?",
    "Is room 12 the family room?",
    "Is 17F the window seat?",
    "Is chapter 12 the one where she dies?",
    "Is page 12 the one that lists the staff?",
    "Is ticket 4410 the printer issue?",
    "Is table 9 the big round one?",
    "Is room 12 the one with the balcony?",
    # a table placed by the window
    "table 4 is sitting by the window",
    "Tables 2 and 6 sit by the door and get a draught.",
    "table 11 is standing next to the bar",
]
