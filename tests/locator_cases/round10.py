"""Locator pack, eleventh round. Readings added:

- a slash or plus list of seat codes is cut into its codes by the tokenizer, so each is
  a person of its own as in an 'and' list ('2C/2D/2F all want the fish', '19D+19E want
  to swap'); '24/7', '3/4' and codes that are things ('14A/14B have no power') are left;
- a booking reference of capitals and digits after 'booking ref', 'PNR', 'ref',
  'confirmation' ('booking ref XK4P2L called to complain', 'PNR 6HXQ2T called again'),
  and a contract number as an account ('contract 4009 wants to cancel'); the record
  itself ('booking ref XK4P2L was cancelled', 'contract 4009 expires in May') is left;
- 'Order #88120 called to complain': a call made, which the parser reads as a participle
  after the number;
- passives whose subject can only be a person: seen doing what people do, found on the
  floor, seen by a clinician, given care, a seat moved to another seat or a class ('Bed
  11 was found on the floor', '14C was seen smoking', '12B was moved to 14A'); a place
  found, seen or given a thing ('Room 308 was found unlocked') is left;
- a call button or bell pressed, or a body's own parts moved ('31C keeps hitting the
  call button', 'Table 4 keeps clicking their fingers'), not a place that has a call
  button or a machine that triggers a buzzer;
- 'the lady in 308 rang again': the call the parser glued to the number as a noun;
- 'tell 9130 dinner seating moved': what is told, with no 'that', after the number; and
  'tell maintenance 14C has no reading light' tells a listener about a place;
- sunbed and stall as head words.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # booking references and contracts
    ("booking ref XK4P2L called to complain about the transfer.", "booking ref XK4P2L"),
    ("Booking ref QX77TR is asking for a refund.", "Booking ref QX77TR"),
    ("PNR ZX9KQ2 wants an aisle seat.", "PNR ZX9KQ2"),
    ("PNR 6HXQ2T called again about her refund.", "PNR 6HXQ2T"),
    ("Ref AB12CD rang again about the deposit.", "Ref AB12CD"),
    ("contract 4009 wants to cancel.", "contract 4009"),
    ("Contract 2231 is threatening to go to the ombudsman.", "Contract 2231"),
    ("The couple on contract 4009 are disputing the fuel charge.", "The couple on contract 4009"),
    ("Order #88120 called to complain about the size.", "Order #88120"),
    # passives of what is done to people only
    ("Bed 11 was found on the floor at 3am.", "Bed 11"),
    ("14C was seen smoking in the toilet.", "14C"),
    ("Bed 7 was seen by the registrar.", "Bed 7"),
    ("17F was given oxygen by the crew.", "17F"),
    ("12B was moved to 14A after the spill.", "12B"),
    # a call button pressed, a body's own parts moved
    ("31C keeps hitting the call button.", "31C"),
    ("14B keeps hitting the call bell.", "14B"),
    ("22A hit the call button three times.", "22A"),
    ("Table 4 keeps clicking their fingers at the waiters.", "Table 4"),
    # the call glued to the number
    ("The lady in 308 rang again about the heating.", "The lady in 308"),
    # told, with no 'that'
    ("tell 9130 dinner seating moved to eight", "9130"),
    ("Tell 412 room service is closed tonight.", "412"),
    # head words
    ("Sunbed 14 wants another towel.", "Sunbed 14"),
    ("Stall 7 is complaining about the rent.", "Stall 7"),
]

# (text, every match in order)
LISTED = [
    ("2C/2D/2F all want the fish, only 2 left", ["2C", "2D", "2F"]),
    ("19D+19E want to swap with each other.", ["19D", "19E"]),
    ("14A/14B are asking for water.", ["14A", "14B"]),
    ("upgrade 19D+19E to J if space, honeymooners", ["19D", "19E"]),
    ("3A/3B want vegetarian meals.", ["3A", "3B"]),
]

INNOCENT = [
    # slash and plus lists that are things
    "2C/2D/2F are blocked for crew.",
    "19D+19E are broken, do not sell.",
    "14A/14B have no power.",
    "Use 24/7 support if you need help.",
    "402/404 errors appear in the log.",
    "The score was 3+4 in the final.",
    "12C+12D seats are extra legroom.",
    "2D/3D are supported.",
    # the record, not the person
    "booking ref XK4P2L was cancelled.",
    "contract 4009 expires in May.",
    "Booking ref QX77TR is confirmed.",
    "Contract 2231 was signed last week.",
    "PNR ZX9KQ2 has two segments.",
    "PNR 6HXQ2T was split after she called.",
    "Ref AB12CD is not valid.",
    "Contract 881 covers the office printers.",
    "Your booking ref XK4P2L is attached.",
    "Please quote booking ref XK4P2L when you call.",
    "Confirmation K7T2PQ was sent to the customer.",
    "We contract 3 cleaners every summer.",
    "Booking ref LM3Q8P includes breakfast.",
    "Order 4410 called Gift Box was shipped.",
    # passives of places and things
    "Bed 11 was stripped and remade.",
    "Table 6 was cleared and reset.",
    "Room 512 was cleaned at noon.",
    "14C was found broken during the check.",
    "Room 308 was found unlocked.",
    "Bed 2 was found to have a broken rail.",
    "22A was blocked for crew rest.",
    "Bed 9 was seen to be wobbling.",
    "Bed 6 was moved to the other bay for cleaning.",
    # call buttons a place has, machines
    "Seat 4 has a broken call button.",
    "Bed 2 needs a new call bell.",
    "Room 12 has a buzzer.",
    "Line 4 keeps triggering the buzzer.",
    "Trolley 2 hit the call button on the wall.",
    "Door 12 keeps hitting the wall when it opens.",
    "The fault in 22A keeps tripping the call light.",
    "Room 208 keeps flooding after heavy rain.",
    # a call the number's place makes
    "The phone in 308 rang twice.",
    "The boiler in 308 rang out.",
    "The alarm in 405 went off twice.",
    # told about a place
    "tell maintenance 14C has no reading light",
    "tell housekeeping 412 needs towels",
    "Tell 4 dinner guests the kitchen closes at ten.",
    "Remind 33 pool hours changed.",
    "The sign says 412 is closed.",
    # head words as places
    "Stall 7 sells the best cheese.",
    "Sunbed 14 has a broken leg rest.",
    "Sunbeds 3 and 4 are free.",
    "Stall 7 opens at nine.",
]

TECHNICAL = []
