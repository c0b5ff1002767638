"""Locator pack, a review of the thirteenth round's readings for false alarms.

The readings reviewed: open heads (CL213), compound places, ranked doers, conditions said
with 'is', kinds of person said with 'a', acts of the body, lower-case 'rang' and single
quotes read as quotation marks. Narrowed after this review:

- a thing threatens to do what no person does ('Dam 2 threatens to burst'), a form insists
  on a noun ('Field 4 insists on a date'), a reading flirts with a value ('Freezer 3
  flirted with zero'), a machine throws up what is not its own ('Washer 4 vomited suds');
- boilers and engines moan and grumble: a person's complaint is about something or made to
  someone; joints, taps and wounds weep, machines sulk, pumps hiccup, tanks burp;
- records and recordings report what someone said ('Chart 4 says she's diabetic'); cabs,
  vans and ferries are driven or crewed by staff; a workplace's plural is its staff
  ('Kitchen 2 are asking for more plates');
- a past form the tagger filed as a present agrees with no plural ('Dryer 6 rang to say');
- machines ring when done; kiosks and gates want papers ('Machine 4 wants his passport');
  a dryer leaves clothes in a state, not a place ('in a tangle');
- 'regular' is also a size, a fuel and a timetable; a form part 'is allergies' as its
  heading; a typesetter's line is a widow or an orphan; things are the first to 'go' or
  'get' something.

Every sentence here was written for these tests. A person marked "guard" was already found
before this round's readings; the others were not.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    ("Igloo 4 says she can't find the heating", "Igloo 4"),
    ("Cabana 3 are asking for more towels", "Cabana 3"),
    ("Hammock 7 keeps swearing at the waiter", "Hammock 7"),
    ("Pitch 22 rang in about the noise", "Pitch 22"),  # guard
    ("Cottage 4 left her glasses on the reception desk", "Cottage 4"),  # guard
    ("Sunbed 14 keeps shouting at the lifeguard", "Sunbed 14"),  # guard
    ("Pod 9 phoned from the car park", "Pod 9"),  # guard
    ("Kayak 6 insists he paid for two hours", "Kayak 6"),
    ("Lane 7 are asking for the bumpers up", "Lane 7"),  # guard
    ("Chalet 5 is a regular, give them the usual", "Chalet 5"),  # guard
    ("Yurt 2 wants her bags taken to the car", "Yurt 2"),
    ("Gazebo 6 are complaining about the music", "Gazebo 6"),
    ("Tent 11 was sobbing in the shower block", "Tent 11"),  # guard
    ("coach C, seat 40 wants a blanket", "coach C, seat 40"),  # guard
    ("seat 22 on coach B is asking for water", "seat 22 on coach B"),  # guard
    ("row F, seat 9 keeps kicking the seat in front", "row F, seat 9"),  # guard
    ("bay 3, bed 2 is asking for pain relief", "bay 3, bed 2"),  # guard
    ("coach H seat 51 wants to know when we get to Leeds", "coach H seat 51"),  # guard
    ("table 5 was the first to order", "table 5"),
    ("Seats 3A and 3B were the first to complain", "Seats 3A and 3B"),
    ("Room 14 is the only one to complain so far", "Room 14"),
    ("table 9 is nut allergy", "table 9"),
    ("14C is shellfish allergy", "14C"),
    ("bed 3 is penicillin allergy", "bed 3"),
    ("22B is a UM, travelling alone", "22B"),
    ("Room 311 is a widower, go gently", "Room 311"),  # guard
    ("table 4 is a retired vicar", "table 4"),
    ("4A was a footballer, signed a napkin for the crew", "4A"),
    ("bed 6 is a pensioner, lives alone", "bed 6"),  # guard
    ("bunk 4 snores", "bunk 4"),  # guard
    ("bed 2 fainted in the shower", "bed 2"),
    ("seat 9C sneezes every few seconds", "seat 9C"),  # guard
    ("bed 12 dozed off mid-meal", "bed 12"),  # guard
    ("23A rang, she wants a wheelchair", "23A"),  # guard
    ("room 14 rang, they want extra pillows", "room 14"),
    ("the host kept calling us 'Table Six' all evening", "Table Six"),  # guard
    ("the steward called me 'seat 14C' the whole flight", "seat 14C"),  # guard
    ("Table 8 are the last two to order", "Table 8"),  # guard
    ("Cubicle 4 says he wants to go home", "Cubicle 4"),  # guard
]

# (text, the findings' matches in order)
LISTED = [
    ("12A and 12C are the last two to board", ["12A", "12C"]),
]

INNOCENT = [
    "Rooms 12 and 14 are the last two to be cleaned",
    "Rooms 12 and 14 are the last two to book for August",
    "Seats 15A and 15B are the last two to sell",
    "Tables 3 and 4 are the last two to clear",
    "Rooms 3 and 4 are the only two to face the sea",
    "Seats 1 and 2 are the only ones to recline fully",
    "Room 8 was the first to sell out for New Year",
    "Table 9 was the first to go on Saturday",
    "Bed 4 was the first to empty after the ward round",
    "Gate 12 is the last to close tonight",
    "Coach B is the last to leave the depot",
    "Bus 12 is the last to leave the station at 23:10",
    "Service 4 is the first to call at Leeds",
    "Train 6 is the last to call at York",
    "Lots 12 and 14 were the last two to sell",
    "Pallets 3 and 4 are the last two to load",
    "Bays 3 and 4 are the last two to fill",
    "Bins 3 and 4 are the last two to empty",
    "Car 12 was the last to pit",
    "Boat 4 was the first to cross the line",
    "Room 7 is the last to get new carpets",
    "Order 4410 was the first to ship",
    "coach A, seat 12 has a broken tray",
    "seat 61 on coach D is faulty",
    "coach C, seat 40 is reserved for staff",
    "seat 14 coach B to be cleaned at Crewe",
    "screen 5 row F seats 8-9 are the best in the house",
    "bay 4, bed 2 needs new sheets",
    "row K, seat 12 is wobbly",
    "Coach A, seat 12 keeps squeaking when it reclines",
    "seat 3 in row B wobbles",
    "seat 22 on coach B was the last to sell",
    "coach D, seat 9 is the only one with a table",
    "Module 3 is food allergy",
    "Code 12 is nut allergy, code 14 is gluten",
    "Question 7 is drug allergy",
    "Box 9 is allergies",
    "Tab 3 is allergies",
    "Section 4 is allergies",
    "Screen 3 is allergies",
    "Step 5 is allergies",
    "Page 2 is allergies",
    "Column F is drug allergy",
    "Slide 4 is nut allergy",
    "Dish 12 is nut allergy safe",
    "Room 12 is a single",
    "Room 4 is a twin",
    "cabin 7 is a double",
    "Room 21 is a king",
    "Room 30 is a suite",
    "Room 9 is a standard",
    "Order 10552 was a gift",
    "Car 4 is a write-off",
    "Fridge 2 is a walk-in",
    "Booking 44 is a walk-in",
    "Order 512 was a walk-in",
    "Cooler 3 is a walk-in",
    "Line 40 is an orphan",
    "Piece 3 is a bishop",
    "Piece 6 is a knight",
    "Figure 12 is a farmer",
    "Manikin 3 is a newborn",
    "Dummy 4 is a toddler",
    "Scenario 3 is a pensioner with chest pain",
    "Bus 12 is a veteran",
    "Car 9 is a veteran",
    "Portrait 12 is a bishop",
    "Photo 4 is a toddler on a swing",
    "Track 4 is a singer I love",
    "Exhibit 12 is a soldier",
    "Statue 3 is a soldier",
    "kennel 4 snores all night",
    "Cage 3 sneezes every morning",
    "Hutch 2 sneezed twice",
    "Engine 2 hiccups on start",
    "Generator 3 hiccuped twice overnight",
    "Pump 3 hiccups when the tank is low",
    "Fermenter 3 burped overnight",
    "Barrel 6 burps",
    "Drawer 4 yawns open",
    "Hatch 3 yawned open in the wind",
    "flower bed 4 blushes pink every spring",
    "bell 4 rang at noon",
    "timer 3 rang twice",
    "Clock 2 rang at noon",
    "Hotline 2 rang all morning",
    "Pager 4 rang during the briefing",
    "Dryer 6 rang to say it was done",
    "Microwave 3 rang",
    "Gong 2 rang for dinner",
    "the phone in room 412 rang twice and stopped",
    "Ferry 2 called in at Oban at noon",
    "Ship 4 called in at Lisbon",
    "Bus 12 called in at the depot",
    "Van 3 called in sick",
    "Unit 4 called in from the north gate",
    "Tap 4 is weeping",
    "Joint 4 is weeping",
    "Valve 3 weeps",
    "Wound 2 is weeping",
    "Blister 3 weeping, dressing changed",
    "Guitar 3 weeps",
    "Boiler 3 moans all night",
    "Pipe 4 moans",
    "Boiler 2 keeps moaning",
    "Generator 2 grumbled all night",
    "Fridge 3 grumbles",
    "Paper 3 argues that fares are too high",
    "Essay 4 argues against tipping",
    "Chapter 3 argues the opposite",
    "Dam 2 threatens to burst",
    "River 3 threatens to flood",
    "Tank 2 threatens to overflow",
    "Field 4 insists on a date",
    "Widget 3 insists on a postcode",
    "Question 4 begs the question",
    "Freezer 3 flirted with zero overnight",
    "Fund 4 flirted with record highs",
    "Router 2 is sulking again",
    "Laptop 4 sulks",
    "Kettle 4 sulking",
    "Machine 6 puked foam everywhere",
    "Washer 4 vomited suds",
    "Dishwasher 2 puked water",
    "Drain 3 vomited sewage",
    "Sign 3 apologises for the delay",
    "Board 3 apologises for the delay",
    "Notice 2 apologises",
    "Banner 4 apologises for the works",
    "Announcement 3 apologises",
    "Kitchen 2 are asking for more plates",
    "Store 12 want more stock",
    "Branch 4 are asking for the new rota",
    "Office 2 want the report by five",
    "Depot 3 want the keys back",
    "Warehouse 3 are complaining about the forklift",
    "Workshop 4 are asking for more screws",
    "Shift 2 are complaining about the rota",
    "Site 4 are asking for hard hats",
    "Team 4 are arguing with the referee",
    "Dryer 6 left his jeans in a tangle",
    "Washer 3 left her whites in a right state",
    "Van 3 left his keys in the office",
    "Cab 4 left his phone at the rank",
    "Kiosk 2 wants his signature",
    "Machine 4 wants his passport",
    "Reader 3 wants his badge",
    "Turnstile 2 wants his pass",
    "Cab 4 wants his fare",
    "Log 4 says he checked in at 9",
    "Receipt 12 says she paid by card",
    "Band 4 says she's allergic to penicillin",
    "Chart 4 says she's diabetic",
    "Profile 4 says he's vegan",
    "Voicemail 2 says she's running late",
    "Report 3 says he was at home",
    "Statement 2 says she left at ten",
    "Transcript 3 says he agreed",
    "Tape 2 says she was there",
    "Memo 4 says he approved it",
    "Slide 12 says she founded the firm in 1990",
    "Draft 3 says he resigned",
    "Van 2 says he's stuck in traffic",
    "Cab 12 says he's outside",
    "Taxi 3 says he's outside",
    "Tug 2 says he's alongside",
    "Guard 4 says he saw the van",
    "Steward 3 says she checked the gate",
    "Runner 3 says he's on his way with the plates",
    "Lifeguard 2 says he closed the slide",
    "Instructor 3 says she'll take the next group",
    "Service 12 is a regular",
    "Size 10 is a regular, size 14 is a long",
    "Coffee 3 is a regular",
    "Delivery 3 is a regular",
    "the menu calls it 'Table Nine' special",
    "the band played 'Room 12 Blues' twice",
    "we watched 'Flight 93' again last night",
    "the sign on the door says 'Room 12 is closed for cleaning'",
    "search for 'seat 17F upgrade' returned nothing",
    "the log said 'order 10552 has shipped'",
    "our podcast 'Table for Six' returns next week",
    "[WARN] room 412 thermostat offline",
    "2024-03-01 12:04 seat 12 sensor fault",
    "Step 3: fold in the nuts, step 4 is nut allergy labelling",
    "Court 3 needs resurfacing",
    "chair 2 is wobbly",
    "box C is sold out",
    "table 9 ready for the 8pm booking",
]
