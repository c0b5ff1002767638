"""Locator pack: review (round 11b) of three readings, by look-alikes written for this review
and the persons each reading is for.

1. 'they', 'them', 'their' looking back to a list of codes (locator/backref.py,
   `listed_then_they`): '12A and 12C are on a connection, let them off first';
2. a number compared with the other customers (locator/compared.py): 'Trolley 4 has been here
   longer than any other patient tonight';
3. a phone number or a registration as its holder (locator/phones.py, CL215): '07700 900812
   rang again, she wants the engineer's name'.

The look-alikes aim at each reading's edges: lists of codes followed by a 'they' that means the
codes as things, their staff or a third party; comparisons said of places, staff, products,
documents and a chain's branches; phone numbers and plates as contact details, service lines,
phone menus, fleet cars, adverts, labels, logs and numbers shaped like phones (serials,
tracking numbers, ISBNs, IBANs, sort codes). Every sentence here was written for these tests.

Rows marked xfail are known: persons missed before and after this review (`MISSED`), false
alarms of older readings (`OTHER_READING`), and the list reading's staff at numbered stations,
which nothing in the sentence tells from customers at numbered tables (`THEY_STAFF`).
"""

from __future__ import annotations

import pytest

from custlint.api import lint_documents
from custlint.config import Settings
from custlint.sources.plaintext import read_text


def _known(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


MISSED = "a known miss, before this review as after"
OTHER_READING = "a false alarm of an older reading, before these readings as after"
THEY_STAFF = (
    "listed_then_they: staff at numbered tills, desks or stations ('they want change for the "
    "float', 'thank them for holding the fort') read like customers at numbered tables; only "
    "knowing what the numbers are tells them apart, so no guard is kept"
)

# list of codes, then 'they': (text, the finding's match).
THEY_PERSONS = [
    (
        "Can you nip over to 14B and 14C? They've been complaining about the heat since takeoff.",
        "14B",
    ),
    pytest.param(
        "Pop back to 22 and 23, they're demanding to speak to the manager.",
        "22",
        marks=_known(MISSED),
    ),
    ("Could someone go over to 3A and 3C? They're shouting at each other.", "3A"),
    ("12A and 12C are on a connection, let them off first.", "12A"),
    ("21 and 22 are together, fire their starters.", "21"),
    ("Head over to 6 and 8, they've been waving for the bill.", "6"),
    ("Nip back to 31D and 31E? They're arguing about the armrest again.", "31D"),
    pytest.param(
        "Go to 4 and 5, they've been waiting for their mains for forty minutes.",
        "4",
        marks=_known(MISSED),
    ),
    ("40221 and 40237 are on hold, thank them for waiting.", "40221"),
    ("Can you pop to 18 and 19? They're asking about the wine list.", "18"),
    ("7C and 7D are on their honeymoon, they'd love a window.", "7C"),
    ("Could you go back to 2E and 2F? They've been swearing at the crew.", "2E"),
    ("14 and 15 are together, bring their desserts at the same time.", "14"),
    ("Wander over to 9 and 10, they're celebrating an anniversary.", "9"),
    pytest.param(
        "Pop over to 36A and 36B? They've been pressing the call bell for ages.",
        "36A",
        marks=_known(MISSED),
    ),
    ("Head back to 27 and 28, they're complaining the steak is cold.", "27"),
    ("5A and 5C are on a tight connection, help them off first.", "5A"),
    ("Nip over to 11 and 12? They want to order more drinks.", "11"),
    pytest.param(
        "Can you go to 44J and 44K? They've been crying since Doha.", "44J", marks=_known(MISSED)
    ),
    ("Pop to 301 and 303, they're complaining about the noise.", "301"),
    pytest.param(
        "Go back to 8C and 8D, they've been arguing with the couple behind.",
        "8C",
        marks=_known(MISSED),
    ),
    ("Can you run over to 16 and 17? They're threatening to leave a bad review.", "16"),
    ("3 and 4 are together, bring their bill on one plate.", "3"),
    ("Head to 19A and 19B, they're asking for blankets.", "19A"),
    ("Could you pop back to 24 and 25? They've been shouting at the waiter.", "24"),
    ("Nip to 10D and 10E, they're demanding a refund for the film.", "10D"),
    ("Walk over to 13 and 14? They've been complaining about the draught.", "13"),
    ("2A and 2C are with the tour group, reassure them about the coach.", "2A"),
    ("Pop back over to 29 and 30, they're swearing at the bouncer.", "29"),
    ("Can you go over to 15A and 15B? They want to swap seats.", "15A"),
    ("Go over to 6 and 7? They're moaning about the music.", "6"),
    pytest.param(
        "Nip over to 41 and 42, they've been waiting ages for their coffees.",
        "41",
        marks=_known(MISSED),
    ),
    ("Pop over to 20C and 20D, they're asking whether the lounge is open.", "20C"),
    ("Could you go back to 35 and 36? They're arguing about the bill.", "35"),
    pytest.param(
        "Head over to 4F and 4G, they've been complaining about the smell.",
        "4F",
        marks=_known(MISSED),
    ),
    ("Can you pop to 201 and 202? They're furious about the wifi.", "201"),
    ("Go to 9A and 9B, they're shouting at the screen.", "9A"),
    ("Wander back to 17 and 18, they want to see the dessert menu.", "17"),
    ("Pop down to 26 and 27, they've been waving at the bar for ten minutes.", "26"),
    ("Can someone nip over to 11A and 11B? They're bickering over the window blind.", "11A"),
    ("12 and 13 are together, bring their drinks first.", "12"),
    pytest.param(
        "Go back over to 5 and 6, they're demanding to see the chef.", "5", marks=_known(MISSED)
    ),
    ("Could you head over to 33A and 33C? They've been complaining since boarding.", "33A"),
    ("Pop to 108 and 110, they're asking for late checkout.", "108"),
    ("Nip back to 23B and 23C, they're upset about the delay.", "23B"),
    ("Head to 7 and 8? They've been shouting at the referee.", "7"),
    ("Can you go over to 2 and 3? They want their steaks well done.", "2"),
    ("Go over to 46 and 47, they've been crying since the film ended.", "46"),
    ("Pop back to 14E and 14F? They're arguing with the purser.", "14E"),
    pytest.param(
        "Nip over to 30 and 31, they're complaining about the queue.", "30", marks=_known(MISSED)
    ),
    ("12A and 12C are together, thank them for swapping.", "12A"),
    ("5 and 6 are on the same connection, remind them the bus leaves at six.", "5"),
    ("Pop to 4 and 5, warn them the kitchen closes at ten.", "4"),
    ("21 and 22 are together, their mains are ready.", "21"),
    ("Pop to 14 and 15, ask them to keep the noise down.", "14"),
]

THEY_INNOCENT = [
    "Rooms 204 and 206 share a bathroom; they were refitted in March.",
    "12A and 12C have no window, they're over the wing.",
    "Lockers 14 and 15 jammed again, the porters say they need new hinges.",
    "Pumps 3 and 4 are out of order, they'll be fixed tomorrow.",
    "Cabins 7 and 8 flooded last night; they smell of damp.",
    "Bays 3 and 4 are for electric cars, they charge at 22 kW.",
    "Printers 2 and 3 keep jamming, they're older than the office.",
    "Gates 12 and 14 close at 9:40; they reopen after the bank holiday.",
    "Trucks 41 and 42 left Leeds at six, they should reach the depot by noon.",
    "Invoices 3381 and 3382 went out late, they were queued behind the audit.",
    "Tickets 5521 and 5522 were merged, they were about the same outage.",
    "Beds 3 and 4 were stripped this morning; they're ready for new admissions.",
    "Tables 6 and 7 seat four each, push them together for the party of eight.",
    "Seats 14A and 14B don't recline, tape them off before boarding.",
    "Rooms 310 and 312 were cleaned; housekeeping says they passed inspection.",
    "Units 5 and 6 are empty and the landlord wants them let by June.",
    "Stalls 8 and 9 were empty, so the market warden let them to a florist.",
    "Plots 22 and 23 are vacant, we'll let them next season.",
    "Flats 4 and 5 are vacant, we're letting them furnished from May.",
    "Cars 7 and 12 failed the MOT, ask the garage to collect them.",
    "Orders 4410 and 4411 shipped together, they should arrive Monday.",
    "Cases 8812 and 8813 are duplicates; close them both.",
    "Rooms 101 and 102 connect, and a door between them can be unlocked on request.",
    "Desks 4 and 5 are hot desks, book them on the app.",
    "Bays 1 and 2 are reserved for staff, their barriers open with a pass.",
    "Courts 3 and 4 are indoor, their floors were resurfaced in May.",
    "Wards 6 and 7 merged last year; their nurses now share a station.",
    "Rooms 5 and 6 lost power, so their guests were moved to the annex.",
    "Tables 2 and 3 are by the window, their chairs are new.",
    "Buses 14 and 22 are diverted; their drivers have been told.",
    "Accounts 4471 and 4472 were frozen and their owners have been notified.",
    "12A and 12C are broken; ground staff will replace them overnight.",
    "Tills 3 and 4 were short-staffed all morning, so thank them for covering.",
    "Desks 3 and 4 covered the lunch rush, thank them for me.",
    "Checkouts 5 and 6 stayed open late, thank them at the briefing.",
    "Units 4 and 7 are on scene; tell them the ambulance is two minutes out.",
    "Cars 12 and 14 are en route, warn them about the roadworks on the A6.",
    pytest.param("Stations 2 and 5 finished their prep early.", marks=_known(OTHER_READING)),
    "Pickers 3 and 4 hit their targets again this week.",
    "31A and 31B were double-booked by the agency; they've apologised.",
    "2C and 2D were sold twice, the airline says they're looking into it.",
    "Rooms 4 and 5 were booked through Expedia, they charge us a commission.",
    "Rooms 12 and 14 were double-booked again; head office say they're fixing the system.",
    "Orders 551 and 552 came from the wholesaler, they always pay late.",
    "Plots 7 and 8 belong to the council; they mow them monthly.",
    "Lots 14 and 15 sold for £400; they were both Victorian chairs.",
    "Items 3 and 4 are out of stock; the supplier can't say when they'll restock.",
    pytest.param(
        "Samples 4 and 5 came back positive, they've gone to the lab for sequencing.",
        marks=_known(OTHER_READING),
    ),
    "Parcels 2 and 3 were left at the door; they were soaked through.",
    "Bins 4 and 5 were not emptied, the crew say they were blocked by cars.",
    "Chapters 3 and 4 are drafts, their figures still need captions.",
    "Steps 2 and 3 are optional; skip them if you already have an account.",
    "Exhibits 12 and 13 are on loan, please don't touch them.",
    "Horses 4 and 7 were scratched and their jockeys were stood down.",
    pytest.param(
        "Numbers 4 and 7 argued with the referee, they were both booked.",
        marks=_known(OTHER_READING),
    ),
    "4 and 7 were our best players today, they ran the midfield.",
    "Rooms 8 and 9 are the quiet ones, they face the garden.",
    "Tables 11 and 12 are outside, they get the afternoon sun.",
    "Cabins 21 and 22 are the family ones; they sleep six.",
    "Pitches 5 and 6 have hook-ups, they cost £4 more a night.",
    "Seats 1A and 1C have extra legroom, they cost £25 each.",
    "Rooms 301 and 302 are accessible, their showers are level access.",
    "Lanes 1 and 2 are for fast swimmers; their ropes were replaced in June.",
    "Vans 3 and 4 are due a service, book them in with Kwik Fit.",
    "Orders 7781 and 7782 came back damaged, so refund them both.",
    "Tickets 440 and 441 were refunded, cancel them in the system too.",
    "Rooms 14 and 15 smell of smoke, air them before check-in.",
    "Beds 7 and 8 are broken, so don't put anyone in them tonight.",
    "12 and 14 are out of order; the engineer will look at them on Tuesday.",
    pytest.param(
        "Machines 3 and 4 keep eating coins, put signs on them.", marks=_known(OTHER_READING)
    ),
    "Flights 212 and 214 are delayed; they're waiting on a crew from Gatwick.",
    "Hoses 2 and 3 leak; they've been reported to facilities.",
    "Pods 5 and 6 are closed and their blinds are down for cleaning.",
    "Treatment rooms 2 and 3 are booked; their therapists start at nine.",
    "Tables 4 and 5 were wobbly, the handyman says he fixed them.",
    "Rooms 210 and 212 have balconies; they overlook the harbour.",
    "Cottages 3 and 4 sold out for August; they always go first.",
    "Rooms 6 and 7 need new carpets, they're worn through by the door.",
    "Seats 22A and 22B are blocked for crew rest; don't sell them.",
    "Rooms 4 and 5 were booked through a travel agent, who says they'll pay on arrival.",
    "Trolleys 3 and 4 are broken, so return them to the porters.",
    pytest.param(
        "Consoles 2 and 3 were updated overnight, their logs are in the shared drive.",
        marks=_known(OTHER_READING),
    ),
    "Rooms 17 and 18 are ready, housekeeping finished them early.",
    "Orders 3390 and 3391 are gifts, wrap them in the blue paper.",
    "Kennels 4 and 5 need bedding, their blankets are in the wash.",
    "Stables 2 and 3 flooded, so the horses were moved out of them.",
    "Pop back to 4 and 5, they need clearing.",
    "Head over to 12 and 14, they're ready to be cleared.",
    pytest.param("Pop over to 3 and 4, they want change for the float.", marks=_known(THEY_STAFF)),
    pytest.param("4 and 5 are a pair, we let them as a family suite.", marks=_known(OTHER_READING)),
    "Pumps 3 and 4 are on one connection, let them run overnight.",
    "3 and 4 are on the same connection, let them run overnight.",
    pytest.param(
        "2 and 3 are together on the late shift, thank them for staying.",
        marks=_known(OTHER_READING),
    ),
    pytest.param(
        "Radios 4 and 5 are a pair, tell them to switch to channel 2.", marks=_known(OTHER_READING)
    ),
    "4 and 7 are together at the scene, tell them the ambulance is two minutes out.",
    "Go over to 4 and 5, their bins are overflowing.",
    "Pop over to 4 and 5, their candles have gone out.",
    "Head over to 12 and 14, their lights are flickering.",
    "Pop back to 31A and 31B, their tray tables are broken.",
    pytest.param("Go to 3 and 4 and thank them for holding the fort.", marks=_known(THEY_STAFF)),
    "Can you go to 3 and 4? They're both wobbly.",
    "Could you pop over to 5 and 6? They're filthy.",
    "Nip back to 12 and 14? They're freezing, the heating's off.",
    "Pop to 14 and 15, they're waiting to be cleared.",
    "Head to 7 and 8, they smell of bleach.",
    "Pop over to 3 and 4, they keep rocking.",
    "Pop to 14 and 15, they're empty now, so reset them.",
    "21 and 22 are together, their tablecloths match.",
    "21 and 22 are together, push them against the wall.",
    "Go over to 12 and 14, let them air for an hour.",
    "Pop to 6 and 7, their chairs need wiping.",
    "11 and 12 are together, so let them share one bill printer.",
    "Go back to 5 and 6, they've been reset.",
    "Pop over to 201 and 202, their minibars need restocking.",
    "Go to 2 and 3, they're the ones with the broken sockets.",
    "Pop down to 16 and 17, they're flooding again.",
    "12A and 12C are on a connection to the galley power, let them charge first.",
    pytest.param(
        "Go over to 14 and 15, help them with the new software.", marks=_known(THEY_STAFF)
    ),
    "Units 2 and 3 are together on the job, warn them the road is shut.",
    "Cars 5 and 6 are together at the rank, tell them there's a fare at the station.",
    "Pop over to 4 and 5, their owners want them cleaned first.",
    "Go to 301 and 302, their occupants checked out at ten, so strip them.",
    "3 and 4 are together, the Smiths booked them for the christening.",
    "Head over to 7 and 8, the chef wants them cleared for the next sitting.",
    "Pop back to 14 and 15, the cleaners say they're finished.",
    "Pop over to 12 and 13, they've been booked by a hen party.",
    pytest.param(
        "4 and 5 are a pair, book them together for the hen party.", marks=_known(OTHER_READING)
    ),
    "Pop to 6 and 7, their covers have been laid.",
    "Nip back to 2 and 3, their guests have left, so reset them.",
    "Stalls 4 and 5 are together, we let them to a florist.",
    pytest.param("Rooms 4 and 5 are a pair; their doors connect.", marks=_known(OTHER_READING)),
    "Go over to 12 and 13, they're the team from head office.",
    "Go over to 5 and 6, they're the drivers for the airport run.",
    "Pop over to 2 and 3, they're our trainees this week.",
]

# compared with the other customers: (text, the finding's match).
COMPARED_PERSONS = [
    ("Room 14 wants a refund and says every other guest got one.", "Room 14"),
    ("Trolley 4 has been here longer than any other patient tonight.", "Trolley 4"),
    ("Table 9 was served before the other diners.", "Table 9"),
    ("Seat 23C asked whether all passengers have to pay for water.", "Seat 23C"),
    ("Room 210 says the other guests got free breakfast.", "Room 210"),
    ("Bed 6 has waited longer than any other patient on the ward.", "Bed 6"),
    ("Table 12 reckons every other table got bread.", "Table 12"),
    ("Cabin 3 wants to know if all guests get a welcome pack.", "Cabin 3"),
    ("Room 401 is a new guest.", "Room 401"),
    ("Chair 2 is a new client.", "Chair 2"),
    ("Seat 17F says the other passengers were served first.", "Seat 17F"),
    ("Room 118 asked if all guests have to pay for parking.", "Room 118"),
    ("Pitch 9 complained that every other camper got electric hook-up.", "Pitch 9"),
    ("Table 3 asked whether all diners get a free dessert.", "Table 3"),
    ("Room 32 insists the other guests were given late checkout.", "Room 32"),
    ("Bed 12 asked whether all patients have to pay for the phone.", "Bed 12"),
    ("Row 4 wants to know if all diners get a free glass of prosecco.", "Row 4"),
    ("Room 7 has been waiting longer than any other guest for a taxi.", "Room 7"),
    ("Seat 2B claims every other passenger got a meal voucher.", "Seat 2B"),
    ("Cabin 14 reckons all guests get a free excursion.", "Cabin 14"),
    ("Room 506 is a returning guest.", "Room 506"),
    ("Table 5 says the other diners got their food first.", "Table 5"),
    ("Bed 3 complained that the other patients were seen first.", "Bed 3"),
    ("Room 212 asked whether all guests get a late checkout.", "Room 212"),
    ("Seat 30A has been more patient than any other passenger.", "Seat 30A"),
    ("Room 19 says the other guests were upgraded.", "Room 19"),
    ("Table 8 asked if the other diners had ordered dessert.", "Table 8"),
    ("Room 303 reckons every guest gets a free bottle of wine.", "Room 303"),
    ("Bed 9 says the other patients have had lunch already.", "Bed 9"),
    ("Seat 14A wants to know if all passengers get a blanket.", "Seat 14A"),
    ("Room 11 is a new member.", "Room 11"),
    ("Pitch 4 asked if all campers have to pay for showers.", "Pitch 4"),
    ("Room 15 swears every other guest got a room upgrade.", "Room 15"),
    ("Table 21 moaned that the other diners were served before them.", "Table 21"),
    ("Seat 9C has been on the plane longer than any other passenger.", "Seat 9C"),
    ("Cabin 8 asked whether all guests pay for the spa.", "Cabin 8"),
    ("Room 620 complained that all guests get charged for wifi.", "Room 620"),
    ("Bed 2 asked if all patients get a free newspaper.", "Bed 2"),
    ("Room 404 thinks every other guest got a sea view.", "Room 404"),
    ("Table 16 asked whether the other diners had been given menus.", "Table 16"),
    ("Seat 5D reckons every passenger gets a free drink on this route.", "Seat 5D"),
    ("Room 27 says every other guest was offered a discount.", "Room 27"),
    ("Room 2 wants a voucher and claims every other guest got one.", "Room 2"),
    ("Bed 11 has been here longer than any other patient.", "Bed 11"),
    pytest.param(
        "Seat 40K asked if the other passengers got a refund.", "Seat 40K", marks=_known(MISSED)
    ),
    ("Room 109 is a platinum member.", "Room 109"),
    ("Table 2 insists all diners get free bread here.", "Table 2"),
    ("Room 88 complained that the other guests got their towels first.", "Room 88"),
    ("Cabin 5 wants to know if all guests get a free transfer.", "Cabin 5"),
    ("Seat 12D says she's a gold member.", "Seat 12D"),
    ("Machine 4 took longer than any other customer to pay.", "Machine 4"),
    ("Trolley 4 has been here longer than any other patient has.", "Trolley 4"),
    ("Bed 2 has been waiting longer than any other patient would.", "Bed 2"),
]

COMPARED_INNOCENT = [
    "Room 12 is bigger than any other room on the floor.",
    pytest.param(
        "Table 4 gets more sun than any other table on the terrace.", marks=_known(OTHER_READING)
    ),
    "Bay 3 fills up faster than any other bay in the car park.",
    "Gate 9 is further from security than any other gate.",
    "Flight 212 carried more passengers than any other flight this year.",
    "Room 6 is as quiet as any guest could wish for.",
    "Suite 2 has more space than any guest needs.",
    "Room 9 costs more than any guest expects.",
    "Seat 3A is wider than any passenger needs.",
    "Pump 4 is slower than any customer would put up with.",
    "Locker 12 is bigger than any guest's suitcase.",
    pytest.param(
        "Ticket 4410 says the other passengers were rebooked onto the 18:05.",
        marks=_known(OTHER_READING),
    ),
    pytest.param(
        "Case 8812 says the other patients on the ward were also affected.",
        marks=_known(OTHER_READING),
    ),
    pytest.param(
        "Ticket 3391 says every other customer on the street lost power too.",
        marks=_known(OTHER_READING),
    ),
    pytest.param(
        "Case 5512 reckons every member gets a refund, but the notes are wrong.",
        marks=_known(OTHER_READING),
    ),
    "Ward 6 asked whether all patients have to pay for the TV.",
    "Pharmacy 2 asked whether all patients have to pay for prescriptions now.",
    "Clinic 3 wants to know if all patients get a free flu jab.",
    "Branch 14 asked whether all members get the loyalty discount.",
    "Store 212 wants to know if every member gets double points this weekend.",
    "Depot 4 asked if all customers have to pay for redelivery.",
    "Site 3 asked whether all guests get free parking.",
    "Hotel 12 asked whether all guests get late checkout on Sundays.",
    "Branch 14 reckons every member gets double points on Fridays.",
    "Store 212 believes every customer gets a receipt by email.",
    "Ward 6 thinks all patients get free TV.",
    "Depot 4 says the other customers were charged for redelivery too.",
    "Branch 9 says the other customers were refunded last week.",
    "Region 4 says the other members got the letter in March.",
    "Driver 12 waited longer than any passenger today.",
    "Driver 12 has been on shift longer than any other driver.",
    "Nurse 4 has seen more patients than any other nurse this week.",
    "Stylist 3 has more regular clients than any other stylist.",
    "Till 5 served more customers than any other till today.",
    pytest.param("Desk 2 checked in more guests than any other desk.", marks=_known(OTHER_READING)),
    pytest.param("Cabin 12 sleeps more guests than any other cabin.", marks=_known(OTHER_READING)),
    "Room 12 is the biggest any guest has had.",
    pytest.param(
        "Table 6 got the best review any diner has left this year.", marks=_known(OTHER_READING)
    ),
    "Room 4 is booked more often than the other guests' rooms.",
    "Pitch 12 is closer to the showers than any other camper's pitch.",
    "Room 12, like every other guest room, has a safe.",
    "Seat 4A, like every other passenger seat, reclines.",
    pytest.param(
        "Trolley 6 has been here longer than any other trolley.", marks=_known(OTHER_READING)
    ),
    "Bed 5 has been empty longer than any other bed on the ward.",
    pytest.param("Room 9 is a guest favourite.", marks=_known(OTHER_READING)),
    "Bed 4 is a patient bed, not a staff one.",
    "Line 4 is a customer line, so be polite.",
    "Room 9 is a guest room, not an office.",
    "Lane 5 is members only after six.",
    "Locker 14 is a guest locker.",
    pytest.param("Slot 4 is new patients only.", marks=_known(OTHER_READING)),
    "Screen 2 says she's a premium member.",
    pytest.param("Ticket 4410 says he's a business customer.", marks=_known(OTHER_READING)),
    "Surgery 2 says she's a new patient.",
    "Version 3 says every user gets a free trial.",
    "Page 4 says all customers get a refund within 14 days.",
    "Plan 4 gives members more than any other plan.",
    "Plan 3 costs less than any other plan for new customers.",
    "Room 14 sold out faster than any other room type.",
    "Studio 2 holds more people than any other studio.",
    "Court 3 is booked more than any other court by members.",
    "Pool 2 is warmer than any swimmer expects.",
    "Bay 4 is as big as any shopper could need.",
    "Room 7 has a better view than any guest has a right to expect.",
    "Aisle 12 stocks more brands than any other aisle.",
    "Shelf 4 was restocked before the other shoppers arrived.",
    "Car park 2 opens earlier than any other car park in town.",
    "Route 14 carries more passengers than any other route.",
    "Bus 22 says all passengers must wear a face covering.",
    "Gate 4 asked if the other passengers have boarded.",
    pytest.param(
        "Counter 2 asked whether all customers have to pay the card fee.",
        marks=_known(OTHER_READING),
    ),
    pytest.param(
        "Kiosk 4 asks whether all members want a paper receipt.", marks=_known(OTHER_READING)
    ),
    pytest.param(
        "Section 3 says all customers must show ID at collection.", marks=_known(OTHER_READING)
    ),
    "Question 6 asks if all users get the update.",
    "Tier 3 gets more perks than any other tier.",
    pytest.param(
        "Suite 5 was upgraded before any other room on the floor.", marks=_known(OTHER_READING)
    ),
    "Bed 12 was cleaned faster than any other bed today.",
    "Room 4 was the first any guest complained about.",
    "Booth 3 sold more tickets than any other booth.",
    "Ward 9 has fewer falls than any other ward.",
    "Shop 12 says every customer gets a free bag this week.",
    "Store 3 reckons the other customers were charged twice as well.",
    "Branch 14 wonders whether all members have to pay for the new cards.",
    "Depot 2 checked whether all customers get a text before delivery.",
    "Pharmacy 4 says the other patients got their repeat prescriptions.",
    "Room 4 is cleaner than any guest has ever seen it.",
    "Cabin 4 sold out the earliest any guest can remember.",
    "Room 3 filled up the fastest any guest has seen.",
    "Porter 4 has worked here longer than any guest has stayed.",
    pytest.param(
        "Order 4410 says every other customer got free delivery.", marks=_known(OTHER_READING)
    ),
    "Invoice 3381 says the other tenants were charged the same.",
    "Email 3 says the other members got their refunds.",
    "Review 12 complains that every other guest got a sea view.",
    "Complaint 4410 says the other passengers were served first.",
    "Email 2 asks whether all customers get the discount.",
    "Clause 4 says the other tenants are liable for the repairs.",
    "Clause 7 says every other resident pays the service charge.",
    "Slide 4 asks whether all customers get a refund.",
    "Zone 2 is residents only.",
    "Bay 6 is a resident bay.",
    "Bay 12 is a visitor bay.",
    "Note 4 says she's a new patient.",
    "Letter 3 says she's a council tenant.",
    "Policy 4 says all members get a free eye test.",
    "Article 3 asks whether all members have to pay the levy.",
    "Motion 2 asks whether all members should get a vote.",
    "Agent 4 says the other customers got the same letter.",
    "Advisor 12 reckons every other customer got a refund.",
    "Operator 3 asked whether all callers have to pay for the call.",
    "Team 4 says the other patients have been seen.",
    "Room 12 is quieter than any other guest would like.",
    "Room 12 is booked more than any other guest room.",
    "Shop 4 is busier than any other shop in the centre on Saturdays.",
    "Hotel 4 wants to know if all guests get the city tax waiver.",
    "Site 2 says every other camper got the same email.",
    "Restaurant 4 reckons every diner gets free bread.",
    "Truck 12 waited longer than any other customer's delivery.",
    "Lorry 4 was unloaded before the other customers' vans.",
    "Terminal 3 has been down longer than any customer remembers.",
    "Class 4 fills faster than any other member can book.",
    "Bike 12 has done more miles than any other member's bike.",
    "Suite 4 was the first any guest booked this year.",
    "Pitch 12 got the best reviews any camper has written.",
]

# phone numbers and registrations: (text, the finding's match).
PHONE_PERSONS = [
    ("07700 900812 rang again, she wants the engineer's name.", "07700 900812"),
    ("07911 552013 is on hold, he's been waiting ten minutes.", "07911 552013"),
    ("I've got 07822 104455 on the line, she says the heating's off.", "07822 104455"),
    ("0161 496 0551 complained that the bin wasn't collected.", "0161 496 0551"),
    ("KX21 LMN is in reception asking about a courtesy car.", "KX21 LMN"),
    ("Tell 07544 300211 her glasses are ready.", "07544 300211"),
    ("ending 3319 is disputing a charge from March.", "ending 3319"),
    ("The lady on 07733 812290 wants a callback.", "The lady on 07733 812290"),
    ("07456 700213 called to cancel his subscription.", "07456 700213"),
    ("Got 07412 550987 on line 3, he's asking for a refund.", "07412 550987"),
    ("07988 234101 is furious about the missed delivery.", "07988 234101"),
    ("The man with WA17 KRP is waiting for his keys.", "The man with WA17 KRP"),
    ("07700 911234 texted asking whether we open Sunday.", "07700 911234"),
    ("Remind 07810 442219 his appointment is at ten.", "07810 442219"),
    ("020 7946 0312 wants to know why the bill went up.", "020 7946 0312"),
    ("07622 401188 hung up on me twice.", "07622 401188"),
    ("BN18 ZXC wants to know if the valet is finished.", "BN18 ZXC"),
    ("ending in 7702 says the payment never left her account.", "ending in 7702"),
    ("07777 503381 is upset that the engineer didn't show.", "07777 503381"),
    ("Is that 07834 661220 on the phone again?", "07834 661220"),
    ("CRM note: 07700 915523 called to change the delivery address.", "07700 915523"),
    ("07390 778812 asked for a supervisor.", "07390 778812"),
    ("The guy on 07512 339901 keeps ringing about his boiler.", "The guy on 07512 339901"),
    ("+44 7700 904455 rang from Spain about roaming.", "+44 7700 904455"),
    ("07866 210094 is demanding compensation for the outage.", "07866 210094"),
    ("Warn 07711 880023 that the ferry is delayed.", "07711 880023"),
    ("07423 119876 would like an itemised bill.", "07423 119876"),
    ("0113 496 0882 is on the line about a leak.", "0113 496 0882"),
    (
        "The woman on the landline ending 551 is asking about her pension.",
        "The woman on the landline ending 551",
    ),
    ("07552 901284 keeps calling about the same parcel.", "07552 901284"),
    ("MA19 PQR rang to ask if the tyres are in.", "MA19 PQR"),
    ("07931 662017 is threatening to go to the ombudsman.", "07931 662017"),
    ("Thank 07700 920017 for his patience.", "07700 920017"),
    ("07820 455118 emailed saying the router is still red.", "07820 455118"),
    ("Handover: 0117 496 0211 complained about the noise from next door.", "0117 496 0211"),
    ("07415 330092 refused to give a date of birth.", "07415 330092"),
    ("The couple in HJ20 WTY want a bigger car.", "The couple in HJ20 WTY"),
    ("07588 224410 wants to port her number.", "07588 224410"),
    ("ending 8840 rang back with the reference.", "ending 8840"),
    ("+1 212 555 0188 wants to upgrade his plan.", "+1 212 555 0188"),
    ("07300 552211 is on hold again, she's livid.", "07300 552211"),
    ("555-310-2290 called about the delivery window.", "555-310-2290"),
    ("Got 07402 889120 on the phone, she's querying the gas bill.", "07402 889120"),
    ("07700 933310 claims she never ordered the phone.", "07700 933310"),
    ("Ask 07919 220133 whether he still wants the 9am slot.", "07919 220133"),
    ("Reg LK70 DFG is on the line about a parking fine.", "Reg LK70 DFG"),
    ("07350 117733 is insisting on a full refund.", "07350 117733"),
    ("The bloke with YT16 PLM swore at the attendant.", "The bloke with YT16 PLM"),
    ("07455 802261 wanted to know if the salon had a slot.", "07455 802261"),
    ("07866 451002 is confused about her bill.", "07866 451002"),
]

PHONE_INNOCENT = [
    "0345 600 1234 kept me on hold for forty minutes.",
    "Tried the depot: 01632 960 555 rang for ten minutes and nobody picked up.",
    "0800 123 4567 would be the best number to call.",
    "07700 900412 says 'number not recognised' when I dial it.",
    "0800 028 0000 says it's closed on Sundays.",
    "0161 496 0000 asks you to press 1 for billing.",
    "0800 123 4567 asks for your account number before it connects you.",
    "Customer contact: 07700 900412 (mobile), 0161 496 0123 (home).",
    "Phone: 020 7946 0958 — ask for Priya in accounts.",
    "Tel 0113 496 0321, asking price £240,000.",
    "INFO call from 07700 900412 routed to queue 3.",
    "Courtesy phone: 01632 960 200 is in reception by the lifts.",
    "On-call: 07700 900555 is in reception on the charger.",
    "Out of hours: 07700 900555 is on the desk in reception.",
    "07700 900555 is the duty manager's mobile, ring it after ten.",
    "Serial: 0412 889 3301 is waiting for parts.",
    "Serial 0420 1183 77 failed the burn-in test.",
    "Rota: 0700 1500 2300 rotate weekly.",
    "KX19 ABC refused to start this morning, so the courtesy car is off the road.",
    "Job card: BF67 ZKA is waiting for parts, ETA Thursday.",
    "DL19 XRT still waiting on a windscreen from the supplier.",
    "GK71 NBV is holding up the exit lane, can someone move it?",
    "PL19 HRT says 'service due' on the dashboard.",
    "Fleet update: YH15 OPL, LV68 TRE and WR18 JHG are waiting for their MOTs.",
    "KX19 ABC is parked across two bays in the staff car park.",
    "WR18 JHG wanted a new clutch, so we ordered one.",
    "YH15 OPL keeps stalling at junctions.",
    "KX19 ABC is on the ramp in bay 2.",
    "0345 734 5345 texted me a security code at 3am.",
    "My bank's number? 0345 734 5345 texted me a code twice.",
    "07700 900999 called me four times today, it's a scam number.",
    "Please ask 0300 123 4455 about your state pension.",
    "Ask 0345 600 1234 for a replacement card.",
    "Ask 0800 123 4567 for a claim form.",
    "Reg KX19 ABC asking £6,500 ono, full service history.",
    "2019 Ford Fiesta, KX19 ABC, asking £8,000.",
    "Bike for sale, 07700 900412, asking £200.",
    "For sale: call 07700 900412 and ask for Dave.",
    "Mobile: 07700 900412 Home: 0161 496 0123 Work: 020 7946 0958",
    "Invoice 4410 — 0161 496 0123 — paid on 3 March.",
    "ISBN 0 14 044913 6 is out of print.",
    "0140 449 136 is the ISBN of the Penguin edition.",
    "IBAN GB29 NWBK 6016 1331 9268 19 is on the invoice.",
    "Sort code 20-45-77, account 41234567, reference INV 4410.",
    "Card 4929 0123 4567 8901 was declined.",
    "Your card ending 0932 expires next month.",
    "Receipt: card ending 4417 was charged £12.50.",
    "Your mobile ending 4417 is on the account as the main contact.",
    "E.164: +44 7700 900412 is stored without spaces.",
    "0800 123 4567 is on the back of every bill.",
    "0800 123 4567 is on the side of every van.",
    "0161 496 0000 transfers you to billing after the menu.",
    pytest.param(
        "Our switchboard 020 7946 0000 rang out all afternoon.", marks=_known(OTHER_READING)
    ),
    "0345 600 1234 was busy all morning, so I emailed instead.",
    "07700 900412 was ported to us last week.",
    "07700 900412 is barred from premium-rate calls.",
    "Van KM19 XTA is waiting at the depot for a driver.",
    "Depot: KM19 XTA is waiting for a driver.",
    "Minibus LV68 TRE is holding at the hotel until the flight lands.",
    "LV68 TRE is holding at the hotel until the flight lands.",
    "Taxi 14, KX19 ABC, is waiting outside arrivals.",
    "Courtesy car AK66 RTV is in reception's car park.",
    "NX64 EBT would need a new clutch before the MOT.",
    "KP17 DFE failed the emissions test.",
    "KP17 DFE was clamped in the hospital car park.",
    "Stolen vehicle: SN70 WXP, last seen on the M62.",
    "Plate: SN70 WXP, colour: silver, make: Audi.",
    "Reg AB12 CDE refused entry at the barrier, it's not on the permit list.",
    "AB12 CDE refused entry at the barrier, it's not on the permit list.",
    "ANPR log: YH15 OPL entered at 09:14 and left at 11:02.",
    "0800 111 999 wants you to have your policy number ready.",
    "The 111 service, 0300 123 7777, says to ring 999 in an emergency.",
    "0300 123 7777 says to ring 999 in an emergency.",
    "Text 07700 900100 to confirm, replies cost standard rate.",
    "Fax: 020 7946 0001, nobody reads it.",
    "Emergency line: 0800 555 0199 is on speakerphone in the control room.",
    "0800 555 0199 is on the line card by every phone.",
    "Hotline: 0800 555 0199, lines open 8 till 8.",
    "0161 496 0733 answered after one ring, which was a first.",
    "If 0161 496 0000 complains of a fault, call the exchange.",
    "Batch 0412 337 1189 shipped on Friday.",
    "Timestamp 0312 1405 2231 is in local time.",
    "Tracking: 0031 4478 2290 is out for delivery.",
    "Tracking: 0031 4478 2290 is waiting at the depot.",
    "Parcel ref: 0031 4478 2290 refused by recipient, returning to sender.",
    "0031 4478 2290 refused by recipient, returning to sender.",
]


PERSONS = THEY_PERSONS + COMPARED_PERSONS + PHONE_PERSONS
INNOCENT = THEY_INNOCENT + COMPARED_INNOCENT + PHONE_INNOCENT


def _texts(table: list) -> list[str]:
    """The sentences of a table, whose rows are strings, tuples or `pytest.param`s."""
    rows = [row.values if hasattr(row, "values") else row for row in table]
    return [row if isinstance(row, str) else row[0] for row in rows]


@pytest.fixture(scope="module")
def locators() -> dict[str, list[str]]:
    """Each sentence's locator matches, all linted in one batch (one parse call)."""
    texts = sorted(set(_texts(PERSONS) + _texts(INNOCENT)))
    found = lint_documents([read_text("<text>", t) for t in texts], Settings())
    return {
        t: [f.match for f in fs if f.category == "locator"]
        for t, fs in zip(texts, found, strict=True)
    }


@pytest.mark.parametrize("text,match", PERSONS)
def test_person(locators, text, match):
    assert match in locators[text], text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(locators, text):
    assert locators[text] == [], text
