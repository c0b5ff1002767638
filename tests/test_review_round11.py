"""Locator pack: review of the four readings added in round 11, by look-alikes written for
this review and the persons each reading is for.

1. the reading by address (locator/vocative.py): a code set off at the start, then words to
   its holder ('Sorry 18C, we can't serve hot drinks during turbulence');
2. the reading of owned belongings (locator/belongings.py): 'Seat 21C forgot his jacket';
3. the back-reference's pronoun of the one staff deal with (locator/backref.py,
   `_dealt_with`): 'Room 208 locked herself out twice, tell her …';
4. the open heads' back-reference (locator/backref.py, `open_head_referred_back`): 'Igloo 4
   checked in late, tell him breakfast is at eight'.

The look-alikes aim at each reading's edges: numbers that are places, things, prices, times,
records, machines, staff posts, radio call signs and documents; pronouns for someone else;
'sorry', 'please' and 'you' said to a colleague about a place; staff's own things. Every
sentence here was written for these tests.

Rows marked xfail are known: persons missed before and after this review (`MISSED`), false
alarms of older readings that the new ones do not add (`OTHER_READING`), false alarms of the
reading by address left open because a guard would cost persons, and false alarms of readings
3 and 4, whose module is being edited elsewhere; each reason says why.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches


def _known(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


MISSED = "a known miss, before this review as after"
OTHER_READING = (
    "a false alarm of an older reading (the subject reading), before these readings as after"
)
VOC_COMPOUND = (
    "vocative: 'your ice machine' is read as theirs; only the word right after 'your' is "
    "checked against a place's parts, not the compound's head"
)
VOC_SECTION = (
    "vocative: a document's section is read as a stadium's (CL201 owns 'section'), and a "
    "policy's 'you must' reads like a call to the people in it"
)
VOC_HOLDER = (
    "vocative: the holder naming their own seat to staff ('you've put me …') reads like "
    "staff speaking to 23A ('you've given me the wrong card')"
)
VOC_JOB_BOTH_WAYS = (
    "vocative: a job on the place by a verb customers are told too ('chase', 'swap', 'top "
    "up', 'turn up'), so not in staff_jobs"
)
DW_PLACE_SENSE = (
    "backref _dealt_with: a place's or a bed's sound or smell ('reeked of', 'echoed', "
    "'alarmed') is a verb in none of the lists, so read as a person's doing"
)
DW_PLACE_CHANGE = (
    "backref _dealt_with: a place's change of state by a phrasal verb ('turned to mud', "
    "'ran dry of') is in no list of place doings or ergatives"
)
DW_RECORD_VERB = (
    "backref _dealt_with: a record's verb missing from record_verbs ('bounce', 'clash', "
    "'mature', 'time out')"
)
DW_OPEN_RECORD = (
    "backref _dealt_with via open_head_referred_back: a payment no rule owns 'failed' or "
    "'cleared', read as a person's doing"
)
OH_RECORD = (
    "backref open_head_referred_back: a record or consignment no rule owns (refund, "
    "transfer, parcel, package, application) that goes or arrives is left open to a person"
)
OH_STAFF = (
    "backref open_head_referred_back: staff called by a number ('Float 3', 'Trainee 2') are "
    "not in open_not_heads, so the pronoun for that colleague reads the number as a customer"
)

# (text, the finding's match) and look-alikes, by reading.
VOCATIVE_PERSONS = [
    ("Sorry 18C, we can't serve hot drinks during turbulence.", "18C"),
    ("27B, please put your tray table up.", "27B"),
    ("4F, your special meal is coming now.", "4F"),
    ("Seat 12A, your headphones are in the pocket in front of you.", "Seat 12A"),
    ("Sorry seat 30D, we can't let you sit in the exit row with a baby.", "seat 30D"),
    pytest.param(
        "22K, you'll need to switch your phone to flight mode.", "22K", marks=_known(MISSED)
    ),
    ("Room 604, your taxi is at the front door.", "Room 604"),
    ("Room 312, I'm sorry, we can't offer a late checkout today.", "Room 312"),
    ("Sorry room 77, you'll have to move your car from the loading bay.", "room 77"),
    ("Suite 12, your champagne is on its way up.", "Suite 12"),
    ("Cabin 8204, your tender ticket is at guest services.", "Cabin 8204"),
    ("Cabin 5511, I'm afraid we don't allow irons in the cabins.", "Cabin 5511"),
    ("Table 7, your pizzas are coming out now.", "Table 7"),
    ("Table 19, sorry, we can't do separate bills on a Saturday.", "Table 19"),
    ("Sorry table 2, we don't allow dogs inside, but you're welcome on the terrace.", "table 2"),
    ("Table 11, please keep your children away from the kitchen door.", "Table 11"),
    ("Right, table 16, your mains are ready.", "table 16"),
    ("Bed 3, your husband is here to see you.", "Bed 3"),
    ("Bed 14, I'm sorry, we can't let you eat before the operation.", "Bed 14"),
    ("Bay 7, you can go home once the doctor signs the letter.", "Bay 7"),
    ("Cubicle 4, please keep your gown on for now.", "Cubicle 4"),
    ("Account 6620, your direct debit has been set up.", "Account 6620"),
    ("Account 2219, unfortunately we can't waive your overdraft fee.", "Account 2219"),
    ("Ticket 3017, your engineer will be with you on Thursday.", "Ticket 3017"),
    ("Order 88431, your replacement has been dispatched.", "Order 88431"),
    pytest.param(
        "Order 4402, sorry, we don't refund opened earbuds.", "Order 4402", marks=_known(MISSED)
    ),
    ("Claim 7711, your assessor will ring you tomorrow.", "Claim 7711"),
    pytest.param(
        "Policy 66021, I'm sorry, we can't backdate your cover.",
        "Policy 66021",
        marks=_known(MISSED),
    ),
    ("Case 1183, you'll get a letter from us this week.", "Case 1183"),
    ("Booking 5530, your table is ready now.", "Booking 5530"),
    ("Reservation 2291, sorry, we can't hold your room past six.", "Reservation 2291"),
    ("Number 18, your order is ready at the counter.", "Number 18"),
    ("Number 52, please come to window 3.", "Number 52"),
    ("Queue number 14, sorry, we don't exchange sale items.", "Queue number 14"),
    ("Next, number 9? Sorry, we can't print photos from phones.", "number 9"),
    ("Locker 44, your goggles were left by the pool.", "Locker 44"),
    pytest.param(
        "Locker 3, sorry, we don't allow glass in the changing rooms.",
        "Locker 3",
        marks=_known(MISSED),
    ),
    pytest.param(
        "Lane 2, please keep your speed down in the slow lane.", "Lane 2", marks=_known(MISSED)
    ),
    ("Bike 6, you're pedalling too fast, ease off.", "Bike 6"),
    ("Court 5, sorry, your hour finished ten minutes ago.", "Court 5"),
    ("Pitch 21, your gas bottle has been delivered.", "Pitch 21"),
    ("Pitch 8, I'm sorry, we don't allow fires on the grass.", "Pitch 8"),
    ("Chalet 6, your hot tub will be ready at four.", "Chalet 6"),
    ("Berth 19, you can't run your generator after ten.", "Berth 19"),
    ("Lounger 22, your pina colada!", "Lounger 22"),
    ("Sunbed 4, sorry, we don't allow reserving beds with towels.", "Sunbed 4"),
    ("Hi 6650, your new card is on its way.", "6650"),
    ("Sorry 4417, you're not on tonight's list.", "4417"),
    ("3321, I'm sorry, but we can't accept your return without the receipt.", "3321"),
    ("Right, 7720, you can go through to the waiting room now.", "7720"),
    ("Wristband 308, you can't bring glass into the pool area.", "Wristband 308"),
    ("Member 4471, your renewal is due next week.", "Member 4471"),
    ("Appointment 9, please come through to the blue room.", "Appointment 9"),
    ("Flight 221, your bags will arrive on carousel 4.", "Flight 221"),
    ("Sorry, table 13, we can't seat you by the window tonight.", "table 13"),
    ("Room 15, you're welcome to use the pool until ten.", "Room 15"),
    ("Bunk 8, please keep your torch off after lights out.", "Bunk 8"),
    ("Row 22, your drinks trolley is next.", "Row 22"),
    ("9A and 9B, your buggy is at the aircraft door.", "9A"),
    ("Tab 6, your last orders please.", "Tab 6"),
]
VOCATIVE_INNOCENT = [
    "Speedbird 214, you're number two for landing.",
    "Easy 42, your slot time is 14:20.",
    "Ryanair 4410, your squawk is 4512.",
    "Car 27, your pickup is outside the station.",
    "Cab 9, your next job is at the airport rank.",
    "Patrol 4, you're needed at the north gate.",
    "Sierra 2, your position please?",
    "Mobile 6, you're good to head back to base.",
    "Tango 9, your ETA to the car park?",
    "Truck 3, you're first out on the gritting run.",
    "Ladder 12, your crew is to stage on Market Street.",
    "Camera 3, you're on in five.",
    "Studio 2, you're live after the ad break.",
    "Float 4, you're covering lunches today.",
    "Section 5, you're short a runner tonight.",
    "Floor 3, your trolley is waiting in the service lift.",
    "Till 6, your float is short by ten pounds.",
    "Register 2, you need more change?",
    pytest.param("Bar 2, your ice machine has been fixed.", marks=_known(VOC_COMPOUND)),
    "Pass 1, your tickets are printing now.",
    "Ward 9, your bloods are back from the lab.",
    "Lab 2, your samples arrived this morning.",
    "Theatre 4, your list starts at half eight.",
    "Kitchen 2, you're doing the canapés tonight.",
    "Station 6, you'll be on the fryers after the break.",
    "Housekeeping 2, you're needed on the fourth floor.",
    "Aisle 7, you'll find the batteries next to the torches.",
    "Aisle 12, your best bet is the top shelf.",
    "Gate 22, you'll want to turn left after security.",
    "Platform 4, you'll need to cross the footbridge.",
    "Exit 12, you'll see the sign for the services.",
    "Bus 38, you'll want the stop across the road.",
    "Room 201, you'll find the lift on your left.",
    "Level 2, you can pay at the machine by the stairs.",
    "Lot C, you'll need to walk back to the terminal.",
    "Bay 40, you can pick up your click and collect there.",
    "Clause 7, you agree to pay the deposit within seven days.",
    pytest.param("Section 12, you must give thirty days' notice.", marks=_known(VOC_SECTION)),
    "Article 4, your data will be kept for six years.",
    "Question 12, you must answer in black ink.",
    "Step 3, please make sure your device is charged.",
    "Page 2, please initial each box.",
    "Option 2, you'll be charged a small fee for paper bills.",
    "Plan 3, you get unlimited data and calls.",
    "Tier 2, your discount is ten percent.",
    "Package 4, you get breakfast and dinner included.",
    "Option 1, please hold for the next available adviser.",
    "Exercise 6, you'll need a resistance band.",
    "Route 5, you'll pass the lighthouse on your right.",
    "Day 3, you'll hike up to the refuge.",
    "Printer 4, sorry, you'll have to use the one downstairs.",
    "Washer 6, sorry, we can't fix until Monday, so please use washer 2.",
    "Pump 7, sorry, we don't take cards at that one.",
    "Locker 30, sorry, we don't have a spare key for those.",
    pytest.param("23A, you've put me in the wrong seat.", marks=_known(VOC_HOLDER)),
    "Table 12, your waiter forgot our drinks.",
    "Room 308, your receptionist gave me the wrong key.",
    "Seat 9C, you said, but my pass says 9D.",
    "Room 14, please, we'd like the one with the balcony.",
    "£45, sorry, we can't go any lower.",
    "Forty quid, sorry, you won't get it cheaper.",
    "Half seven, sorry, we're fully booked.",
    "40-15, your serve.",
    "Code 4471, sorry, we don't accept expired codes.",
    "Voucher 2210, sorry, we can't use two vouchers on one bill.",
    "Coupon 88, I'm afraid we don't take those at this branch.",
    "Room 14, you're doing the turndown tonight, Priya.",
    "Table 4, you'll want to reset the cutlery for six.",
    pytest.param(
        "Bed 9, you'll need to chase the pharmacy for the TTOs.", marks=_known(VOC_JOB_BOTH_WAYS)
    ),
    pytest.param("Cabin 3110, please check the smoke alarm.", marks=_known(OTHER_READING)),
    pytest.param("Seat 12F, please swap the headrest cover.", marks=_known(VOC_JOB_BOTH_WAYS)),
    "Room 509, please restock the tea tray.",
    "Table 20, please polish the glasses for the wedding.",
    "Bay 3, you're taking the next admission.",
    pytest.param("Pitch 14, please top up the gas bottle.", marks=_known(VOC_JOB_BOTH_WAYS)),
    pytest.param(
        "Rooms 12, 14 and 16, you'll need to turn the heating up.", marks=_known(VOC_JOB_BOTH_WAYS)
    ),
    "Lanes 1 and 2, please rope them off at six.",
]
BELONGINGS_PERSONS = [
    ("Seat 21C forgot his jacket in the overhead locker.", "Seat 21C"),
    ("16A spilled his tomato juice on the blanket.", "16A"),
    ("8D has lost her boarding pass somewhere.", "8D"),
    ("Seat 5B dropped her earring between the seats.", "Seat 5B"),
    ("33F misplaced his glasses case.", "33F"),
    ("2C can't find her headphones.", "2C"),
    ("Room 221 forgot his phone charger.", "Room 221"),
    ("Room 118 left her jewellery in the safe.", "Room 118"),
    ("Room 702 lost her necklace in the spa.", "Room 702"),
    ("Room 14 came down to breakfast in his pyjamas.", "Room 14"),
    ("Suite 7 forgot their passports in the safe.", "Suite 7"),
    ("Room 903 can't find his wallet.", "Room 903"),
    ("Room 411 twisted her ankle on the stairs.", "Room 411"),
    ("Room 16 wandered into the bar in her bathrobe.", "Room 16"),
    ("2214 has lost his room key again.", "2214"),
    ("Table 3 spilled their red wine all over the cloth.", "Table 3"),
    ("Table 17 forgot his scarf.", "Table 17"),
    ("Table 5 dropped her fork under the bench.", "Table 5"),
    ("Table 22 left her handbag under the chair.", "Table 22"),
    ("Table 6 knocked over his pint.", "Table 6"),
    ("Bed 7 keeps losing his dentures.", "Bed 7"),
    ("Bed 4 has lost her glasses again.", "Bed 4"),
    ("Bay 6 stubbed his toe on the bed frame.", "Bay 6"),
    ("Cubicle 2 forgot her inhaler at home.", "Cubicle 2"),
    pytest.param("Bed 10 can't find her hearing aid.", "Bed 10", marks=_known(MISSED)),
    ("Bay 3 spilled her tea on the sheets.", "Bay 3"),
    ("Trolley 4 lost his slippers in the ambulance.", "Trolley 4"),
    ("Account 7719 lost his debit card abroad.", "Account 7719"),
    ("Card 5520 forgot her PIN.", "Card 5520"),
    ("Ticket 30218 forgot his password again.", "Ticket 30218"),
    ("Case 6612 misplaced her policy documents.", "Case 6612"),
    ("Claim 4410 can't find his receipts.", "Claim 4410"),
    ("Order 90314 forgot her account password.", "Order 90314"),
    ("Membership 3309 forgot her card at home.", "Membership 3309"),
    ("Booking 7745 forgot their booking reference.", "Booking 7745"),
    ("Locker 16 forgot her padlock.", "Locker 16"),
    ("Locker 33 left his goggles in the shower.", "Locker 33"),
    ("Lane 5 lost her goggles.", "Lane 5"),
    ("Bike 3 forgot her water bottle.", "Bike 3"),
    ("Mat 11 forgot his towel.", "Mat 11"),
    ("Court 8 forgot their shuttlecocks.", "Court 8"),
    ("Lounger 4 dropped her sunglasses in the pool.", "Lounger 4"),
    ("Sunbed 10 lost his flip-flops.", "Sunbed 10"),
    ("Pitch 6 forgot their tent poles.", "Pitch 6"),
    ("Caravan 12 lost his awning pegs.", "Caravan 12"),
    ("Chalet 9 forgot their ski gloves.", "Chalet 9"),
    ("Lodge 4 misplaced her car keys.", "Lodge 4"),
    ("Tent 3 forgot their sleeping bags.", "Tent 3"),
    ("Berth 11 dropped his keys in the harbour.", "Berth 11"),
    ("Cabin 6220 forgot her cruise card.", "Cabin 6220"),
    ("Bunk 2 forgot his earplugs.", "Bunk 2"),
    ("Chair 4 forgot her umbrella at the salon.", "Chair 4"),
    ("Checkout 3 left her purse on the packing shelf.", "Checkout 3"),
    ("Booth 5 spilled his cocktail on the seat.", "Booth 5"),
    ("Pew 9 dropped his hymn sheet.", "Pew 9"),
    ("Treadmill 2 twisted her ankle.", "Treadmill 2"),
    ("Stall 14 forgot his gazebo weights.", "Stall 14"),
    ("Carrel 6 lost her library card.", "Carrel 6"),
    ("Patio 2 forgot their cake.", "Patio 2"),
    ("Row 4 dropped his programme over the balcony.", "Row 4"),
]
BELONGINGS_INNOCENT = [
    "Turnstile 3 ate her ticket.",
    "Shredder 4 swallowed his tie.",
    "Escalator 2 caught her shoelace.",
    "Photocopier 3 chewed up his passport copy.",
    "Treadmill belt 6 flung off her water bottle.",
    "Slide 4 ripped her swimsuit.",
    "Hook 6 tore his coat.",
    pytest.param("Kiosk 5 swallowed her card.", marks=_known(OTHER_READING)),
    pytest.param("Till 4 lost her float.", marks=_known(OTHER_READING)),
    pytest.param("Till 2 dropped his change on the floor.", marks=_known(OTHER_READING)),
    "Crane 2 dropped their container in the dock.",
    "Forklift 7 dropped his pallet.",
    "Robot 3 dropped her parcel.",
    "Drone 2 lost their package over the field.",
    "Scale 5 lost her weight reading.",
    "Tablet 4 forgot her saved cards after the update.",
    "Laptop 12 lost his files overnight.",
    "Handset 6 lost his contacts.",
    "Router 3 forgot their password again.",
    "Keypad 2 forgot her code after the power cut.",
    "Camera 4 lost his footage.",
    "Hand dryer 2 burned her hands.",
    "Blade 2 nicked his thumb.",
    "Guillotine 3 grazed her finger.",
    "Porter 2 lost his pager.",
    "Steward 12 forgot her hi-vis.",
    "Courier 9 dropped his scanner.",
    "Driver 14 forgot his tachograph card.",
    "Picker 22 dropped her scanner.",
    "Cashier 3 misplaced her till key.",
    "Guard 2 lost his keys.",
    "Nurse 4 forgot her fob watch.",
    "Post 7 forgot his radio.",
    "Patrol 3 lost his torch.",
    "Crew 4 forgot their harnesses.",
    "Housekeeper 6 misplaced her master key.",
    "Server 7 knocked over his tray of glasses.",
    "Float 2 forgot her lanyard.",
    pytest.param("Section 4 dropped her notepad.", marks=_known(OTHER_READING)),
    "Ranger 3 lost his binoculars.",
    "Instructor 2 forgot her whistle.",
    "Engineer 5 misplaced his torque wrench.",
    pytest.param("Stall 5 threw his shoe.", marks=_known(OTHER_READING)),
    "Paddock 3 lost her rug in the wind.",
    "Stable 6 lost his shoe in the mud.",
    "Hutch 2 knocked over his water bowl.",
    "Run 4 lost her collar.",
    "Kennel 9 chewed his bed.",
    pytest.param("Flight 19 lost her luggage.", marks=_known(OTHER_READING)),
    "Bus 7 forgot his lunchbox.",
    "Lorry 3 dropped his load on the bypass.",
    "Ferry 6 lost her lifeboat.",
    "Truck 12 spilled his gravel on the A30.",
    "Tram 4 trapped her coat in the doors.",
    "Version 4 forgot his settings.",
    "Update 12 lost her preferences.",
    "Build 2210 lost their saved drafts.",
    pytest.param("Invoice 4419 forgot her VAT number.", marks=_known(OTHER_READING)),
    "Parcel 7 lost her label.",
    "Shipment 22 lost his paperwork.",
    "Batch 4 lost their labels.",
    "Sample 3 lost her barcode.",
    pytest.param("Room 4 came up in her search.", marks=_known(OTHER_READING)),
    pytest.param("Room 9 went through in his name.", marks=_known(OTHER_READING)),
    "Suite 4 is done out in his favourite colours.",
    "Locker 9 is in her name.",
    pytest.param("Bed 6 arrived in his van.", marks=_known(OTHER_READING)),
    "Room 10 was dressed in her colours for the wedding.",
    pytest.param("Room 7 still holds his things from last week.", marks=_known(OTHER_READING)),
    "Room 3 kept her belongings until she came back.",
    pytest.param("Table 8 brought back her memories of Paris.", marks=_known(OTHER_READING)),
    pytest.param("Villa 3 brought their holiday to life.", marks=_known(OTHER_READING)),
    "Seat 12 had his jacket on it.",
    "Day 3 lost her luggage in Lisbon.",
    "Mile 20 twisted her ankle.",
    "Stage 12 shredded his legs.",
    "Hole 7 lost him two shots.",
    "Round 4 knocked his confidence.",
    "Lap 30 dropped his lap time.",
    "Heat 2 lost their best swimmer.",
    "Week 6 brought her own problems.",
]
DEALT_WITH_PERSONS = [
    ("Room 208 locked herself out twice, tell her the spare card is at the desk.", "Room 208"),
    ("Room 1204 lost his key card again, tell him we'll cut a new one.", "Room 1204"),
    ("3310 complained about the noise upstairs, apologise to her.", "3310"),
    ("Seat 16A refused to stow the bag, warn him the crew will take it.", "Seat 16A"),
    ("14F ordered the vegetarian meal, tell her it's the last one.", "14F"),
    ("Table 12 sent the steak back twice, apologise to him.", "Table 12"),
    ("Table 3 asked for the bill an hour ago, apologise to them.", "Table 3"),
    ("Room 716 ordered room service at 3am, remind him the kitchen shuts at midnight.", "Room 716"),
    ("Bed 5 pulled his cannula out again, reassure him we'll put in another.", "Bed 5"),
    ("Bay 4 refused breakfast, let her know lunch is at twelve.", "Bay 4"),
    ("Cubicle 6 rang the bell twice, tell her the doctor is coming.", "Cubicle 6"),
    ("Bed 11 signed the discharge papers, let him know his transport is at two.", "Bed 11"),
    ("Account 5521 called about the fee, let her know we've refunded it.", "Account 5521"),
    ("Account 3309 disputed the charge, tell him the bank will write.", "Account 3309"),
    ("Ticket 7713 chased us again, apologise to her and escalate.", "Ticket 7713"),
    ("Case 2218 emailed the CEO, let him know we're on it.", "Case 2218"),
    ("Order 6631 returned the wrong item, ask her to send the right one.", "Order 6631"),
    ("Claim 9914 rejected the offer, tell him he can go to the ombudsman.", "Claim 9914"),
    pytest.param(
        "Policy 5532 moved to Spain, remind her to update the address.",
        "Policy 5532",
        marks=_known(MISSED),
    ),
    pytest.param(
        "Booking 4420 cancelled the spa day, offer her another date.",
        "Booking 4420",
        marks=_known(MISSED),
    ),
    pytest.param(
        "Reservation 8810 arrived an hour early, tell him the room is nearly ready.",
        "Reservation 8810",
        marks=_known(MISSED),
    ),
    ("Locker 21 jumped the queue at the showers, have a word with him.", "Locker 21"),
    pytest.param(
        "Lane 4 swam into the lesson area, warn her it's closed.", "Lane 4", marks=_known(MISSED)
    ),
    ("Court 7 smashed a racquet on the net post, warn him about damage fees.", "Court 7"),
    ("Pitch 22 played music after eleven, warn them it's the last time.", "Pitch 22"),
    ("Caravan 8 parked on the verge, ask him to move.", "Caravan 8"),
    ("Chalet 12 lit a fire on the deck, warn them about the rules.", "Chalet 12"),
    ("Tent 9 brought a dog, remind them dogs stay on leads.", "Tent 9"),
    ("Berth 3 paid for a week, let him know the meter is on.", "Berth 3"),
    ("Cabin 9120 missed the muster drill, remind her it's compulsory.", "Cabin 9120"),
    ("Cabin 4410 booked the wrong excursion, offer him a swap.", "Cabin 4410"),
    ("Suite 2 tipped the butler fifty pounds, thank her for us.", "Suite 2"),
    ("Villa 7 invited the neighbours over, remind them of the quiet hours.", "Villa 7"),
    ("Room 33 smoked in the bathroom, warn him about the fine.", "Room 33"),
    ("Room 507 checked in at midnight, tell her breakfast is till ten.", "Room 507"),
    ("Seat 8C photographed the crew, tell him to stop.", "Seat 8C"),
    ("23D kicked the seat in front, have a word with him.", "23D"),
    ("11A asked for a blanket, tell her we're out.", "11A"),
    ("Seat 2F moved to an empty row, tell him he can stay.", "Seat 2F"),
    ("Table 14 booked the private room, remind her the deposit is due.", "Table 14"),
    pytest.param("Table 9 paid in cash, thank them for the tip.", "Table 9", marks=_known(MISSED)),
    ("Table 1 waited forty minutes, apologise to them.", "Table 1"),
    ("Chair 2 arrived early, tell her we're running ten minutes behind.", "Chair 2"),
    ("Bike 8 skipped the warm-up, remind him it's important.", "Bike 8"),
    ("Mat 3 left before the cool-down, let her know she can come to the next class free.", "Mat 3"),
    pytest.param(
        "Stall 6 set up on the fire lane, tell him to move before nine.",
        "Stall 6",
        marks=_known(MISSED),
    ),
    ("Membership 8812 brought three guests, remind her of the limit.", "Membership 8812"),
    ("Card 3310 phoned about a lost card, tell him the new one is posted.", "Card 3310"),
    pytest.param(
        "Loan 6610 paid off early, thank her and send the letter.",
        "Loan 6610",
        marks=_known(MISSED),
    ),
    ("Booking 5512 lost the voucher, tell him we can reissue it.", "Booking 5512"),
    ("Room 402 left without paying the minibar, ring her and remind her.", "Room 402"),
    pytest.param(
        "6604 overpaid the bill, let him know about the credit.", "6604", marks=_known(MISSED)
    ),
    ("Bay 12 tried to get up alone, remind her to use the buzzer.", "Bay 12"),
    ("Room 19 argued with the night porter, have a word with him.", "Room 19"),
    pytest.param(
        "Bunk 6 snuck in after curfew, warn him it's the last time.", "Bunk 6", marks=_known(MISSED)
    ),
    ("Sunbed 9 fell asleep in the sun, offer her some water.", "Sunbed 9"),
    ("Lounger 3 asked for a menu, tell him the bar closes at six.", "Lounger 3"),
    ("Pew 12 filmed the ceremony, remind them it's not allowed.", "Pew 12"),
    ("Pod 4 pressed the call bell, reassure her we're coming.", "Pod 4"),
    ("Trolley 3 vomited in the corridor, reassure him it's fine.", "Trolley 3"),
]
DEALT_WITH_INNOCENT = [
    "Room 12 rattled all night, apologise to him at breakfast.",
    "Bay 6 beeped all night, reassure her it's only the pump.",
    "Seat 14C jammed upright, tell him we'll move him at the gate.",
    "Table 4 wobbled all through dinner, apologise to them.",
    "Cabin 22 reeked of paint, apologise to them and offer a move.",
    "Room 9 overheated again, offer him a fan.",
    "Suite 3 echoed terribly, warn her before she books again.",
    "Room 11 stank of bleach, warn him before he goes up.",
    "Room 508 lost hot water, apologise to her.",
    "Locker 14 sprang open, tell her to check her things.",
    "Seat 3B creaked the whole flight, apologise to him.",
    "Bed 12 alarmed twice in the night, reassure him it's the battery.",
    "Room 40 buzzed all night from the generator, apologise to them.",
    "Chalet 6 lost power at dinner, tell them the generator's coming.",
    "Room 218 froze overnight, offer her a heater.",
    "Pitch 17 turned to mud, offer him a hardstanding.",
    pytest.param(
        "Room 6 smelt of damp, apologise to her and move her.", marks=_known(OTHER_READING)
    ),
    "Order 5512 bounced back to the warehouse, apologise to her.",
    "Invoice 2210 bounced, remind him to update his card.",
    "Payment 4410 failed twice, tell her to try another card.",
    "Transfer 8812 cleared this morning, let him know.",
    "Parcel 4471 went to the wrong house, apologise to her.",
    pytest.param(
        "Claim 5521 stalled at underwriting, let him know we're chasing.",
        marks=_known(OTHER_READING),
    ),
    "Ticket 3390 breached its SLA, apologise to her.",
    "Subscription 2207 auto-renewed, remind him he can cancel.",
    "Booking 6610 clashed with a wedding, apologise to them.",
    "Card 4412 declined at the till, tell her to call her bank.",
    "Refund 7731 reached the bank today, let her know.",
    "Loan 2290 matured last week, remind him to collect the paperwork.",
    "Policy 3318 lapsed after the missed payment, let her know.",
    "Account 6613 went overdrawn, warn him about the fee.",
    "Case 4402 timed out in the queue, apologise to him.",
    pytest.param("Flight 212 diverted to Leeds, apologise to them.", marks=_known(OTHER_READING)),
    "Train 44 ran forty minutes late, offer him a voucher.",
    "Coach 3 overheated on the motorway, reassure them it's in hand.",
    "Bus 12 skipped the stop, apologise to her.",
    "Ferry 9 sailed without the cars, apologise to them.",
    "Car 5 went to the wrong terminal, apologise to her.",
    "Alpha 2 requested backup, tell him we're sending two units.",
    "Echo 5 finished the sweep, let her know she can stand down.",
    "Patrol 4 spotted a leak by the gym, thank him for the heads-up.",
    "Driver 22 delivered everything by noon, thank him.",
    "Agent 4471 closed the ticket without a note, remind her of the process.",
    "Employee 5521 clocked out early, remind him to swipe properly.",
    "Picker 14 missed the cut-off, remind her the wave starts at six.",
    "Courier 308 left the parcel at the neighbour's, remind him to get a signature.",
    "Tech 3 skipped the safety check, warn him it's mandatory.",
    "Float 3 covered the lunch breaks, thank her.",
    "Section 5 turned every table twice, tell her she's on the late shift.",
    "Till 6 balanced to the penny, thank her.",
    "Bar 2 ran dry of lager, tell him the delivery is at four.",
    pytest.param(
        "Room 12 hosted the chef's leaving do, thank him for the menu.", marks=_known(OTHER_READING)
    ),
    pytest.param(
        "Table 8 ordered a cake for the chef's birthday, tell him it's a surprise.",
        marks=_known(OTHER_READING),
    ),
    "Room 4 needed the plumber, tell him the stopcock is under the sink.",
    pytest.param("Bed 3 needed a porter, tell him it's urgent.", marks=_known(OTHER_READING)),
    pytest.param(
        "Suite 9 required a locksmith, thank him for coming out.", marks=_known(OTHER_READING)
    ),
    "Court 4 overran, apologise to them.",
    "Lane 3 opened late, apologise to him.",
    "Hole 12 flooded after the storm, warn them before they tee off.",
    "Class 6 ran over by ten minutes, apologise to her.",
]
OPEN_HEAD_PERSONS = [
    pytest.param(
        "Basin 3 has asked for a head massage, she says her neck is stiff.",
        "Basin 3",
        marks=_known(MISSED),
    ),
    pytest.param(
        "Igloo 4 checked in late, tell him breakfast is at eight.", "Igloo 4", marks=_known(MISSED)
    ),
    pytest.param(
        "Yurt 2 wants more logs, he says the stove is going out.", "Yurt 2", marks=_known(MISSED)
    ),
    pytest.param(
        "Hut 6 rang reception, she wants an extra blanket.", "Hut 6", marks=_known(MISSED)
    ),
    ("Cabana 3 ordered lunch, he wants it brought to the pool.", "Cabana 3"),
    pytest.param(
        "Gazebo 5 booked for the afternoon, she's bringing twelve friends.",
        "Gazebo 5",
        marks=_known(MISSED),
    ),
    ("Dome 1 says he can't get the heater on.", "Dome 1"),
    ("Hammock 4 fell asleep in the sun, she's getting burnt.", "Hammock 4"),
    pytest.param(
        "Fob 4410 tried to bring a friend in again, told him guests pay at the desk.",
        "Fob 4410",
        marks=_known(MISSED),
    ),
    pytest.param(
        "Fob 1187 tailgated through the turnstile, she knows the rule.",
        "Fob 1187",
        marks=_known(MISSED),
    ),
    ("Basin 5 is unhappy with the colour, she wants it toned down.", "Basin 5"),
    ("Sauna 2 complained it's too hot, he wants it turned down.", "Sauna 2"),
    pytest.param("Rink 3 keeps falling over, she needs a helper.", "Rink 3", marks=_known(MISSED)),
    pytest.param(
        "Pontoon 6 moored up late, he says the lock was shut.", "Pontoon 6", marks=_known(MISSED)
    ),
    ("Shelter 2 asked for more sun cream, she's got three kids.", "Shelter 2"),
    pytest.param(
        "Cubby 8 is crying at the door, she says her mum is late.", "Cubby 8", marks=_known(MISSED)
    ),
    ("Igloo 9 called about the aurora alert, he wants a wake-up call.", "Igloo 9"),
    pytest.param(
        "Yurt 5 is asking about the hot tub, she wants it at seven.", "Yurt 5", marks=_known(MISSED)
    ),
    pytest.param(
        "Hut 3 turned up without a booking, he swears he paid online.",
        "Hut 3",
        marks=_known(MISSED),
    ),
    ("Cabana 7 wants the bill, he's leaving early.", "Cabana 7"),
    pytest.param(
        "Basin 8 left without paying, she said she'd come back.", "Basin 8", marks=_known(MISSED)
    ),
    ("Dome 4 asked for a late checkout, she's got a late flight.", "Dome 4"),
    pytest.param(
        "Hammock 1 ordered a cocktail, he wants it with no ice.", "Hammock 1", marks=_known(MISSED)
    ),
    ("Fob 2093 swiped in twice, told her it only works once an hour.", "Fob 2093"),
    ("Gazebo 2 wants more chairs, she's expecting her in-laws.", "Gazebo 2"),
    ("Igloo 7 is snoring so loudly, he's keeping Igloo 8 awake.", "Igloo 7"),
    pytest.param(
        "Yurt 8 rang at midnight, she heard something outside.", "Yurt 8", marks=_known(MISSED)
    ),
    ("Hut 10 asked for directions, he wants to walk to the falls.", "Hut 10"),
    ("Sauna 4 fainted, he's in the recovery room now.", "Sauna 4"),
    ("Basin 2 says she's been waiting twenty minutes for her rinse.", "Basin 2"),
    ("Rink 1 wants to hire skates, she's a size five.", "Rink 1"),
    ("Cabana 1 shouted at the waiter, he says the drinks were warm.", "Cabana 1"),
    ("Dome 6 asked for the stargazing guide, she's keen to see Saturn.", "Dome 6"),
    ("Pontoon 2 called the office, he needs water for the boat.", "Pontoon 2"),
    ("Shelter 6 wants a second parasol, she's very fair-skinned.", "Shelter 6"),
    pytest.param(
        "Igloo 3 is asking for a refund, he says the glass fogged up.",
        "Igloo 3",
        marks=_known(MISSED),
    ),
    ("Yurt 1 wants a cot, she's travelling with a baby.", "Yurt 1"),
    ("Hut 2 lost the key to the hut, he's locked out.", "Hut 2"),
    pytest.param(
        "Cabana 5 tipped the pool boy, she was very pleased.", "Cabana 5", marks=_known(MISSED)
    ),
    ("Gazebo 6 ordered champagne, he's proposing tonight.", "Gazebo 6"),
    ("Basin 4 is on the phone, she wants to rebook her colour.", "Basin 4"),
    ("Fob 5512 keeps arguing at the door, he says he's a member.", "Fob 5512"),
    ("Hammock 3 asked for a towel, she's going for a swim.", "Hammock 3"),
    ("Rink 4 twisted an ankle, he's with the first-aider.", "Rink 4"),
    ("Dome 3 wants to extend, she loves the view.", "Dome 3"),
    ("Cubby 2 forgot to sign out, she's gone home already.", "Cubby 2"),
    pytest.param(
        "Yurt 6 is complaining about the toilets, he says they're filthy.",
        "Yurt 6",
        marks=_known(MISSED),
    ),
    ("Igloo 5 ordered the reindeer safari, she's paying at the desk.", "Igloo 5"),
    ("Sauna 1 wants a cold towel, he's feeling dizzy.", "Sauna 1"),
    ("Hut 8 asked for a late dinner, she's walking back from the summit.", "Hut 8"),
    pytest.param(
        "Cabana 2 keeps moving the sunbeds, he says the shade's wrong.",
        "Cabana 2",
        marks=_known(MISSED),
    ),
    ("Shelter 4 needs a plaster, she cut her foot on a shell.", "Shelter 4"),
    pytest.param(
        "Basin 6 is waiting for her blow-dry, she's in a rush.", "Basin 6", marks=_known(MISSED)
    ),
    ("Pontoon 1 paid for three nights, he wants to stay a fourth.", "Pontoon 1"),
    ("Gazebo 3 asked for the cake to be cut, she's got the knife.", "Gazebo 3"),
    ("Dome 2 rang about the hot water, he's fuming.", "Dome 2"),
    ("Yurt 3 wants to check out early, she has a train to catch.", "Yurt 3"),
    ("Igloo 1 is a regular, he comes every March.", "Igloo 1"),
    ("Rink 2 wants a lesson, she's never skated before.", "Rink 2"),
    pytest.param(
        "Hut 4 is asking for firewood, he says they're freezing.", "Hut 4", marks=_known(MISSED)
    ),
]
OPEN_HEAD_INNOCENT = [
    "Basin 1 is blocked again, ask him to call the plumber.",
    "Kiln 2 cracked overnight, tell her the pots are lost.",
    "Hydrant 12 is leaking, let him know before the inspection.",
    "Generator 2 tripped at noon, he says the fuel was low.",
    "Forklift 3 ran out of charge, so he swapped the battery.",
    "Drill 2 overheated, she let it cool before carrying on.",
    "Crate 6 arrived damaged, he signed for it anyway.",
    "Pallet 22 toppled over, she was lucky not to be under it.",
    "Ladder 4 went missing, he thinks the roofers took it.",
    "Boiler 3 failed again, she's on the phone to the engineer.",
    "Fridge 4 was warm this morning, he binned the dairy.",
    "Freezer 2 alarmed overnight, she moved the stock to freezer 1.",
    "Hob 3 won't light, he's put a sign on it.",
    "Mixer 5 jammed, she cleared the dough out by hand.",
    "Compressor 2 keeps cutting out, he's ordered a part.",
    "Valve 7 stuck open, she closed the mains.",
    "Hose 4 split during the wash, he taped it up.",
    "Sprinkler 9 went off in the storeroom, she mopped it all up.",
    "Fob 3391 stopped working, she had to buzz reception.",
    "Fob 220 was deactivated, he'll need a new one from security.",
    "Key 14 is missing from the board, she thinks housekeeping has it.",
    "Radio 5 needs charging, he left it on the desk.",
    "Pager 8 stopped beeping, she changed the battery.",
    "Torch 3 is dead, he's got spares in the van.",
    "Bin 6 is overflowing, she's asked the council to empty it.",
    "Skip 2 is full, he'll order another for Monday.",
    "Bollard 4 was knocked over, she reported it to the council.",
    "Lamp post 9 is flickering, he rang it in.",
    "Manhole 3 was left open, she put cones round it.",
    "Shelf 12 collapsed, he's lucky it missed him.",
    "Exhibit 4 went missing, he thinks the clerk filed it.",
    "Slide 12 has a typo, she'll fix it before the talk.",
    "Clip 6 went viral, he couldn't believe the numbers.",
    "Photo 22 won the prize, she took it in Iceland.",
    "Poster 3 fell down, he's put it back up.",
    "Map 2 is out of date, she's ordering a new one.",
    "Sheet 4 has the wrong totals, he'll redo the sums.",
    "Box file 9 is in the archive, she can fetch it.",
    "Folder 17 was shredded by mistake, he's very sorry.",
    "Tray 3 of samples went to the lab, she labelled them all.",
    "Hive 4 swarmed yesterday, he caught the swarm in a box.",
    "Bed 3 of tulips flowered early, she took photos.",
    "Tree 18 came down in the storm, he's cut it up.",
    "Hen 2 stopped laying, she thinks it's the cold.",
    "Cow 44 calved overnight, he stayed up with her.",
    "Ewe 12 is lame, she's called the vet.",
    "Rota slot 3 is empty, she'll cover it herself.",
    "Route 9 ran late, he blamed the roadworks.",
    "Shift 2 starts at six, she'll open up.",
    "Van round 4 finished early, he's back at the depot.",
    "Lot 17 sold for two hundred pounds, she was delighted.",
    "Prize 3 is a hamper, he donated it.",
    "Raffle prize 6 went unclaimed, she'll redraw it.",
    "Trophy 2 is at the engravers, he'll collect it Friday.",
    "Lot 42 failed to sell, he'll relist it next month.",
    "Kettlebell 6 went missing, she found it in the studio.",
    "Rack 3 needs new bolts, he'll fix it after close.",
    "Rower 9 lost its display, she reset it.",
    "Barbell 2 was left loaded, he stripped it.",
    "Dumbbell set 4 is incomplete, she's ordered a pair.",
    "Refund 2210 went through yesterday, tell him to check his statement.",
    "Transfer 5531 arrived this morning, let her know.",
    "Cheque 102 bounced, tell him we'll need another payment.",
    "Delivery 77 came early, she signed for it at the door.",
    "Result 4 came back clear, tell her the good news.",
    "Package 3391 went missing in transit, apologise to her.",
    "Voucher 2210 expired last month, tell him we can extend it once.",
    "Prescription 4410 is ready, let her know she can collect it.",
    pytest.param(
        "Quote 918 went out on Monday, remind him it's valid for thirty days.",
        marks=_known(OTHER_READING),
    ),
    "Estimate 27 came in under budget, tell her the good news.",
    "Deposit 3308 cleared, let him know his booking is confirmed.",
    "Application 5512 went to the panel, tell her we'll write next week.",
    "Request 7720 timed out, apologise to him and resubmit it.",
    "Repair 14 came back from the workshop, tell her it's ready.",
    pytest.param(
        "Return 6631 reached the warehouse, let him know the refund is on its way.",
        marks=_known(OTHER_READING),
    ),
    "Float 2 went home sick, tell her to rest.",
    "Cover 3 finished the late shift, thank him.",
    "Runner 5 covered the terrace, thank her for us.",
    "Temp 4 started today, show him where the lockers are.",
    "Trainee 2 passed the assessment, tell her well done.",
]

PERSONS = VOCATIVE_PERSONS + BELONGINGS_PERSONS + DEALT_WITH_PERSONS + OPEN_HEAD_PERSONS
INNOCENT = VOCATIVE_INNOCENT + BELONGINGS_INNOCENT + DEALT_WITH_INNOCENT + OPEN_HEAD_INNOCENT


@pytest.mark.parametrize("text,match", PERSONS)
def test_person(text, match):
    assert match in locator_matches(text), text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
