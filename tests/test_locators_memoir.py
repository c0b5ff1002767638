"""Locator pack: the reading of stories and memories of a customer named by number
(custlint/engine/kinds/locator/memoir.py). In memoirs, blogs, team anecdotes and reviews
staff remember a customer by the seat, bed, room, table, pitch or account and then say who
they were: a person noun set beside it ('a retired judge who ordered the same soup'), an age
('ninety-one years old'), a 'he' or 'she' ('she paid every bill in pound coins'), or family
of its own ('I knew bed 9's granddaughters by name'). Its look-alikes tell the same stories
of places, things, records, years, staff and vehicles ('the view over the harbour', 'the bug
that vanished on its own', 'I'll never forget 1998', 'the nurse who ran it', 'flight 31'),
or name someone else ('Maria never forgot ticket 1209: she fixed it').

Every sentence here was written for these tests. The persons marked `# before` were flagged
already by the code before this reading (7d74dd3), by the appositions of `described` and the
pronouns of `backref`; the other 31 were missed by it. Every look-alike in INNOCENT passes
both before and after, so they guard the new reading, but the one marked `# fixed`, a year
the old code read as a person; the two that say a place's state and then 'he' or 'she'
('Suite 9 was spotless; she said ...') were flagged by a first draft of it.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches

# (text, the finding's match)
FLAGGED = [
    (
        "I'll always remember 31B: a retired miner on his first holiday in forty years.",
        "31B",
    ),  # before
    ("By my last week on the ward I knew bed 9's granddaughters by name.", "bed 9"),
    ("Ticket 5520 became famous in the office: he rang every morning at nine.", "Ticket 5520"),
    (
        "There was a photo of 7730 pinned by the kettle: a grandmother who spotted the "
        "fraud herself.",
        "7730",
    ),
    (
        "Table 11 taught me more about service than any course: an old couple celebrating"
        " sixty years.",
        "Table 11",
    ),
    ("I miss room 204, the old sailor who told stories every evening.", "room 204"),
    ("I'll always remember bed 3, an eighty-year-old who sang hymns at night.", "bed 3"),
    (
        "I still remember 14D: ninety-one years old and flying to meet her great-grandson.",
        "14D",
    ),  # before
    (
        "Twenty years at the front desk and I still think about room 318 - he left a "
        "thank-you card every single morning.",
        "room 318",
    ),  # before
    (
        "We used to tell stories about table 22: a retired judge who ordered the same "
        "soup for a decade.",
        "table 22",
    ),
    (
        "Account 88 became a bit of a legend in the branch: she paid every bill in pound coins.",
        "Account 88",
    ),
    (
        "I'll never forget case 4471: a widower who wanted us to keep his late wife's "
        "number active.",
        "case 4471",
    ),  # before
    (
        "Our volunteers still talk about pitch 40 - two grandmothers, a tandem and a cool"
        " box of scones.",
        "pitch 40",
    ),
    (
        "The crew all remembered cabin 6112: a honeymooning couple who got engaged again on deck.",
        "cabin 6112",
    ),
    (
        "Everyone at the gym knew locker 19's husband, who waited in the cafe every Saturday.",
        "locker 19",
    ),  # before
    (
        "My first week on the help desk I learned everything from ticket 30781; I'll "
        "never forget ticket 30781: a retired engineer who sent us diagrams of our own "
        "router.",
        "ticket 30781",
    ),  # before
    (
        "Ten years of cabin crew and I'll still never forget 23A: a frightened teenager "
        "on her way to her dad's funeral.",
        "23A",
    ),  # before
    (
        "On the hospice blog she wrote that she would always remember room 9, a former "
        "dancer who taught the night staff to waltz.",
        "room 9",
    ),
    ("Bed 12 changed how I nurse: a farmer in his nineties who wanted his dog to visit.", "Bed 12"),
    (
        "I still laugh about order 55012 - she sent a handwritten letter asking us to "
        "wrap every sock separately.",
        "order 55012",
    ),  # before
    (
        "The site manager's memoir has a chapter about chalet 4: a family of five who "
        "came every August for thirty years.",
        "chalet 4",
    ),  # before
    ("I'll never forget seat 44: aged 97 and at her first opera.", "seat 44"),
    (
        "Our support team had a running joke about 4410 - he opened a ticket every time it rained.",
        "4410",
    ),
    (
        "Membership 2208 was the first we ever sold: the owner's grandad, who still swims"
        " on Tuesdays.",
        "Membership 2208",
    ),
    (
        "Every housekeeper on this floor remembers suite 12: a famous novelist who hid "
        "chocolate in the wardrobe.",
        "suite 12",
    ),
    (
        "I'll always remember booking 7719, a bride who arrived with her own string quartet.",
        "booking 7719",
    ),  # before
    (
        "I knew table 3's kids better than my own nephews by the end of that summer.",
        "table 3",
    ),  # before
    (
        "Policy 60021 stayed with me for years: a young widow who had never handled the "
        "bills before.",
        "Policy 60021",
    ),
    ("I'll never forget 18C: she clapped when we landed, every single flight.", "18C"),  # before
    (
        "We still joke about claim 9913 - he sent us photos of the hail next to a banana "
        "for scale.",
        "claim 9913",
    ),  # before
    (
        "The bed and breakfast's guestbook has a page about room 11: a pensioner who "
        "cycled from Land's End.",
        "room 11",
    ),  # before
    (
        "I'll never forget cubicle 5: a young mum who sang to her baby through the whole night.",
        "cubicle 5",
    ),  # before
    (
        "The ferry crew still tell stories about berth 27: an old sea captain who "
        "corrected our knots.",
        "berth 27",
    ),
    (
        "Ref 55190 became a legend on our desk: she wrote in every week to thank the driver.",
        "Ref 55190",
    ),
    (
        "I'll always remember loan 3304: a young couple buying their first van for their bakery.",
        "loan 3304",
    ),  # before
    ("I miss villa 8, the Dutch grandmother who baked for the whole staff.", "villa 8"),  # before
    ("I'll never forget 5517: eighty-seven years old and still disputing a 3p charge.", "5517"),
    ("At the hospice I knew room 5's daughters by their footsteps.", "room 5"),  # before
    (
        "I still think of table 17 - an elderly gentleman who ate alone and tipped in poems.",
        "table 17",
    ),  # before
    ("Bay 2 taught me patience: a retired postman with very firm views on tea.", "Bay 2"),
    (
        "I'll always remember account 12: the founder's mum, who bought our first dial-up plan.",
        "account 12",
    ),
    (
        "The festival's volunteers still talk about tent 61: two pensioners and a very "
        "old spaniel.",
        "tent 61",
    ),
    (
        "I'll never forget seat 2B - he proposed to the woman across the aisle at 30,000 feet.",
        "seat 2B",
    ),  # before
    (
        "I'll always remember card 4410: a student who bought one coffee a day for four years.",
        "card 4410",
    ),  # before
    (
        "Room 7 became the talk of the hotel: he brought his own pillow, kettle and goldfish.",
        "Room 7",
    ),
    (
        "Nobody on the team forgets table 9: a grandfather who taught all of us to fold napkins.",
        "table 9",
    ),  # before
    ("I remember 6C: in her eighties and the first in the queue for the slide.", "6C"),  # before
    (
        "The nurses on the unit all knew bed 21's grandkids, who came every evening with a comic.",
        "bed 21",
    ),
    ("I still miss caravan 3, the widower who fed every cat on the site.", "caravan 3"),  # before
    (
        "Plot 14 was the best of our first year: a retired teacher who grew giant marrows.",
        "Plot 14",
    ),
    (
        "I'll never forget tenant 88: a young nurse who paid her rent early every month.",
        "tenant 88",
    ),  # before
    (
        "We had a running joke about room 101 - she complained about the ghost every night.",
        "room 101",
    ),  # before
    (
        "I still think about seat 9A, the little boy who drew the pilot a picture.",
        "seat 9A",
    ),  # before
    (
        "Mortgage 7731 taught me more than any training: a couple of pensioners who "
        "refused to give up their farm.",
        "Mortgage 7731",
    ),
    ("I'll always remember 28F, a veteran who saluted every member of the crew.", "28F"),
    (
        "Every trader at the market knew stall 12's husband, who kept everyone in tea.",
        "stall 12",
    ),  # before
    (
        "I'll never forget 4402: he rang every Friday just to say the bill was correct.",
        "4402",
    ),  # before
    ("I'll always remember cottage 2, a retired vicar who read to the other guests.", "cottage 2"),
    (
        "Ticket 9910 became a legend on our team: she escalated a typo to the chief executive.",
        "Ticket 9910",
    ),
    (
        "The hostel staff still joke about bunk 14: an Australian surfer who slept "
        "through three fire alarms.",
        "bunk 14",
    ),
    (
        "I knew room 402's wife before I ever met him; she rang the desk every night.",
        "room 402",
    ),  # before
]

INNOCENT = [
    "I'll never forget room 12: the view over the harbour.",
    "I knew bed 9's quirks, the stiff brake and the squeaky wheel.",
    "Ticket 5520 became famous in the office: the bug that vanished on its own.",
    "We still laugh about flight 42 - always delayed.",
    "There was a photo of 7730 pinned by the kettle: the first boiler we fixed.",
    "I'll never forget 1998.",
    "I'll never forget 1998: a skinny kid with a mop and big dreams.",  # fixed
    "Account 12 was the first line we ever sold: a dial-up plan with a free mousemat.",
    "I'll always remember seat 31B: the only window seat with no window.",
    "I still think about room 318 - the wallpaper was a crime.",
    "We used to tell stories about table 22: wobbly leg, terrible light, best view in the house.",
    "Account 88 became a bit of a legend in the branch: it was overdrawn for eleven "
    "years straight.",
    "I'll never forget case 4471: the longest thread we ever had, 340 emails.",
    "Our volunteers still talk about pitch 40 - the one that flooded every single year.",
    "The crew all remembered cabin 6112: the cabin with the haunted porthole.",
    "Everyone at the gym knew locker 19's combination.",
    "I'll never forget ticket 30781: the printer driver that took down the whole office.",
    "I'll never forget 23A: the seat that broke mid-flight.",
    "She would always remember room 9, the room where she first worked nights.",
    "Bed 12 changed how I nurse: a new pressure mattress that actually works.",
    "I still laugh about order 55012 - it went to Iceland instead of Ireland.",
    "The site manager's memoir has a chapter about chalet 4: the roof that blew off in 1987.",
    "I'll never forget seat 44: the worst view in the theatre.",
    "Our support team had a running joke about error 4410 - it only happened on Tuesdays.",
    "Membership 2208 was the first we ever sold: a gold tier with free towels.",
    "Every housekeeper on this floor remembers suite 12: the bath that leaked into the ballroom.",
    "I'll always remember booking 7719, the first one our new system ever took.",
    "I knew table 3's wobble better than my own handwriting.",
    "Policy 60021 stayed with me for years: a flood claim worth more than the house.",
    "I'll never forget 18C: it had the only working screen on the plane.",
    "We still joke about claim 9913 - the paperwork weighed four kilos.",
    "I'll never forget cubicle 5: the curtain rail fell on the consultant.",
    "The ferry crew still tell stories about berth 27: the hatch that only opened from outside.",
    "Ref 55190 became a legend on our desk: the parcel that went round the world twice.",
    "I'll always remember loan 3304: our first loan over a million.",
    "I miss villa 8, the pool and the lemon trees.",
    "I'll never forget 1209: the year our region lost power for a week.",
    "At the hospice I knew room 5's creaks by heart.",
    "I still think of table 17 - the round one by the fire.",
    "Bay 2 taught me patience: the monitors alarmed every twenty minutes.",
    "I'll always remember account 12: the first direct debit we ever set up.",
    "The festival's volunteers still talk about tent 61: it took eleven of us to put it up.",
    "I'll never forget seat 2B - the tray table came off in my hand.",
    "I'll always remember card 4410: the first contactless payment in the shop.",
    "Room 7 became the talk of the hotel: the mural in the bathroom.",
    "Nobody on the team forgets table 9: the chef proposed to the sommelier there.",
    "I remember 6C: the hinge squeaked every time anybody moved.",
    "The nurses on the unit all knew bed 21's settings by heart.",
    "I still miss apartment 3, the sunny one above the bakery.",
    "Plot 14 was the best of our first year: giant marrows and a greenhouse.",
    "I'll never forget tenant 88: a tenancy that ran for forty years without a rent rise.",
    "We had a running joke about room 101 - the heating only worked in August.",
    "I still think about seat 9A, the one with the broken armrest.",
    "Mortgage 7731 taught me more than any training: a fixed rate that went badly wrong.",
    "I'll always remember 28F, the seat with extra legroom nobody knew about.",
    "Every trader at the market knew stall 12's awning, which leaked on everyone.",
    "I'll never forget 4402: the invoice that had the wrong VAT rate for a year.",
    "I'll always remember cottage 2, the thatched one by the river.",
    "Ticket 9910 became a legend on our team: the typo that took down checkout.",
    "The hostel staff still joke about bunk 14: it collapsed under a rucksack.",
    "I knew room 402's minibar better than the guests did.",
    "I'll never forget flight 31: a crying baby and a very drunk stag party.",
    "I'll never forget flight 212: the captain landed it in a crosswind that scared everyone.",
    "I'll never forget number 10: a striker who never missed a penalty.",
    "I'll never forget desk 4: a grumpy clerk who stamped everything twice.",
    "Maria will never forget ticket 1209: she fixed it in an hour with one line.",
    "I'll never forget ticket 1209: she fixed it in an hour and we all went to the pub.",
    "I'll never forget room 12: a guest had left a python in the bath.",
    "I'll never forget room 12: the manager screamed at the plumber.",
    "I'll never forget 3-1: the night we won the cup.",
    "We still talk about 1966: the year England won.",
    "I'll always remember 2004: my first job on a hotel desk.",
    "I'll never forget chapter 14: a retired detective who solves a murder on a train.",
    "I still remember page 88: an old fisherman and his nephew.",
    "I'll never forget car 14: a retired cop who drove it for twenty years.",
    "I'll never forget line 4: the engineer who rewired it on Christmas Day.",
    "I'll always remember gate 12: the boarding agent who sang the announcements.",
    "Ambulance 3 was my first posting: a paramedic who had done thirty years.",
    "We still talk about bay 4: the nurse who ran it for twenty years.",
    "I'll never forget table 14: the waiter dropped a whole tray of oysters.",
    "I'll never forget table 14: our sommelier proposed there.",
    "Table 14 taught me more about plating than any chef: the lighting was perfect for photos.",
    "I remember room 412, where my grandmother stayed on her honeymoon.",
    "I'll never forget room 412: my grandparents' honeymoon suite.",
    "Ticket 4410 became a legend on our team: it was reopened nineteen times.",
    "We still laugh about ticket 4410 - the fix was one missing comma.",
    "There was a photo of room 12 in the lobby: the view from the balcony.",
    "The wall had a photo of 4001 on it: the first engine we rebuilt.",
    "I'll never forget room 12, the smallest in the hotel.",
    "I'll never forget room 12, with its view of the docks.",
    "I'll always remember seat 17F: nothing but a wing and a rainstorm.",
    "I know 4471 by heart: it's our old office fax number.",
    "I knew 5820 was the wrong code before I even dialled it.",
    "Everyone remembers 999: it's the emergency number.",
    "I'll never forget 42: the answer to everything.",
    "I'll never forget account 12: the overdraft hit nine grand.",
    "Account 12 was the first line we ever sold: a business broadband contract.",
    "I miss bed 4, the comfy one by the window.",
    "I'll always remember bed 3, the one with the view of the garden.",
    "I knew bed 14's grandchildren beds in the children's ward too.",
    "Room 12's sister suite is on the floor above.",
    "I knew ticket 88's parent ticket had been closed already.",
    "The wall had a photo of pitch 212 on it: mud, tents and a tractor.",
    "Pitch 212 taught me more about festivals than any manual: never camp at the bottom of a hill.",
    "We had a running joke about bus 31 - always late.",
    "We had a running joke about platform 4 - the pigeons owned it.",
    "I'll never forget seat 26C: the armrest was held on with tape.",
    "We still tell stories about order 8810: a pallet of rubber ducks that went to a funeral home.",
    "Ticket 1209 became a legend on our team: a bug report written entirely as a poem.",
    "I still remember table 6: a big round table by the bay window.",
    "I'll always remember cabin 12: a tiny bunk room below the waterline.",
    "I'll never forget case 77: a theft from a warehouse in Leeds.",
    "Locker 19 became a legend at the gym: the door never closed properly.",
    "I'll never forget booking 4410: a wedding for three hundred guests.",
    "I'll never forget booking 4410: a conference for 200 delegates.",
    "Plot 14 was the best of our first year: the soil was perfect.",
    "I'll never forget room 9: a nurse's station converted into a bedroom.",
    "I'll never forget room 9, Dr Patel's old office.",
    "We all remember suite 4 - the CEO's favourite meeting room.",
    "I'll never forget 2B: the engine cowling that came loose.",
    "Tom never forgot bed 6: he slept there for a month after his surgery.",
    "My dad always remembered room 22: he proposed to my mum in it.",
    "I'll always remember seat 12C: my first flight as a pilot.",
    "I'll never forget 26C: my brother's seat on our first trip together.",
    "I knew bed 9's brakes, the stiff one and the loose one.",
    "Room 5's neighbours complained about the noise all night.",
    "Our help desk still talks about incident 4471: a fire in the server room.",
    "I'll never forget claim 5512: a hailstorm that flattened a greenhouse.",
    "I'll never forget order 3309: a birthday cake shaped like a tractor.",
    "Room 12 is a single: a bed, a desk and a kettle.",
    "Table 6 was free at eight: a couple walked in without a booking.",
    "Room 412 needs new linen: the stains won't come out.",
    "Deliver the towels to room 839: a fresh set for the bathroom.",
    "The score was 4-1: a thrashing we still talk about.",
    "We still joke about 10:15 - the time the boiler always trips.",
    "I remember 7B, the flat above the chip shop where I grew up.",
    "Ticket 88102 became a legend: a 40-page log file and a screenshot of a cat.",
    "I'll never forget 4001: the pin code to the old vault.",
    "I'll never forget cottage 2, my grandmother's holiday home.",
    "We had a running joke about 31 - our version number that never shipped.",
    "We had a running joke about 31: the bus that never came.",
    "I'll always remember 14C: the seat my daughter picked on her first flight.",
    "I'll never forget row 12: a wall of screaming toddlers on a red-eye.",
    "Table 9 taught me how to carry four plates: a wide table with a narrow aisle.",
    "I'll never forget account 4471: a bank transfer from a nigerian prince.",
    "Everyone on the ward knew bed 2's alarm, which went off every hour.",
    "I'll never forget booking 7719: a mistake in the system that doubled every room.",
    "The crew all remembered 14F, the seat where the oxygen mask dropped by itself.",
    "We still laugh about seat 30A - a window seat facing a solid wall.",
    "I'll always remember tenant 88: a tenancy agreement that was twelve pages of typos.",
    "I'll never forget locker 19: my first padlock and my first broken key.",
    "I miss room 204, my office for ten years.",
    "Suite 9 was spotless; she said it was the nicest room of her whole trip.",
    "Table 4 is draughty; he would like to move nearer the fire.",
    "I'll never forget bed 3: a broken spring and a lumpy pillow.",
]


@pytest.mark.parametrize("text,match", FLAGGED)
def test_flagged(text, match):
    assert locator_matches(text) == [match], text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
