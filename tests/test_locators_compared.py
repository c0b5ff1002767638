"""Locator pack: the reading by comparison with the other customers
(custlint/engine/kinds/locator/compared.py). A number compared with the other customers, asking
or believing what all of them get, or said to be one of them is a customer: 'Seat 22C says
every other passenger got a free drink', 'Cubicle 2 has waited longer than any other
patient', 'Bay 4 asked whether all patients get a TV card', 'Line 2 says she's a business
account holder'. Its innocent look-alikes compare the place with other places, have staff
serve or state the rules for the customers, count or list them, or make the customer's word
a modifier or an owner ('any other guest room', 'the other diners' tables').

Every sentence here was written for these tests. The FLAGGED rows marked `# new` failed on the
code before this reading; the others were flagged before too (a number that 'says' or 'asks'
is a person by an earlier reading) and guard that this one keeps them. Every INNOCENT row not
marked `_OLD` passes both before and after it (a guard), and the `_OLD` rows are earlier
readings' false alarms, kept as known failures.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches


def _known(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# False alarms of the readings before this one (a number that 'says', 'asks', 'gets' or 'is'
# something), flagged on the code before this reading too; this reading adds none of them.
_OLD = _known("flagged by an earlier reading, before this one")


# (text, the finding's match)
FLAGGED = [
    # airline, ferry, rail
    ("Seat 22C says every other passenger got a free drink on the outbound flight.", "Seat 22C"),
    ("14A has been queuing longer than any other passenger at the gate.", "14A"),
    ("Seat 9A pushed in ahead of the other passengers at the door.", "Seat 9A"),
    ("16C is a premium passenger, so offer the lounge pass.", "16C"),  # new
    ("Cabin 214 asked if the other passengers got the late dinner sitting.", "Cabin 214"),
    ("Berth 12 says every other passenger got a cabin upgrade.", "Berth 12"),
    # hotel, capsule hotel, spa
    ("Room 306 complained that the other guests got late checkout for free.", "Room 306"),
    ("Room 1120 asked whether all guests get the spa for free.", "Room 1120"),
    ("Suite 9 wants to know if all guests pay the resort fee.", "Suite 9"),
    ("Room 415 checked in before any other guest this morning.", "Room 415"),
    ("Room 208 is a returning guest, so leave the welcome card.", "Room 208"),  # new
    ("Pod 6 says the other guests were upgraded for free.", "Pod 6"),
    ("Sunbed 14 says every other guest got a free cocktail.", "Sunbed 14"),
    ("Lounger 6 has been here longer than any other guest, since seven.", "Lounger 6"),
    ("Room 12 came down for breakfast, the earliest any guest has ever managed.", "Room 12"),
    # restaurant
    ("Table 12 reckons every other diner got bread before them.", "Table 12"),
    ("Table 3 asked if the other diners had to wait this long.", "Table 3"),
    ("Table 9 got their mains after all the other diners.", "Table 9"),
    ("Table 6 are regular diners, so comp the coffees.", "Table 6"),
    ("Reservation 88 wants to know if all diners get the tasting menu price.", "Reservation 88"),
    # hospital, dentist, pharmacy, vets
    ("Bed 8 says the other patients got their tea first.", "Bed 8"),
    ("Cubicle 2 has waited longer than any other patient in A&E.", "Cubicle 2"),
    ("Bay 4 asked whether all patients get a TV card.", "Bay 4"),
    ("Trolley 3 was seen after every other patient in majors.", "Trolley 3"),  # new
    ("Stretcher 2 has waited longer than every other patient in the corridor.", "Stretcher 2"),
    ("Bed 11 is a private patient, so the consultant will see her today.", "Bed 11"),
    ("Surgery 2 asked whether all patients get the new mouthguard free.", "Surgery 2"),  # new
    ("Consult 4 has been waiting longer than any other patient today.", "Consult 4"),  # new
    ("Consult 3 reckons every other client got a reminder text.", "Consult 3"),  # new
    ("Appointment 14 says every other patient was seen on time.", "Appointment 14"),
    # bank, telecom, utilities, software support
    ("Account 4471 says every other customer got the loyalty rate.", "Account 4471"),
    ("Account 8812 asked whether all customers get the winter discount.", "Account 8812"),
    ("Ticket 88102 reckons all customers get a free router upgrade.", "Ticket 88102"),
    ("Ticket 8810 asked if all customers get the same engineer.", "Ticket 8810"),
    ("Line 2 says she's a business account holder.", "Line 2"),
    ("Line 5 is a premium caller, put him through to retentions.", "Line 5"),
    ("Line 8 says he's a gold cardholder and wants the fee waived.", "Line 8"),
    ("Chat 3 asked if all users get the dark mode.", "Chat 3"),
    ("Chat 7 says she's a premium subscriber.", "Chat 7"),
    ("Workspace 12 says every other user got the upgrade for free.", "Workspace 12"),
    ("Tenant 404 says every other customer got the migration free.", "Tenant 404"),
    ("Ref TX-4410 says every other customer got a refund.", "Ref TX-4410"),
    ("4410 says she's a business customer and wants priority.", "4410"),
    # retail
    ("Order 5512 says every other customer got free delivery.", "Order 5512"),
    ("Slot 9 says the other shoppers were let in early.", "Slot 9"),
    ("Booking 3310 asked whether all guests pay the cleaning fee.", "Booking 3310"),
    # gym, pool, courts, moorings
    ("Court 4 wants to know if all members pay for the floodlights.", "Court 4"),
    ("Treadmill 9 has been on longer than any other member this morning.", "Treadmill 9"),  # new
    ("Mat 6 reckons every other member got a free towel.", "Mat 6"),
    ("Lane 3 says the other swimmers were let in first.", "Lane 3"),
    ("Bike 14 asked whether all members get the same discount.", "Bike 14"),
    ("Locker 51 reckons all members get two towels.", "Locker 51"),
    ("Mooring 6 asked whether all members pay for electricity.", "Mooring 6"),
    # salon
    ("Chair 2 says every other client got a free fringe trim.", "Chair 2"),
    ("Chair 4 is a new client, so book the patch test.", "Chair 4"),  # new
    ("Basin 3 asked if all clients pay extra for the head massage.", "Basin 3"),  # new
    ("Basin 5 reckons every other client got a discount.", "Basin 5"),  # new
    # campsite, allotments, holiday parks
    ("Pitch 22 asked whether all campers get free firewood.", "Pitch 22"),
    ("Plot 9 says every other tenant got a new water butt.", "Plot 9"),
    ("Tent 4 complains that every other camper got a pitch by the lake.", "Tent 4"),
    ("Caravan 12 asked if the other residents pay for the bins.", "Caravan 12"),
    # events, theatre, libraries, ski hire
    ("Box 4 asked if all patrons get a programme.", "Box 4"),
    ("Row K says every other patron got a free programme.", "Row K"),
    ("Seat 112 has queued longer than any other visitor today.", "Seat 112"),
    ("Bib 207 says every other participant got a medal.", "Bib 207"),
    ("Wristband 55 asked whether all attendees get a free drink.", "Wristband 55"),
    ("Carrel 9 wants to know if all borrowers get the late pass.", "Carrel 9"),
    ("PC 12 has been on longer than any other user today.", "PC 12"),  # new
    ("Skis 44 asked whether all skiers get a lift pass included.", "Skis 44"),  # new
]

# Look-alikes: the place compared, staff, rules, counts, records, someone else.
INNOCENT = [
    # the place compared with places, or what it is for
    "Table 8 is the quietest table, every diner asks for it.",
    "Room 12 is bigger than any other guest room on the floor.",
    "Room 701 has a better view than the other guest rooms.",
    "Suite 3 is the best suite any guest could ask for.",
    pytest.param("Bay 3 gets more patients than the other bays.", marks=_OLD),
    "Bay 5 takes more patients than any other bay in majors.",
    "Lane 2 is where all members warm up.",
    "Lane 6 is the lane every other swimmer avoids.",
    "Court 1 is booked more than any other court by members.",
    "Pitch 4 is closer to the showers than any other pitch.",
    "Cabin 9 is cheaper than the other passengers' cabins.",
    "Room 22 is quieter than every other guest's room.",
    "Table 3 is nearer the window than the other diners' tables.",
    "Seat 14C has more legroom than any other passenger seat.",
    "Bed 4 is closer to the nurses' station than any other patient bed.",
    pytest.param("Chair 2 gets busier than any other chair on Saturdays.", marks=_OLD),
    "Treadmill 6 is used more than any other machine by members.",
    "Row 4 fills up before the other rows.",
    "Box 2 has a better view than all the other boxes.",
    "Room 12 is the biggest any guest has had.",
    "Table 5 is the best table any diner could want.",
    "Room 3 was cleaned before the other guests arrived.",
    "Room 14 was ready before all the other guests' rooms.",
    "Table 9 was laid before the other diners came in.",
    "Room 6 costs more than any other guest pays.",
    "Table 2 takes longer to clear than any other diner would like.",
    "Court 2 was busier than all the other members expected.",
    pytest.param("Seat 3 is as comfortable as any other passenger would want.", marks=_OLD),
    "Room 5 is as good as any guest could hope for.",
    "Room 8 costs more than every other guest's booking.",
    "Row 3 sold out faster than any other row.",
    "Room 12 is for guests only.",
    pytest.param("Bay 5 is patients only.", marks=_OLD),
    "Level 3 is members only.",
    "Lounge 2 is members only after six.",
    "Deck 5 is guests only.",
    "Lane 3 is for members.",
    "Room 3 is the patients' lounge.",
    # the customer's word a modifier or an owner
    "Room 12 is a guest room, not an office.",
    "Bay 4 is a patient bay, not storage.",
    "Line 6 is a customer line, not for internal calls.",
    pytest.param("Table 6 is a guest favourite.", marks=_OLD),
    "Box 12 is a subscriber perk.",
    "Plot 12 is a tenant plot.",
    "Version 4 is a user favourite.",
    "Step 2 is a member benefit.",
    "Tier 2 is a premium member tier.",
    "Pitch 4 is a tenant's garden.",
    "Chair 3 is a member of staff.",
    "Station 4 is a member of the fire service.",
    # staff: what they serve, what they report, what they ask
    "Surgery 2 sees more patients than any other surgery.",
    "Surgery 4 has seen more patients than any other this week.",
    "Station 4 has served every client today.",
    "Station 2 has done more clients than any other station.",
    "Desk 3 says all passengers must show ID.",
    pytest.param("Desk 6 says every other passenger has checked in.", marks=_OLD),
    "Gate 4 asked if the other passengers have boarded.",
    "Gate 12 wants to know if all passengers get a meal voucher.",
    pytest.param("Counter 2 says all customers get a receipt.", marks=_OLD),
    pytest.param("Window 5 asked whether all customers pay the card fee.", marks=_OLD),
    "Triage 1 says the other patients will be seen in order.",
    "Reception 2 says every guest gets a welcome drink.",
    "Surgery 3 says the other patients were seen on time.",
    "Consult 2 says all patients get the leaflet.",
    "Station 3 says every client gets a free consultation.",
    pytest.param("Flight 212 says all passengers must have a visa.", marks=_OLD),
    "Coach 4 asked whether the other passengers have got off.",
    "Ward 9 asked if all patients get a jug of water.",
    pytest.param("Till 3 asked if the other customers had paid.", marks=_OLD),
    "Theatre 2 says the other patients were delayed.",
    "Lab 4 asked whether all patients had fasted.",
    "Practice 2 wants to know if all clients pay by card.",
    "Clinic 4 asked whether all patients pay for parking.",
    "Host 2 says every other diner got bread.",
    "Driver 6 says the other passengers got off at the station.",
    "Unit 4 says the other patients were taken to St Mary's.",
    "Car 12 says the other passengers got out at the lights.",
    "Security 2 says every other guest went through the scanner.",
    "Medic 3 says the other patients are stable.",
    "Alpha 2 says the other passengers are off the train.",
    "Control 1 asked if all patients have been moved.",
    "Surgery 2 says she's a new patient.",
    pytest.param("Desk 4 says he's a gold member.", marks=_OLD),
    "Steward 3 says she's a premium passenger.",
    # policies and rules
    "All patients must sign in at desk 2.",
    "All passengers on flight 212 must report to gate 4.",
    "Every member on court 3 must wear non-marking shoes.",
    "Rule 4 says all members must shower first.",
    "Clause 9 says every customer gets a cooling-off period.",
    pytest.param("Section 14 says all guests pay a deposit.", marks=_OLD),
    "Chapter 3 says all passengers must carry ID.",
    # counts and numbers that are not places
    "Room 4 has space for 20 other guests.",
    "Table 12 seats eight other diners.",
    "Bus 3 takes 40 other passengers.",
    "Room 9 holds more guests than any other room.",
    "20 other guests arrived by coach.",
    "Only 3 other patients were waiting.",
    "4 guests say every other hotel gave them a discount.",
    "At 6 every other guest was still asleep.",
    "In 2019 every other passenger had a paper ticket.",
    "Over 40 members said the other gyms were cheaper.",
    "Week 3 had more patients than any other week.",
    "Day 2 saw more guests than the other days.",
    "Version 2 has more users than any other version.",
    "Route 66 carries more passengers than any other route.",
    "Platform 2 sees more passengers than any other platform.",
    "Terminal 5 handles more passengers than all the other terminals.",
    "Gate 12 boarded more passengers than any other gate.",
    "Flight 212 carried more passengers than any other flight this year.",
    # records, documents, screens and machines
    "Ticket 4410 lists every guest on the booking.",
    "Order 5521 has more items than any other customer's order.",
    "Invoice 22 was sent before the other clients' invoices.",
    "Report 6 shows every other patient was discharged.",
    "Page 12 says every other guest got a refund.",
    "Figure 2 shows every other patient improved.",
    "Step 3 asks whether all users get admin rights.",
    "Question 6 asks if all customers get a refund.",
    "Survey 2 asked whether all guests get breakfast.",
    "Form 7 asks whether the other patients were seen first.",
    "Email 5 says every other customer got a refund.",
    "Review 12 says every other guest got an upgrade.",
    "Version 3 says all users get dark mode.",
    "Screen 2 says she's a premium member.",
    pytest.param("Pump 4 asked whether all customers pay at the pump.", marks=_OLD),
    pytest.param("Kiosk 3 says every other customer paid by card.", marks=_OLD),
    "Machine 6 asks if all members get a free scan.",
    "PC 4 says all users must log out by nine.",
    "Screen 4 says every other user has logged in.",
    # another person is the one compared or asking
    "Table 4's waiter says every other diner got bread.",
    "Room 12's driver says the other guests were noisy.",
    "Patient 12 asked whether all patients get a TV card.",
    "Guest 4 says every other guest got an upgrade.",
    "Staff at table 4 asked if all diners get bread.",
    "The manager says room 12 is cheaper than every other guest's room.",
]


@pytest.mark.parametrize("text,match", FLAGGED)
def test_flagged(text, match):
    assert match in locator_matches(text), text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
