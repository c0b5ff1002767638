"""Locator pack: the reading of a number that owns what people own
(custlint/engine/kinds/locator/belongings.py). A number that forgets, mislays, loses, drops
or spills its own things, hurts its own body or is seen in its own clothes is the person
at that place: 'Yurt 3 forgot their torch', 'Bay 2 twisted her ankle', 'Room 8 came down in
her dressing gown'. Its innocent look-alikes have the same possessive, but a machine, a
carrier, a vessel, a record or a clerk's post handles the thing, the possessive names
someone else, or the number is a place described.

Every sentence here was written for these tests. Rows marked 'missed before this reading'
were not flagged by the code before it (commit 17fec0b); every look-alike in INNOCENT was
quiet before it as well, and is kept as a guard. The few marked xfail are false alarms of
other readings (the subject reading of owned heads, the back-reference of 'his'), which
this reading refuses on its own; they are kept so that they show when they are put right.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches


def _known(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


OTHER_READING = (
    "flagged by another reading (an owned head's subject, or 'his' read as a back-reference)"
)

# (text, the finding's match)
FLAGGED = [
    ("14C spilled her orange juice all over the tray table", "14C"),
    ("22A left her passport in the seat pocket", "22A"),
    ("Seat 31F can't find his boarding pass", "Seat 31F"),
    ("3D dropped his earbuds under the seat in front", "3D"),
    ("17B has lost her hearing aid somewhere in the cabin", "17B"),
    ("Seat 9C sprained his wrist getting his bag down", "Seat 9C"),
    ("Berth 22 misplaced his cabin key", "Berth 22"),
    ("Room 412 forgot her phone charger", "Room 412"),
    ("Room 208 lost his wedding ring by the pool", "Room 208"),
    ("Suite 5 dropped her earring down the sink", "Suite 5"),
    ("1108 has lost his reading glasses again", "1108"),
    ("Chalet 4 forgot their ski passes", "Chalet 4"),
    ("Villa 9 brought her own pillows", "Villa 9"),
    ("Room 8 came down in her dressing gown", "Room 8"),
    ("Room 310 packed his suitcase before breakfast", "Room 310"),
    ("Bed 6 keeps losing her hearing aids", "Bed 6"),
    ("Bay 4 has lost his glasses again", "Bay 4"),
    ("Cubicle 3 spilled his tea over the blanket", "Cubicle 3"),
    ("Bed 12 can't find her slippers", "Bed 12"),
    ("Pod 2 forgot his inhaler", "Pod 2"),
    ("Bay 2 twisted her ankle in the shower", "Bay 2"),
    ("Table 9 spilled their wine on the cloth", "Table 9"),
    ("Table 4 forgot her umbrella", "Table 4"),
    ("table 11 dropped his fork again", "table 11"),
    ("Table 5 turned up in his football kit", "Table 5"),  # missed before this reading
    ("Patio 3 knocked over her water glass", "Patio 3"),
    ("Account 5521 lost her debit card on holiday", "Account 5521"),
    ("Card 2291 forgot his PIN again", "Card 2291"),
    ("Ticket 88102 dropped her phone in the bath", "Ticket 88102"),
    ("Case 7713 dropped her router down the stairs", "Case 7713"),
    ("Order 10552 forgot his account password", "Order 10552"),
    ("Till 3 forgot her shopping bags", "Till 3"),
    ("Checkout 6 left his wallet on the counter", "Checkout 6"),
    ("Lane 6 dropped his phone in the pool", "Lane 6"),
    ("Treadmill 4 forgot her water bottle", "Treadmill 4"),
    ("Bike 12 left her towel on the handlebars", "Bike 12"),
    ("Mat 7 lost her hair tie", "Mat 7"),
    ("Court 3 forgot their racquets", "Court 3"),
    ("Sunbed 14 dropped his sunglasses in the sand", "Sunbed 14"),
    ("Lounger 8 spilled her cocktail", "Lounger 8"),
    ("Lane 3 bumped his head on the rope", "Lane 3"),
    ("Chair 3 forgot her glasses at the basin", "Chair 3"),
    ("Basin 2 lost her earring down the drain", "Basin 2"),  # missed before this reading
    ("Cabin 214 can't find his car keys", "Cabin 214"),  # missed before this reading
    ("Berth 9 dropped her ticket over the rail", "Berth 9"),
    ("Carrel 12 forgot his library card", "Carrel 12"),
    ("Carrel 4 spilled his coffee on the desk", "Carrel 4"),
    ("Account 3310 forgot her meter reading", "Account 3310"),
    ("Box 6 spilled their champagne over the balcony", "Box 6"),
    ("Pew 4 dropped her hymn book", "Pew 4"),
    ("Pitch 12 forgot their tent pegs", "Pitch 12"),
    ("Plot 7 left his shears in the shed", "Plot 7"),
    ("Mooring 3 dropped his keys in the marina", "Mooring 3"),
    ("Tent 6 lost their groundsheet", "Tent 6"),
    ("Ticket 4410 forgot her password again", "Ticket 4410"),
    ("INC-5512 lost his recovery codes", "INC-5512"),
    ("Case 3391 misplaced her licence key", "Case 3391"),
    ("4410 sent his passport photo", "4410"),
    ("Igloo 6 lost her mittens", "Igloo 6"),  # missed before this reading
    ("Yurt 3 forgot their torch", "Yurt 3"),  # missed before this reading
    ("Hut 7 dropped his binoculars off the jetty", "Hut 7"),
    ("Cabana 8 spilled her smoothie on the cushions", "Cabana 8"),  # missed before this reading
    ("Hammock 2 lost his flip-flops", "Hammock 2"),
    ("Gazebo 4 forgot their cake knife", "Gazebo 4"),  # missed before this reading
    ("Dome 2 misplaced his room key", "Dome 2"),
    ("Igloo 2 wandered out in her slippers", "Igloo 2"),
    ("Sauna 3 forgot his flip-flops", "Sauna 3"),
    ("Booth 12 knocked over his pint", "Booth 12"),
    ("Cot 4 dropped her dummy again", "Cot 4"),
    ("Stretcher 2 lost his shoes in the ambulance", "Stretcher 2"),
    ("Bunk 6 forgot her earplugs", "Bunk 6"),
    ("Shelter 5 forgot their sun cream", "Shelter 5"),  # missed before this reading
    ("Pontoon 3 dropped his phone in the water", "Pontoon 3"),
    ("Rink 2 lost her skate guards", "Rink 2"),  # missed before this reading
    ("Cubby 9 forgot her swim bag", "Cubby 9"),  # missed before this reading
    ("Locker 51 left his towel in the steam room", "Locker 51"),
    ("Checkout 2 left her shopping on the belt", "Checkout 2"),
]

INNOCENT = [
    "Washer 3 shrank her jumper",
    "Dryer 2 ruined her whites",
    pytest.param("Locker 12 ate his coin", marks=_known(OTHER_READING)),
    "Gate 4 rejected his boarding pass",
    "Machine 6 spilled her coffee everywhere",
    "Dryer 5 lost his sock again",
    "Washer 2 lost her button",
    "Printer 2 jammed her boarding pass",
    "ATM 4 kept her card",
    "Vending machine 2 dropped his crisps halfway",
    "Scanner 6 lost his upload",
    "Oven 2 burned her lasagne",
    "Washer 7 tore his shirt",
    "Dryer 8 left her towels damp",
    "Carousel 3 dropped his suitcase on the floor",
    "Belt 2 lost her bag",
    "Hairdryer 3 singed her fringe",
    "Lift 2 trapped her scarf in the doors",
    "Microwave 3 exploded her soup",
    pytest.param("Desk 4 lost his pen", marks=_known(OTHER_READING)),
    "Counter 2 has her break at 3",
    "Window 3 is on his lunch",
    "Station 5 forgot her scissors",
    pytest.param("Kiosk 1 forgot her login", marks=_known(OTHER_READING)),
    "Checkpoint 3 lost his radio",
    "Security 2 dropped his radio",
    "Lifeguard 2 lost his whistle",
    "Cab 12 forgot his sat nav",
    "Van 4 left his clipboard at the depot",
    "Bus 23 forgot his ticket machine",
    "Unit 7 dropped his radio",
    "Engine 4 forgot their hose",
    "Runner 3 dropped her tray",
    "Server 2 spilled his tray",
    "Reception 1 forgot her keys",
    "Room 4 is where his mother stayed",
    pytest.param("Table 6 is her favourite", marks=_known(OTHER_READING)),
    pytest.param("Seat 12A was her late husband's", marks=_known(OTHER_READING)),
    "Room 12 has her name on the door",
    "Table 3 is for her parents",
    "Seat 4C belongs to his son",
    "Suite 2 is booked in her name",
    "Room 5 still smells of his cigars",
    "Room 301 lost its view when they built the tower",
    "Seat 3B lost its cushion",
    "Table 7 lost a leg",
    "Locker 8 still has his padlock on it",
    "Room 6 is full of her shopping",
    "Bed 9 was stripped after his discharge",
    "Table 2 reminded her of her wedding",
    pytest.param("Ticket 4410 lost her attachment when it was merged", marks=_known(OTHER_READING)),
    "Form 3 lost his answers",
    "Chart 4 lost her obs from last night",
    "File 6 lost his edits",
    "Draft 2 lost her comments",
    "Cab 4 dropped his fare at the station",
    "Van 2 dropped her parcel at the wrong door",
    "Bus 12 left his passengers at the stop",
    "Taxi 8 lost his way",
    "Coach 3 forgot their lunches",
    "Ferry 2 lost her anchor",
    "Boat 3 dropped her anchor off the point",
    "Yacht 12 lost her mast in the storm",
    "Kayak 2 lost her rudder",
    "Car 4 lost his hubcap",
    pytest.param("Flight 212 lost his suitcase", marks=_known(OTHER_READING)),
    "Train 14 lost her carriage",
    "Alpha 2 dropped his radio",
    "Maria at table 4 forgot her umbrella",
    "The waiter at table 6 spilled his tray",
    "Table 6's waiter dropped his notepad",
    "Room 4's cleaner lost her keys",
    "The nurse in bay 4 lost her badge",
    "Dr Patel in cubicle 3 lost his stethoscope",
    "Ana from room 12 lost her keys",
    "Tom forgot his jacket at table 4",
    "She left her scarf at table 9",
    "He lost his glasses in room 208",
    "Housekeeping found his wallet in room 9",
    "The customer in seat 14C spilled her drink",
    "The customer at table 9 forgot her umbrella",
    "Figure 3 shows his route",
    "Episode 4 lost his audience",
    "Round 2 dropped his ranking",
    "Game 3 cost him his title",
    "Lap 12 cost her the lead",
    "Team 6 lost their captain",
    "Chapter 14 loses his thread",
    "Level 3 lost her progress",
    "Song 4 lost her voice halfway",
    "Track 2 dropped his verse",
    "Player 2 dropped his controller",
    "Speaker 3 lost her notes",
    "Witness 2 forgot his statement",
    "Patient 4 forgot her inhaler",
    "Room 14 found her a bigger bed",
    pytest.param("Bed 3 hurt his back", marks=_known(OTHER_READING)),
    "Door 4 trapped his fingers",
    "Room 9 suits her needs",
    "Table 12 fits their party",
    "Pitch 4 floods every time his van comes through",
    pytest.param("Court 2 lost his appeal", marks=_known(OTHER_READING)),
    pytest.param("Line 2 dropped her call", marks=_known(OTHER_READING)),
    "Channel 4 lost his show",
    pytest.param("Room 8 came down in price", marks=_known(OTHER_READING)),
    "Room 3 is still in his name",
    "4410 is his account number",
    "Our number is 4410, call his mobile if not",
    "Room 12 kept his letters for him",
    "Client 5 lost her login",
]


@pytest.mark.parametrize("text,match", FLAGGED)
def test_flagged(text, match):
    assert match in locator_matches(text), text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
