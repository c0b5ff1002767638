"""Locator pack: review (round 11c) of two readings, by look-alikes written for this review
and the persons each reading is for.

1. what customers do, said of the number as subject (locator/customer_acts.py): 'Tenant
   8812 keeps opening P1 tickets', 'Row F seat 22 had smuggled in a trumpet';
2. the back-reference's pronoun of the one staff deal with (locator/backref.py,
   `_dealt_with` and `_said_of_a_person`): '1010 locked out again, tell him we can't …'.

The look-alikes aim at each reading's edges: sports scores and fixtures ('Court 3 hit 40
aces', 'Lane 4 started the relay', 'Goal 3 tipped them into the lead'); machines, products,
automations and goods that play, feed, tip, open tickets, leave notes or go through without
scanning; staff, players, officials and trade parties called by a number ('Locum 3 left a
note for the GP', 'Supplier 3014 raised a dispute'); objects that are a modifier of the thing
acted on ('feeds the duck pond', 'raised the ticket price', 'plays the flute sample'); what a
room or a suite films as a production; and for the back-reference, transitive verbs of things
('Room 4 lost power, apologise to her'), cards, bags and devices that lock out or check in,
records that wait ('Order 3319 is in the warehouse waiting to ship'), and pronouns naming
someone else. Every sentence here was written for these tests.

Rows marked xfail are known: persons missed before and after this review (`MISSED`), false
alarms of the older subject reading (acts.py, `OTHER_READING`), and false alarms of the
back-reference's subject test (`_does_what_people_do`, outside this review's area), which
reads any active verb with an object as a person's before `_dealt_with` is asked
(`DW_SUBJECT_OPEN`); for a few of the older reading's, `_dealt_with` itself would still
accept the object (`OTHER_READING_DW`).
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches


def _known(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


MISSED = "a known miss, before this review as after"
OTHER_READING = (
    "a false alarm of the older subject reading (acts.py: 'kick', 'throw', 'tip', 'get', 'has', "
    "'lost', 'missed' read as a person's), before this review as after; the reviewed readings "
    "do not fire on it"
)
DW_SUBJECT_OPEN = (
    "backref: the subject test `_does_what_people_do` (outside this review's area) reads any "
    "active verb with an object as a person's, so a later pronoun looks back before "
    "`_dealt_with` is asked; `_said_of_a_person` now refuses it (`_befell_a_thing`, "
    "`phrasal_things`), and calling `_befell_a_thing` there too would quiet it"
)
OTHER_READING_DW = (
    "as OTHER_READING, and `_dealt_with` would still accept it too: the object says what "
    "befell a thing but is in neither list of `_befell_a_thing` ('a net post', 'the cut-off', "
    "'the wrong template', 'the windscreen cover')"
)

CUSTOMER_ACTS_PERSONS = [
    ("Seat 27B smuggled a hip flask past security.", "Seat 27B"),
    ("Room 611 had smuggled a hamster into the hotel.", "Room 611"),
    ("Table 16 gatecrashed the wedding party in the garden.", "Table 16"),
    ("Pitch 31 haggled over the electric hook-up for ages.", "Pitch 31"),
    ("Cabin 7110 keeps sneaking into the crew bar.", "Cabin 7110"),
    ("Villa 12 has been feeding the stray cats on the terrace.", "Villa 12"),
    ("Room 9 keeps feeding the pigeons from the window.", "Room 9"),
    ("Pitch 8 fed the ponies crisps over the fence.", "Pitch 8"),
    ("Lodge 14 fed the llamas through the gate.", "Lodge 14"),
    ("Table 21 played the harmonica between courses.", "Table 21"),
    ("Room 1402 has been playing the drums since six.", "Room 1402"),
    ("31A played the kazoo during the safety demo.", "31A"),
    ("Tent 14 kept playing the guitar after quiet hours.", "Tent 14"),
    ("Chalet 5 played the accordion on the deck all evening.", "Chalet 5"),
    ("Table 10 started a food-fight with the next table.", "Table 10"),
    ("Row 22 started a chant during the safety video.", "Row 22"),
    ("Cabin 3306 started a petition about the buffet hours.", "Cabin 3306"),
    ("Room 203 started an argument with the night porter.", "Room 203"),
    pytest.param("Table 2 started a whip-round for the band.", "Table 2", marks=_known(MISSED)),
    ("Bay 7 keeps hitting balls over the back fence.", "Bay 7"),
    ("Lane 9 threw the ball into the gutter on purpose.", "Lane 9"),
    ("Pitch 6 kicked the ball into the car park.", "Pitch 6"),
    ("Bay 15 has been hitting balls at the tractor.", "Bay 15"),
    ("Room 311 left a note for the chef about the soup.", "Room 311"),
    ("Bed 9 left a note for the physio.", "Bed 9"),
    ("Account 44019 keeps opening tickets about the same login.", "Account 44019"),
    ("Tenant 2210 raised a complaint about the outage.", "Tenant 2210"),
    ("Booking 7720 logged a complaint about the shuttle.", "Booking 7720"),
    ("Workspace 318 filed a dispute over the seat count.", "Workspace 318"),
    ("Account 5104 opened a chargeback with their bank.", "Account 5104"),
    ("Table 18 tipped the waitress twenty pounds.", "Table 18"),
    ("Room 740 tipped the concierge a tenner.", "Room 740"),
    ("Cabin 8812 tipped the steward fifty dollars.", "Cabin 8812"),
    pytest.param("24C filmed the whole row arguing.", "24C", marks=_known(MISSED)),
    ("Seat 11A filmed the cabin crew on her phone.", "Seat 11A"),
    ("Table 8 filmed the waiter dropping the cake.", "Table 8"),
    ("Room 427 filmed the cockroach and sent it to us.", "Room 427"),
    ("Contract 66120 returned the van with no fuel.", "Contract 66120"),
    ("Rental 8821 returned the bikes two hours late.", "Rental 8821"),
    ("Hire 318 came back with a bent paddle.", "Hire 318"),
    ("Booking 5590 brought back the wetsuits still wet.", "Booking 5590"),
    ("Agreement 2291 returned the trailer without the lights.", "Agreement 2291"),
    ("Ticket 44120 got on at the depot without paying.", "Ticket 44120"),
    ("Wristband 2208 went through the turnstile without scanning.", "Wristband 2208"),
    ("Table 12 walked in without booking.", "Table 12"),
    ("Cabin 14 sunbathed on the crew deck.", "Cabin 14"),
    ("Row 9 seat 4 jaywalked across the concourse.", "Row 9 seat 4"),
    pytest.param(
        "Pitch 22 keeps trespassing on the farmer's field.", "Pitch 22", marks=_known(MISSED)
    ),
    ("Room 1104 shoplifted a robe from the spa shop.", "Room 1104"),
    ("Table 3 bartered for a free dessert.", "Table 3"),
    pytest.param("Bunk 4 snuck a bottle of vodka onto the coach.", "Bunk 4", marks=_known(MISSED)),
    ("Plot 19 has been feeding the foxes again.", "Plot 19"),
    ("Member 2214 raised a complaint about the pool hours.", "Member 2214"),
    ("Caravan 4 has been playing the bongos all night.", "Caravan 4"),
    ("Suite 11 started a singalong in the piano bar.", "Suite 11"),
]
CUSTOMER_ACTS_INNOCENT = [
    # sports scores and fixtures
    "Court 3 hit 40 aces in the final.",
    "Lane 4 started the relay.",
    "Court 1 hit the ball long on every return in the semi.",
    "Rink 2 started the final end two shots up.",
    "Player 9 kicked the ball into the crowd.",
    pytest.param("Number 10 kicked the ball straight into touch.", marks=_known(OTHER_READING)),
    pytest.param(
        "Number 7 threw the ball in quickly and they scored.", marks=_known(OTHER_READING)
    ),
    "Striker 9 hit the ball first time.",
    "Seed 2 hit the ball flat all match.",
    "Goalkeeper 1 kicked the ball long.",
    "Pitcher 4 threw the ball wide twice.",
    "Batter 3 hit the ball over the fence.",
    "Heat 3 started a false start chant from the stands.",
    "Round 3 started a brawl between the corners.",
    "Goal 3 tipped them into the lead.",
    "Try 4 tipped them over the line.",
    "Penalty 2 tipped them ahead with a minute left.",
    "Match 6 started a fight on the terraces.",
    "Court 2 played the tie-break after dark.",
    "Table 4 started the frame with a break of 60.",
    "Board 1 started the Sicilian and drew.",
    "Car 44 started the race from the pit lane.",
    "Jockey 12 kicked the ball to the keeper.",
    # machines, products and equipment
    "Iron 7 hits the ball about 150 yards.",
    "Wood 3 hits the ball further than the driver.",
    "Model 4 hits the ball faster off the sweet spot.",
    "Bat 3 hit the ball over the fence in testing.",
    "Racket 12 hits the ball flatter than the old frame.",
    "Cue 4 hit the ball off the table.",
    "Toy 4 plays the drums when you press its belly.",
    "Exhibit 5 plays the harmonica every hour.",
    "Music box 2 plays the whistle tune.",
    "Track 4 plays the piano part under the vocal.",
    "Track 12 played the whistle solo twice.",
    "Input 7 plays the bass through the desk.",
    "Preset 3 plays the flute sample an octave up.",
    "Patch 9 plays the strings and the flute together.",
    "Demo 2 plays the guitar riff on a loop.",
    "Level 3 plays the trumpet theme over the boss fight.",
    "Song 7 started a singalong.",
    "Track 7 started a conga round the bar.",
    "Hymn 440 started a singalong in the back pews.",
    "Machine 2 started karaoke at nine.",
    "Silo 3 feeds the chickens automatically.",
    "Pump 3 feeds the fish tanks.",
    "Pipe 4 feeds the duck pond.",
    "Stream 2 feeds the koi pond in the courtyard.",
    "Trough 4 feeds the horses in the top field.",
    "Line 6 feeds the goats' water troughs.",
    "Valve 3 feeds the penguin pool.",
    "Belt 5 feeds the sheep pens in winter.",
    "Skip 3 tipped them onto the road.",
    "Wagon 6 tipped her load at the quarry.",
    "Barrow 2 tipped them into the compost.",
    "Dumper 3 tipped 20 tonnes of hardcore.",
    "Pony 3 tipped the instructor off at the jump.",
    "Horse 12 tipped the groom off at the fence.",
    "Donkey 4 tipped the handler into the hay.",
    "Bike 6 tipped the courier off on the ice.",
    "Printer 4 left a note about low toner.",
    "Scanner 2 returned the book to the shelf sorter.",
    "Drill 3 came back with a flat battery.",
    "Kiosk 4 started a session for the next user.",
    # staff, and staff called by number
    "Picker 14 sneaked a break behind the racking.",
    "Ranger 4 fed the deer at dawn.",
    "Intern 3 fed the penguins under supervision.",
    "Shift 2 fed the animals before the gates opened.",
    "Warden 6 fed the ponies on the common.",
    "Vet 2 fed the lambs by bottle.",
    "Farmhand 4 fed the hens and collected the eggs.",
    "Player 3 played the violin solo in the second half.",
    "Chair 2 played the violin solo.",
    "Desk 3 played the flute part from memory.",
    "Organist 2 played the trumpet voluntary.",
    "Depot 4 started a whip-round for Dave.",
    "Office 2 started a sweepstake on the match.",
    "Floor 4 started a sweepstake on the final.",
    "Ward 9 started a petition about the car park.",
    "Store 212 started a petition against the new rota.",
    "Branch 12 started a whip-round for the manager's leaving do.",
    "Shift 1 left a note for shift 2.",
    "Locum 3 left a note for the GP.",
    "Inspector 6 left a note on the windscreen.",
    "Marker 4 left a note on the script.",
    "Examiner 12 left a note about the spelling.",
    "Reviewer 2 left a note on the pull request.",
    "Runner 3 left a note for the kitchen.",
    "Valet 3 left a note on the dashboard.",
    "Patrol 2 left a note at the gatehouse.",
    "Ward 5 left a note for pharmacy.",
    "Store 212 raised a complaint about the delivery.",
    "Branch 14 raised a complaint with facilities.",
    "Site 3 raised a grievance over the overtime.",
    "Depot 12 logged a complaint about the driver.",
    "Warehouse 4 filed a dispute with the carrier.",
    "Supplier 3014 raised a dispute on the invoice.",
    "Vendor 88 opened a dispute over the short payment.",
    "Carrier 12 opened a dispute about the damaged pallets.",
    "Issuer 12 raised a chargeback on the transaction.",
    "Worker 44 filed a grievance about the shift pattern.",
    "Local 12 filed a grievance against the plant.",
    "Contractor 14 walked in without signing.",
    "Locum 3 walked in without signing the register.",
    "Supplier 3 came in without booking a slot.",
    "Delivery 4410 came in without booking.",
    "Taxi 12 jumped the rank without queuing.",
    "Cab 44 went in without queuing.",
    "Ambulance 3 went through without queuing.",
    "Pundit 3 tipped them for the title.",
    "Analyst 4 tipped her for promotion.",
    "Paper 3 tipped him as the next manager.",
    "Poll 4 tipped them to win the seat.",
    # records, automations and technical text
    "Monitor 12 opened a ticket in the on-call queue.",
    "Alert 4410 opened a ticket in Jira.",
    "Check 3 raised a ticket when the disk filled up.",
    "Probe 6 raised a ticket for the failed health check.",
    "Rule 22 raises a ticket when the queue backs up.",
    "Sensor 4 logged a ticket for the freezer.",
    "Alarm 12 raised a ticket with facilities.",
    "Pipeline 4 filed a ticket for the flaky test.",
    "Run 4410 opened a ticket with the vendor.",
    "Test 12 raised a ticket against the build.",
    "Macro 12 leaves a note on the case.",
    "Trigger 6 leaves a note for the assignee.",
    "Workflow 3 left a note on the record.",
    "Template 5 leaves a note for the agent.",
    "Step 3 left a note in the log.",
    "Transaction 8812 raised a chargeback flag.",
    "Store 4 opened a complaints desk.",
    "Hotel 3 opened a complaints line.",
    "Branch 2 raised the ticket price.",
    "Theatre 4 raised ticket prices for the panto.",
    "Cinema 3 raised the ticket price again.",
    "Venue 2 raised ticket prices by a pound.",
    "Show 5 raised ticket prices for the last week.",
    "Terminal 5 opened a new ticket hall.",
    "Pier 3 opened a ticket booth.",
    "Booking 8812 returned the car type as null.",
    "Booking 3 returned the van ID instead of the name.",
    "Rental 412 returned the car class in the wrong field.",
    "Contract 9 returned the car details from the cache.",
    "Hire 22 returned the bike list empty.",
    "Reservation 5512 returned the key code to the lockbox app.",
    "Change 4410 went through without signing off.",
    "Build 88 went out without signing.",
    "Patch 12 went in without scanning.",
    "Image 3 went through the registry without scanning.",
    "Consignment 4410 went through customs without scanning.",
    "Bag 44 went through without scanning.",
    "Pallet 4 went through the dock without scanning.",
    "Batch 12 went through the line without scanning.",
    "Draft 3 smuggled in a clause about late fees.",
    "Clause 7 smuggles in an arbitration requirement.",
    "Amendment 12 sneaks in a fee increase.",
    "Build 4471 sneaked a debug flag into production.",
    "Episode 6 started an argument online.",
    "Thread 44 started a fight in the comments.",
    "Post 12 started an argument in the forum.",
    "Article 9 started a petition for a new crossing.",
    "Clause 4 started an argument with the landlord.",
    "Video 3 started a chant that spread across the ground.",
    "Net 4 films every session for the coaches.",
    "Room 2 films the lectures for the website.",
    "Seat 1 tipped the pilot out when the harness failed.",
    "Cart 3 tipped the groundsman into the bunker.",
    "Trolley 4 tipped them onto the floor.",
    "Horse 5 tipped her off at the water jump.",
    "Mare 2 tipped the jockey off at the last.",
    "Ride 4 kept hitting the ball pit.",
    "Cannon 2 kept lobbing balls into the crowd.",
    "Tee 3 sensor logged a complaint about the ball feed.",
    "Parcel 12 went through the sorter without scanning.",
    "Release 4 went out without signing.",
    "Shipment 8812 went through the port without scanning.",
    "Commit 3 went in without signing.",
    "Pallet 6 came in without booking.",
    "Goalie 1 kicked the ball out of play.",
    "Umpire 2 threw the ball back to the bowler.",
    "Referee 4 kicked the ball away.",
    "Apprentice 3 fed the horses.",
    "Groom 2 fed the ponies at six.",
    "Auditor 4 left a note on the file.",
    "Assessor 2 left a note for the claims team.",
    "Invigilator 3 left a note on the desk.",
    "Contractor 6 left a note on the boiler.",
    "Subcontractor 12 raised a dispute over the retention.",
    "Pitch 3 camera filmed the goal.",
    "Skip 8 tipped its load on the verge.",
    "Hose 3 feeds the horses' trough.",
    "Sprinkler 4 feeds the duck pond.",
    # places and vehicles
    "Suite 4 filmed the product shots.",
    "Booth 3 filmed the vox pops.",
    "Room 12 filmed the deposition for the court.",
    "Theatre 4 filmed the operation for the students.",
    "Bay 2 films every arrival on CCTV.",
    "Lorry 14 smuggled cigarettes through the port.",
    "Trawler 3 smuggled diesel into the harbour.",
    "Vessel 9 smuggled fuel past the patrol.",
    "Container 4410 smuggled two tonnes of tobacco.",
    "Ferry 4 played the bagpipes over the tannoy at departure.",
]
DEALT_WITH_PERSONS = [
    ("Room 615 booked a taxi for 6am, remind him it's cash only.", "Room 615"),
    ("Table 11 ordered the tasting menu, let them know it takes two hours.", "Table 11"),
    pytest.param(
        "Room 302 lost her room key again, tell her we'll cut a new one.",
        "Room 302",
        marks=_known(MISSED),
    ),
    ("Seat 14D refused the meal, offer him a snack box later.", "Seat 14D"),
    ("Bed 9 pulled off the oxygen mask, reassure her the nurse is coming.", "Bed 9"),
    ("Account 66120 disputed the roaming charge, tell him we've refunded it.", "Account 66120"),
    ("Room 1410 locked out at midnight, apologise to her for the wait.", "Room 1410"),
    ("Cabin 5520 missed the tender back, reassure them we'll send a boat.", "Cabin 5520"),
    ("Table 19 sent the wine back, offer them another bottle.", "Table 19"),
    ("Pitch 14 parked on the grass, ask him to move onto the gravel.", "Pitch 14"),
    ("Room 811 complained about the music, apologise to her.", "Room 811"),
    ("Bay 3 refused the blood test, let him know the doctor will explain.", "Bay 3"),
    ("Seat 30F spilled red wine, reassure her we'll clean it.", "Seat 30F"),
    ("Table 4 asked for the manager, tell him I'm on my way.", "Table 4"),
    ("Ticket 9920 chased the refund twice, apologise to her.", "Ticket 9920"),
    pytest.param(
        "Order 8841 cancelled the second item, tell him the refund is on the way.",
        "Order 8841",
        marks=_known(MISSED),
    ),
    ("Booking 3390 requested a cot, let her know it's in the room.", "Booking 3390"),
    ("Case 6620 phoned the helpline three times, apologise to him.", "Case 6620"),
    ("Room 505 ordered breakfast for seven, remind her it's served downstairs.", "Room 505"),
    ("Chalet 9 invited twenty people over, warn them about the noise rules.", "Chalet 9"),
    ("Suite 14 booked the spa for two, remind him the pool closes at eight.", "Suite 14"),
    ("Cubicle 3 pressed the buzzer again, tell her the doctor is on the way.", "Cubicle 3"),
    ("12C asked for a wheelchair, tell him it's waiting at the door.", "12C"),
    ("Room 733 checked out early, tell him the last night is refunded.", "Room 733"),
    ("Table 6 paid the deposit, thank them and confirm by email.", "Table 6"),
    ("Room 218 smoked in the room, warn her about the cleaning charge.", "Room 218"),
    ("Table 17 complained about the steak, apologise to him and comp it.", "Table 17"),
    ("Seat 8A demanded an upgrade, tell him we're full.", "Seat 8A"),
    ("Account 2290 missed two payments, remind her the account will be frozen.", "Account 2290"),
    ("Room 902 lost his wallet at the pool, tell him security is looking.", "Room 902"),
    ("Berth 14 paid for a month, let him know the water is on.", "Berth 14"),
    ("Tent 6 lit a fire on the grass, warn them about the fine.", "Tent 6"),
    ("Bed 14 pulled out the cannula again, reassure her it's fine.", "Bed 14"),
    ("Table 2 waited an hour for the mains, apologise to them.", "Table 2"),
    ("Seat 19C photographed the crew, warn him it's not allowed.", "Seat 19C"),
    ("Room 404 asked for more towels, tell her they're on the way.", "Room 404"),
    ("Claim 5520 rejected our offer, tell him he can appeal.", "Claim 5520"),
    ("Order 6690 returned the wrong size, ask her to send the right one.", "Order 6690"),
    ("Room 1108 left the bath running, warn him about the damage.", "Room 1108"),
    ("Table 22 booked the terrace for Friday, remind them about the deposit.", "Table 22"),
    ("Villa 3 hired a boat, remind them it's back by six.", "Villa 3"),
    pytest.param(
        "Seat 2B swapped with her husband, tell her the meal is in 2C.",
        "Seat 2B",
        marks=_known(MISSED),
    ),
    ("Cabin 2214 missed the lifeboat drill, remind him it's compulsory.", "Cabin 2214"),
    ("Room 119 argued with the taxi driver, have a word with her.", "Room 119"),
    pytest.param(
        "Table 8 found a hair in the soup, apologise to them.", "Table 8", marks=_known(MISSED)
    ),
    ("Bed 3 signed the consent, let him know theatre is at two.", "Bed 3"),
    ("Pitch 40 brought two dogs, remind them dogs must be on leads.", "Pitch 40"),
    ("Room 610 checked in at 3am, tell her breakfast ends at ten.", "Room 610"),
    pytest.param(
        "Seat 45K vaped in the toilet, warn him we'll report it.", "Seat 45K", marks=_known(MISSED)
    ),
    ("Account 9021 emailed the CEO, let her know we're on it.", "Account 9021"),
    ("Table 13 tried to pay by cheque, tell them we only take cards.", "Table 13"),
]
DEALT_WITH_INNOCENT = [
    # transitive verbs of things and places
    "Room 4 lost power, apologise to her.",
    "Room 12 lost its view to the scaffolding, apologise to him.",
    pytest.param(
        "Court 3 lost a net post in the storm, tell them we'll move the booking.",
        marks=_known(OTHER_READING_DW),
    ),
    "Room 11 developed a leak, apologise to her and move her upstairs.",
    "Seat 12A developed a fault, offer him another seat.",
    "Room 3 developed a smell overnight, apologise to them.",
    "Room 4 blew a fuse, apologise to her and send maintenance.",
    pytest.param(
        "Room 22 missed the turndown service, apologise to him.", marks=_known(OTHER_READING_DW)
    ),
    "Room 14 missed its clean today, apologise to her.",
    "Room 9 got a new mattress, tell her before she goes up.",
    "Room 7 received new carpets, let him know it may smell.",
    "Bed 4 got clean sheets, tell him he can lie down.",
    "Room 4 gained a second bed, let them know.",
    "Room 6 shares a wall with the lift, warn her about the noise.",
    pytest.param(
        "Room 12 shares a bathroom with 14, tell him before he books.", marks=_known(OTHER_READING)
    ),
    "Room 5 catches the noise from the bar, warn him at check-in.",
    "Room 4 failed its inspection, apologise to him and move him.",
    "Room 16 failed the fire check, tell her we need to move her.",
    "Cabin 8 took water through the porthole, reassure them it's fixed.",
    "Room 2 gets the morning sun, warn her if she likes a lie-in.",
    "Room 18 has lost hot water again, apologise to him.",
    "Table 7 caught the draught from the door, offer them another table.",
    "Room 10 caught the smoke from the kitchen, apologise to her.",
    "Pitch 12 grew a huge puddle, offer him a hardstanding.",
    "Chalet 2 lost its heating overnight, apologise to them.",
    "Room 31 needs a new lock, tell her we'll do it after lunch.",
    pytest.param("Suite 6 got the wrong flowers, apologise to her.", marks=_known(OTHER_READING)),
    "Court 5 lost its lights at eight, tell them the session is refunded.",
    "Room 8 lost the signal, tell him the wifi is down.",
    "Lodge 3 lost its water supply, reassure them the tanker is coming.",
    # records with objects
    pytest.param(
        "Order 4410 missed the cut-off, apologise to her.", marks=_known(OTHER_READING_DW)
    ),
    "Parcel 3310 missed the van, apologise to him.",
    "Account 3310 hit its overdraft limit, warn him.",
    "Account 5512 reached its limit, warn her before she spends more.",
    "Card 4410 hit the limit, tell him to call the bank.",
    "Policy 8812 reached its renewal date, remind her.",
    "Order 7712 exceeded the weight limit, tell her there's a surcharge.",
    "Parcel 12 exceeded the size limit, let him know.",
    "Subscription 4410 crossed the usage cap, warn her.",
    "Invoice 3310 included VAT twice, apologise to her.",
    "Order 5512 contains glass, warn him to open it carefully.",
    "Booking 4410 includes breakfast, tell her when she arrives.",
    "Policy 7712 covers flood damage, reassure her.",
    "Account 9 earned interest this month, tell him.",
    "Loan 4410 attracted a late fee, warn her.",
    "Loan 12 accrued interest over the holiday, tell him.",
    pytest.param(
        "Claim 3312 triggered a review, let her know it takes a week.", marks=_known(OTHER_READING)
    ),
    "Order 7781 triggered a fraud check, apologise to him.",
    "Payment 5512 triggered a hold, tell her it lifts tomorrow.",
    "Card 3310 tripped the fraud filter, let him know.",
    "Booking 22 generated a duplicate invoice, apologise to her.",
    "Ticket 4410 lost its attachments in the migration, apologise to him.",
    pytest.param(
        "Case 5590 picked up the wrong template, apologise to her.", marks=_known(OTHER_READING_DW)
    ),
    "Order 3312 skipped the packing check, apologise to him.",
    "Claim 8813 needs a police reference, remind her.",
    "Reservation 4412 lost its deposit flag, reassure him it's paid.",
    "Booking 6612 carried the old price, apologise to her.",
    pytest.param(
        "Policy 2219 dropped the windscreen cover at renewal, apologise to him.",
        marks=_known(OTHER_READING_DW),
    ),
    "Account 7713 took the payment twice, apologise to her.",
    "Order 9910 took the wrong address from the profile, apologise to him.",
    # machines and vehicles
    pytest.param(
        "Shuttle 4 missed the 9:15 pickup, apologise to her.", marks=_known(DW_SUBJECT_OPEN)
    ),
    "Lift 2 skipped the fourth floor, apologise to him.",
    "Minibus 2 forgot the wheelchair, apologise to him.",
    "Drone 4 dropped the parcel in the pond, apologise to her.",
    "Robot 3 delivered the wrong order, apologise to him.",
    "ATM 3 swallowed his card, tell him the bank will post it.",
    "Machine 6 swallowed her card, apologise to her.",
    "Dryer 4 shrank his jumper, apologise to him.",
    "Washer 7 ate her sock, tell her we'll refund the cycle.",
    "Printer 3 printed the wrong ticket, apologise to her.",
    "Scanner 2 rejected her passport, reassure her it's the scanner.",
    "Barrier 4 kept his ticket, apologise to him.",
    "Terminal 3 declined her card, tell her to try contactless.",
    "Reader 12 charged his card twice, apologise to him.",
    "Pump 4 charged him twice, apologise to him.",
    "Ambulance 4 took the wrong exit, reassure them it's five minutes out.",
    "Taxi 12 took the long route, apologise to her.",
    "Boat 3 missed the tide, apologise to them.",
    "Tram 6 skipped her stop, apologise to her.",
    "Coach 9 lost its air conditioning, apologise to them.",
    "Carousel 3 chewed the handle off his case, apologise to him.",
    pytest.param(
        "Locker 12 kept her phone overnight, apologise to her.", marks=_known(OTHER_READING)
    ),
    "Kettle 3 tripped the fuse, apologise to him.",
    pytest.param(
        "Heater 2 scorched the curtain, reassure her it's safe.", marks=_known(DW_SUBJECT_OPEN)
    ),
    # staff called by number, and staff posts
    "Picker 14 dropped a pallet, tell him to fill in the form.",
    "Runner 4 brought the wrong dish, remind her to check the ticket.",
    "Operator 12 took the call, thank him.",
    "Cashier 3 miscounted the float, tell her to recount.",
    "Marshal 3 closed the car park, thank him.",
    "Security 2 checked the bags, thank them.",
    "Medic 3 treated the cut, thank her.",
    "Steward 12 found the missing bag, thank him.",
    "Inspector 4 passed the kitchen, thank her.",
    "Ranger 3 cleared the fallen tree, thank him.",
    "Lifeguard 2 cleared the pool, thank him.",
    "Shift 2 finished the stocktake, thank them.",
    "Crew 7 cleared the spill, thank them.",
    "Station 5 covered the lunch rush, thank her.",
    "Post 4 spotted the fire, thank him.",
    "Clerk 6 filed the wrong form, remind her of the process.",
    "Valet 8 parked the car in the wrong bay, remind him of the plan.",
    "Housekeeping 3 finished the fourth floor, thank them.",
    "Cook 2 burnt the sauce, tell him to start again.",
    "Server 6 dropped a tray, reassure her it happens.",
    # pronouns naming someone else
    pytest.param(
        "Room 9 got a visit from the doctor, thank him for coming.", marks=_known(OTHER_READING)
    ),
    "Table 3 got the new waitress, tell her she's doing well.",
    pytest.param(
        "Room 204 has a new cleaner, thank her for the flowers.", marks=_known(OTHER_READING)
    ),
    "Bed 6 got a new physio, remind him to sign the notes.",
    "Room 7 needs a plumber, ring him and tell him it's urgent.",
    pytest.param(
        "Suite 2 got its flowers from Anna, thank her for us.", marks=_known(OTHER_READING)
    ),
    pytest.param(
        "Table 5 got a chef's special, thank him for sending it.", marks=_known(OTHER_READING)
    ),
    "Order 2210 got a new courier, tell him the code for the gate.",
    # record verbs with a person's particle, booking verbs, 'is ... waiting'
    "Card 4410 locked out after three wrong PINs, tell him to call the bank.",
    "Account 5512 locked out overnight, tell her to reset the password.",
    "Profile 8812 locked out after the update, apologise to him.",
    "Terminal 6 locked out mid-shift, tell her to use till 2.",
    "Tablet 3 locked out again, remind him of the passcode.",
    "Bag 44 checked in late, tell him it may miss the flight.",
    "Parcel 3318 checked in at the hub this morning, let her know.",
    "Order 2207 checked in at the depot, tell him it's out tomorrow.",
    "Device 44 checked in with the server, let her know it's enrolled.",
    pytest.param(
        "Laptop 12 checked in with the management console, tell him he can log in.",
        marks=_known(DW_SUBJECT_OPEN),
    ),
    "Vehicle 12 checked in for its service, tell her it's ready at five.",
    pytest.param(
        "Book 4410 checked out to the wrong card, apologise to her.", marks=_known(DW_SUBJECT_OPEN)
    ),
    "Laptop 7 checked out to the wrong desk, tell him to swap it.",
    "Branch 12 checked out cleanly, tell her the merge can go ahead.",
    "Generator 3 hooked up to the main board, tell them power's back.",
    "Trailer 12 hooked up to the wrong unit, tell him to swap it.",
    "Monitor 4 hooked up to the wrong bed, reassure her it's sorted.",
    "Clinic 3 booked the follow-up, tell him it's on the ninth.",
    "Surgery 2 booked the ambulance, let her know it's at two.",
    "Depot 2 booked the collection, let her know it's Tuesday.",
    "Warehouse 6 booked the delivery slot, tell him it's at eight.",
    "System 3 booked the slot automatically, tell her it's confirmed.",
    "Script 6 booked the courier, let him know the pickup is at two.",
    "Department 4 has booked the boardroom, remind them to clear it by five.",
    "Branch 9 booked the trainer for Friday, remind them to set up the room.",
    "Parcel 4410 is at the depot waiting for collection, let her know.",
    "Order 3319 is in the warehouse waiting to ship, tell him.",
    "Bag 12 is at lost property waiting for collection, tell him.",
    "Taxi 12 is at the front waiting, let her know.",
    "Claim 4410 is with underwriting waiting for a decision, tell him.",
    "Prescription 12 is at the counter waiting, let him know.",
    "Ticket 3312 is in the queue waiting for an agent, apologise to her.",
    "Key 4 is at reception waiting, let her know.",
    "Refund 4410 is in the system waiting for approval, tell him.",
    "Room 12 is on the list waiting for a deep clean, tell her.",
    "Lift 3 is between floors waiting for the engineer, reassure them.",
    # sports and fixtures
    "Court 3 hit 40 aces, tell him he's in the final.",
    "Lane 4 started the relay, tell her she swims third.",
    pytest.param(
        "Pitch 2 hosted the final, thank them for the pitch.", marks=_known(OTHER_READING)
    ),
    "Table 1 won the frame, tell him the final starts at eight.",
    "Rink 3 beat rink 5, tell them the final is on Sunday.",
]

PERSONS = CUSTOMER_ACTS_PERSONS + DEALT_WITH_PERSONS
INNOCENT = CUSTOMER_ACTS_INNOCENT + DEALT_WITH_INNOCENT


@pytest.mark.parametrize("text,match", PERSONS)
def test_person(text, match):
    assert match in locator_matches(text), text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
